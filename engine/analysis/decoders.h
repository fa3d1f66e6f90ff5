#pragma once
// Static decoders for payloads carried as literals (design 2.8): the standard library's decoders, re-implemented
// without executing anything, each with an output cap against decompression bombs.
//
// Lenient rather than strict: whatever CPython accepts decodes to the bytes CPython gives (the malware's code ran, so
// its literals were accepted); some input CPython rejects decodes anyway (missing base64 padding, lower-case base32,
// whitespace in base32/base85, trailing data after a compressed stream). Corrupt input gives Invalid, never a crash.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mph::analysis {

enum class Codec : unsigned char {
    Base64,
    UrlsafeBase64,
    Base32,
    Base16,
    Base85,
    Ascii85,
    Hex,
    Rot13,
    Zlib,
    Gzip,
    Lzma,
    Bz2
};

// Truncated: output cap hit; bytes holds the first maxOutputBytes.
enum class DecodeStatus : unsigned char { Ok, Invalid, Truncated };

struct Decoded {
    DecodeStatus status = DecodeStatus::Invalid;
    std::string bytes; // empty when Invalid
};

// Decodes `input` with `codec`, keeping at most `maxOutputBytes` of output. Memory stays within the cap plus a small
// constant, and a stream that would expand past the cap is stopped there (time linear in the bytes produced).
Decoded decode(Codec codec, std::string_view input, std::size_t maxOutputBytes);

// The codec a call decodes with, from the call's full dotted name as resolved by the analysis
// ("base64.b64decode", "base64.standard_b64decode", "base64.decodebytes", "base64.decodestring",
// "base64.urlsafe_b64decode", "base64.b32decode", "base64.b16decode", "base64.b85decode", "base64.a85decode",
// "binascii.a2b_base64", "binascii.unhexlify", "binascii.a2b_hex", "bytes.fromhex", "bytearray.fromhex",
// "zlib.decompress", "gzip.decompress", "lzma.decompress", "bz2.decompress"); nullopt for anything else (also for
// "codecs.decode", which takes its codec by name).
std::optional<Codec> codecOfCall(std::string_view dottedName);

// The codec of an encoding name as given to codecs.decode(x, NAME) or Python 2's str.decode(NAME):
// "hex", "hex_codec", "base64", "base_64", "base64_codec", "rot13", "rot_13", "zlib", "zip", "zlib_codec", "bz2",
// "bz2_codec" (case-insensitive, '-' same as '_'); nullopt for text encodings such as "utf-8" and for unknown names.
std::optional<Codec> codecOfEncoding(std::string_view name);

} // namespace mph::analysis
