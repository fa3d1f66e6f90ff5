#pragma once
// A script's text as lines for display, with the evasion the paper names made visible: a payload pushed off screen
// by a long run of spaces keeps its text but the run is shown as a marker.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mph::app {

// The script's lines (decoded as UTF-8, invalid bytes as U+FFFD; "\r\n" and "\r" end lines too).
QStringList scriptLines(const QByteArray &text);

// Runs of at least `minRun` spaces or tabs inside a line become `marker` with %1 = the run's length.
// Leading indentation shorter than `minRun` is kept.
QString collapseBlankRuns(const QString &line, int minRun, const QString &marker);

// One line for plain-text output: blank runs of 20 or more as "[N blanks]", cut to `maxChars` with "…".
QString plainDisplayLine(const QString &line, int maxChars = 200);

} // namespace mph::app
