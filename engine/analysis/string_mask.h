#pragma once
// Long string literals (obfuscated payloads: hundreds of KiB of "\x.." escapes) dominate tree-sitter's parse time,
// one node per escape sequence, and carry no calls. Before parsing, their contents are blanked out in a copy of the
// script (same length, so every byte offset stays valid); the walker still reads literals from the original text.
// The lexer below is Python's (comments, prefixes, triple quotes, backslashes); f-strings are never blanked, as they
// hold code. After parsing, each blanked region must lie inside one string node with exactly the delimiters the
// lexer found, or the caller parses the original instead.
//
// Huge lists of integer arithmetic (the other shape of obfuscated payloads) are blanked the same way, `[` and `]`
// kept, when constant_list.h can build their contents' nodes itself: flatten() splices those nodes back in, so the
// flattened tree is the one the original would have given.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/syntax_tree.h"

namespace mph::analysis {

struct BlankedString {
    std::uint32_t begin = 0; // the literal, prefix and quotes included
    std::uint32_t end = 0;
    std::uint32_t contentBegin = 0; // the blanked bytes
    std::uint32_t contentEnd = 0;
};

struct SourceMask {
    std::vector<BlankedString> strings;
    ListSplices lists;
    bool empty() const { return strings.empty() && lists.lists.empty(); }
};

// Writes `source` with the contents of string literals of at least `minString` bytes and of constant lists
// (constant_list.h) of at least `minList` bytes replaced by spaces into `out` (same length), and the regions into
// `mask` (cleared first). Returns false when nothing was blanked (`out` untouched).
bool maskSource(std::string_view source, std::size_t minString, std::size_t minList, std::string &out,
                SourceMask &mask);

// Finds string literals whose contents are at least `minContent` bytes and writes `source` with those contents
// replaced by spaces into `out`. Returns the regions (empty: nothing to blank, `out` untouched).
std::vector<BlankedString> blankLongStrings(std::string_view source, std::size_t minContent, std::string &out);

} // namespace mph::analysis
