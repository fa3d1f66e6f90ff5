#include "analysis/string_mask.h"

#include "analysis/constant_list.h"

#include <utility>

namespace mph::analysis {

namespace {

bool isIdentifierByte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

// r, u, b, f and their two-letter combinations, any case.
bool isStringPrefix(std::string_view word, bool &formatted) {
    formatted = false;
    if (word.size() > 2) return false;
    bool raw = false, bytes = false, unicode = false;
    for (const char c : word) {
        switch (c) {
        case 'r':
        case 'R':
            if (raw) return false;
            raw = true;
            break;
        case 'b':
        case 'B':
            if (bytes) return false;
            bytes = true;
            break;
        case 'u':
        case 'U':
            if (unicode) return false;
            unicode = true;
            break;
        case 'f':
        case 'F':
            if (formatted) return false;
            formatted = true;
            break;
        default:
            return false;
        }
    }
    return !(unicode && word.size() > 1) && !(bytes && formatted);
}

// After `last` (and `lastWord` when it is a name), a `[` starts a list display, not a subscript.
bool opensAtom(char last, std::string_view lastWord) {
    switch (last) {
    case '\n': // start of the script
    case '(':
    case '[':
    case '{':
    case ',':
    case '=':
    case ':':
    case ';':
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '&':
    case '|':
    case '^':
    case '~':
    case '<':
    case '>':
    case '!':
        return true;
    case 'a':
        for (const std::string_view keyword :
             {"return", "in", "and", "or", "not", "if", "elif", "else", "yield", "is", "while", "assert"})
            if (lastWord == keyword) return true;
        return false;
    default:
        return false;
    }
}

// The `]` closing the `[` at `open` when everything between them is bytes a constant list can hold (no names, no
// strings, no comments, no nested brackets), else npos. Stops at the first other byte, so the scan is linear overall.
std::size_t constantListEnd(std::string_view source, std::size_t open) {
    for (std::size_t j = open + 1; j < source.size(); ++j) {
        const char ch = source[j];
        if (ch == ']') return j;
        const bool allowed = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F') ||
                             ch == 'x' || ch == 'X' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ||
                             ch == '(' || ch == ')' || ch == ',' || ch == '+' || ch == '-' || ch == '*' || ch == '/' ||
                             ch == '%' || ch == '<' || ch == '>' || ch == '&' || ch == '|' || ch == '^' || ch == '~';
        if (!allowed) return std::string_view::npos;
    }
    return std::string_view::npos;
}

} // namespace

bool maskSource(std::string_view source, std::size_t minString, std::size_t minList, std::string &out,
                SourceMask &mask) {
    mask.strings.clear();
    mask.lists.lists.clear();
    mask.lists.nodes.clear();
    const std::size_t n = source.size();
    char last = '\n'; // last significant byte outside strings and comments: 'a' for a name or number, '"' for a string
    std::string_view lastWord;
    std::size_t i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(source[i]);
        if (c == '#') {
            while (i < n && source[i] != '\n')
                ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\\') {
            ++i;
            continue;
        }
        std::size_t start = i;
        bool formatted = false;
        if (isIdentifierByte(c)) {
            while (i < n && isIdentifierByte(static_cast<unsigned char>(source[i])))
                ++i;
            if (i >= n || (source[i] != '\'' && source[i] != '"') ||
                !isStringPrefix(source.substr(start, i - start), formatted)) {
                last = 'a';
                lastWord = source.substr(start, i - start);
                continue;
            }
        } else if (c == '[') {
            const std::size_t close = opensAtom(last, lastWord) ? constantListEnd(source, i) : std::string_view::npos;
            if (close != std::string_view::npos && close - i - 1 >= minList &&
                parseConstantList(source, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(close),
                                  mask.lists.nodes)) {
                SplicedList list;
                list.begin = static_cast<std::uint32_t>(i);
                list.end = static_cast<std::uint32_t>(close + 1);
                list.firstNode = mask.lists.lists.empty()
                                     ? 0
                                     : mask.lists.lists.back().firstNode + mask.lists.lists.back().nodeCount;
                list.nodeCount = static_cast<std::uint32_t>(mask.lists.nodes.size()) - list.firstNode;
                mask.lists.lists.push_back(list);
                i = close + 1;
                last = ']';
            } else {
                last = '[';
                ++i;
            }
            continue;
        } else if (c != '\'' && c != '"') {
            last = static_cast<char>(c);
            ++i;
            continue;
        }
        last = '"';
        // source[i] opens a literal that started at `start`.
        const char quote = source[i];
        const bool triple = i + 2 < n && source[i + 1] == quote && source[i + 2] == quote;
        const std::size_t contentBegin = i + (triple ? 3 : 1);
        std::size_t j = contentBegin;
        std::size_t contentEnd = std::string_view::npos;
        while (j < n) {
            const char ch = source[j];
            if (ch == '\\') {
                j += 2;
                continue;
            }
            if (triple) {
                if (ch == quote && j + 2 < n && source[j + 1] == quote && source[j + 2] == quote) {
                    contentEnd = j;
                    break;
                }
            } else {
                if (ch == quote) {
                    contentEnd = j;
                    break;
                }
                if (ch == '\n') break; // unterminated: leave the rest to the parser
            }
            ++j;
        }
        if (contentEnd == std::string_view::npos) {
            i = j; // unterminated literal: nothing blanked
            continue;
        }
        const std::size_t end = contentEnd + (triple ? 3 : 1);
        if (!formatted && contentEnd - contentBegin >= minString)
            mask.strings.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                                    static_cast<std::uint32_t>(contentBegin), static_cast<std::uint32_t>(contentEnd)});
        i = end;
    }
    if (mask.empty()) return false;
    out.assign(source);
    for (const BlankedString &s : mask.strings)
        out.replace(s.contentBegin, s.contentEnd - s.contentBegin, s.contentEnd - s.contentBegin, ' ');
    for (const SplicedList &l : mask.lists.lists)
        out.replace(l.begin + 1, l.end - l.begin - 2, l.end - l.begin - 2, ' ');
    return true;
}

std::vector<BlankedString> blankLongStrings(std::string_view source, std::size_t minContent, std::string &out) {
    SourceMask mask;
    maskSource(source, minContent, std::string_view::npos, out, mask);
    return std::move(mask.strings);
}

} // namespace mph::analysis
