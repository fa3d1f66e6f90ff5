#include "hostile_inputs.h"

#include <sys/resource.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace mph::test {
namespace {

constexpr std::uint64_t kChunk = 1u << 20;

void put16(std::string &out, std::uint32_t v) {
    out.push_back(static_cast<char>(v & 0xff));
    out.push_back(static_cast<char>((v >> 8) & 0xff));
}
void put32(std::string &out, std::uint32_t v) {
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

// Raw deflate of `input` ending with `flush` (Z_FULL_FLUSH: byte-aligned, no back-references past it).
std::string deflatePiece(z_stream &z, std::string_view input, int flush) {
    std::string out;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    z.avail_in = static_cast<uInt>(input.size());
    std::vector<char> buffer(1 << 16);
    do {
        z.next_out = reinterpret_cast<Bytef *>(buffer.data());
        z.avail_out = static_cast<uInt>(buffer.size());
        const int rc = deflate(&z, flush);
        if (rc == Z_STREAM_ERROR) throw std::runtime_error("deflate failed");
        out.append(buffer.data(), buffer.size() - z.avail_out);
    } while (z.avail_out == 0);
    return out;
}

struct Deflated {
    std::string stream;
    std::uint32_t crc = 0;
    std::uint64_t size = 0;
};

// prefix, then `zeros` zero bytes (a multiple of 1 MiB), then suffix, as one raw deflate stream.
Deflated deflateZeros(std::string_view prefix, std::uint64_t zeros, std::string_view suffix) {
    if (zeros % kChunk != 0) throw std::invalid_argument("zeros must be a multiple of 1 MiB");
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) throw std::runtime_error("deflateInit");
    Deflated d;
    d.stream = deflatePiece(z, prefix, Z_FULL_FLUSH);
    d.crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef *>(prefix.data()), static_cast<uInt>(prefix.size())));
    const std::string block(kChunk, '\0');
    const std::string piece = deflatePiece(z, block, Z_FULL_FLUSH);
    const uLong blockCrc = crc32(0, reinterpret_cast<const Bytef *>(block.data()), static_cast<uInt>(kChunk));
    d.stream.reserve(d.stream.size() + piece.size() * (zeros / kChunk) + 64);
    for (std::uint64_t i = 0; i < zeros / kChunk; ++i) {
        d.stream += piece;
        d.crc = static_cast<std::uint32_t>(crc32_combine(d.crc, blockCrc, static_cast<z_off_t>(kChunk)));
    }
    d.stream += deflatePiece(z, suffix, Z_FINISH);
    d.crc = static_cast<std::uint32_t>(
        crc32(d.crc, reinterpret_cast<const Bytef *>(suffix.data()), static_cast<uInt>(suffix.size())));
    deflateEnd(&z);
    d.size = prefix.size() + zeros + suffix.size();
    return d;
}

std::string gzipFrame(const Deflated &d) {
    std::string out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += d.stream;
    put32(out, d.crc);
    put32(out, static_cast<std::uint32_t>(d.size & 0xffffffffu));
    return out;
}

std::uint64_t nowNanos() {
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
}

// Peak RSS of the process. The kernel's high-water mark is reset first (clear_refs 5) where allowed, so the peak is
// that of the probed call, not of an earlier test; getrusage's ru_maxrss is the fallback (a lower bound of growth).
std::uint64_t statusKib(const char *field) {
    std::FILE *status = std::fopen("/proc/self/status", "r");
    if (!status) return 0;
    char line[256];
    std::uint64_t value = 0;
    const std::size_t length = std::strlen(field);
    while (std::fgets(line, sizeof line, status))
        if (std::strncmp(line, field, length) == 0) value = std::strtoull(line + length, nullptr, 10);
    std::fclose(status);
    return value;
}

bool resetPeak() {
    std::FILE *clear = std::fopen("/proc/self/clear_refs", "w");
    if (!clear) return false;
    const bool ok = std::fputs("5", clear) >= 0;
    return std::fclose(clear) == 0 && ok;
}

std::uint64_t peakRss(bool highWaterReset) {
    if (highWaterReset) return statusKib("VmHWM:") * 1024u;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024u; // Linux: KiB
}

} // namespace

std::string octalSize(std::uint64_t size) {
    char field[13];
    std::snprintf(field, sizeof field, "%011llo", static_cast<unsigned long long>(size));
    return std::string(field, 12);
}

std::string base256Size(std::uint64_t size) {
    std::string field(12, '\0');
    field[0] = static_cast<char>(0x80);
    for (int i = 0; i < 8; ++i)
        field[11 - i] = static_cast<char>((size >> (8 * i)) & 0xff);
    return field;
}

std::string negativeBase256Size() {
    return std::string(12, '\xff');
}

std::string tarHeader(std::string_view name, std::string_view sizeField, char type) {
    std::string h(512, '\0');
    std::memcpy(h.data(), name.data(), std::min<std::size_t>(name.size(), 100));
    std::memcpy(h.data() + 100, "0000644", 8);
    std::memcpy(h.data() + 108, "0000000", 8);
    std::memcpy(h.data() + 116, "0000000", 8);
    std::memcpy(h.data() + 124, sizeField.data(), std::min<std::size_t>(sizeField.size(), 12));
    std::memcpy(h.data() + 136, "00000000000", 12);
    std::memset(h.data() + 148, ' ', 8);
    h[156] = type;
    std::memcpy(h.data() + 257, "ustar  ", 8); // GNU magic and version
    unsigned sum = 0;
    for (unsigned char c : h)
        sum += c;
    char checksum[8];
    std::snprintf(checksum, sizeof checksum, "%06o", sum);
    std::memcpy(h.data() + 148, checksum, 7); // six digits, NUL, and the space already there
    return h;
}

std::string zipOfZeros(std::string_view name, std::uint64_t bytes, std::uint64_t declaredSize) {
    const Deflated d = deflateZeros({}, bytes, {});
    const std::uint64_t declared = declaredSize == UINT64_MAX ? d.size : declaredSize;
    if (declared > 0xffffffffu || d.stream.size() > 0xffffffffu) throw std::invalid_argument("needs zip64");
    auto header = [&](bool central) {
        std::string h;
        put32(h, central ? 0x02014b50u : 0x04034b50u);
        if (central) put16(h, 20);
        put16(h, 20);   // version needed
        put16(h, 0);    // flags
        put16(h, 8);    // deflate
        put16(h, 0);    // time
        put16(h, 0x21); // date: 1980-01-01
        put32(h, d.crc);
        put32(h, static_cast<std::uint32_t>(d.stream.size()));
        put32(h, static_cast<std::uint32_t>(declared));
        put16(h, static_cast<std::uint32_t>(name.size()));
        put16(h, 0); // extra
        if (central) {
            put16(h, 0); // comment
            put16(h, 0); // disk
            put16(h, 0); // internal attributes
            put32(h, 0); // external attributes
            put32(h, 0); // local header offset
        }
        h.append(name);
        return h;
    };
    std::string zip = header(false);
    zip += d.stream;
    const std::uint32_t directoryOffset = static_cast<std::uint32_t>(zip.size());
    const std::string central = header(true);
    zip += central;
    put32(zip, 0x06054b50u);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, 1);
    put16(zip, 1);
    put32(zip, static_cast<std::uint32_t>(central.size()));
    put32(zip, directoryOffset);
    put16(zip, 0);
    return zip;
}

std::string tarGzOfZeros(std::string_view name, std::uint64_t bytes) {
    return gzipFrame(deflateZeros(tarHeader(name, octalSize(bytes)), bytes, std::string(1024, '\0')));
}

std::string gzip(std::string_view bytes) {
    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::runtime_error("deflateInit");
    Deflated d;
    d.stream = deflatePiece(z, bytes, Z_FINISH);
    deflateEnd(&z);
    d.crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef *>(bytes.data()), static_cast<uInt>(bytes.size())));
    d.size = bytes.size();
    return gzipFrame(d);
}

ResourceProbe::ResourceProbe() : reset_(resetPeak() && statusKib("VmHWM:") > 0) {
    startPeak_ = reset_ ? statusKib("VmRSS:") * 1024u : peakRss(false);
    startNanos_ = nowNanos();
}

double ResourceProbe::seconds() const {
    return static_cast<double>(nowNanos() - startNanos_) / 1e9;
}

std::uint64_t ResourceProbe::peakGrowthBytes() const {
    const std::uint64_t peak = peakRss(reset_);
    return peak > startPeak_ ? peak - startPeak_ : 0;
}

void ResourceProbe::print(const char *what) const {
    std::printf("  %-44s %8.3f s  peak RSS +%6.1f MiB\n", what, seconds(),
                static_cast<double>(peakGrowthBytes()) / (1 << 20));
    std::fflush(stdout);
}

} // namespace mph::test
