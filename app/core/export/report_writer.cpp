#include "report_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace mph::app {

namespace {

struct ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

QString writeError(const QString &path, const QString &reason) {
    return ReportWriter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QString saveHtmlReport(const QString &html, const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return writeError(path, file.errorString());
    file.write(html.toUtf8());
    if (!file.commit()) return writeError(path, file.errorString());
    return {};
}

QString savePdfReport(const QString &html, const QString &path, const QString &title) {
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return writeError(path, ReportWriter::tr("PDF reports need the graphical application"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return writeError(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("MPHunter Workbench"));
        writer.setResolution(300);
        // No page margins of our own: print() then uses 2 mm plus its 2 cm frame margin, about 22 mm in all.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        // No page size of our own: print() lays the document out on the writer's page and paginates it.
        document.print(&writer);
    }
    if (!file.commit()) return writeError(path, file.errorString());
    return {};
}

} // namespace mph::app
