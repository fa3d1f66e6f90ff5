#include "layout_markers.h"

#include <QCoreApplication>

#include <algorithm>

namespace mph::app {

namespace {

bool isBidiControl(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

bool isHiddenCharacter(char32_t c) {
    if (c < 0x20) return c != '\t' && c != '\n' && c != '\r' && c != '\f';
    return c == 0x7F || (c >= 0x80 && c < 0xA0) || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF ||
           c == 0x00AD;
}

void scanLine(QStringView line, int lineNumber, const LayoutLimits &limits, std::vector<LayoutMarker> &markers) {
    int column = 0, blanks = 0;
    bool longLine = false, hidden = false, control = false, bidi = false;
    for (auto it = line.begin(); it != line.end(); ++column) {
        char32_t c = it->unicode();
        if (QChar::isHighSurrogate(c) && it + 1 != line.end() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            it += 2;
        } else {
            ++it;
        }
        if (!longLine && column >= limits.longLine) {
            longLine = true;
            markers.push_back({lineNumber, column, LayoutIssue::LongLine});
        }
        if (c == ' ' || c == '\t') {
            ++blanks;
            continue;
        }
        if (!hidden && column >= limits.offScreenColumn && blanks >= limits.whitespaceRun) {
            hidden = true;
            markers.push_back({lineNumber, column, LayoutIssue::HiddenPastWhitespace});
        }
        blanks = 0;
        if (!bidi && isBidiControl(c)) {
            bidi = true;
            markers.push_back({lineNumber, column, LayoutIssue::BidiControl});
        } else if (!control && isHiddenCharacter(c) && !(c == 0xFEFF && lineNumber == 0 && column == 0)) {
            control = true;
            markers.push_back({lineNumber, column, LayoutIssue::ControlCharacter});
        }
    }
}

bool isIdentifierStart(QChar c) {
    return c.isLetter() || c == u'_';
}
bool isIdentifierPart(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

// Confusable identifiers, one marker per line at its first one. A small lexer of Python: comments and string literals
// (prefixes, triple quotes, backslashes) are skipped whole, f-strings included; numbers are read as numbers.
void scanIdentifiers(const QString &text, std::vector<LayoutMarker> &markers) {
    int line = 0, column = 0, markedLine = -1;
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Moves past text[i], keeping line and column (in characters: a surrogate pair is one).
    const auto advance = [&] {
        if (text[i] == u'\n') {
            ++line;
            column = 0;
        } else if (!text[i].isLowSurrogate()) {
            ++column;
        }
        ++i;
    };
    while (i < n) {
        const QChar c = text[i];
        if (c == u'#') {
            while (i < n && text[i] != u'\n')
                advance();
        } else if (c == u'\'' || c == u'"') {
            const bool triple = i + 2 < n && text[i + 1] == c && text[i + 2] == c;
            const int quotes = triple ? 3 : 1;
            for (int k = 0; k < quotes; ++k)
                advance();
            while (i < n) {
                if (text[i] == u'\\' && i + 1 < n) {
                    advance();
                    advance();
                } else if (text[i] == c && (!triple || (i + 2 < n && text[i + 1] == c && text[i + 2] == c))) {
                    for (int k = 0; k < quotes; ++k)
                        advance();
                    break;
                } else if (text[i] == u'\n' && !triple) {
                    break; // an unterminated single-quoted string ends with its line
                } else {
                    advance();
                }
            }
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && text[i + 1].isDigit())) {
            while (i < n && (isIdentifierPart(text[i]) || text[i] == u'.'))
                advance();
        } else if (isIdentifierStart(c) || c.isHighSurrogate()) {
            const qsizetype start = i;
            const int startLine = line, startColumn = column;
            while (i < n && (isIdentifierPart(text[i]) || text[i].isSurrogate()))
                advance();
            // A string prefix (r, b, f, rb...) is read with its string.
            if (i < n && (text[i] == u'\'' || text[i] == u'"') && i - start <= 2) continue;
            if (startLine != markedLine && isConfusableIdentifier(QStringView(text).mid(start, i - start))) {
                markers.push_back({startLine, startColumn, LayoutIssue::ConfusableIdentifier});
                markedLine = startLine;
            }
        } else {
            advance();
        }
    }
}

} // namespace

bool isConfusableIdentifier(QStringView identifier) {
    bool letterO = false, zero = false, ell = false, one = false, eye = false;
    int characters = 0;
    for (const QChar c : identifier) {
        switch (c.unicode()) {
        case u'O':
            letterO = true;
            break;
        case u'0':
            zero = true;
            break;
        case u'l':
            ell = true;
            break;
        case u'1':
            one = true;
            break;
        case u'I':
            eye = true;
            break;
        case u'_':
            continue;
        default:
            return false;
        }
        ++characters;
    }
    return characters >= 2 && ((letterO && zero) || int(ell) + int(one) + int(eye) >= 2);
}

std::vector<LayoutMarker> findLayoutMarkers(const QString &text, const LayoutLimits &limits) {
    std::vector<LayoutMarker> markers;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) end = text.size();
        QStringView line = QStringView(text).mid(start, end - start);
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        scanLine(line, lineNumber, limits, markers);
        ++lineNumber;
        start = end + 1;
    }
    scanIdentifiers(text, markers);
    std::stable_sort(markers.begin(), markers.end(),
                     [](const LayoutMarker &a, const LayoutMarker &b) { return a.line < b.line; });
    return markers;
}

QString layoutIssueDescription(LayoutIssue issue) {
    switch (issue) {
    case LayoutIssue::LongLine:
        return QCoreApplication::translate("Layout", "very long line");
    case LayoutIssue::HiddenPastWhitespace:
        return QCoreApplication::translate("Layout", "code pushed off screen by a long run of blanks");
    case LayoutIssue::ControlCharacter:
        return QCoreApplication::translate("Layout", "non-printing character");
    case LayoutIssue::BidiControl:
        return QCoreApplication::translate("Layout", "bidirectional control character");
    case LayoutIssue::ConfusableIdentifier:
        return QCoreApplication::translate("Layout", "identifier of look-alike characters (O and 0, l, 1 and I)");
    }
    return {};
}

} // namespace mph::app
