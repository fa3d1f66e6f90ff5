#pragma once
// The demo corpus, embedded in the binaries: a small batch with a few malicious-style needles, a benign background
// and a known-malicious set, all inert by construction (resources/demo/README.md lists every package). The workbench
// opens it by default; `mphunter-cli scan --demo` runs on it; tests fall back to it when the real corpora are absent.
#include <span>
#include <string_view>

namespace mph {

struct DemoFile {
    std::string_view role;  // "background", "known" or "batch"
    std::string_view path;  // "<role>/<archive file name>", e.g. "batch/prettylogs-1.0.4.tar.xz"
    std::string_view bytes; // the archive, byte for byte as in resources/demo/<path>
};

// Every embedded archive, sorted by path (background, batch, known; then by file name). Static storage.
std::span<const DemoFile> demoCorpus();

// Package names (as in their PKG-INFO/METADATA) of the batch's malicious-style needles, from needles.txt, sorted.
std::span<const std::string_view> demoNeedles();

} // namespace mph
