// Translations: the German and Chinese .qm files are embedded and load, strings come out translated, and every
// source string of app/ is translated (lupdate over the current sources leaves no unfinished entry).
#include "install_translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace mph::app;

namespace {

void removeTranslators() {
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

int countUnfinished(const QString &tsPath) {
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) return -1;
    return static_cast<int>(file.readAll().count("type=\"unfinished\""));
}

} // namespace

class TestExportTranslations : public QObject {
    Q_OBJECT
  private slots:
    void cleanup() { removeTranslators(); }

    void embedded() { QCOMPARE(availableTranslations(), (QStringList{"de", "zh_CN"})); }

    void german() {
        const QStringList loaded = installTranslations(*QCoreApplication::instance(), "de_DE");
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.first(), QString(":/i18n/mphunter_de.qm"));
        QCOMPARE(QCoreApplication::translate("CaseReport", "Notes"), QString("Notizen"));
        QCOMPARE(QCoreApplication::translate("Verdict", "Malicious"), QString::fromUtf8("Bösartig"));
        QCOMPARE(QCoreApplication::translate("CaseReport", "%n more lines not shown.", nullptr, 3),
                 QString("3 weitere Zeilen nicht angezeigt."));
    }

    void chinese() {
        const QStringList loaded = installTranslations(*QCoreApplication::instance(), "zh_CN");
        QVERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.first(), QString(":/i18n/mphunter_zh_CN.qm"));
        QCOMPARE(QCoreApplication::translate("CaseReport", "Notes"), QString::fromUtf8("备注"));
    }

    // English is the source language: only its plural forms are loaded, for English, "C" and untranslated languages.
    void englishLoadsPluralFormsOnly() {
        for (const QString &locale : {QString("en_US"), QString("C"), QString("fr_FR")}) {
            QCOMPARE(installTranslations(*QCoreApplication::instance(), locale), QStringList{":/i18n/mphunter_en.qm"});
            QCOMPARE(QCoreApplication::translate("CaseReport", "Notes"), QString("Notes"));
            QCOMPARE(QCoreApplication::translate("CaseReport", "%n more lines not shown.", nullptr, 1),
                     QString("1 more line not shown."));
            QCOMPARE(QCoreApplication::translate("mph::app::MainWindow", "%n call(s)", nullptr, 2), QString("2 calls"));
            removeTranslators();
        }
    }

    // The committed .ts files are complete, and stay complete when lupdate re-reads today's sources.
    void nothingUnfinished() {
        const QString source = QStringLiteral(MPH_SOURCE_DIR);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &language : {QString("de"), QString("zh_CN"), QString("en")}) {
            const QString ts = source + "/translations/mphunter_" + language + ".ts";
            QCOMPARE(countUnfinished(ts), 0);
            const QString copy = dir.filePath("mphunter_" + language + ".ts");
            QVERIFY(QFile::copy(ts, copy));
            QProcess lupdate;
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            QStringList arguments{"-no-obsolete", "-locations",    "none", "-extensions",
                                  "cpp,h,ui",     source + "/app", "-ts",  copy};
            if (language == "en") arguments.prepend("-pluralonly"); // the source language: plural forms only
            lupdate.start(QStringLiteral(MPH_LUPDATE), arguments);
            QVERIFY(lupdate.waitForFinished(120000));
            const QString output = QString::fromLocal8Bit(lupdate.readAll());
            QCOMPARE(lupdate.exitCode(), 0);
            const int unfinished = countUnfinished(copy);
            QVERIFY2(unfinished == 0, qPrintable(QString("%1 untranslated strings for %2; run the update_translations "
                                                         "target and translate them. lupdate said:\n%3")
                                                     .arg(unfinished)
                                                     .arg(language, output)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportTranslations)
#include "tst_export_translations.moc"
