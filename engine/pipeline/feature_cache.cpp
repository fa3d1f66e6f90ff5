#include "pipeline/feature_cache.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>

namespace mph {
namespace {

constexpr char kMagic[8] = {'M', 'P', 'H', 'F', 'E', 'A', 'T', '\n'};

class Writer {
public:
    void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
    void u32(std::uint32_t v) {
        for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
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
class Reader {
public:
    explicit Reader(std::string_view data) : data_(data) {}
    bool ok() const { return ok_; }
    bool atEnd() const { return pos_ == data_.size(); }
    std::uint8_t u8() { return need(1) ? static_cast<std::uint8_t>(data_[pos_++]) : 0; }
    std::uint32_t u32() {
        if (!need(4)) return 0;
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) v |= std::uint32_t(static_cast<unsigned char>(data_[pos_++])) << (8 * i);
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

void writeEntry(Writer &w, const std::string &key, const PackageFeatures &f) {
    const Package &p = f.package;
    w.str(key);
    w.str(p.name);
    w.str(p.version);
    w.u8(static_cast<std::uint8_t>(p.format));
    w.u64(p.bytes);
    w.u32(static_cast<std::uint32_t>(p.caps.size()));
    for (const std::string &note : p.caps)
        w.str(note);
    w.u32(static_cast<std::uint32_t>(p.scripts.size()));
    for (std::size_t i = 0; i < p.scripts.size(); ++i) {
        const Script &s = p.scripts[i];
        const CallSequence &seq = f.sequences[i];
        w.str(s.path);
        w.u8(static_cast<std::uint8_t>(s.scope));
        w.str(s.sha256);
        w.u8(s.truncated ? 1 : 0);
        w.u32(static_cast<std::uint32_t>(seq.errorNodes));
        w.u8(seq.truncated ? 1 : 0);
        w.u32(static_cast<std::uint32_t>(seq.calls.size()));
        for (const CallToken &t : seq.calls) {
            w.str(t.name);
            w.u32(t.begin);
            w.u32(t.end);
            w.u32(t.source);
        }
        w.u32(static_cast<std::uint32_t>(seq.sources.size()));
        for (const CodeSource &source : seq.sources) {
            w.str(source.path);
            w.u32(source.layer);
            w.u32(static_cast<std::uint32_t>(source.parent));
            w.u32(source.begin);
            w.u32(source.end);
            w.str(source.text);
            w.u32(source.calls);
        }
    }
}

bool readEntry(Reader &r, std::string &key, PackageFeatures &f) {
    Package &p = f.package;
    key = r.str();
    p.name = r.str();
    p.version = r.str();
    const std::uint8_t format = r.u8();
    if (format > static_cast<std::uint8_t>(PackageFormat::Directory)) return false;
    p.format = static_cast<PackageFormat>(format);
    p.bytes = r.u64();
    p.sha256 = key.substr(0, 64); // keys of non-default granularities carry a suffix
    const std::uint32_t caps = r.count(4);
    p.caps.resize(caps);
    for (std::string &note : p.caps)
        note = r.str();
    const std::uint32_t scripts = r.count(16);
    p.scripts.resize(scripts);
    f.sequences.resize(scripts);
    for (std::uint32_t i = 0; i < scripts && r.ok(); ++i) {
        Script &s = p.scripts[i];
        CallSequence &seq = f.sequences[i];
        s.path = r.str();
        const std::uint8_t scope = r.u8();
        if (scope > static_cast<std::uint8_t>(Scope::Import)) return false;
        s.scope = static_cast<Scope>(scope);
        s.sha256 = r.str();
        s.truncated = r.u8() != 0;
        seq.errorNodes = static_cast<int>(r.u32());
        seq.truncated = r.u8() != 0;
        const std::uint32_t calls = r.count(16);
        seq.calls.resize(calls);
        for (CallToken &t : seq.calls) {
            t.name = r.str();
            t.begin = r.u32();
            t.end = r.u32();
            t.source = r.u32();
            if (t.end < t.begin) return false;
        }
        const std::uint32_t sources = r.count(28);
        seq.sources.resize(sources);
        for (CodeSource &source : seq.sources) {
            source.path = r.str();
            source.layer = r.u32();
            source.parent = static_cast<std::int32_t>(r.u32());
            source.begin = r.u32();
            source.end = r.u32();
            source.text = r.str();
            source.calls = r.u32();
            if (source.end < source.begin || source.parent < -1 || source.parent >= static_cast<std::int32_t>(sources))
                return false;
        }
        for (const CallToken &t : seq.calls)
            if (t.source >= std::max<std::uint32_t>(sources, 1)) return false; // hand-made sequences list no source
    }
    return r.ok() && key.size() >= 64;
}

}  // namespace

bool FeatureCache::load(const std::filesystem::path &file, std::string &problem) {
    entries_.clear();
    dirty_ = false;
    std::ifstream in(file, std::ios::binary);
    if (!in) return true;  // no cache yet: nothing to trust, nothing wrong
    const std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    Reader r(data);
    char magic[sizeof kMagic];
    for (char &c : magic) c = static_cast<char>(r.u8());
    const std::uint32_t version = r.u32();
    if (!r.ok() || std::memcmp(magic, kMagic, sizeof kMagic) != 0) {
        problem = file.string() + ": not a feature cache; it will be rebuilt";
    } else if (version != kFormatVersion) {
        problem = file.string() + ": feature cache version " + std::to_string(version) + " (expected " +
                  std::to_string(kFormatVersion) + "); it will be rebuilt";
    } else {
        const std::uint32_t count = r.count(30);
        for (std::uint32_t i = 0; i < count && r.ok(); ++i) {
            std::string key;
            PackageFeatures features;
            if (!readEntry(r, key, features)) break;
            entries_.emplace(std::move(key), std::move(features));
        }
        if (r.ok() && r.atEnd() && entries_.size() == count) return true;
        problem = file.string() + ": feature cache is corrupt; it will be rebuilt";
    }
    entries_.clear();
    dirty_ = true;
    return false;
}

bool FeatureCache::save(const std::filesystem::path &file, std::string &problem) const {
    Writer w;
    for (char c : kMagic) w.u8(static_cast<std::uint8_t>(c));
    w.u32(kFormatVersion);
    w.u32(static_cast<std::uint32_t>(entries_.size()));
    for (const auto &[key, features] : entries_) writeEntry(w, key, features);

    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const std::filesystem::path temporary = file.string() + ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
        out.flush();
        if (!out) {
            problem = temporary.string() + ": cannot write the feature cache";
            std::filesystem::remove(temporary, ec);
            return false;
        }
    }
    std::filesystem::rename(temporary, file, ec);
    if (ec) {
        problem = file.string() + ": cannot replace the feature cache: " + ec.message();
        std::filesystem::remove(temporary, ec);
        return false;
    }
    return true;
}

const PackageFeatures *FeatureCache::find(const std::string &archiveSha256) const {
    const auto it = entries_.find(archiveSha256);
    return it == entries_.end() ? nullptr : &it->second;
}

void FeatureCache::insert(const std::string &archiveSha256, PackageFeatures features) {
    for (Script &s : features.package.scripts) s.text.clear();
    features.package.source.clear();  // the same bytes may be found under another path next time
    entries_.insert_or_assign(archiveSha256, std::move(features));
    dirty_ = true;
}

std::filesystem::path FeatureCache::defaultLocation() {
    if (const char *xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "mphunter/features.bin";
    if (const char *home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".cache/mphunter/features.bin";
    return std::filesystem::temp_directory_path() / "mphunter-features.bin";
}

}  // namespace mph
