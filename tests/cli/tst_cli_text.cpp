// The command line's text helpers (app/cli/cli_text.h): every TSV the CLI writes escapes its fields so that a
// record stays one line of tab-separated fields, whatever bytes a file name holds.
#include "cli_text.h"

#include <QTest>

#include <string>

class CliTextTest : public QObject {
    Q_OBJECT
  private slots:
    void plainTextIsUnchanged() {
        QCOMPARE(mph::cli::escapeField("/t/pkg-1.0.tar.gz"), std::string("/t/pkg-1.0.tar.gz"));
        QCOMPARE(mph::cli::escapeField(""), std::string());
        const std::string bytes("caf\xc3\xa9 \xff\xfe", 8); // UTF-8 or not: bytes pass through
        QCOMPARE(mph::cli::escapeField(bytes), bytes);
    }

    void separatorsAndBackslashAreEscaped() {
        QCOMPARE(mph::cli::escapeField("a\tb\nc\rd\\e"), std::string("a\\tb\\nc\\rd\\\\e"));
        QCOMPARE(mph::cli::escapeField("\t\t"), std::string("\\t\\t"));
        const std::string escaped = mph::cli::escapeField("x\n\r\t\\y");
        QVERIFY(escaped.find_first_of("\t\n\r") == std::string::npos);
    }

    void escapingIsUnambiguous() {
        // A tab and the two characters backslash-t are written differently.
        QVERIFY(mph::cli::escapeField("\t") != mph::cli::escapeField("\\t"));
        QCOMPARE(mph::cli::escapeField("\\t"), std::string("\\\\t"));
        QVERIFY(mph::cli::escapeField("\\\n") != mph::cli::escapeField("\\n\\"));
    }
};

QTEST_GUILESS_MAIN(CliTextTest)
#include "tst_cli_text.moc"
