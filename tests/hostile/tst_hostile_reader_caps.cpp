// Resource caps of the package reader at its default limits, on inputs built here: a 50 MB script, a 1 GiB zip bomb
// (honest and lying headers), a 1 GiB tar.gz bomb, 100,000 entries, tars whose size field lies (GNU base-256 and
// octal), 10,000-deep paths. Each is read within bounded memory (peak RSS growth asserted under 1 GiB; time printed,
// not asserted). Caps fail closed: the package is returned with what the caps let through, the cut scripts marked
// truncated and every cap noted (Package::caps), so that it is ranked and flagged; input that cannot be read at all
// (a size field that lies past the end of the archive) is an error record. readPackages over a list with the bad
// packages in the middle still reads the good ones.
#include "archive_builder.h"
#include "corpus/reader.h"
#include "hostile_inputs.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <fstream>

using mph::test::buildArchive;
using mph::test::Entry;
using mph::test::file;
using mph::test::Format;
using mph::test::ResourceProbe;

namespace {

constexpr std::uint64_t kMemoryBound = 1ull << 30;
constexpr std::uint64_t kGiB = 1ull << 30;

const std::vector<Entry> goodSdist = {file("good-1.0/setup.py", "import os\nos.system('id')\n"),
                                      file("good-1.0/PKG-INFO", "Name: good\nVersion: 1.0\n")};

// Reads `bytes` under a probe; fails unless the result is an error whose reason holds `fragment`.
void expectError(const std::string &bytes, const char *fragment, const char *what, const char *source = "/t/x.tar") {
    const ResourceProbe probe;
    const mph::PackageReadResult result = mph::readPackageBytes(bytes, source, {});
    probe.print(what);
    QVERIFY2(probe.peakGrowthBytes() < kMemoryBound, what);
    QVERIFY2(result.error && !result.package, what);
    std::printf("    -> %.160s\n", result.error->reason.c_str());
    QVERIFY2(result.error->reason.find(fragment) != std::string::npos, result.error->reason.c_str());
}

bool hasNote(const mph::Package &package, std::initializer_list<std::string_view> fragments);

// Reads `bytes` under a probe into `package`; fails unless the result is a package with a cap note holding every
// fragment (callers return when QTest::currentTestFailed()).
void expectCapped(const std::string &bytes, std::initializer_list<std::string_view> fragments, const char *what,
                  const char *source, mph::Package &package) {
    const ResourceProbe probe;
    mph::PackageReadResult result = mph::readPackageBytes(bytes, source, {});
    probe.print(what);
    QVERIFY2(probe.peakGrowthBytes() < kMemoryBound, what);
    QVERIFY2(result.package && !result.error, result.error ? result.error->reason.c_str() : what);
    package = std::move(*result.package);
    for (const std::string &note : package.caps)
        std::printf("    -> %.160s\n", note.c_str());
    QVERIFY2(hasNote(package, fragments), what);
}

bool hasNote(const mph::Package &package, std::initializer_list<std::string_view> fragments) {
    return std::any_of(package.caps.begin(), package.caps.end(), [&](const std::string &note) {
        return std::all_of(fragments.begin(), fragments.end(),
                           [&](std::string_view f) { return note.find(f) != std::string::npos; });
    });
}

std::string tarOf(const std::string &header, const std::string &data, bool endBlocks) {
    std::string tar = header + data;
    tar.resize((tar.size() + 511) / 512 * 512, '\0');
    if (endBlocks) tar.append(1024, '\0');
    return tar;
}

} // namespace

class TestHostileReaderCaps : public QObject {
    Q_OBJECT
  private slots:
    void script50MB();
    void zipBombOneGiB();
    void zipBombLyingHeaders();
    void tarGzBombOneGiB();
    void hundredThousandEntries();
    void tarBase256SizeLies_data();
    void tarBase256SizeLies();
    void pathTenThousandDeep();
    void readingContinuesPastBadPackages();
};

void TestHostileReaderCaps::script50MB() {
    std::string script = "import os\n";
    while (script.size() < 50u << 20)
        script += "os.system('echo " + std::to_string(script.size()) + "')\n";
    for (Format format : {Format::Zip, Format::TarGz}) {
        mph::Package package;
        expectCapped(buildArchive(format, {file("big-1/setup.py", script)}),
                     {"\"big-1/setup.py\"", "entry-size cap", "first 16777216 of " + std::to_string(script.size())},
                     format == Format::Zip ? "zip, 50 MB setup.py" : "tar.gz, 50 MB setup.py", "/t/big", package);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(package.scripts.size(), std::size_t(1));
        QVERIFY(package.scripts[0].truncated);
        QVERIFY(std::string_view(script).substr(0, 16u << 20) == package.scripts[0].text);
    }
}

void TestHostileReaderCaps::zipBombOneGiB() {
    const std::string bomb = mph::test::zipOfZeros("bomb-1/setup.py", kGiB);
    QVERIFY(bomb.size() < 4u << 20);
    std::printf("  zip bomb: %zu bytes expanding to 1 GiB\n", bomb.size());
    // Read up to the entry-size cap (bounded memory), both caps noted.
    for (const char *name : {"bomb-1/setup.py", "bomb-1/pkg/__init__.py"}) {
        const std::string path = "\"" + std::string(name) + "\"";
        mph::Package package;
        expectCapped(name == std::string_view("bomb-1/setup.py") ? bomb : mph::test::zipOfZeros(name, kGiB),
                     {path, "compression-ratio cap"}, "zip bomb, 1 GiB script", "/t/bomb.zip", package);
        if (QTest::currentTestFailed()) return;
        QVERIFY(hasNote(package, {path, "entry-size cap", "first 16777216 of 1073741824 bytes read"}));
        QCOMPARE(package.caps.size(), std::size_t(2));
        QCOMPARE(package.scripts.size(), std::size_t(1));
        QVERIFY(package.scripts[0].truncated);
        QVERIFY(package.scripts[0].text == std::string(16u << 20, '\0'));
    }
}

void TestHostileReaderCaps::zipBombLyingHeaders() {
    // The headers claim 100 bytes; the stream inflates to 1 GiB. The cap must hold on what is inflated.
    mph::Package package;
    expectCapped(mph::test::zipOfZeros("liar-1/setup.py", kGiB, 100),
                 {"\"liar-1/setup.py\"", "entry-size cap", "first 16777216 bytes read (its header claims 100 bytes)"},
                 "zip bomb, headers claim 100 bytes", "/t/liar.zip", package);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(package.scripts.size(), std::size_t(1));
    QVERIFY(package.scripts[0].truncated);
    QCOMPARE(package.scripts[0].text.size(), std::size_t(16u << 20));
}

void TestHostileReaderCaps::tarGzBombOneGiB() {
    const std::string bomb = mph::test::tarGzOfZeros("bomb-1/zeros.bin", kGiB);
    QVERIFY(bomb.size() < 4u << 20);
    // The header announces 1 GiB: over the total-size cap, so reading stops there without decompressing it.
    mph::Package package;
    expectCapped(bomb, {"total-size cap", "\"bomb-1/zeros.bin\""}, "tar.gz bomb, 1 GiB data file", "/t/b.tar.gz",
                 package);
    if (QTest::currentTestFailed()) return;
    QVERIFY(package.scripts.empty());
    // A script: its first 16 MiB are read, then reading stops.
    const std::string scriptBomb = mph::test::tarGzOfZeros("bomb-1/setup.py", kGiB);
    expectCapped(scriptBomb, {"\"bomb-1/setup.py\"", "entry-size cap", "first 16777216 of 1073741824 bytes read"},
                 "tar.gz bomb, 1 GiB setup.py", "/t/bomb.tar.gz", package);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(package.scripts.size(), std::size_t(1));
    QVERIFY(package.scripts[0].truncated);
    QCOMPARE(package.scripts[0].text.size(), std::size_t(16u << 20));
    QVERIFY(hasNote(package, {"\"bomb-1/setup.py\"", "compression-ratio cap"}));
    QVERIFY(hasNote(package, {"total-size cap", "\"bomb-1/setup.py\""}));
}

void TestHostileReaderCaps::hundredThousandEntries() {
    std::vector<Entry> tree = {file("many-1/setup.py", "import os\nos.system('id')\n")};
    for (int i = 0; i < 100000; ++i)
        tree.push_back(file("many-1/d" + std::to_string(i % 100) + "/f" + std::to_string(i), ""));
    // Reading stops after the cap's 100,000 entries; setup.py, the first, is read.
    for (Format format : {Format::TarGz, Format::Zip}) {
        mph::Package package;
        expectCapped(buildArchive(format, tree), {"entry-count cap: stopped after 100000 entries"},
                     format == Format::Zip ? "zip, 100,001 entries" : "tar.gz, 100,001 entries", "/t/many", package);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(package.scripts.size(), std::size_t(1));
        QCOMPARE(package.caps.size(), std::size_t(1));
    }
    tree.pop_back(); // exactly at the cap: read
    const ResourceProbe probe;
    const mph::PackageReadResult result = mph::readPackageBytes(buildArchive(Format::Zip, tree), "/t/many.zip", {});
    probe.print("zip, 100,000 entries (at the cap)");
    QVERIFY(result.package);
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
    QVERIFY(result.package->caps.empty());
}

void TestHostileReaderCaps::tarBase256SizeLies_data() {
    QTest::addColumn<QByteArray>("sizeField");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("gzipped");
    QTest::addColumn<bool>("capped"); // read, with the total-size cap noted (a data file is never read to the end)
    const std::string huge = mph::test::base256Size(1ull << 62);
    const std::string max = mph::test::base256Size(0x7fffffffffffffffull);
    const std::string negative = mph::test::negativeBase256Size();
    const std::string octal = mph::test::octalSize(077777777777ull);
    const std::string longer = mph::test::octalSize(4096);
    auto row = [](const char *tag, const std::string &field, const char *name, bool gz, bool capped = false) {
        QTest::newRow(tag) << QByteArray(field.data(), static_cast<qsizetype>(field.size())) << QString(name) << gz
                           << capped;
    };
    for (bool gz : {false, true}) {
        const std::string suffix = gz ? " tar.gz" : " tar";
        row(("base-256 2^62, script" + suffix).c_str(), huge, "lie-1/setup.py", gz);
        // Over the total-size cap from its header alone: reading stops before it (nothing to rank; the scan lists it).
        row(("base-256 2^62, data" + suffix).c_str(), huge, "lie-1/data.bin", gz, true);
        row(("base-256 2^63-1, script" + suffix).c_str(), max, "lie-1/setup.py", gz);
        row(("base-256 negative, script" + suffix).c_str(), negative, "lie-1/setup.py", gz);
        row(("octal 8 GiB, script" + suffix).c_str(), octal, "lie-1/setup.py", gz);
        row(("octal 4096 over 20 bytes, script" + suffix).c_str(), longer, "lie-1/setup.py", gz);
        row(("octal 4096 over 20 bytes, data" + suffix).c_str(), longer, "lie-1/data.bin", gz);
    }
}

void TestHostileReaderCaps::tarBase256SizeLies() {
    QFETCH(QByteArray, sizeField);
    QFETCH(QString, name);
    QFETCH(bool, gzipped);
    QFETCH(bool, capped);
    const std::string header = mph::test::tarHeader(name.toStdString(), sizeField.toStdString());
    std::string tar = tarOf(header, "import os\nos.getcwd()", true);
    if (gzipped) tar = mph::test::gzip(tar);
    if (!capped) {
        expectError(tar, "", QTest::currentDataTag(), gzipped ? "/t/lie.tar.gz" : "/t/lie.tar");
        return;
    }
    mph::Package package;
    expectCapped(tar, {"total-size cap: stopped at \"lie-1/data.bin\""}, QTest::currentDataTag(), "/t/lie", package);
    if (QTest::currentTestFailed()) return;
    QVERIFY(package.scripts.empty());
}

void TestHostileReaderCaps::pathTenThousandDeep() {
    std::string deep = "deep-1";
    for (int i = 0; i < 10000; ++i)
        deep += "/d";
    const std::vector<Entry> tree = {file("deep-1/setup.py", "s"), file(deep + "/x.py", "x")};
    for (Format format : {Format::TarGz, Format::Zip}) {
        // The deep entry is left out, noted with its path shortened; setup.py is read.
        mph::Package package;
        expectCapped(buildArchive(format, tree), {"nesting-depth cap, 10002 levels deep (cap 32), skipped"},
                     format == Format::Zip ? "zip, path 10,000 deep" : "tar.gz, path 10,000 deep", "/t/d", package);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(package.scripts.size(), std::size_t(1));
        QVERIFY(package.modules.empty());
        QCOMPARE(package.caps.size(), std::size_t(1));
        QVERIFY(package.caps[0].size() < 400);
    }
}

void TestHostileReaderCaps::readingContinuesPastBadPackages() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto put = [&](const char *name, const std::string &bytes) {
        const std::filesystem::path path = dir.filePath(name).toStdString();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    };
    const std::vector<Entry> wheel = {file("other/__init__.py", "import socket\n"),
                                      file("other-2.0.dist-info/METADATA", "Name: other\nVersion: 2.0\n")};
    const std::vector<std::filesystem::path> list = {
        put("good-1.0.tar.gz", buildArchive(Format::TarGz, goodSdist)),
        put("bomb.zip", mph::test::zipOfZeros("bomb-1/setup.py", kGiB)),
        put("lie.tar", tarOf(mph::test::tarHeader("lie-1/setup.py", mph::test::base256Size(1ull << 62)), "x", true)),
        put("other-2.0-py3-none-any.whl", buildArchive(Format::Zip, wheel)),
    };
    const ResourceProbe probe;
    const mph::CorpusRead read = mph::readPackages(list, {}, 2);
    probe.print("readPackages, 2 good and 2 hostile");
    QVERIFY(probe.peakGrowthBytes() < kMemoryBound);
    // The bomb hits caps: read (its setup.py's first 16 MiB) and noted, to be ranked and flagged. The lie cannot be
    // read at all: an error record.
    QCOMPARE(read.packages.size(), std::size_t(3));
    QCOMPARE(read.packages[0].name, std::string("good"));
    QCOMPARE(read.packages[0].scripts.size(), std::size_t(1));
    QVERIFY(read.packages[0].caps.empty());
    QCOMPARE(read.packages[1].source, list[1].string());
    QCOMPARE(read.packages[1].scripts.size(), std::size_t(1));
    QVERIFY(read.packages[1].scripts[0].truncated);
    QVERIFY(hasNote(read.packages[1], {"\"bomb-1/setup.py\"", "compression-ratio cap"}));
    QCOMPARE(read.packages[2].name, std::string("other"));
    QCOMPARE(read.packages[2].version, std::string("2.0"));
    QCOMPARE(read.errors.size(), std::size_t(1));
    QCOMPARE(read.errors[0].source, list[2].string());
}

QTEST_GUILESS_MAIN(TestHostileReaderCaps)
#include "tst_hostile_reader_caps.moc"
