#include "layout_markers.h"

#include <QCoreApplication>

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

} // namespace

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
    }
    return {};
}

} // namespace mph::app
