// Resource caps of the package reader at its default limits, on inputs built here: a 50 MB script, a 1 GiB zip bomb
// (honest and lying headers), a 1 GiB tar.gz bomb, 100,000 entries, tars whose size field lies (GNU base-256 and
// octal), 10,000-deep paths. Each gives an error record within bounded memory (peak RSS growth asserted under 1 GiB;
// time printed, not asserted), and readPackages over a list with the bad package in the middle still reads the good
// ones.
#include "archive_builder.h"
#include "corpus/reader.h"
#include "hostile_inputs.h"

#include <QTemporaryDir>
#include <QtTest>

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
    expectError(buildArchive(Format::Zip, {file("big-1/setup.py", script)}), "entry-size cap", "zip, 50 MB setup.py",
                "/t/big.zip");
    expectError(buildArchive(Format::TarGz, {file("big-1/setup.py", script)}), "cap", "tar.gz, 50 MB setup.py",
                "/t/big.tar.gz");
}

void TestHostileReaderCaps::zipBombOneGiB() {
    const std::string bomb = mph::test::zipOfZeros("bomb-1/setup.py", kGiB);
    QVERIFY(bomb.size() < 4u << 20);
    std::printf("  zip bomb: %zu bytes expanding to 1 GiB\n", bomb.size());
    expectError(bomb, "cap", "zip bomb, 1 GiB setup.py", "/t/bomb.zip");
    expectError(mph::test::zipOfZeros("bomb-1/pkg/__init__.py", kGiB), "cap", "zip bomb, 1 GiB __init__.py",
                "/t/bomb.zip");
}

void TestHostileReaderCaps::zipBombLyingHeaders() {
    // The headers claim 100 bytes; the stream inflates to 1 GiB. The cap must hold on what is inflated.
    expectError(mph::test::zipOfZeros("liar-1/setup.py", kGiB, 100), "", "zip bomb, headers claim 100 bytes",
                "/t/liar.zip");
}

void TestHostileReaderCaps::tarGzBombOneGiB() {
    const std::string bomb = mph::test::tarGzOfZeros("bomb-1/zeros.bin", kGiB);
    QVERIFY(bomb.size() < 4u << 20);
    expectError(bomb, "cap", "tar.gz bomb, 1 GiB data file", "/t/bomb.tar.gz");
    const std::string scriptBomb = mph::test::tarGzOfZeros("bomb-1/setup.py", kGiB);
    expectError(scriptBomb, "cap", "tar.gz bomb, 1 GiB setup.py", "/t/bomb.tar.gz");
}

void TestHostileReaderCaps::hundredThousandEntries() {
    std::vector<Entry> tree = {file("many-1/setup.py", "import os\nos.system('id')\n")};
    for (int i = 0; i < 100000; ++i)
        tree.push_back(file("many-1/d" + std::to_string(i % 100) + "/f" + std::to_string(i), ""));
    expectError(buildArchive(Format::TarGz, tree), "entry-count cap", "tar.gz, 100,001 entries", "/t/many.tar.gz");
    expectError(buildArchive(Format::Zip, tree), "entry-count cap", "zip, 100,001 entries", "/t/many.zip");
    tree.pop_back(); // exactly at the cap: read
    const ResourceProbe probe;
    const mph::PackageReadResult result = mph::readPackageBytes(buildArchive(Format::Zip, tree), "/t/many.zip", {});
    probe.print("zip, 100,000 entries (at the cap)");
    QVERIFY(result.package);
    QCOMPARE(result.package->scripts.size(), std::size_t(1));
}

void TestHostileReaderCaps::tarBase256SizeLies_data() {
    QTest::addColumn<QByteArray>("sizeField");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("gzipped");
    const std::string huge = mph::test::base256Size(1ull << 62);
    const std::string max = mph::test::base256Size(0x7fffffffffffffffull);
    const std::string negative = mph::test::negativeBase256Size();
    const std::string octal = mph::test::octalSize(077777777777ull);
    const std::string longer = mph::test::octalSize(4096);
    auto row = [](const char *tag, const std::string &field, const char *name, bool gz) {
        QTest::newRow(tag) << QByteArray(field.data(), static_cast<qsizetype>(field.size())) << QString(name) << gz;
    };
    for (bool gz : {false, true}) {
        const std::string suffix = gz ? " tar.gz" : " tar";
        row(("base-256 2^62, script" + suffix).c_str(), huge, "lie-1/setup.py", gz);
        row(("base-256 2^62, data" + suffix).c_str(), huge, "lie-1/data.bin", gz);
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
    const std::string header = mph::test::tarHeader(name.toStdString(), sizeField.toStdString());
    std::string tar = tarOf(header, "import os\nos.getcwd()", true);
    if (gzipped) tar = mph::test::gzip(tar);
    expectError(tar, "", QTest::currentDataTag(), gzipped ? "/t/lie.tar.gz" : "/t/lie.tar");
}

void TestHostileReaderCaps::pathTenThousandDeep() {
    std::string deep = "deep-1";
    for (int i = 0; i < 10000; ++i)
        deep += "/d";
    const std::vector<Entry> tree = {file("deep-1/setup.py", "s"), file(deep + "/x.py", "x")};
    expectError(buildArchive(Format::TarGz, tree), "nesting-depth cap", "tar.gz, path 10,000 deep", "/t/d.tar.gz");
    expectError(buildArchive(Format::Zip, tree), "nesting-depth cap", "zip, path 10,000 deep", "/t/d.zip");
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
    QCOMPARE(read.packages.size(), std::size_t(2));
    QCOMPARE(read.packages[0].name, std::string("good"));
    QCOMPARE(read.packages[0].scripts.size(), std::size_t(1));
    QCOMPARE(read.packages[1].name, std::string("other"));
    QCOMPARE(read.packages[1].version, std::string("2.0"));
    QCOMPARE(read.errors.size(), std::size_t(2));
    QCOMPARE(read.errors[0].source, list[1].string());
    QCOMPARE(read.errors[1].source, list[2].string());
}

QTEST_GUILESS_MAIN(TestHostileReaderCaps)
#include "tst_hostile_reader_caps.moc"
