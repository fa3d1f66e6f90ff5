#include "script_lines.h"

namespace mph::app {

QStringList scriptLines(const QByteArray &text) {
    QString decoded = QString::fromUtf8(text);
    decoded.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    decoded.replace(u'\r', u'\n');
    QStringList lines = decoded.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) lines.removeLast(); // the final newline ends a line
    return lines;
}

QString collapseBlankRuns(const QString &line, int minRun, const QString &marker) {
    QString out;
    out.reserve(line.size());
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i] != u' ' && line[i] != u'\t') {
            out.append(line[i++]);
            continue;
        }
        qsizetype end = i;
        while (end < line.size() && (line[end] == u' ' || line[end] == u'\t'))
            ++end;
        const qsizetype run = end - i;
        if (run >= minRun)
            out.append(marker.arg(run));
        else
            out.append(line.mid(i, run));
        i = end;
    }
    return out;
}

QString plainDisplayLine(const QString &line, int maxChars) {
    QString shown = collapseBlankRuns(line, 20, QStringLiteral("[%1 blanks]"));
    if (shown.size() > maxChars) shown = shown.left(maxChars) + QStringLiteral("…");
    return shown;
}

} // namespace mph::app
