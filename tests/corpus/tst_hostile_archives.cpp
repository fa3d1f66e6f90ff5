// Bad input, one case per test: unreadable input gives a ReadError naming the reason; a cap gives the package, read as
// far as the cap allows, with what was cut marked and the cap noted (fail closed: it is still ranked, and flagged).
#include "archive_builder.h"
#include "corpus/reader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
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

// The package; fails the test (and returns an empty one) when the read gave an error.
mph::Package packageOf(const std::string &bytes, const mph::ReadOptions &options = {},
                       std::string source = "/t/p.tar.gz") {
    mph::PackageReadResult result = mph::readPackageBytes(bytes, std::move(source), options);
    if (!result.package) {
        qWarning("unexpected error: %s", result.error ? result.error->reason.c_str() : "?");
        return {};
    }
    return std::move(*result.package);
}

// Whether one of the package's cap notes holds every fragment.
bool hasNote(const mph::Package &package, std::initializer_list<std::string_view> fragments) {
    for (const std::string &note : package.caps)
        if (std::all_of(fragments.begin(), fragments.end(),
                        [&](std::string_view f) { return note.find(f) != std::string::npos; }))
            return true;
    for (const std::string &note : package.caps)
        qWarning("cap note: %s", note.c_str());
    return false;
}

const mph::Script *scriptAt(const mph::Package &package, std::string_view path) {
    for (const mph::Script &script : package.scripts)
        if (script.path == path) return &script;
    return nullptr;
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
    void whitespaceTrickReadWhole_data();
    void whitespaceTrickReadWhole();
    void whitespaceTrickLoweredCap_data();
    void whitespaceTrickLoweredCap();
    void zipBombLoweredCap();
    void zipBombDefaultCap();
    void tarBombDefaultCap();
    void totalBytesCap();
    void archiveSizeCap();
    void thousandsOfEntries();
    void entryCountCapKeepsWhatWasRead_data();
    void entryCountCapKeepsWhatWasRead();
    void entryCountCapInFolder();
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
    // Over the entry-size cap: the script's first maxEntryBytes are read, marked truncated, and the cap noted.
    mph::ReadOptions options;
    options.limits.maxEntryBytes = 1000;
    const std::string text = randomText(2000, 1);
    const std::vector<Entry> tree = {file("h-1/setup.py", text), file("h-1/h/__init__.py", "import os\n")};
    for (Format format : {Format::TarGz, Format::Zip, Format::ZipStored}) {
        const mph::Package package = packageOf(buildArchive(format, tree), options);
        QCOMPARE(package.scripts.size(), std::size_t(2));
        QCOMPARE(package.scripts[0].path, std::string("h-1/setup.py"));
        QCOMPARE(package.scripts[0].text, text.substr(0, 1000));
        QVERIFY(package.scripts[0].truncated);
        QVERIFY(!package.scripts[1].truncated);
        QCOMPARE(package.scripts[1].text, std::string("import os\n"));
        QCOMPARE(package.caps.size(), std::size_t(1));
        QVERIFY(hasNote(package, {"\"h-1/setup.py\"", "entry-size cap", "first 1000 of 2000 bytes"}));
    }
    options.limits.maxEntryBytes = 2000; // exactly at the cap: whole, nothing noted
    const mph::Package whole = packageOf(buildArchive(Format::Zip, tree), options);
    QCOMPARE(whole.scripts.size(), std::size_t(2));
    QCOMPARE(whole.scripts[0].text, text);
    QVERIFY(!whole.scripts[0].truncated);
    QVERIFY(whole.caps.empty());
}

void TestHostileArchives::hugeEntryDefaultCap() {
    const std::string text = randomText((16u << 20) + 1, 2);
    const mph::Package package = packageOf(buildArchive(Format::ZipStored, {file("h-1/setup.py", text)}));
    QCOMPARE(package.scripts.size(), std::size_t(1));
    QCOMPARE(package.scripts[0].text.size(), std::size_t(16u << 20));
    QVERIFY(package.scripts[0].text == std::string_view(text).substr(0, 16u << 20));
    QVERIFY(package.scripts[0].truncated);
    QVERIFY(hasNote(package, {"\"h-1/setup.py\"", "entry-size cap", "first 16777216 of 16777217 bytes"}));
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
    // Over the compression-ratio cap, a script is still read (up to the entry-size cap, which bounds memory): whole
    // here, and the cap noted.
    mph::ReadOptions options;
    options.limits.maxCompressionRatio = 20;
    const std::string zeros((1u << 20) + 4096, '\0');
    const mph::Package package = packageOf(buildArchive(Format::Zip, {file("b-1/setup.py", zeros)}), options);
    QCOMPARE(package.scripts.size(), std::size_t(1));
    QCOMPARE(package.scripts[0].text, zeros);
    QVERIFY(!package.scripts[0].truncated);
    QVERIFY(hasNote(package, {"\"b-1/setup.py\"", "compression-ratio cap", "expands to 1052672 bytes"}));
}

void TestHostileArchives::zipBombDefaultCap() {
    // 8 MiB of zeros (under the 16 MiB entry cap) deflates to a few KiB: over 200:1.
    const std::vector<Entry> tree = {file("b-1/setup.py", std::string(8u << 20, '\0'))};
    const std::string bytes = buildArchive(Format::Zip, tree);
    QVERIFY(bytes.size() < (8u << 20) / 200);
    const mph::Package package = packageOf(bytes);
    QCOMPARE(package.scripts.size(), std::size_t(1));
    QCOMPARE(package.scripts[0].text.size(), std::size_t(8u << 20));
    QVERIFY(!package.scripts[0].truncated);
    QCOMPARE(package.caps.size(), std::size_t(1));
    QVERIFY(hasNote(package, {"\"b-1/setup.py\"", "compression-ratio cap"}));
}

void TestHostileArchives::tarBombDefaultCap() {
    // Walking a compressed tar decompresses every entry, scripts or not: a data file over the ratio is noted too, and
    // the scripts after it are still read.
    const std::vector<Entry> tree = {file("b-1/setup.py", "s"), file("b-1/zeros.bin", std::string(8u << 20, '\0')),
                                     file("b-1/b/__init__.py", "import os\n")};
    const mph::Package package = packageOf(buildArchive(Format::TarGz, tree));
    QCOMPARE(package.scripts.size(), std::size_t(2));
    QCOMPARE(package.scripts[0].text, std::string("s"));
    QCOMPARE(package.scripts[1].text, std::string("import os\n"));
    QCOMPARE(package.caps.size(), std::size_t(1));
    QVERIFY(hasNote(package, {"\"b-1/zeros.bin\"", "compression-ratio cap", "expands to 8388608 bytes"}));
}

namespace {

// The whitespace trick: the call hides after 2 MB of spaces, which deflate to almost nothing (over the ratio cap).
const std::string whitespaceSetup = "import os\n" + std::string(2'000'000, ' ') + "os.system('id')\n";

} // namespace

void TestHostileArchives::whitespaceTrickReadWhole_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("tar.gz") << int(Format::TarGz);
    QTest::newRow("zip") << int(Format::Zip);
}

void TestHostileArchives::whitespaceTrickReadWhole() {
    // Under the 16 MiB entry cap: the whole script is read, call included; the ratio cap is noted (the package is
    // flagged when ranked), never an error.
    QFETCH(int, format);
    const std::vector<Entry> tree = {file("ws-1/setup.py", whitespaceSetup),
                                     file("ws-1/PKG-INFO", "Name: ws\nVersion: 1\n")};
    const std::string bytes = buildArchive(Format(format), tree);
    const mph::PackageReadResult result = mph::readPackageBytes(bytes, "/t/ws-1", {});
    QVERIFY2(result.package && !result.error, result.error ? result.error->reason.c_str() : "");
    const mph::Package &package = *result.package;
    QCOMPARE(package.name, std::string("ws"));
    QCOMPARE(package.scripts.size(), std::size_t(1));
    QCOMPARE(package.scripts[0].text, whitespaceSetup);
    QVERIFY(!package.scripts[0].truncated);
    QVERIFY(hasNote(package, {"\"ws-1/setup.py\"", "compression-ratio cap"}));
}

void TestHostileArchives::whitespaceTrickLoweredCap_data() {
    whitespaceTrickReadWhole_data();
}

void TestHostileArchives::whitespaceTrickLoweredCap() {
    // With a 1 MiB entry cap: the first MiB is read, marked truncated, and the entry-size cap noted with the entry.
    QFETCH(int, format);
    mph::ReadOptions options;
    options.limits.maxEntryBytes = 1u << 20;
    const std::vector<Entry> tree = {file("ws-1/setup.py", whitespaceSetup), file("ws-1/ws/__init__.py", "x = 1\n")};
    const mph::PackageReadResult result = mph::readPackageBytes(buildArchive(Format(format), tree), "/t/ws", options);
    QVERIFY2(result.package && !result.error, result.error ? result.error->reason.c_str() : "");
    const mph::Package &package = *result.package;
    QCOMPARE(package.scripts.size(), std::size_t(2));
    const mph::Script *setup = scriptAt(package, "ws-1/setup.py");
    QVERIFY(setup);
    QVERIFY(setup->truncated);
    QCOMPARE(setup->text, whitespaceSetup.substr(0, 1u << 20));
    QCOMPARE(setup->sha256.size(), std::size_t(64));
    QVERIFY(!scriptAt(package, "ws-1/ws/__init__.py")->truncated);
    const std::string size = std::to_string(whitespaceSetup.size());
    QVERIFY(hasNote(package, {"\"ws-1/setup.py\"", "entry-size cap", "first 1048576 of " + size + " bytes read"}));
}

void TestHostileArchives::totalBytesCap() {
    // The total-size cap stops reading where it is hit; what was read before is kept, the package returned.
    mph::ReadOptions options;
    options.limits.maxTotalBytes = 100000;
    std::vector<Entry> tree = {file("t-1/setup.py", "import os\n")};
    for (int i = 0; i < 4; ++i)
        tree.push_back(file("t-1/data" + std::to_string(i) + ".bin", randomText(30000, 10 + i)));
    tree.push_back(file("t-1/t/__init__.py", "after the cap"));
    mph::Package package = packageOf(buildArchive(Format::TarGz, tree), options);
    QCOMPARE(package.scripts.size(), std::size_t(1)); // setup.py; the __init__.py after the cap is not read
    QCOMPARE(package.scripts[0].path, std::string("t-1/setup.py"));
    QVERIFY(!package.scripts[0].truncated);
    QCOMPARE(package.caps.size(), std::size_t(1));
    QVERIFY(hasNote(package, {"total-size cap", "\"t-1/data3.bin\"", "100000"}));

    std::vector<Entry> scripts; // in a zip, what counts is what is decompressed: the scripts
    std::vector<std::string> texts;
    for (int i = 0; i < 4; ++i) {
        texts.push_back(randomText(30000, i));
        scripts.push_back(file("t-1/p" + std::to_string(i) + "/__init__.py", texts.back()));
    }
    scripts.push_back(file("t-1/p4/__init__.py", "after the cap"));
    package = packageOf(buildArchive(Format::Zip, scripts), options);
    QCOMPARE(package.scripts.size(), std::size_t(4));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(package.scripts[i].text, texts[i]);
        QVERIFY(!package.scripts[i].truncated);
    }
    QCOMPARE(package.scripts[3].text, texts[3].substr(0, 10000)); // what the cap had left
    QVERIFY(package.scripts[3].truncated);
    QCOMPARE(package.caps.size(), std::size_t(1));
    QVERIFY(hasNote(package, {"total-size cap", "\"t-1/p3/__init__.py\"", "first 10000 bytes read"}));
    package = packageOf(buildArchive(Format::Zip, scripts), {});
    QCOMPARE(package.scripts.size(), std::size_t(5));
    QVERIFY(package.caps.empty());
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
    mph::ReadOptions options;
    options.limits.maxEntries = 1000;
    for (Format format : {Format::TarGz, Format::Zip}) {
        const std::string bytes = buildArchive(format, tree);
        const mph::Package capped = packageOf(bytes, options);
        QCOMPARE(capped.scripts.size(), std::size_t(1));
        QCOMPARE(capped.caps, std::vector<std::string>{"entry-count cap: stopped after 1000 entries"});
        const mph::Package whole = packageOf(bytes);
        QCOMPARE(whole.scripts.size(), std::size_t(1));
        QVERIFY(whole.caps.empty());
    }
}

void TestHostileArchives::entryCountCapKeepsWhatWasRead_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("tar.gz") << int(Format::TarGz);
    QTest::newRow("tar.xz") << int(Format::TarXz);
    QTest::newRow("zip") << int(Format::Zip);
    QTest::newRow("zip, stored") << int(Format::ZipStored);
}

void TestHostileArchives::entryCountCapKeepsWhatWasRead() {
    // 200 files, a cap of 50: the first 50 entries are read (their scripts and modules kept), the rest left out.
    QFETCH(int, format);
    std::vector<Entry> tree = {file("c-1/setup.py", "import os\n"), file("c-1/PKG-INFO", "Name: c\nVersion: 1\n")};
    const auto init = [](std::size_t i) {
        const std::string number = std::to_string(i);
        return "c-1/p" + std::string(3 - number.size(), '0') + number + "/__init__.py";
    };
    for (std::size_t i = 0; i < 198; ++i)
        tree.push_back(file(init(i), "x = " + std::to_string(i) + "\n"));
    mph::ReadOptions options;
    options.limits.maxEntries = 50;
    const mph::Package package = packageOf(buildArchive(Format(format), tree), options);
    QCOMPARE(package.name, std::string("c"));
    QCOMPARE(package.caps, std::vector<std::string>{"entry-count cap: stopped after 50 entries"});
    QCOMPARE(package.scripts.size(), std::size_t(49)); // setup.py and the first 48 packages' __init__.py
    QCOMPARE(package.scripts[0].path, std::string("c-1/setup.py"));
    QCOMPARE(package.scripts[0].text, std::string("import os\n"));
    for (std::size_t i = 1; i < package.scripts.size(); ++i) {
        QCOMPARE(package.scripts[i].path, init(i - 1));
        QCOMPARE(package.scripts[i].text, "x = " + std::to_string(i - 1) + "\n");
        QVERIFY(!package.scripts[i].truncated);
    }
}

void TestHostileArchives::entryCountCapInFolder() {
    // An unpacked folder of 200 files under a cap of 50: returned, the cap noted, every script listed was read.
    QTemporaryDir dir;
    const QString root = dir.filePath("f-1");
    QVERIFY(QDir().mkpath(root));
    std::ofstream((root + "/setup.py").toStdString()) << "import os\n";
    for (int i = 0; i < 199; ++i)
        std::ofstream((root + QString("/m%1.py").arg(i)).toStdString()) << "x = " << i << "\n";
    mph::ReadOptions options;
    options.limits.maxEntries = 50;
    const mph::PackageReadResult result = mph::readPackageDirectory(root.toStdString(), options);
    QVERIFY(result.package && !result.error);
    const mph::Package &package = *result.package;
    QCOMPARE(package.caps, std::vector<std::string>{"entry-count cap: stopped after 50 entries"});
    // Top-level modules are import scripts; which 50 files a folder walk meets first is the file system's order.
    QCOMPARE(package.scripts.size() + package.modules.size(), std::size_t(50));
    for (const mph::Script &script : package.scripts) {
        QVERIFY(!script.truncated);
        QVERIFY(!script.text.empty());
    }
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
    for (Format format : {Format::TarGz, Format::Zip}) {
        // The deep entry is left out and noted; the rest is read.
        const mph::Package package = packageOf(buildArchive(format, tree));
        QCOMPARE(package.scripts.size(), std::size_t(1));
        QCOMPARE(package.scripts[0].path, std::string("d-1/setup.py"));
        QVERIFY(package.modules.empty());
        QCOMPARE(package.caps.size(), std::size_t(1));
        QVERIFY(hasNote(package, {"\"" + deep + "/x.py\"", "nesting-depth cap", "42 levels deep (cap 32)"}));
    }
    mph::ReadOptions options;
    options.limits.maxDepth = 42;
    const mph::Package package = packageOf(buildArchive(Format::TarGz, tree), options);
    QVERIFY(package.caps.empty());
    QCOMPARE(package.modules.size(), std::size_t(1));
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
    QVERIFY(result.package && !result.error);
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
    QCOMPARE(result.package->caps.size(), std::size_t(1));
    QVERIFY(hasNote(*result.package, {"nesting-depth cap", "33 levels deep (cap 32), skipped"}));
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
