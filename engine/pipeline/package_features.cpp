#include "pipeline/package_features.h"

#include "pipeline/byte_codec.h"

#include <algorithm>
#include <cstring>

namespace mph {
namespace {

using bytes::ByteReader;
using bytes::ByteWriter;

constexpr char kMagic[8] = {'M', 'P', 'H', 'P', 'K', 'G', 'F', '\n'};

void writeFeatures(ByteWriter &w, const PackageFeatures &f) {
    const Package &p = f.package;
    w.str(p.sha256);
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

bool readFeatures(ByteReader &r, PackageFeatures &f) {
    Package &p = f.package;
    p.sha256 = r.str();
    p.name = r.str();
    p.version = r.str();
    const std::uint8_t format = r.u8();
    if (format > static_cast<std::uint8_t>(PackageFormat::Directory)) return false;
    p.format = static_cast<PackageFormat>(format);
    p.bytes = r.u64();
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
    return r.ok();
}

} // namespace

std::string encodePackageFeatures(const PackageFeatures &features) {
    ByteWriter w;
    for (char c : kMagic)
        w.u8(static_cast<std::uint8_t>(c));
    w.u32(kFeatureFormatVersion);
    writeFeatures(w, features);
    return w.bytes();
}

bool decodePackageFeatures(std::string_view data, PackageFeatures &features, std::string &problem) {
    ByteReader r(data);
    char magic[sizeof kMagic];
    for (char &c : magic)
        c = static_cast<char>(r.u8());
    const std::uint32_t version = r.u32();
    if (!r.ok() || std::memcmp(magic, kMagic, sizeof kMagic) != 0) {
        problem = "not package features";
        return false;
    }
    if (version != kFeatureFormatVersion) {
        problem =
            "features of format " + std::to_string(version) + ", expected " + std::to_string(kFeatureFormatVersion);
        return false;
    }
    features = {};
    if (!readFeatures(r, features) || !r.atEnd()) {
        features = {};
        problem = "corrupt package features";
        return false;
    }
    return true;
}

} // namespace mph
