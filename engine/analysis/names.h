#pragma once
// Language knowledge the call walker needs: Python's builtin names and string literals.
#include <string>
#include <string_view>

#include "analysis/syntax_tree.h"

namespace mph::analysis {

constexpr std::size_t kMaxLiteralBytes = 256; // longer string values are not tracked (names are short)

// True for names of Python 3 and Python 2 builtins (exec, eval, open, getattr, print, execfile, ...).
bool isBuiltin(std::string_view name);

// 0-15 for a hexadecimal digit, -1 for anything else.
int hexDigitValue(char c);

// Appends `text` (a string literal's content, between its quotes) with Python's escapes decoded: \n \t \r \\ \' \",
// octal, \xHH, \uHHHH and \UHHHHHHHH (as UTF-8) and line continuations; unknown escapes are kept as written, as
// Python keeps them.
void appendUnescaped(std::string_view text, std::string &out);

// The value of a plain string literal (`'os'`, `"a" "b"`, `'\x6f\x73'`), escapes decoded; false for f-strings and
// anything else. At most `maxBytes` bytes are produced (false beyond).
bool literalString(const SyntaxTree &tree, int node, std::string &out, std::size_t maxBytes = kMaxLiteralBytes);

} // namespace mph::analysis
