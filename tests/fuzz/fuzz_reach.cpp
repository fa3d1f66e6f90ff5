// Arbitrary bytes as a small package for whole-package reach (engine/analysis/reach.h): imports, executed files and
// decoded payloads. Layout of an input:
//   byte 0: the entry (low 7 bits, modulo the number of files; high bit: dormant code too); byte 1: the root
//   (see rootFor);
//   then a header, and up to kMaxFiles files, each introduced by kSeparator and named by the rest of that line:
//   <e><r>header\n#--file:p-1.0/setup.py\n<text>\n#--file:p-1.0/pkg/__init__.py\n<text>...
// Names are taken as they come (`../x.py`, `/abs.py`, `a//b/./c.py`, NUL bytes); a name seen before drops its chunk.
// Input without any separator is one file, setup.py, holding the header. One analyzer is reused across inputs, as a
// worker thread does, with caps low enough for one run to stay short. Every call and source must point into text
// that exists, and the sources must form the tree the header promises.
#include "analysis/call_sequence.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

constexpr std::string_view kSeparator = "\n#--file:";
constexpr std::size_t kMaxFiles = 64;

void require(bool condition) {
    if (!condition) __builtin_trap();
}

mph::AnalysisLimits fuzzLimits() {
    mph::AnalysisLimits limits;
    limits.parseTimeoutMicros = 200000;
    limits.maxSources = 64;
    limits.maxDecodedBytes = 1u << 20;
    limits.maxTotalDecodedBytes = 4u << 20;
    limits.maxReachedBytes = 4u << 20;
    return limits;
}

std::string_view dirName(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

std::string_view firstComponent(std::string_view path) {
    return path.substr(0, path.find('/'));
}

// 0: none (a wheel); 1: the header's first line; 2: the entry's first path component (an sdist's "name-1.0");
// 3: the entry's folder.
std::string_view rootFor(std::uint8_t selector, std::string_view header, std::string_view entryPath) {
    switch (selector & 3u) {
    case 0:
        return {};
    case 1:
        return header.substr(0, header.find('\n'));
    case 2:
        return firstComponent(entryPath);
    default:
        return dirName(entryPath);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const mph::AnalysisLimits limits = fuzzLimits();
    static mph::ScriptAnalyzer analyzer(limits);
    if (size < 2) return 0;
    const std::uint8_t entrySelector = data[0];
    const std::uint8_t rootSelector = data[1];
    std::string_view rest(reinterpret_cast<const char *>(data + 2), size - 2);

    std::size_t cut = rest.find(kSeparator);
    const std::string_view header = rest.substr(0, cut);
    std::vector<mph::SourceFile> files;
    std::unordered_map<std::string_view, std::size_t> byPath; // path -> file
    while (cut != std::string_view::npos) {
        rest.remove_prefix(cut + kSeparator.size());
        // The last file takes whatever follows, separators included.
        cut = files.size() + 1 < kMaxFiles ? rest.find(kSeparator) : std::string_view::npos;
        const std::string_view chunk = rest.substr(0, cut);
        const std::size_t newline = chunk.find('\n');
        const std::string_view path = chunk.substr(0, newline);
        const std::string_view text =
            newline == std::string_view::npos ? std::string_view() : chunk.substr(newline + 1);
        if (byPath.emplace(path, files.size()).second) files.push_back({path, text});
    }
    if (files.empty()) {
        files.push_back({"setup.py", header});
        byPath.emplace(files.back().path, 0);
    }
    const bool dormant = (entrySelector & 0x80) != 0; // also walk the functions nothing called
    const std::size_t entry = (entrySelector & 0x7f) % files.size();
    const std::string_view root = rootFor(rootSelector, header, files[entry].path);

    const mph::PackageFiles package(files, std::string(root));
    const mph::CallSequence sequence = analyzer.analyze(package, entry, dormant);

    // Sources: the entry first; each layer one deeper than the source that decoded it, from the same file.
    const std::vector<mph::CodeSource> &sources = sequence.sources;
    require(!sources.empty() && sources.size() <= limits.maxSources);
    require(sources[0].path == files[entry].path && sources[0].layer == 0 && sources[0].parent == -1);
    std::vector<std::size_t> lengths; // of each source's text
    std::vector<std::uint32_t> calls(sources.size(), 0);
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const mph::CodeSource &source = sources[i];
        require(source.parent < static_cast<std::int64_t>(i) && source.begin <= source.end);
        if (source.parent >= 0) require(source.end <= lengths[static_cast<std::size_t>(source.parent)]);
        if (source.layer == 0) {
            const auto file = byPath.find(source.path);
            require(file != byPath.end() && source.text.empty());
            lengths.push_back(files[file->second].text.size());
        } else {
            require(source.parent >= 0 && source.layer <= static_cast<std::uint32_t>(limits.maxLayers));
            const mph::CodeSource &parent = sources[static_cast<std::size_t>(source.parent)];
            require(source.layer == parent.layer + 1 && source.path == parent.path && !source.text.empty());
            lengths.push_back(source.text.size());
        }
    }
    // Calls: each inside the text of its source, and counted there.
    require(sequence.size() <= limits.maxCalls);
    for (const mph::CallToken &token : sequence.calls) {
        require(!token.name.empty() && token.source < sources.size());
        require(token.begin <= token.end && token.end <= lengths[token.source]);
        ++calls[token.source];
    }
    for (std::size_t i = 0; i < sources.size(); ++i)
        require(sources[i].calls == calls[i]);
    require(sequence.reachedFiles() + sequence.layers() + 1 == sources.size());
    (void)mph::joinNames(sequence);
    return 0;
}
