#pragma once
// Long string literals (obfuscated payloads: hundreds of KiB of "\x.." escapes) dominate tree-sitter's parse time,
// one node per escape sequence, and carry no calls. Before parsing, their contents are blanked out in a copy of the
// script (same length, so every byte offset stays valid); the walker still reads literals from the original text.
// The lexer below is Python's (comments, prefixes, triple quotes, backslashes); f-strings are never blanked, as they
// hold code. After parsing, each blanked region must lie inside one string node with exactly the delimiters the
// lexer found, or the caller parses the original instead.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mph::analysis {

struct BlankedString {
    std::uint32_t begin = 0; // the literal, prefix and quotes included
    std::uint32_t end = 0;
    std::uint32_t contentBegin = 0; // the blanked bytes
    std::uint32_t contentEnd = 0;
};

// Finds string literals whose contents are at least `minContent` bytes and writes `source` with those contents
// replaced by spaces into `out`. Returns the regions (empty: nothing to blank, `out` untouched).
std::vector<BlankedString> blankLongStrings(std::string_view source, std::size_t minContent, std::string &out);

} // namespace mph::analysis
