// Static decoders (decoders.h). The text codecs follow CPython's Lib/base64.py, Modules/binascii.c and
// bytes.fromhex; the compressed formats go through zlib, liblzma and libbz2 one bounded chunk at a time, so nothing
// ever expands past the caller's cap.
#include "analysis/decoders.h"

#define ZLIB_CONST // next_in is const
#include <bzlib.h>
#include <lzma.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <utility>

namespace mph::analysis {

namespace {

// Collects decoded bytes up to the cap. Storage grows geometrically but never past the cap, so a bomb costs the cap
// however far it would expand; what does not fit is dropped and remembered (Truncated).
class Output {
  public:
    explicit Output(std::size_t cap) : cap_(cap) {}

    // Sets aside room for an expected size (never more than the cap), so that appends need no reallocation.
    void expect(std::size_t size) { reserveExactly(std::min(size, cap_)); }

    // Appends what fits under the cap; false once anything had to be dropped.
    bool append(const char *data, std::size_t size) {
        const std::size_t room = cap_ - bytes_.size();
        if (size > room) {
            over_ = true;
            size = room;
        }
        if (size > bytes_.capacity() - bytes_.size())
            reserveExactly(std::min(cap_, std::max({bytes_.size() + size, 2 * bytes_.capacity(), std::size_t{256}})));
        bytes_.append(data, size);
        return !over_;
    }
    bool put(char c) { return append(&c, 1); }
    std::size_t size() const { return bytes_.size(); }
    // Drops what was appended after `size` (a trailing stream that turned out corrupt).
    void rewind(std::size_t size) { bytes_.resize(size); }

    Decoded finish(bool valid) {
        if (!valid) return {};
        return {over_ ? DecodeStatus::Truncated : DecodeStatus::Ok, std::move(bytes_)};
    }

  private:
    // std::string::reserve may round a growing request up (libstdc++ doubles the old capacity), which could pass the
    // cap; a fresh string allocates what it is asked for.
    void reserveExactly(std::size_t capacity) {
        if (capacity <= bytes_.capacity()) return;
        std::string bigger;
        bigger.reserve(capacity);
        bigger.append(bytes_);
        bytes_.swap(bigger);
    }

    std::size_t cap_;
    std::string bytes_;
    bool over_ = false;
};

Decoded invalid() {
    return {};
}

unsigned char byteOf(char c) {
    return static_cast<unsigned char>(c);
}

// Python's ASCII whitespace (Py_ISSPACE): what bytes.fromhex skips.
bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Digit values by byte, -1 outside the alphabet.
using DigitTable = std::array<signed char, 256>;

constexpr DigitTable digitTable(std::string_view alphabet) {
    DigitTable table{};
    table.fill(-1);
    for (std::size_t i = 0; i < alphabet.size(); ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return table;
}

constexpr std::string_view kBase64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr DigitTable kBase64Digits = digitTable(kBase64Alphabet);

// urlsafe_b64decode translates '-' and '_' to '+' and '/' and then decodes as b64decode: both alphabets are accepted.
constexpr DigitTable urlsafeDigits() {
    DigitTable table = digitTable(kBase64Alphabet);
    table['-'] = 62;
    table['_'] = 63;
    return table;
}
constexpr DigitTable kUrlsafeBase64Digits = urlsafeDigits();

constexpr DigitTable kBase85Digits =
    digitTable("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~");

// ---- Text codecs ------------------------------------------------------------------------------------------------
// These read the whole input even past the cap, so Truncated always means the input was valid.

// binascii.a2b_base64 in its default (non-strict) mode: bytes outside the alphabet are skipped, a '=' that
// completes a quantum ends the data (whatever follows is ignored), other '=' are skipped. Lenient where CPython is
// not: a final quantum of 2 or 3 digits without its padding decodes (CPython: "Incorrect padding").
Decoded decodeBase64(std::string_view input, std::size_t cap, const DigitTable &digits) {
    Output out(cap);
    out.expect(input.size() / 4 * 3 + 2);
    int quadPos = 0; // digits seen in the current quantum
    int pads = 0;    // '=' after them, since the last digit
    unsigned held = 0;
    for (const char c : input) {
        if (c == '=') {
            // Only '=' after two or three digits count; once they fill the quantum, the data ends.
            if (quadPos < 2) continue;
            ++pads;
            if (quadPos + pads >= 4) return out.finish(true);
            continue;
        }
        const int value = digits[byteOf(c)];
        if (value < 0) continue;
        pads = 0;
        const auto v = static_cast<unsigned>(value);
        switch (quadPos) {
        case 0:
            held = v;
            break;
        case 1:
            out.put(static_cast<char>((held << 2) | (v >> 4)));
            held = v & 0x0f;
            break;
        case 2:
            out.put(static_cast<char>((held << 4) | (v >> 2)));
            held = v & 0x03;
            break;
        default:
            out.put(static_cast<char>((held << 6) | v));
            break;
        }
        quadPos = (quadPos + 1) % 4;
    }
    // One digit left over is 6 bits, not a byte: no encoder produces that (CPython rejects it too).
    return out.finish(quadPos != 1);
}

// base64.b32decode, leniently: lower case is folded (casefold=True), whitespace is skipped and padding may be missing.
// Digits after padding, or a final quantum of 1, 3 or 6 digits (no encoder gives those), are Invalid.
Decoded decodeBase32(std::string_view input, std::size_t cap) {
    Output out(cap);
    out.expect(input.size() / 8 * 5 + 4);
    unsigned bits = 0; // the undecoded low `bitCount` bits
    int bitCount = 0;
    std::size_t digits = 0;
    bool padding = false;
    for (const char c : input) {
        if (isSpace(c)) continue;
        if (c == '=') {
            padding = true;
            continue;
        }
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= 'a' && c <= 'z')
            value = c - 'a';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        if (value < 0 || padding) return invalid();
        bits = (bits << 5) | static_cast<unsigned>(value);
        bitCount += 5;
        ++digits;
        if (bitCount >= 8) {
            bitCount -= 8;
            out.put(static_cast<char>(bits >> bitCount));
            bits &= (1u << bitCount) - 1;
        }
    }
    // Leftover bits of the last quantum are dropped, as CPython drops them.
    const std::size_t tail = digits % 8;
    return out.finish(tail != 1 && tail != 3 && tail != 6);
}

// bytes.fromhex: ASCII whitespace may come between bytes, not inside one; an odd digit out or a non-hex byte is
// Invalid. Also serves binascii.unhexlify and base64.b16decode, which accept a subset of this (no whitespace; upper
// case only for b16decode).
Decoded decodeHex(std::string_view input, std::size_t cap) {
    Output out(cap);
    out.expect(input.size() / 2);
    std::size_t i = 0;
    while (i < input.size()) {
        if (isSpace(input[i])) {
            ++i;
            continue;
        }
        if (i + 1 >= input.size()) return invalid();
        const int high = hexValue(input[i]);
        const int low = hexValue(input[i + 1]);
        if (high < 0 || low < 0) return invalid();
        out.put(static_cast<char>(high * 16 + low));
        i += 2;
    }
    return out.finish(true);
}

// Five base-85 digits (most significant first) as a big-endian 32-bit value, of which the first `keep` bytes are
// output; false when the value overflows 32 bits (CPython: "overflow").
bool putBase85Group(const std::array<unsigned, 5> &group, std::size_t keep, Output &out) {
    std::uint64_t value = 0;
    for (const unsigned digit : group)
        value = value * 85 + digit;
    if (value > 0xffffffffu) return false;
    for (std::size_t i = 0; i < keep; ++i)
        out.put(static_cast<char>(value >> (24 - 8 * i)));
    return true;
}

// A final group of n < 5 digits is padded with the highest digit (84) and gives n - 1 bytes, as in CPython.
bool putBase85Tail(std::array<unsigned, 5> &group, std::size_t count, Output &out) {
    if (count == 0) return true;
    std::fill(group.begin() + static_cast<std::ptrdiff_t>(count), group.end(), 84u);
    return putBase85Group(group, count - 1, out);
}

// base64.b85decode; leniently, whitespace is skipped (CPython rejects it).
Decoded decodeBase85(std::string_view input, std::size_t cap) {
    Output out(cap);
    out.expect(input.size() / 5 * 4 + 4);
    std::array<unsigned, 5> group{};
    std::size_t count = 0;
    for (const char c : input) {
        if (isSpace(c)) continue;
        const int value = kBase85Digits[byteOf(c)];
        if (value < 0) return invalid();
        group[count++] = static_cast<unsigned>(value);
        if (count == 5) {
            if (!putBase85Group(group, 4, out)) return invalid();
            count = 0;
        }
    }
    return out.finish(putBase85Tail(group, count, out));
}

// base64.a85decode: digits '!'..'u', 'z' for four zero bytes between groups, whitespace ignored. Leniently, the
// Adobe framing <~ ~> is stripped whether or not adobe=True was passed, and 'y' is four spaces as with
// foldspaces=True (without those flags CPython rejects both, so nothing it accepts changes meaning).
Decoded decodeAscii85(std::string_view input, std::size_t cap) {
    while (!input.empty() && isSpace(input.front()))
        input.remove_prefix(1);
    while (!input.empty() && isSpace(input.back()))
        input.remove_suffix(1);
    if (input.starts_with("<~")) input.remove_prefix(2);
    if (input.ends_with("~>")) input.remove_suffix(2);

    Output out(cap); // no expect(): 'z' makes the output up to four times the input
    std::array<unsigned, 5> group{};
    std::size_t count = 0;
    for (const char c : input) {
        if (c >= '!' && c <= 'u') {
            group[count++] = static_cast<unsigned>(c - '!');
            if (count == 5) {
                if (!putBase85Group(group, 4, out)) return invalid();
                count = 0;
            }
        } else if (c == 'z' || c == 'y') {
            if (count != 0) return invalid(); // inside a group
            out.append(c == 'z' ? "\0\0\0\0" : "    ", 4);
        } else if (!isSpace(c)) {
            return invalid();
        }
    }
    return out.finish(putBase85Tail(group, count, out));
}

// The rot13 text codec: ASCII letters rotated, every other byte (UTF-8 included) unchanged.
Decoded decodeRot13(std::string_view input, std::size_t cap) {
    Output out(cap);
    out.expect(input.size());
    for (const char c : input) {
        char rotated = c;
        if (c >= 'a' && c <= 'z')
            rotated = static_cast<char>('a' + (c - 'a' + 13) % 26);
        else if (c >= 'A' && c <= 'Z')
            rotated = static_cast<char>('A' + (c - 'A' + 13) % 26);
        if (!out.put(rotated)) break; // nothing left to validate
    }
    return out.finish(true);
}

// ---- Compressed formats -----------------------------------------------------------------------------------------
// Each library decodes into a fixed chunk which is copied under the cap; decoding stops as soon as the cap is passed,
// so a bomb costs the cap in memory and time. The libraries' own state is bounded (zlib ~40 KiB, bzip2 ~4 MiB,
// liblzma by kLzmaMemoryLimit).

constexpr std::size_t kChunk = 16 * 1024;

// How one compressed stream ended.
enum class StreamEnd { Complete, Capped, Corrupt };

// One stream decoder: decodes the stream at the start of `input` into `out`, and on Complete sets `used` to its
// length in bytes.
using StreamDecoder = StreamEnd (*)(std::string_view input, Output &out, std::size_t &used);

// zlib and bzip2 count input in 32 bits; a literal of 4 GiB does not occur, so such input is simply refused.
bool fitsUInt(std::string_view input) {
    return input.size() <= std::numeric_limits<unsigned>::max();
}

// One zlib or raw deflate stream (windowBits as for inflateInit2). Data after the stream is left unread; `used` is
// the stream's length, `crc` and `length` the CRC-32 and size of its output (for the gzip trailer).
struct Inflated {
    std::size_t used = 0;
    unsigned long crc = 0;
    std::uint64_t length = 0;
};

StreamEnd inflateStream(std::string_view input, int windowBits, Output &out, Inflated &inflated) {
    if (!fitsUInt(input)) return StreamEnd::Corrupt;
    z_stream zs{};
    if (inflateInit2(&zs, windowBits) != Z_OK) return StreamEnd::Corrupt;
    zs.next_in = reinterpret_cast<const Bytef *>(input.data());
    zs.avail_in = static_cast<uInt>(input.size());
    std::array<unsigned char, kChunk> chunk;
    inflated = {};
    StreamEnd end = StreamEnd::Corrupt;
    for (;;) {
        zs.next_out = chunk.data();
        zs.avail_out = static_cast<uInt>(chunk.size());
        // Z_BUF_ERROR (no progress possible) means the input ended inside the stream: Corrupt, as are all errors.
        const int rc = inflate(&zs, Z_NO_FLUSH);
        const auto produced = static_cast<uInt>(chunk.size() - zs.avail_out);
        inflated.crc = crc32(inflated.crc, chunk.data(), produced);
        inflated.length += produced;
        if (!out.append(reinterpret_cast<const char *>(chunk.data()), produced)) {
            end = StreamEnd::Capped;
            break;
        }
        if (rc == Z_STREAM_END) end = StreamEnd::Complete;
        if (rc != Z_OK) break;
    }
    inflated.used = input.size() - zs.avail_in;
    inflateEnd(&zs);
    return end;
}

bool isGzip(std::string_view input) {
    return input.starts_with("\x1f\x8b");
}

std::uint32_t littleEndian32(std::string_view bytes) {
    return static_cast<std::uint32_t>(byteOf(bytes[0]) | byteOf(bytes[1]) << 8 | byteOf(bytes[2]) << 16 |
                                      static_cast<std::uint32_t>(byteOf(bytes[3])) << 24);
}

// The length of the gzip member header at the start of `input`, read as CPython's gzip module reads it (reserved
// flag bits and the header CRC are not checked, unlike zlib's own gzip reader); 0 when there is none.
std::size_t gzipHeaderLength(std::string_view input) {
    constexpr unsigned kHeaderCrc = 2, kExtra = 4, kName = 8, kComment = 16;
    if (input.size() < 10 || !isGzip(input) || byteOf(input[2]) != 8) return 0; // 8: deflate
    const unsigned flags = byteOf(input[3]);
    std::size_t length = 10; // magic, method, flags, mtime, extra flags, OS
    if ((flags & kExtra) != 0) {
        if (input.size() < length + 2) return 0;
        length += 2 + (byteOf(input[length]) | std::size_t{byteOf(input[length + 1])} << 8);
    }
    for (const unsigned zeroTerminated : {kName, kComment}) {
        if ((flags & zeroTerminated) == 0) continue;
        const std::size_t zero = input.find('\0', length);
        if (zero == std::string_view::npos) return 0;
        length = zero + 1;
    }
    if ((flags & kHeaderCrc) != 0) length += 2;
    return length <= input.size() ? length : 0;
}

// One gzip member: header, raw deflate data, and a trailer whose CRC-32 and size must match the output.
StreamEnd gunzipMember(std::string_view input, Output &out, std::size_t &used) {
    const std::size_t header = gzipHeaderLength(input);
    if (header == 0) return StreamEnd::Corrupt;
    Inflated inflated;
    const StreamEnd end = inflateStream(input.substr(header), -MAX_WBITS, out, inflated);
    if (end != StreamEnd::Complete) return end;
    const std::string_view trailer = input.substr(header + inflated.used);
    if (trailer.size() < 8 || littleEndian32(trailer) != inflated.crc ||
        littleEndian32(trailer.substr(4)) != static_cast<std::uint32_t>(inflated.length))
        return StreamEnd::Corrupt;
    used = header + inflated.used + 8;
    return StreamEnd::Complete;
}

// liblzma's automatic format detection (.xz or .lzma), as lzma.decompress(FORMAT_AUTO). The limit bounds the
// dictionary a crafted header can ask for: 128 MiB is twice what xz -9 uses.
constexpr std::uint64_t kLzmaMemoryLimit = std::uint64_t{128} << 20;

StreamEnd unxzStream(std::string_view input, Output &out, std::size_t &used) {
    lzma_stream xs = LZMA_STREAM_INIT;
    if (lzma_auto_decoder(&xs, kLzmaMemoryLimit, 0) != LZMA_OK) return StreamEnd::Corrupt;
    xs.next_in = reinterpret_cast<const std::uint8_t *>(input.data());
    xs.avail_in = input.size();
    std::array<std::uint8_t, kChunk> chunk;
    StreamEnd end = StreamEnd::Corrupt;
    for (;;) {
        xs.next_out = chunk.data();
        xs.avail_out = chunk.size();
        // All input is there, hence LZMA_FINISH; input ending inside the stream gives LZMA_BUF_ERROR.
        const lzma_ret rc = lzma_code(&xs, LZMA_FINISH);
        if (!out.append(reinterpret_cast<const char *>(chunk.data()), chunk.size() - xs.avail_out)) {
            end = StreamEnd::Capped;
            break;
        }
        if (rc == LZMA_STREAM_END) end = StreamEnd::Complete;
        if (rc != LZMA_OK) break;
    }
    used = input.size() - xs.avail_in;
    lzma_end(&xs);
    return end;
}

StreamEnd bunzipStream(std::string_view input, Output &out, std::size_t &used) {
    if (!fitsUInt(input)) return StreamEnd::Corrupt;
    bz_stream bz{};
    if (BZ2_bzDecompressInit(&bz, 0, 0) != BZ_OK) return StreamEnd::Corrupt;
    bz.next_in = const_cast<char *>(input.data()); // bzlib's API is not const-correct; it never writes the input
    bz.avail_in = static_cast<unsigned>(input.size());
    std::array<char, kChunk> chunk;
    StreamEnd end = StreamEnd::Corrupt;
    for (;;) {
        bz.next_out = chunk.data();
        bz.avail_out = static_cast<unsigned>(chunk.size());
        const unsigned inputBefore = bz.avail_in;
        const int rc = BZ2_bzDecompress(&bz);
        const std::size_t produced = chunk.size() - bz.avail_out;
        if (!out.append(chunk.data(), produced)) {
            end = StreamEnd::Capped;
            break;
        }
        if (rc == BZ_STREAM_END) end = StreamEnd::Complete;
        if (rc != BZ_OK) break;
        // bzip2 reports no "buffer error": no progress means the input ended inside the stream.
        if (produced == 0 && bz.avail_in == inputBefore) break;
    }
    used = input.size() - bz.avail_in;
    BZ2_bzDecompressEnd(&bz);
    return end;
}

// Concatenated streams, as gzip.decompress, lzma.decompress and bz2.decompress read them: the first stream must be
// complete; after it, streams are decoded while they are complete, and the first that is not is ignored together
// with whatever follows (its partial output dropped). CPython also ignores it for lzma and bz2; for gzip it raises,
// so there this is leniency. gzip.decompress skips zero bytes between members (`skipZeros`).
Decoded decodeStreams(std::string_view input, std::size_t cap, StreamDecoder decodeOne, bool skipZeros) {
    Output out(cap);
    bool first = true;
    while (first || !input.empty()) {
        const std::size_t mark = out.size();
        std::size_t used = 0;
        switch (decodeOne(input, out, used)) {
        case StreamEnd::Capped:
            return out.finish(true);
        case StreamEnd::Corrupt:
            if (first) return invalid();
            out.rewind(mark);
            return out.finish(true);
        case StreamEnd::Complete:
            break;
        }
        if (used == 0) break; // cannot happen (every format has a header); guards the loop
        input.remove_prefix(used);
        if (skipZeros) {
            while (!input.empty() && input.front() == '\0')
                input.remove_prefix(1);
        }
        first = false;
    }
    return out.finish(true);
}

// A zlib header: deflate (CM 8) with a window of at most 32 KiB, and a header checksum that is a multiple of 31.
bool isZlibHeader(std::string_view input) {
    if (input.size() < 2) return false;
    const unsigned cmf = byteOf(input[0]);
    const unsigned flg = byteOf(input[1]);
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
}

// zlib.decompress, whatever wbits the code passed: the header says which of zlib, gzip (first member only, as with
// wbits 16 + 15) or raw deflate (wbits -15) it is. Data after the stream is ignored, as CPython does. A raw stream
// whose first two bytes happen to form a zlib header is retried as raw.
Decoded decodeZlib(std::string_view input, std::size_t cap) {
    Output out(cap);
    if (isGzip(input)) {
        std::size_t used = 0;
        return out.finish(gunzipMember(input, out, used) != StreamEnd::Corrupt);
    }
    Inflated inflated;
    StreamEnd end = StreamEnd::Corrupt;
    if (isZlibHeader(input)) {
        end = inflateStream(input, MAX_WBITS, out, inflated);
        if (end == StreamEnd::Corrupt) out.rewind(0);
    }
    if (end == StreamEnd::Corrupt) end = inflateStream(input, -MAX_WBITS, out, inflated);
    return out.finish(end != StreamEnd::Corrupt);
}

// gzip.decompress: one or more members; empty input is empty output, as in CPython.
Decoded decodeGzip(std::string_view input, std::size_t cap) {
    if (input.empty()) return {DecodeStatus::Ok, {}};
    if (!isGzip(input)) return invalid();
    return decodeStreams(input, cap, gunzipMember, true);
}

// bz2.decompress: empty input is empty output, as in CPython.
Decoded decodeBz2(std::string_view input, std::size_t cap) {
    if (input.empty()) return {DecodeStatus::Ok, {}};
    return decodeStreams(input, cap, bunzipStream, false);
}

} // namespace

Decoded decode(Codec codec, std::string_view input, std::size_t maxOutputBytes) {
    switch (codec) {
    case Codec::Base64:
        return decodeBase64(input, maxOutputBytes, kBase64Digits);
    case Codec::UrlsafeBase64:
        return decodeBase64(input, maxOutputBytes, kUrlsafeBase64Digits);
    case Codec::Base32:
        return decodeBase32(input, maxOutputBytes);
    case Codec::Base16:
    case Codec::Hex:
        return decodeHex(input, maxOutputBytes);
    case Codec::Base85:
        return decodeBase85(input, maxOutputBytes);
    case Codec::Ascii85:
        return decodeAscii85(input, maxOutputBytes);
    case Codec::Rot13:
        return decodeRot13(input, maxOutputBytes);
    case Codec::Zlib:
        return decodeZlib(input, maxOutputBytes);
    case Codec::Gzip:
        return decodeGzip(input, maxOutputBytes);
    case Codec::Lzma:
        return decodeStreams(input, maxOutputBytes, unxzStream, false);
    case Codec::Bz2:
        return decodeBz2(input, maxOutputBytes);
    }
    return invalid();
}

std::optional<Codec> codecOfCall(std::string_view dottedName) {
    static constexpr std::pair<std::string_view, Codec> kCalls[] = {
        {"base64.b64decode", Codec::Base64},    {"base64.standard_b64decode", Codec::Base64},
        {"base64.decodebytes", Codec::Base64},  {"base64.decodestring", Codec::Base64},
        {"binascii.a2b_base64", Codec::Base64}, {"base64.urlsafe_b64decode", Codec::UrlsafeBase64},
        {"base64.b32decode", Codec::Base32},    {"base64.b16decode", Codec::Base16},
        {"base64.b85decode", Codec::Base85},    {"base64.a85decode", Codec::Ascii85},
        {"binascii.unhexlify", Codec::Hex},     {"binascii.a2b_hex", Codec::Hex},
        {"bytes.fromhex", Codec::Hex},          {"bytearray.fromhex", Codec::Hex},
        {"zlib.decompress", Codec::Zlib},       {"gzip.decompress", Codec::Gzip},
        {"lzma.decompress", Codec::Lzma},       {"bz2.decompress", Codec::Bz2},
    };
    for (const auto &[name, codec] : kCalls)
        if (name == dottedName) return codec;
    return std::nullopt;
}

std::optional<Codec> codecOfEncoding(std::string_view name) {
    // Python's codec registry looks names up in lower case, with '-' normalised to '_'.
    std::string normal(name);
    for (char &c : normal) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        else if (c == '-')
            c = '_';
    }
    static constexpr std::pair<std::string_view, Codec> kEncodings[] = {
        {"hex", Codec::Hex},
        {"hex_codec", Codec::Hex},
        {"base64", Codec::Base64},
        {"base_64", Codec::Base64},
        {"base64_codec", Codec::Base64},
        {"rot13", Codec::Rot13},
        {"rot_13", Codec::Rot13},
        {"zlib", Codec::Zlib},
        {"zip", Codec::Zlib},
        {"zlib_codec", Codec::Zlib},
        {"bz2", Codec::Bz2},
        {"bz2_codec", Codec::Bz2},
    };
    for (const auto &[encoding, codec] : kEncodings)
        if (encoding == normal) return codec;
    return std::nullopt;
}

} // namespace mph::analysis
