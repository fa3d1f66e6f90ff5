// mphunter-cli inventory end to end: lines, escaping, errors on standard error, the count line, exit codes.
#include "archive_builder.h"
#include "corpus/sha256.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using mph::test::buildArchive;
using mph::test::file;
using mph::test::Format;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runCli(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(MPH_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void writeFile(const QString &path, const std::string &content) {
    QDir().mkpath(QFileInfo(path).path());
    std::ofstream(path.toStdString(), std::ios::binary) << content;
}

} // namespace

class TestCliInventory : public QObject {
    Q_OBJECT
  private slots:
    void linesErrorsAndCounts();
    void passphraseOption();
    void usageErrors();
    void versionAndHelp();
};

void TestCliInventory::linesErrorsAndCounts() {
    QTemporaryDir dir;
    const QString root = dir.filePath("batch");
    const std::string setup = "import os\n";
    // A name with a tab, a backslash and a newline in PKG-INFO (continuation lines are not part of the value, so the
    // newline comes from the file name fallback of the second package instead).
    writeFile(root + "/a-1.0.tar.gz",
              buildArchive(Format::TarGz, {file("a-1.0/PKG-INFO", "Name: we\tird\\name\nVersion: 1.0\n"),
                                           file("a-1.0/setup.py", setup), file("a-1.0/a/__init__.py", "")}));
    writeFile(root + "/line\nbreak-2.0.zip", buildArchive(Format::Zip, {file("x-2.0/setup.py", setup)}, "infected"));
    writeFile(root + "/junk.bin", "not an archive");
    writeFile(root + "/README.md", "skipped silently");

    const Run run = runCli({"inventory", "--jobs", "2", root});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.size(), 4); // three lines and the empty rest after the final newline
    const QByteArray digest = QByteArray::fromStdString(mph::sha256Hex(setup));
    const QByteArray emptyDigest = QByteArray::fromStdString(mph::sha256Hex(""));
    const QByteArray archiveA = (root + "/a-1.0.tar.gz").toUtf8();
    const QByteArray archiveB = (root + "/line\\nbreak-2.0.zip").toUtf8();
    QCOMPARE(lines[0], "we\\tird\\\\name\t1.0\tinstall\t" + archiveA + "\ta-1.0/setup.py\t" + digest);
    QCOMPARE(lines[1], "we\\tird\\\\name\t1.0\timport\t" + archiveA + "\ta-1.0/a/__init__.py\t" + emptyDigest);
    QCOMPARE(lines[2], "line\\nbreak\t2.0\tinstall\t" + archiveB + "\tx-2.0/setup.py\t" + digest);
    QVERIFY(lines[3].isEmpty());

    const QList<QByteArray> errors = run.err.trimmed().split('\n');
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors[0].startsWith("error\t" + (root + "/junk.bin").toUtf8() + "\tnot a package archive"));
    QCOMPARE(errors[1], QByteArray("2 packages, 3 scripts, 1 errors"));
}

void TestCliInventory::passphraseOption() {
    QTemporaryDir dir;
    const QString archive = dir.filePath("p-1.zip");
    writeFile(archive, buildArchive(Format::Zip, {file("p-1/setup.py", "pass\n")}, "open sesame"));
    Run run = runCli({"inventory", archive});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("wrong passphrase"));
    QVERIFY(run.err.contains("0 packages, 0 scripts, 1 errors"));
    run = runCli({"inventory", "--passphrase", "open sesame", archive});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("p\t1\tinstall\t"));
    QVERIFY(run.err.contains("1 packages, 1 scripts, 0 errors"));
}

void TestCliInventory::usageErrors() {
    QCOMPARE(runCli({"inventory"}).exitCode, 2);
    QCOMPARE(runCli({"inventory", "--jobs", "zero", "."}).exitCode, 2);
    QCOMPARE(runCli({"inventory", "--frobnicate", "."}).exitCode, 2);
    QCOMPARE(runCli({"no-such-command"}).exitCode, 2);
    QCOMPARE(runCli({}).exitCode, 2);
}

void TestCliInventory::versionAndHelp() {
    Run run = runCli({"--version"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("mphunter-cli "));
    run = runCli({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("inventory"));
    run = runCli({"inventory", "--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--passphrase"));
}

QTEST_GUILESS_MAIN(TestCliInventory)
#include "tst_cli_inventory.moc"
