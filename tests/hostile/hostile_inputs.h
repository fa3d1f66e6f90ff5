#pragma once
// Hand-made hostile inputs that libarchive's writer cannot produce (lying headers, gigabyte bombs built without
// compressing a gigabyte), and a probe of time and peak memory around one hostile call.
#include <cstdint>
#include <string>
#include <string_view>

namespace mph::test {

// A 512-byte tar header (GNU magic) with `sizeField` copied verbatim into the 12-byte size field (octal text or GNU
// base-256 bytes) and a valid checksum.
std::string tarHeader(std::string_view name, std::string_view sizeField, char type = '0');
std::string octalSize(std::uint64_t size);   // 11 octal digits and a NUL
std::string base256Size(std::uint64_t size); // 0x80 then 11 big-endian bytes
std::string negativeBase256Size();           // 0xff bytes: a negative base-256 number

// A zip with one deflated entry of `gib` GiB of zeros, built from one 1 MiB compressed chunk repeated (each chunk ends
// on a full flush, so the copies form one valid stream). `declaredSize` (default: the true size) is what the local
// and central headers claim.
std::string zipOfZeros(std::string_view name, std::uint64_t bytes, std::uint64_t declaredSize = UINT64_MAX);
// A tar.gz holding `name` of `bytes` zeros (a multiple of 1 MiB), built the same way.
std::string tarGzOfZeros(std::string_view name, std::uint64_t bytes);
// gzip of arbitrary bytes (for small hand-made tars).
std::string gzip(std::string_view bytes);

// Wall time and peak-RSS growth since construction (VmHWM after resetting it, else getrusage's ru_maxrss); print()
// writes them to the test log.
class ResourceProbe {
  public:
    ResourceProbe();
    double seconds() const;
    std::uint64_t peakGrowthBytes() const;
    void print(const char *what) const;

  private:
    bool reset_ = false; // the kernel's high-water mark was reset at construction
    std::uint64_t startPeak_ = 0;
    std::uint64_t startNanos_ = 0;
};

} // namespace mph::test
