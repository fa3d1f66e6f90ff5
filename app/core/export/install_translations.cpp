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
    // Installs the translator that `load` fills; false (and nothing installed) when there is none to load.
    const auto install = [&app, &loaded](const auto &load) {
        auto *translator = new QTranslator(&app);
        if (!load(*translator)) {
            delete translator;
            return false;
        }
        app.installTranslator(translator);
        loaded.append(translator->filePath());
        return true;
    };
    const auto englishPlurals = [&] {
        install(
            [](QTranslator &t) { return t.load(QLatin1String(kResourceFolder) + '/' + kPrefix + kEnglish + ".qm"); });
    };
    if (locale.language() == QLocale::C || locale.language() == QLocale::English) {
        englishPlurals();
        return loaded;
    }
    if (!install([&](QTranslator &t) {
            return t.load(locale, QStringLiteral("mphunter"), QStringLiteral("_"), QLatin1String(kResourceFolder));
        })) {
        englishPlurals(); // no translation of ours: English, with Qt's dialogs in English too
        return loaded;
    }
    install([&](QTranslator &t) {
        return t.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
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
