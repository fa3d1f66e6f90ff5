#pragma once
// Obfuscated payloads are also written as huge lists of integer arithmetic (`[((1<<3)+(2<<1)-1), ...]`, millions of
// nodes): tree-sitter spends most of its time on them, and they hold no call and no tracked value. The source mask
// (string_mask.h) blanks such lists before parsing; this parser builds, without tree-sitter, the very nodes that
// flatten() would have produced for their contents, so the flattened tree is unchanged and so is the walk.
//
// The accepted language is a small subset of Python, parsed the way tree-sitter-python 0.23 parses it (its precedence
// table, where `^` binds tighter than `&`): elements separated by commas (a trailing comma allowed), each built from
// integers (decimal digits or 0x/0X hex digits), the binary operators + - * / // % ** << >> & | ^, the unary
// operators + - ~, and parentheses around one expression. Whitespace is spaces, tabs and newlines, but no newline
// right after an operator: there tree-sitter-python's scanner sees no closing bracket ahead and, on a line indented
// less than the enclosing block, emits a DEDENT (`def f():\n    return [1 -\n2]` does not parse). Anything else
// (names, floats, strings, comments, tuples, nested lists, backslashes, deep nesting) is rejected and the list is
// left to tree-sitter.
#include <cstdint>
#include <string_view>
#include <vector>

#include "analysis/syntax_tree.h"

namespace mph::analysis {

// Parses the contents of the list whose brackets are at source[open] and source[close]. On success appends the
// named nodes of the contents to `out` in preorder (the order flatten() emits them), with firstChild/nextSibling
// counted from the first appended node (0 is the list's first element; the elements are linked as siblings), and
// returns true. On failure `out` is left as it was.
bool parseConstantList(std::string_view source, std::uint32_t open, std::uint32_t close, std::vector<Node> &out);

} // namespace mph::analysis
