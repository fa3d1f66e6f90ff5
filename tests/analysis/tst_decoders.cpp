// The static decoders of engine/analysis/decoders.h. Expected outputs were computed with CPython 3.11's standard
// library (base64, binascii, codecs, zlib, gzip, lzma, bz2) from inputs written for this test; bombs are built here.
#include "analysis/decoders.h"

#include <QtTest>

#include <zlib.h>

#include <string>
#include <string_view>

using namespace mph::analysis;
using namespace std::literals;

namespace {

constexpr std::size_t kNoCap = std::size_t{1} << 30;
constexpr std::size_t kMiB = std::size_t{1} << 20;

// zlib.compress(b"print('zlib header')")
constexpr auto kZlib = "x\234+(\312\314+\321P\257\312\311LR\310HMLI-R\327\004\000N\013\007\007"sv;
// zlib.compressobj(wbits=31): a gzip member of b"print('gzip header')"
constexpr auto kZlibGzip =
    "\037\213\010\000\000\000\000\000\000\003+(\312\314+\321PO\257\312,P\310HMLI-R\327\004\000\345"
    "\231jQ\024\000\000\000"sv;
// zlib.compressobj(wbits=-15): raw deflate of b"print('raw deflate')"
constexpr auto kRawDeflate = "+(\312\314+\321P/J,WHIM\313I,IU\327\004\000"sv;
// gzip.compress(b"first member, ", mtime=0) + gzip.compress(b"second member", mtime=0)
constexpr auto kGzipTwo = "\037\213\010\000\000\000\000\000\002\003K\313,*.Q\310M\315MJ-\322Q\000\000\336\377\012b\016"
                          "\000\000\000\037\213\010\000\000\000\000\000\002\003+NM\316\317KQ\310M\315MJ-\002\000$t"
                          "\372\237\015\000\000\000"sv;
// lzma.compress(b"xz payload")
constexpr auto kXz = "\3757zXZ\000\000\004\346\326\264F\002\000!\001\026\000\000\000t/\345\243\001\000\011xz "
                     "payload\000\000\000\023\037\0373H\203\237\001\000\001\"\012\025\032\341g\037\266\363}\001\000"
                     "\000\000\000\004YZ"sv;
// lzma.compress(b"lzma-alone payload", format=lzma.FORMAT_ALONE)
constexpr auto kLzmaAlone = "]\000\000\200\000\377\377\377\377\377\377\377\377\0006\036\211\335}\314,\023\274\222\267H"
                            "\012\234F%;\252\207\365\206x\237\377Ej\000\000"sv;
// bz2.compress(b"bz2 payload")
constexpr auto kBz2 = "BZh91AY&SY)\264n\306\000\000\002\031\200@\000\020\0004\004\3000 \0001\0000 \003jA\313\264\025"
                      "\036.\344\212p\241 Sh\335\214"sv;
// bz2.compress(b"\0" * (4 << 20))
constexpr auto kBz2Bomb =
    "BZh91AY&SYV\002\342\210\000  H\000\300\000\000\004\000\010 \0000\314\005)\246\002\001\261\002"
    "\001\342\356H\247\012\022\012\300\\Q\000"sv;
// lzma.compress(b"\0" * (256 << 10), format=lzma.FORMAT_ALONE)
constexpr auto kLzmaAloneBomb =
    "]\000\000\200\000\377\377\377\377\377\377\377\377\000\000o\375\377\377\243\267\377G>H\025r9aQ\270\222(\346\243"
    "\206\007\371\356\344\036\202\323/\305:<\001K\261~\311\212\212M/\243\015\331\177\246\343\214#\021S\340Y\030\305u"
    "\212\342w\370\266\224\177\014j\300\336tId\342\351\\S\262\004\330\367D\014\253_\015mF\351\345\303v\210\267\226W"
    "\254\266M\341i\035o\253\374\365\340\375\377\377\366\036@\000"sv;

QByteArray bytes(std::string_view text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QByteArray bytes(const std::string &text) {
    return bytes(std::string_view(text));
}

const char *statusName(DecodeStatus status) {
    switch (status) {
    case DecodeStatus::Ok:
        return "Ok";
    case DecodeStatus::Invalid:
        return "Invalid";
    case DecodeStatus::Truncated:
        return "Truncated";
    }
    return "?";
}

// `text` with the byte at `index` (from the end when negative) XOR-ed with `mask`.
std::string flipped(std::string_view text, std::ptrdiff_t index, unsigned char mask) {
    std::string copy(text);
    const auto at = static_cast<std::size_t>(index < 0 ? static_cast<std::ptrdiff_t>(copy.size()) + index : index);
    copy[at] = static_cast<char>(static_cast<unsigned char>(copy[at]) ^ mask);
    return copy;
}

// `text` compressed by zlib's deflate with `windowBits` (15 zlib, 31 gzip, -15 raw).
std::string deflated(const std::string &text, int windowBits) {
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out(deflateBound(&zs, static_cast<uLong>(text.size())), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
    zs.avail_in = static_cast<uInt>(text.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : std::string();
}

} // namespace

Q_DECLARE_METATYPE(Codec)

class TestDecoders : public QObject {
    Q_OBJECT

  private:
    void addRows() {
        QTest::addColumn<Codec>("codec");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QByteArray>("expected");
    }
    static void row(const char *name, Codec codec, std::string_view input, const char *status,
                    std::string_view expected = {}) {
        QTest::newRow(name) << codec << bytes(input) << QString::fromLatin1(status) << bytes(expected);
    }
    static void check() {
        QFETCH(Codec, codec);
        QFETCH(QByteArray, input);
        QFETCH(QString, status);
        QFETCH(QByteArray, expected);
        const Decoded decoded = decode(codec, std::string_view(input.constData(), input.size()), kNoCap);
        QCOMPARE(QString::fromLatin1(statusName(decoded.status)), status);
        QCOMPARE(bytes(decoded.bytes), expected);
    }

  private slots:
    void textCodecs_data() {
        addRows();
        row("b64", Codec::Base64, "aGVsbG8gd29ybGQ=", "Ok", "hello world");
        row("b64 whitespace and newlines", Codec::Base64, "aGVs\nbG8g\r\nd29y bGQ=\n", "Ok", "hello world");
        row("b64 missing padding", Codec::Base64, "aGVsbG8gd29ybGQ", "Ok", "hello world");
        row("b64 stops at padding", Codec::Base64, "YQ==YQ==", "Ok", "a");
        row("b64 skips urlsafe digits", Codec::Base64, "-_-_", "Ok", "");
        row("b64 standard digits", Codec::Base64, "+/+/", "Ok", "\xfb\xff\xbf");
        row("b64 one digit too many", Codec::Base64, "YWJjZ", "Invalid");
        row("urlsafe", Codec::UrlsafeBase64, "-_-_", "Ok", "\xfb\xff\xbf");
        row("urlsafe also standard digits", Codec::UrlsafeBase64, "-_+/", "Ok", "\xfb\xff\xbf");
        row("b32", Codec::Base32, "NBSWY3DP", "Ok", "hello");
        row("b32 padded", Codec::Base32, "MZXW6===", "Ok", "foo");
        row("b32 lower case, no padding", Codec::Base32, "mzxw6", "Ok", "foo");
        row("b32 digit after padding", Codec::Base32, "MZXW6=A", "Invalid");
        row("b32 impossible length", Codec::Base32, "MZXW6Y", "Invalid");
        row("b32 outside alphabet", Codec::Base32, "MZXW1===", "Invalid");
        row("b16", Codec::Base16, "48656C6C6F", "Ok", "Hello");
        row("b16 lower case", Codec::Base16, "48656c6c6f", "Ok", "Hello");
        row("b16 odd", Codec::Base16, "48656C6C6", "Invalid");
        row("b85", Codec::Base85, "Xk~0{Zy<MXa%^M", "Ok", "hello world");
        row("b85 outside alphabet", Codec::Base85, "Xk~0{Zy<MXa%^M\"", "Invalid");
        row("b85 overflow", Codec::Base85, "~~~~~", "Invalid");
        row("a85 z", Codec::Ascii85, "z@:E^", "Ok", "\0\0\0\0abc"sv);
        row("a85 framing", Codec::Ascii85, "<~z@:E^~>", "Ok", "\0\0\0\0abc"sv);
        row("a85 whitespace", Codec::Ascii85, "z @:\nE^", "Ok", "\0\0\0\0abc"sv);
        row("a85 z inside a group", Codec::Ascii85, "@:zE^", "Invalid");
        row("a85 outside alphabet", Codec::Ascii85, "@:E^~", "Invalid");
        row("hex", Codec::Hex, "deadbeef", "Ok", "\xde\xad\xbe\xef");
        row("hex spaces between bytes", Codec::Hex, "de ad\tbe\nEF ", "Ok", "\xde\xad\xbe\xef");
        row("hex odd length", Codec::Hex, "dead bee", "Invalid");
        row("hex space inside a byte", Codec::Hex, "d ead", "Invalid");
        row("hex non-hex", Codec::Hex, "zz", "Invalid");
        row("rot13", Codec::Rot13, "Uryyb, Jbeyq! 123", "Ok", "Hello, World! 123");
        row("rot13 keeps non-ASCII", Codec::Rot13, "\xc3\xa9t\xc3\xa9", "Ok", "\xc3\xa9g\xc3\xa9");
        row("empty b64", Codec::Base64, "", "Ok", "");
    }
    void textCodecs() { check(); }

    void compressed_data() {
        addRows();
        row("zlib header", Codec::Zlib, kZlib, "Ok", "print('zlib header')");
        row("zlib given gzip", Codec::Zlib, kZlibGzip, "Ok", "print('gzip header')");
        row("zlib given raw deflate", Codec::Zlib, kRawDeflate, "Ok", "print('raw deflate')");
        row("zlib first gzip member only", Codec::Zlib, kGzipTwo, "Ok", "first member, ");
        row("zlib ignores trailing data", Codec::Zlib, std::string(kZlib) + "trailing", "Ok", "print('zlib header')");
        row("gzip two members", Codec::Gzip, kGzipTwo, "Ok", "first member, second member");
        row("gzip zero padding", Codec::Gzip, std::string(kZlibGzip) + "\0\0\0"s, "Ok", "print('gzip header')");
        // CPython's gzip module ignores reserved flag bits (zlib's own reader does not).
        row("gzip reserved flags", Codec::Gzip, flipped(kZlibGzip, 3, 0xe0), "Ok", "print('gzip header')");
        row("gzip empty", Codec::Gzip, "", "Ok", "");
        row("xz", Codec::Lzma, kXz, "Ok", "xz payload");
        row("lzma alone", Codec::Lzma, kLzmaAlone, "Ok", "lzma-alone payload");
        row("xz then lzma alone", Codec::Lzma, std::string(kXz) + std::string(kLzmaAlone), "Ok",
            "xz payloadlzma-alone payload");
        row("bz2", Codec::Bz2, kBz2, "Ok", "bz2 payload");
        row("bz2 two streams, trailing garbage", Codec::Bz2, std::string(kBz2) + std::string(kBz2) + "garbage", "Ok",
            "bz2 payloadbz2 payload");
    }
    void compressed() { check(); }

    void corrupt_data() {
        addRows();
        row("zlib bad checksum", Codec::Zlib, flipped(kZlib, -1, 0x01), "Invalid");
        row("zlib truncated", Codec::Zlib, kZlib.substr(0, kZlib.size() - 6), "Invalid");
        row("zlib not compressed", Codec::Zlib, "not compressed at all", "Invalid");
        row("zlib empty", Codec::Zlib, "", "Invalid");
        row("gzip bad crc", Codec::Gzip, flipped(kZlibGzip, -8, 0x01), "Invalid");
        row("gzip truncated", Codec::Gzip, kZlibGzip.substr(0, kZlibGzip.size() - 3), "Invalid");
        row("gzip not gzip", Codec::Gzip, kZlib, "Invalid");
        row("xz truncated", Codec::Lzma, kXz.substr(0, kXz.size() - 4), "Invalid");
        row("xz bad check", Codec::Lzma, flipped(kXz, 28, 0x01), "Invalid");
        row("lzma alone truncated", Codec::Lzma, kLzmaAlone.substr(0, kLzmaAlone.size() - 5), "Invalid");
        row("lzma not compressed", Codec::Lzma, "not compressed at all", "Invalid");
        row("bz2 flipped", Codec::Bz2, flipped(kBz2, 20, 0x10), "Invalid");
        row("bz2 truncated", Codec::Bz2, kBz2.substr(0, kBz2.size() - 4), "Invalid");
        row("bz2 not compressed", Codec::Bz2, "not compressed at all", "Invalid");
    }
    void corrupt() { check(); }

    // 64 MiB of zeros in ~64 KiB: decoding stops at the 1 MiB cap, whichever header the stream has.
    void zlibBomb_data() {
        QTest::addColumn<int>("windowBits");
        QTest::addColumn<Codec>("codec");
        QTest::newRow("zlib") << 15 << Codec::Zlib;
        QTest::newRow("gzip via zlib") << 31 << Codec::Zlib;
        QTest::newRow("raw via zlib") << -15 << Codec::Zlib;
        QTest::newRow("gzip") << 31 << Codec::Gzip;
    }
    void zlibBomb() {
        QFETCH(int, windowBits);
        QFETCH(Codec, codec);
        const std::string zeros(64 * kMiB, '\0');
        std::string bomb;
        if (windowBits == 15) {
            uLongf size = compressBound(static_cast<uLong>(zeros.size()));
            bomb.resize(size);
            QCOMPARE(compress(reinterpret_cast<Bytef *>(bomb.data()), &size,
                              reinterpret_cast<const Bytef *>(zeros.data()), static_cast<uLong>(zeros.size())),
                     Z_OK);
            bomb.resize(size);
        } else {
            bomb = deflated(zeros, windowBits);
        }
        QVERIFY(!bomb.empty() && bomb.size() < kMiB / 4);
        const Decoded decoded = decode(codec, bomb, kMiB);
        QCOMPARE(statusName(decoded.status), "Truncated");
        QCOMPARE(decoded.bytes.size(), kMiB);
        QVERIFY(decoded.bytes == std::string(kMiB, '\0'));
        QVERIFY(decoded.bytes.capacity() <= kMiB + 64); // grown under the cap, not past it
    }

    void otherBombs() {
        const Decoded bz2 = decode(Codec::Bz2, kBz2Bomb, kMiB);
        QCOMPARE(statusName(bz2.status), "Truncated");
        QVERIFY(bz2.bytes == std::string(kMiB, '\0'));
        const Decoded lzma = decode(Codec::Lzma, kLzmaAloneBomb, 64 * 1024);
        QCOMPARE(statusName(lzma.status), "Truncated");
        QVERIFY(lzma.bytes == std::string(64 * 1024, '\0'));
        // Under a cap it fits, the whole output.
        const Decoded whole = decode(Codec::Lzma, kLzmaAloneBomb, kMiB);
        QCOMPARE(statusName(whole.status), "Ok");
        QCOMPARE(whole.bytes.size(), std::size_t{256 * 1024});
    }

    void caps() {
        // Output of exactly the cap is complete, not truncated.
        const std::string zeros(kMiB, '\0');
        const Decoded exact = decode(Codec::Zlib, deflated(zeros, 15), kMiB);
        QCOMPARE(statusName(exact.status), "Ok");
        QCOMPARE(exact.bytes.size(), kMiB);
        const Decoded oneLess = decode(Codec::Zlib, deflated(zeros, 15), kMiB - 1);
        QCOMPARE(statusName(oneLess.status), "Truncated");
        QCOMPARE(oneLess.bytes.size(), kMiB - 1);

        const Decoded text = decode(Codec::Base64, "aGVsbG8gd29ybGQ=", 5);
        QCOMPARE(statusName(text.status), "Truncated");
        QCOMPARE(bytes(text.bytes), QByteArray("hello"));
        const Decoded fits = decode(Codec::Hex, "68656c6c6f", 5);
        QCOMPARE(statusName(fits.status), "Ok");
        QCOMPARE(bytes(fits.bytes), QByteArray("hello"));
        const Decoded none = decode(Codec::Rot13, "uryyb", 0);
        QCOMPARE(statusName(none.status), "Truncated");
        QVERIFY(none.bytes.empty());
        // Past the cap, text input is still validated: Truncated means the whole input was well-formed.
        QCOMPARE(statusName(decode(Codec::Hex, "68656c6c6fzz", 2).status), "Invalid");
        QCOMPARE(statusName(decode(Codec::Bz2, kBz2, 3).status), "Truncated");
        QCOMPARE(bytes(decode(Codec::Gzip, kGzipTwo, 20).bytes), QByteArray("first member, second"));
    }

    void codecOfCallMapping() {
        const std::pair<const char *, Codec> calls[] = {
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
        for (const auto &[name, codec] : calls) {
            const std::optional<Codec> found = codecOfCall(name);
            QVERIFY2(found && *found == codec, name);
        }
        for (const char *name : {"codecs.decode", "os.system", "base64.b64encode", "zlib.compress", "b64decode",
                                 "base64.B64DECODE", "", "base64.b64decode.x"})
            QVERIFY2(!codecOfCall(name), name);
    }

    void codecOfEncodingMapping() {
        const std::pair<const char *, Codec> encodings[] = {
            {"hex", Codec::Hex},       {"hex_codec", Codec::Hex},       {"HEX", Codec::Hex},
            {"base64", Codec::Base64}, {"base_64", Codec::Base64},      {"base-64", Codec::Base64},
            {"Base64", Codec::Base64}, {"base64_codec", Codec::Base64}, {"rot13", Codec::Rot13},
            {"rot_13", Codec::Rot13},  {"ROT-13", Codec::Rot13},        {"zlib", Codec::Zlib},
            {"zip", Codec::Zlib},      {"zlib_codec", Codec::Zlib},     {"zlib-codec", Codec::Zlib},
            {"bz2", Codec::Bz2},       {"bz2_codec", Codec::Bz2},
        };
        for (const auto &[name, codec] : encodings) {
            const std::optional<Codec> found = codecOfEncoding(name);
            QVERIFY2(found && *found == codec, name);
        }
        for (const char *name : {"utf-8", "utf8", "latin-1", "ascii", "uu", "quopri", "base32", "", "hexx"})
            QVERIFY2(!codecOfEncoding(name), name);
    }
};

QTEST_GUILESS_MAIN(TestDecoders)

#include "tst_decoders.moc"
