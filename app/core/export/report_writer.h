#pragma once
// Writes a case report to disk as HTML or PDF (QTextDocument + QPdfWriter, A4), atomically. The PDF needs a
// QGuiApplication (fonts); the HTML does not.
#include "report_html.h"

namespace mph::app {

// Each returns an error message, or "" on success.
QString saveHtmlReport(const QString &html, const QString &path);
QString savePdfReport(const QString &html, const QString &path, const QString &title = {});

} // namespace mph::app
