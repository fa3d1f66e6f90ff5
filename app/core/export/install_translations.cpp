#include "install_translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace mph::app {

namespace {
constexpr auto kResourceFolder = ":/i18n";
constexpr auto kPrefix = "mphunter_";
constexpr auto kEnglish = "en"; // plural forms only ("%n case(s)" -> "1 case", "2 cases"); English is the source
} // namespace

QLocale translationLocale(const QString &localeOverride) {
    return localeOverride.isEmpty() ? QLocale::system() : QLocale(localeOverride);
}

QStringList installTranslations(QCoreApplication &app, const QString &localeOverride) {
    const QLocale locale = translationLocale(localeOverride);
    QStringList loaded;
    const auto install = [&app, &loaded](const QString &qmFile) {
        auto *translator = new QTranslator(&app);
        if (!translator->load(qmFile)) {
            delete translator;
            return false;
        }
        app.installTranslator(translator);
        loaded.append(translator->filePath());
        return true;
    };
    const auto englishPlurals = [&] { install(QLatin1String(kResourceFolder) + '/' + kPrefix + kEnglish + ".qm"); };
    if (locale.language() == QLocale::C || locale.language() == QLocale::English) {
        englishPlurals();
        return loaded;
    }
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("mphunter"), QStringLiteral("_"), QLatin1String(kResourceFolder))) {
        app.installTranslator(own);
        loaded.append(own->filePath());
    } else {
        delete own;
        englishPlurals(); // no translation of ours: English, with Qt's dialogs in English too
        return loaded;
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
        if (const QString name = file.mid(qsizetype(qstrlen(kPrefix))).chopped(3); name != QLatin1String(kEnglish))
            names.append(name);
    return names;
}

} // namespace mph::app
