#include "install_translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace mph::app {

namespace {
constexpr auto kResourceFolder = ":/i18n";
constexpr auto kPrefix = "mphunter_";
} // namespace

QLocale translationLocale(const QString &localeOverride) {
    return localeOverride.isEmpty() ? QLocale::system() : QLocale(localeOverride);
}

QStringList installTranslations(QCoreApplication &app, const QString &localeOverride) {
    const QLocale locale = translationLocale(localeOverride);
    QStringList loaded;
    if (locale.language() == QLocale::C) return loaded;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("mphunter"), QStringLiteral("_"), QLatin1String(kResourceFolder))) {
        app.installTranslator(own);
        loaded.append(own->filePath());
    } else {
        delete own;
        return loaded; // no translation of ours: keep Qt's dialogs in the same (English) language
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        loaded.append(qt->filePath());
    } else {
        delete qt;
    }
    return loaded;
}

QStringList availableTranslations() {
    QStringList names;
    const QStringList files =
        QDir(QLatin1String(kResourceFolder)).entryList({QLatin1String(kPrefix) + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        names.append(file.mid(qsizetype(qstrlen(kPrefix))).chopped(3));
    return names;
}

} // namespace mph::app
