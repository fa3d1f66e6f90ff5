#include "pipeline/feature_cache.h"

#include "pipeline/byte_codec.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>

namespace mph {
namespace {

using bytes::ByteReader;
using bytes::ByteWriter;

constexpr char kMagic[8] = {'M', 'P', 'H', 'F', 'E', 'A', 'T', '\n'};

}  // namespace

bool FeatureCache::load(const std::filesystem::path &file, std::string &problem) {
    entries_.clear();
    dirty_ = false;
    std::ifstream in(file, std::ios::binary);
    if (!in) return true;  // no cache yet: nothing to trust, nothing wrong
    const std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    ByteReader r(data);
    char magic[sizeof kMagic];
    for (char &c : magic) c = static_cast<char>(r.u8());
    const std::uint32_t version = r.u32();
    if (!r.ok() || std::memcmp(magic, kMagic, sizeof kMagic) != 0) {
        problem = file.string() + ": not a feature cache; it will be rebuilt";
    } else if (version != kFeatureFormatVersion) {
        problem = file.string() + ": feature cache version " + std::to_string(version) + " (expected " +
                  std::to_string(kFeatureFormatVersion) + "); it will be rebuilt";
    } else {
        const std::uint32_t count = r.count(8);
        for (std::uint32_t i = 0; i < count && r.ok(); ++i) {
            std::string key = r.str();
            PackageFeatures features;
            std::string entryProblem;
            if (key.size() < 64 || !decodePackageFeatures(r.str(), features, entryProblem)) break;
            features.package.sha256 = key.substr(0, 64); // keys of non-default granularities carry a suffix
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
    ByteWriter w;
    for (char c : kMagic) w.u8(static_cast<std::uint8_t>(c));
    w.u32(kFeatureFormatVersion);
    w.u32(static_cast<std::uint32_t>(entries_.size()));
    for (const auto &[key, features] : entries_) {
        w.str(key);
        w.str(encodePackageFeatures(features));
    }

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
