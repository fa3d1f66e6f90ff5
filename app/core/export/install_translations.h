#pragma once
// Loads the application's translation (embedded under :/i18n, built from translations/*.ts by lrelease) and Qt's own
// (standard dialogs and buttons) for the user's locale, or for `localeOverride` ("de", "zh_CN", "C" for none) when
// one is given, e.g. from a setting or --lang. Call once in main() after creating the application, before any
// window. The translators are children of the application.
//
//   QApplication app(argc, argv);
//   mph::app::installTranslations(app, settings.value("language").toString());
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace mph::app {

// The locale that would be used: `localeOverride` when not empty, else the system's.
QLocale translationLocale(const QString &localeOverride);

// Returns the .qm files that were loaded. English (and "C", and a language without a translation of ours) loads
// only the English plural forms, so that "%n case(s)" reads "1 case" and "2 cases".
QStringList installTranslations(QCoreApplication &app, const QString &localeOverride = {});

// The languages the application is translated to, as locale names ("de", "zh_CN"), from the embedded files (English,
// the source language, is not one of them).
QStringList availableTranslations();

} // namespace mph::app
