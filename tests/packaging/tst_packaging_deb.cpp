// The Debian package: cpack -G DEB builds it from the build tree, dpkg -x unpacks it into a scratch root, and the
// packaged mphunter-cli runs from there and prints the project's version. Prints the package's size and Depends.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {}) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty()) process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(540000)) return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

} // namespace

class TestPackagingDeb : public QObject {
    Q_OBJECT
  private slots:
    void buildUnpackRun() {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString out = scratch.filePath("out");
        const Run cpack =
            run(MPH_CPACK, {"-G", "DEB", "-B", out, "--config", MPH_BINARY_DIR "/CPackConfig.cmake"}, MPH_BINARY_DIR);
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));
        const QStringList debs = QDir(out).entryList({"*.deb"}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        const QString deb = QDir(out).filePath(debs.first());
        QVERIFY2(debs.first().startsWith(QStringLiteral("mphunter_" MPH_VERSION "_")), qPrintable(debs.first()));

        const Run fields = run(MPH_DPKG_DEB, {"-f", deb, "Package", "Version", "Depends"});
        QCOMPARE(fields.exitCode, 0);
        QVERIFY2(fields.output.contains("Package: mphunter\n"), qPrintable(fields.output));
        QVERIFY2(fields.output.contains("Version: " MPH_VERSION "\n"), qPrintable(fields.output));
        // dpkg-shlibdeps found the shared libraries: libarchive for the CLI, Qt for the GUI.
        QVERIFY2(fields.output.contains("libarchive13"), qPrintable(fields.output));
        QVERIFY2(fields.output.contains("libc6"), qPrintable(fields.output));
        // The code font (app/core/code_font.h) is a dependency shlibdeps cannot see.
        QVERIFY2(fields.output.contains("fonts-hack | fonts-jetbrains-mono"), qPrintable(fields.output));
        QVERIFY2(fields.output.contains("libqt6sql6-sqlite"),
                 qPrintable(fields.output)); // the history database's driver
#ifdef MPH_HAVE_GUI
        QVERIFY2(fields.output.contains("libqt6widgets6"), qPrintable(fields.output));
#endif
        qInfo("package %s: %lld bytes", qPrintable(debs.first()), static_cast<long long>(QFileInfo(deb).size()));
        qInfo("%s", qPrintable(fields.output.trimmed()));

        const QString root = scratch.filePath("root");
        const Run unpack = run("dpkg", {"-x", deb, root});
        QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.output));
        for (const char *file :
             {"usr/bin/mphunter-cli", "usr/share/man/man1/mphunter-cli.1.gz",
              "usr/share/applications/" MPH_APP_ID ".desktop", "usr/share/metainfo/" MPH_APP_ID ".metainfo.xml",
              "usr/share/icons/hicolor/scalable/apps/" MPH_APP_ID ".svg"})
            QVERIFY2(QFileInfo::exists(QDir(root).filePath(file)), file);
#ifdef MPH_HAVE_GUI
        QVERIFY(QFileInfo(QDir(root).filePath("usr/bin/mphunter")).isExecutable());
#endif
        const Run version = run(QDir(root).filePath("usr/bin/mphunter-cli"), {"--version"});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output, QStringLiteral("mphunter-cli " MPH_VERSION "\n"));
    }
};

QTEST_GUILESS_MAIN(TestPackagingDeb)
#include "tst_packaging_deb.moc"
