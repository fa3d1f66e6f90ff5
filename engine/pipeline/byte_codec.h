#pragma once
// Little-endian byte writing and bounds-checked reading for the pipeline's binary formats (package features, the
// feature cache). Internal to engine/pipeline.
#include <cstdint>
#include <string>
#include <string_view>

namespace mph::bytes {

class ByteWriter {
  public:
    void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
    void u32(std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    }
    void u64(std::uint64_t v) {
        u32(static_cast<std::uint32_t>(v));
        u32(static_cast<std::uint32_t>(v >> 32));
    }
    void str(const std::string &s) {
        u32(static_cast<std::uint32_t>(s.size()));
        out_.append(s);
    }
    const std::string &bytes() const { return out_; }

  private:
    std::string out_;
};

// Every read is bounds-checked: a corrupt file fails cleanly instead of reading past the buffer.
class ByteReader {
  public:
    explicit ByteReader(std::string_view data) : data_(data) {}
    bool ok() const { return ok_; }
    bool atEnd() const { return pos_ == data_.size(); }
    std::uint8_t u8() { return need(1) ? static_cast<std::uint8_t>(data_[pos_++]) : 0; }
    std::uint32_t u32() {
        if (!need(4)) return 0;
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v |= std::uint32_t(static_cast<unsigned char>(data_[pos_++])) << (8 * i);
        return v;
    }
    std::uint64_t u64() {
        const std::uint64_t low = u32();
        return low | (std::uint64_t(u32()) << 32);
    }
    std::string str() {
        const std::uint32_t n = u32();
        if (!need(n)) return {};
        std::string s(data_.substr(pos_, n));
        pos_ += n;
        return s;
    }
    // A count that cannot be satisfied by the bytes left (each item takes at least `minItemBytes`) is corruption.
    std::uint32_t count(std::size_t minItemBytes) {
        const std::uint32_t n = u32();
        if (ok_ && std::uint64_t(n) * minItemBytes > data_.size() - pos_) ok_ = false;
        return ok_ ? n : 0;
    }

  private:
    bool need(std::size_t n) {
        if (!ok_ || data_.size() - pos_ < n) ok_ = false;
        return ok_;
    }
    std::string_view data_;
    std::size_t pos_ = 0;
    bool ok_ = true;
};

} // namespace mph::bytes
