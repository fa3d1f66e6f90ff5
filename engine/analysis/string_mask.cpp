#include "analysis/string_mask.h"

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

} // namespace

std::vector<BlankedString> blankLongStrings(std::string_view source, std::size_t minContent, std::string &out) {
    std::vector<BlankedString> found;
    const std::size_t n = source.size();
    std::size_t i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(source[i]);
        if (c == '#') {
            while (i < n && source[i] != '\n')
                ++i;
            continue;
        }
        std::size_t start = i;
        bool formatted = false;
        if (isIdentifierByte(c)) {
            while (i < n && isIdentifierByte(static_cast<unsigned char>(source[i])))
                ++i;
            if (i >= n || (source[i] != '\'' && source[i] != '"') ||
                !isStringPrefix(source.substr(start, i - start), formatted))
                continue;
        } else if (c != '\'' && c != '"') {
            ++i;
            continue;
        }
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
        if (!formatted && contentEnd - contentBegin >= minContent)
            found.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                             static_cast<std::uint32_t>(contentBegin), static_cast<std::uint32_t>(contentEnd)});
        i = end;
    }
    if (!found.empty()) {
        out.assign(source);
        for (const BlankedString &s : found)
            out.replace(s.contentBegin, s.contentEnd - s.contentBegin, s.contentEnd - s.contentBegin, ' ');
    }
    return found;
}

} // namespace mph::analysis
