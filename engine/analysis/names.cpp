#include "analysis/names.h"

#include "analysis/call_sequence.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace mph {

std::string lastTwoComponents(std::string_view dotted) {
    const auto last = dotted.rfind('.');
    if (last == std::string_view::npos || last == 0) return std::string(dotted);
    const auto previous = dotted.rfind('.', last - 1);
    return std::string(previous == std::string_view::npos ? dotted : dotted.substr(previous + 1));
}

std::string joinNames(const CallSequence &sequence) {
    std::string line;
    for (const CallToken &call : sequence.calls) {
        if (!line.empty()) line += ' ';
        line += call.name;
    }
    return line;
}

} // namespace mph

namespace mph::analysis {

int hexDigitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

namespace {

void appendUtf8(std::uint32_t code, std::string &out) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xc0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xe0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    }
}

} // namespace

void appendUnescaped(std::string_view text, std::string &out) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const char e = text[++i];
        const auto hexRun = [&](std::size_t digits) -> bool {
            if (i + digits >= text.size()) return false;
            std::uint32_t value = 0;
            for (std::size_t k = 1; k <= digits; ++k) {
                const int h = hexDigitValue(text[i + k]);
                if (h < 0) return false;
                value = value * 16 + static_cast<std::uint32_t>(h);
            }
            if (digits == 2)
                out += static_cast<char>(value);
            else
                appendUtf8(std::min<std::uint32_t>(value, 0x10ffff), out);
            i += digits;
            return true;
        };
        switch (e) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case '\n':
            break; // a line continuation
        case '\\':
        case '\'':
        case '"':
            out += e;
            break;
        case 'x':
            if (!hexRun(2)) out += "\\x";
            break;
        case 'u':
            if (!hexRun(4)) out += "\\u";
            break;
        case 'U':
            if (!hexRun(8)) out += "\\U";
            break;
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int k = 0; k < 2 && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '7'; ++k)
                    value = value * 8 + (text[++i] - '0');
                out += static_cast<char>(value & 0xff);
            } else {
                out += '\\';
                out += e;
            }
        }
    }
}

namespace {

// Sorted, for binary search. Python 3.12 builtins plus the Python 2 ones that are gone from Python 3.
constexpr std::array<std::string_view, 168> kBuiltins = {
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "False",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "None",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StandardError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "__build_class__",
    "__debug__",
    "__import__",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "apply",
    "ascii",
    "basestring",
    "bin",
    "bool",
    "breakpoint",
    "buffer",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "cmp",
    "coerce",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "execfile",
    "exit",
    "file",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "intern",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "long",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "raw_input",
    "reduce",
    "reload",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "unichr",
    "unicode",
    "vars",
    "xrange",
    "zip",
};

bool appendString(const SyntaxTree &tree, int node, std::string &out) {
    const std::string_view whole = tree.text(node);
    const auto quote = whole.find_first_of("'\"");
    if (quote == std::string_view::npos) return false;
    const std::string_view prefix = whole.substr(0, quote);
    if (prefix.find_first_of("fF") != std::string_view::npos) return false;
    const bool raw = prefix.find_first_of("rR") != std::string_view::npos;
    for (int c = tree.at(node).firstChild; c >= 0; c = tree.at(c).nextSibling) {
        const Kind kind = tree.at(c).kind;
        if (kind == Kind::Interpolation) return false;
        if (kind != Kind::StringContent) continue;
        if (raw)
            out += tree.text(c);
        else
            appendUnescaped(tree.text(c), out);
    }
    return true;
}

} // namespace

bool isBuiltin(std::string_view name) {
    return std::binary_search(kBuiltins.begin(), kBuiltins.end(), name);
}

bool literalString(const SyntaxTree &tree, int node, std::string &out, std::size_t maxBytes) {
    out.clear();
    const Kind kind = tree.at(node).kind;
    bool ok = false;
    if (kind == Kind::String) {
        ok = appendString(tree, node, out);
    } else if (kind == Kind::ConcatenatedString) {
        ok = true;
        for (int c = tree.at(node).firstChild; c >= 0 && ok; c = tree.at(c).nextSibling)
            if (tree.at(c).kind == Kind::String) ok = appendString(tree, c, out);
    }
    return ok && out.size() <= maxBytes;
}

} // namespace mph::analysis
