// Bad input, one case per test: each must give a ReadError naming the reason (or read fine where it is harmless).
#include "archive_builder.h"
#include "corpus/reader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <random>

using mph::test::buildArchive;
using mph::test::Entry;
using mph::test::file;
using mph::test::Format;

namespace {

const std::vector<Entry> smallSdist = {file("s-1/setup.py", "import os\nos.system('id')\n"),
                                       file("s-1/PKG-INFO", "Name: s\nVersion: 1\n"),
                                       file("s-1/s/__init__.py", "print('hi')\n")};

// The reason of the error; fails the test when the read succeeded.
std::string errorOf(const std::string &bytes, const mph::ReadOptions &options = {},
                    std::string source = "/t/p.tar.gz") {
    const mph::PackageReadResult result = mph::readPackageBytes(bytes, std::move(source), options);
    if (result.package || !result.error) return "<no error>";
    return result.error->reason;
}

#define EXPECT_REASON(reason, fragment)                                                                                \
    do {                                                                                                               \
        const std::string got_ = (reason);                                                                             \
        if (got_.find(fragment) == std::string::npos)                                                                  \
            QFAIL(qPrintable(QString("reason \"%1\" lacks \"%2\"").arg(QString::fromStdString(got_), fragment)));      \
    } while (false)

std::string randomText(std::size_t size, unsigned seed) {
    std::mt19937 random(seed);
    std::string text(size, ' ');
    for (char &c : text)
        c = static_cast<char>('!' + random() % 90);
    return text;
}

} // namespace

class TestHostileArchives : public QObject {
    Q_OBJECT
  private slots:
    void truncatedTarGz();
    void truncatedZip();
    void corruptGzipStream();
    void corruptZipData();
    void emptyFile();
    void emptyFileOnDisk();
    void notAnArchive();
    void gzipThatIsNotTar();
    void wrongExtensionReadsByContent();
    void wrongPassphrase();
    void noPassphrase();
    void dotDotAndAbsolutePaths();
    void symlinkAndHardlinkEntriesSkipped();
    void symlinkInZipSkipped();
    void hugeEntryLoweredCap();
    void hugeEntryDefaultCap();
    void hugeEntryNotAScriptIsFine();
    void zipBombLoweredCap();
    void zipBombDefaultCap();
    void tarBombDefaultCap();
    void totalBytesCap();
    void archiveSizeCap();
    void thousandsOfEntries();
    void nonUtf8NamesAndContents();
    void nonUtf8NamesInZip();
    void deepNesting();
    void deepNestingInFolder();
    void mutatedArchivesGiveOneResult();
};

void TestHostileArchives::truncatedTarGz() {
    const std::string bytes = buildArchive(Format::TarGz, smallSdist);
    EXPECT_REASON(errorOf(bytes.substr(0, bytes.size() / 2)), "truncated");
}

void TestHostileArchives::truncatedZip() {
    const std::string bytes = buildArchive(Format::Zip, smallSdist);
    EXPECT_REASON(errorOf(bytes.substr(0, bytes.size() - 30)), "truncated");
}

void TestHostileArchives::corruptGzipStream() {
    std::string bytes = buildArchive(Format::TarGz, smallSdist);
    for (std::size_t i = 20; i < bytes.size() - 10; i += 7)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    EXPECT_REASON(errorOf(bytes), "corrupt");
}

void TestHostileArchives::corruptZipData() {
    // A stored zip whose setup.py bytes are altered: the CRC check fails when it is read.
    std::string bytes = buildArchive(Format::ZipStored, smallSdist);
    const std::size_t at = bytes.find("os.system");
    QVERIFY(at != std::string::npos);
    bytes[at] = 'X';
    EXPECT_REASON(errorOf(bytes), "corrupt");
}

void TestHostileArchives::emptyFile() {
    EXPECT_REASON(errorOf(""), "empty file");
}

void TestHostileArchives::emptyFileOnDisk() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("empty-1.0.tar.gz").toStdString();
    std::ofstream{path};
    const mph::PackageReadResult result = mph::readPackageFile(path, {});
    QVERIFY(!result.package && result.error);
    QCOMPARE(result.error->source, path);
    EXPECT_REASON(result.error->reason, "empty file");
}

void TestHostileArchives::notAnArchive() {
    EXPECT_REASON(errorOf("print('I am a script, not an archive')\n"), "not a package archive");
}

void TestHostileArchives::gzipThatIsNotTar() {
    // gzip magic followed by garbage: neither a valid gzip stream nor a tar.
    EXPECT_REASON(errorOf(std::string("\x1f\x8b\x08\x00garbage-garbage-garbage", 27)), "not a tar archive");
}

void TestHostileArchives::wrongExtensionReadsByContent() {
    const std::vector<Entry> wheel = {file("w/__init__.py", "x"),
                                      file("w-1.dist-info/METADATA", "Name: w\nVersion: 1\n")};
    mph::PackageReadResult result = mph::readPackageBytes(buildArchive(Format::Zip, wheel), "/t/w-1.tar.gz", {});
    QVERIFY(result.package);
    QCOMPARE(result.package->format, mph::PackageFormat::Wheel);
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
    result = mph::readPackageBytes(buildArchive(Format::TarGz, smallSdist), "/t/s-1.zip", {});
    QVERIFY(result.package);
    QCOMPARE(result.package->format, mph::PackageFormat::Tar);
    QCOMPARE(result.package->scripts.size(), std::size_t(2));
}

void TestHostileArchives::wrongPassphrase() {
    const std::string bytes = buildArchive(Format::Zip, smallSdist, "another password");
    EXPECT_REASON(errorOf(bytes), "wrong passphrase");
}

void TestHostileArchives::noPassphrase() {
    mph::ReadOptions options;
    options.passphrases.clear();
    EXPECT_REASON(errorOf(buildArchive(Format::Zip, smallSdist, "infected"), options), "no passphrase");
}

void TestHostileArchives::dotDotAndAbsolutePaths() {
    // Names are data: nothing is written anywhere, and the stored names come back unchanged.
    const std::vector<Entry> tree = {file("/setup.py", "absolute"), file("../../etc/cron.d/x.pth", "escape"),
                                     file("../__init__.py", "up"), file("a/../b/__init__.py", "dots")};
    const mph::PackageReadResult result = mph::readPackageBytes(buildArchive(Format::TarGz, tree), "/t/x.tar.gz", {});
    QVERIFY(result.package);
    const auto &scripts = result.package->scripts;
    // No single top folder, so the root is the package root. "/setup.py" (empty components dropped) is the install
    // script; ".." is an ordinary folder name, so "../__init__.py" is a top-level package's; "a/../b/__init__.py" is
    // three folders deep and no script; the ".pth" five levels down is not at a script level.
    QCOMPARE(scripts.size(), std::size_t(2));
    QCOMPARE(scripts[0].path, std::string("/setup.py"));
    QCOMPARE(scripts[0].scope, mph::Scope::Install);
    QCOMPARE(scripts[1].path, std::string("../__init__.py"));
    QCOMPARE(scripts[1].scope, mph::Scope::Import);
    QCOMPARE(scripts[1].text, std::string("up"));
    QVERIFY(!QFileInfo::exists("/etc/cron.d/x.pth"));
}

void TestHostileArchives::symlinkAndHardlinkEntriesSkipped() {
    const std::vector<Entry> tree = {
        file("l-1/PKG-INFO", "Name: l\nVersion: 1\n"),
        {"l-1/setup.py", {}, Entry::Kind::Symlink, "/etc/passwd"},
        {"l-1/l/__init__.py", {}, Entry::Kind::Hardlink, "l-1/PKG-INFO"},
        {"l-1/m", {}, Entry::Kind::Symlink, "/usr/lib/python3"},
        file("l-1/m/__init__.py", "through a symlinked folder name: still just a path"),
    };
    const mph::PackageReadResult result = mph::readPackageBytes(buildArchive(Format::TarGz, tree), "/t/l.tar.gz", {});
    QVERIFY(result.package);
    QCOMPARE(result.package->name, std::string("l"));
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
    QCOMPARE(result.package->scripts[0].path, std::string("l-1/m/__init__.py"));
}

void TestHostileArchives::symlinkInZipSkipped() {
    const std::vector<Entry> tree = {{"z-1/setup.py", {}, Entry::Kind::Symlink, "../../../../etc/shadow"},
                                     file("z-1/z/__init__.py", "z")};
    const mph::PackageReadResult result = mph::readPackageBytes(buildArchive(Format::Zip, tree), "/t/z.zip", {});
    QVERIFY(result.package);
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
    QCOMPARE(result.package->scripts[0].path, std::string("z-1/z/__init__.py"));
}

void TestHostileArchives::hugeEntryLoweredCap() {
    mph::ReadOptions options;
    options.limits.maxEntryBytes = 1000;
    const std::vector<Entry> tree = {file("h-1/setup.py", randomText(2000, 1))};
    EXPECT_REASON(errorOf(buildArchive(Format::TarGz, tree), options), "entry-size cap");
    EXPECT_REASON(errorOf(buildArchive(Format::Zip, tree), options), "entry-size cap");
    options.limits.maxEntryBytes = 2000; // exactly at the cap is fine
    QVERIFY(mph::readPackageBytes(buildArchive(Format::Zip, tree), "/t/h.zip", options).package);
}

void TestHostileArchives::hugeEntryDefaultCap() {
    const std::vector<Entry> tree = {file("h-1/setup.py", randomText((16u << 20) + 1, 2))};
    EXPECT_REASON(errorOf(buildArchive(Format::ZipStored, tree)), "entry-size cap");
}

void TestHostileArchives::hugeEntryNotAScriptIsFine() {
    mph::ReadOptions options;
    options.limits.maxEntryBytes = 1000;
    const std::vector<Entry> tree = {file("h-1/setup.py", "small"), file("h-1/data.bin", randomText(5000, 3))};
    const mph::PackageReadResult result = mph::readPackageBytes(buildArchive(Format::Zip, tree), "/t/h.zip", options);
    QVERIFY(result.package);
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
}

void TestHostileArchives::zipBombLoweredCap() {
    mph::ReadOptions options;
    options.limits.maxCompressionRatio = 20;
    const std::vector<Entry> tree = {file("b-1/setup.py", std::string((1u << 20) + 4096, '\0'))};
    EXPECT_REASON(errorOf(buildArchive(Format::Zip, tree), options), "compression-ratio cap");
}

void TestHostileArchives::zipBombDefaultCap() {
    // 8 MiB of zeros (under the 16 MiB entry cap) deflates to a few KiB: over 200:1.
    const std::vector<Entry> tree = {file("b-1/setup.py", std::string(8u << 20, '\0'))};
    const std::string bytes = buildArchive(Format::Zip, tree);
    QVERIFY(bytes.size() < (8u << 20) / 200);
    EXPECT_REASON(errorOf(bytes), "compression-ratio cap");
}

void TestHostileArchives::tarBombDefaultCap() {
    // Walking a compressed tar decompresses every entry, scripts or not.
    const std::vector<Entry> tree = {file("b-1/setup.py", "s"), file("b-1/zeros.bin", std::string(8u << 20, '\0'))};
    EXPECT_REASON(errorOf(buildArchive(Format::TarGz, tree)), "compression-ratio cap");
}

void TestHostileArchives::totalBytesCap() {
    mph::ReadOptions options;
    options.limits.maxTotalBytes = 100000;
    std::vector<Entry> tree;
    for (int i = 0; i < 4; ++i)
        tree.push_back(file("t-1/data" + std::to_string(i) + ".bin", randomText(30000, 10 + i)));
    EXPECT_REASON(errorOf(buildArchive(Format::TarGz, tree), options), "total-size cap");
    std::vector<Entry> scripts; // in a zip, what counts is what is decompressed: the scripts
    for (int i = 0; i < 4; ++i)
        scripts.push_back(file("t-1/p" + std::to_string(i) + "/__init__.py", randomText(30000, i)));
    EXPECT_REASON(errorOf(buildArchive(Format::Zip, scripts), options), "total-size cap");
    QVERIFY(mph::readPackageBytes(buildArchive(Format::Zip, scripts), "/t/x.zip", {}).package);
}

void TestHostileArchives::archiveSizeCap() {
    mph::ReadOptions options;
    options.limits.maxArchiveBytes = 64;
    EXPECT_REASON(errorOf(buildArchive(Format::TarGz, smallSdist), options), "archive-size cap");
    QTemporaryDir dir;
    const std::string path = dir.filePath("big.tar.gz").toStdString();
    std::ofstream(path, std::ios::binary) << buildArchive(Format::TarGz, smallSdist);
    const mph::PackageReadResult result = mph::readPackageFile(path, options);
    QVERIFY(result.error);
    EXPECT_REASON(result.error->reason, "archive-size cap");
}

void TestHostileArchives::thousandsOfEntries() {
    std::vector<Entry> tree = {file("many-1/setup.py", "s")};
    for (int i = 0; i < 5000; ++i)
        tree.push_back(file("many-1/data/f" + std::to_string(i) + ".txt", "x"));
    const std::string bytes = buildArchive(Format::TarGz, tree);
    mph::ReadOptions options;
    options.limits.maxEntries = 1000;
    EXPECT_REASON(errorOf(bytes, options), "entry-count cap");
    const mph::PackageReadResult result = mph::readPackageBytes(bytes, "/t/many-1.tar.gz", {});
    QVERIFY(result.package);
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
    const std::string zip = buildArchive(Format::Zip, tree);
    EXPECT_REASON(errorOf(zip, options), "entry-count cap");
    QVERIFY(mph::readPackageBytes(zip, "/t/many-1.zip", {}).package);
}

void TestHostileArchives::nonUtf8NamesAndContents() {
    const std::string top = "n\xff\xfe-1";
    const std::string content("\xff\xfe\x00print('\xe9')\n", 14);
    const std::vector<Entry> tree = {file(top + "/setup.py", content), file(top + "/p\xc3\x28/__init__.py", "\x80")};
    const mph::PackageReadResult result = mph::readPackageBytes(buildArchive(Format::TarGz, tree), "/t/n.tar.gz", {});
    QVERIFY(result.package);
    const auto &scripts = result.package->scripts;
    QCOMPARE(scripts.size(), std::size_t(2));
    QCOMPARE(scripts[0].path, top + "/setup.py");
    QCOMPARE(scripts[0].text, content);
    QCOMPARE(scripts[1].path, top + "/p\xc3\x28/__init__.py");
    QCOMPARE(scripts[1].text, std::string("\x80"));
}

void TestHostileArchives::nonUtf8NamesInZip() {
    // Invalid UTF-8 and valid non-ASCII (a Cyrillic homoglyph) names come back as stored, whatever the locale.
    const std::string invalid = "z\xe9-1";
    mph::PackageReadResult result =
        mph::readPackageBytes(buildArchive(Format::Zip, {file(invalid + "/setup.py", "s")}), "/t/z.zip", {});
    QVERIFY(result.package);
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
    QCOMPARE(result.package->scripts[0].path, invalid + "/setup.py");
    const std::string homoglyph = "\xd0\xb0"
                                  "bc";
    result = mph::readPackageBytes(
        buildArchive(Format::Zip, {file(homoglyph + "-1.dist-info/METADATA", "Name: " + homoglyph + "\n"),
                                   file(homoglyph + "/__init__.py", "i")}),
        "/t/a.zip", {});
    QVERIFY(result.package);
    QCOMPARE(result.package->format, mph::PackageFormat::Wheel);
    QCOMPARE(result.package->name, homoglyph);
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
    QCOMPARE(result.package->scripts[0].path, homoglyph + "/__init__.py");
}

void TestHostileArchives::deepNesting() {
    std::string deep = "d-1";
    for (int i = 0; i < 40; ++i)
        deep += "/d" + std::to_string(i);
    const std::vector<Entry> tree = {file("d-1/setup.py", "s"), file(deep + "/x.py", "x")};
    EXPECT_REASON(errorOf(buildArchive(Format::TarGz, tree)), "nesting-depth cap");
    EXPECT_REASON(errorOf(buildArchive(Format::Zip, tree)), "nesting-depth cap");
    mph::ReadOptions options;
    options.limits.maxDepth = 42;
    QVERIFY(mph::readPackageBytes(buildArchive(Format::TarGz, tree), "/t/d.tar.gz", options).package);
}

void TestHostileArchives::deepNestingInFolder() {
    QTemporaryDir dir;
    QString path = dir.filePath("pkg");
    QDir().mkpath(path);
    std::ofstream((path + "/setup.py").toStdString()) << "s";
    for (int i = 0; i < 35; ++i)
        path += "/d";
    QVERIFY(QDir().mkpath(path));
    const mph::PackageReadResult result = mph::readPackageDirectory(dir.filePath("pkg").toStdString(), {});
    QVERIFY(result.error);
    EXPECT_REASON(result.error->reason, "nesting-depth cap");
}

void TestHostileArchives::mutatedArchivesGiveOneResult() {
    // Seeded random damage (flipped bytes, cuts) to every container: each read ends with exactly one of package or
    // error, and never crashes (run under -DMPH_SANITIZE=ON to check memory safety too).
    std::mt19937 random(2024);
    for (Format format : {Format::TarGz, Format::TarBz2, Format::TarXz, Format::Zip, Format::ZipStored}) {
        for (const std::string &passphrase : {std::string(), std::string("infected")}) {
            if (!passphrase.empty() && format != Format::Zip) continue;
            const std::string original = buildArchive(format, smallSdist, passphrase);
            std::size_t errors = 0;
            for (int round = 0; round < 300; ++round) {
                std::string bytes = original;
                const int flips = 1 + int(random() % 4);
                for (int i = 0; i < flips; ++i)
                    bytes[random() % bytes.size()] = static_cast<char>(random() & 0xFF);
                if (round % 5 == 0) bytes.resize(random() % bytes.size());
                const mph::PackageReadResult result = mph::readPackageBytes(bytes, "/t/m.bin", {});
                QVERIFY(result.package.has_value() != result.error.has_value());
                if (result.error) {
                    QVERIFY(!result.error->reason.empty());
                    ++errors;
                }
            }
            QVERIFY(errors > 0); // the damage was seen at least sometimes
        }
    }
}

QTEST_GUILESS_MAIN(TestHostileArchives)
#include "tst_hostile_archives.moc"
