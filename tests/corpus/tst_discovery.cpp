// Finding packages under folders, and reading many in parallel in a stable order.
#include "archive_builder.h"
#include "corpus/reader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using mph::test::buildArchive;
using mph::test::file;
using mph::test::Format;

namespace {

void writeFile(const QString &path, const std::string &content) {
    QDir().mkpath(QFileInfo(path).path());
    std::ofstream(path.toStdString(), std::ios::binary) << content;
}

std::string sdist(const std::string &top) {
    return buildArchive(Format::TarGz,
                        {file(top + "/setup.py", "setup()\n"), file(top + "/PKG-INFO", "Name: " + top + "\n")});
}

std::vector<std::string> strings(const std::vector<std::filesystem::path> &paths) {
    std::vector<std::string> out;
    for (const auto &path : paths)
        out.push_back(path.string());
    return out;
}

} // namespace

class TestDiscovery : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void findsArchivesAndUnpackedFolders();
    void missingRoot();
    void fileRootAndDuplicates();
    void readsInInputOrderWithErrors();
    void sameResultWithOneOrTwoJobs();
    void progressAndCancel();
    void folderSymlinksNotFollowed();

  private:
    QTemporaryDir dir_;
    std::string root_;
};

void TestDiscovery::initTestCase() {
    QVERIFY(dir_.isValid());
    const QString r = dir_.filePath("corpus");
    root_ = r.toStdString();
    writeFile(r + "/b-1.tar.gz", sdist("b-1"));
    writeFile(r + "/a/x-1.zip", buildArchive(Format::Zip, {file("x-1/setup.py", "x\n")}, "infected"));
    writeFile(r + "/a/README.md", "# not a package\n");
    writeFile(r + "/README", "not a package either\n");
    writeFile(r + "/manifest.tsv", "name\tversion\n");
    writeFile(r + "/notes.txt", "notes\n");
    writeFile(r + "/list.json", "{}\n");
    writeFile(r + "/.hidden.tar.gz", sdist("hidden-1"));
    writeFile(r + "/.git/objects/ab", "blob\n");
    writeFile(r + "/c.bin", "junk that is no archive\n");
    writeFile(r + "/pkgdir/setup.py", "setup()\n");
    writeFile(r + "/pkgdir/sub/inner-1.tar.gz", sdist("inner-1")); // inside an unpacked package: not searched
    writeFile(r + "/z/deeper/w-1.tar.gz", sdist("w-1"));
    writeFile(r + "/proj/pyproject.toml", "[project]\nname='proj'\n");
    QVERIFY(QFile::link(r + "/a", r + "/link-to-a"));
    QVERIFY(QFile::link(r + "/b-1.tar.gz", r + "/link-to-b.tar.gz"));
}

void TestDiscovery::findsArchivesAndUnpackedFolders() {
    const mph::Discovery found = mph::discoverPackages({root_});
    QVERIFY(found.errors.empty());
    const std::vector<std::string> expected = {root_ + "/a/x-1.zip", root_ + "/b-1.tar.gz",
                                               root_ + "/c.bin",     root_ + "/pkgdir",
                                               root_ + "/proj",      root_ + "/z/deeper/w-1.tar.gz"};
    QCOMPARE(strings(found.packages), expected);
}

void TestDiscovery::missingRoot() {
    const mph::Discovery found = mph::discoverPackages({root_ + "/nope"});
    QVERIFY(found.packages.empty());
    QCOMPARE(found.errors.size(), std::size_t(1));
    QCOMPARE(found.errors[0].source, root_ + "/nope");
    QCOMPARE(found.errors[0].reason, std::string("no such file or folder"));
}

void TestDiscovery::fileRootAndDuplicates() {
    // Roots keep the order given; each root's finds are sorted; a package found twice is listed once.
    const mph::Discovery found = mph::discoverPackages({root_ + "/z", root_ + "/a/x-1.zip", root_ + "/a"});
    const std::vector<std::string> expected = {root_ + "/z/deeper/w-1.tar.gz", root_ + "/a/x-1.zip"};
    QCOMPARE(strings(found.packages), expected);
}

void TestDiscovery::readsInInputOrderWithErrors() {
    const mph::Discovery found = mph::discoverPackages({root_});
    const mph::CorpusRead read = mph::readPackages(found.packages, {}, 2);
    std::vector<std::string> names;
    for (const mph::Package &package : read.packages)
        names.push_back(package.name);
    const std::vector<std::string> expected = {"x", "b-1", "pkgdir", "proj", "w-1"};
    QCOMPARE(names, expected);
    QCOMPARE(read.packages[0].format, mph::PackageFormat::EncryptedZip);
    QCOMPARE(read.packages[0].scripts.size(), std::size_t(1));
    QCOMPARE(read.packages[2].format, mph::PackageFormat::Directory);
    QCOMPARE(read.packages[2].scripts.size(), std::size_t(1));
    QCOMPARE(read.packages[3].scripts.size(), std::size_t(0));
    QCOMPARE(read.errors.size(), std::size_t(1));
    QCOMPARE(read.errors[0].source, root_ + "/c.bin");
    QVERIFY(read.errors[0].reason.find("not a package archive") != std::string::npos);
}

void TestDiscovery::sameResultWithOneOrTwoJobs() {
    std::vector<std::filesystem::path> many;
    for (int i = 0; i < 40; ++i) {
        const QString path = dir_.filePath(QString("many/p%1-1.0.tar.gz").arg(i, 3, 10, QChar('0')));
        writeFile(path, sdist(QString("p%1-1.0").arg(i, 3, 10, QChar('0')).toStdString()));
        many.push_back(path.toStdString());
    }
    const mph::CorpusRead one = mph::readPackages(many, {}, 1);
    const mph::CorpusRead two = mph::readPackages(many, {}, 2);
    QCOMPARE(one.packages.size(), many.size());
    QCOMPARE(two.packages.size(), many.size());
    for (std::size_t i = 0; i < many.size(); ++i) {
        QCOMPARE(one.packages[i].source, many[i].string());
        QCOMPARE(two.packages[i].source, many[i].string());
        QCOMPARE(two.packages[i].sha256, one.packages[i].sha256);
    }
}

void TestDiscovery::progressAndCancel() {
    const mph::Discovery found = mph::discoverPackages({root_});
    std::vector<std::size_t> seen;
    std::size_t totalSeen = 0;
    mph::readPackages(found.packages, {}, 2, [&](std::size_t done, std::size_t total) {
        seen.push_back(done);
        totalSeen = total;
    });
    QCOMPARE(totalSeen, found.packages.size());
    QCOMPARE(seen.size(), found.packages.size());
    for (std::size_t i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], i + 1);

    const std::atomic<bool> cancelled{true};
    const mph::CorpusRead read = mph::readPackages(found.packages, {}, 2, {}, &cancelled);
    QVERIFY(read.packages.empty());
    QVERIFY(read.errors.empty());
}

void TestDiscovery::folderSymlinksNotFollowed() {
    // A symlinked setup.py inside an unpacked package is not read; the folder is still a package (pyproject.toml).
    const QString pkg = dir_.filePath("linked/pkg");
    writeFile(pkg + "/pyproject.toml", "[project]\n");
    writeFile(dir_.filePath("outside/setup.py"), "secret\n");
    QVERIFY(QFile::link(dir_.filePath("outside/setup.py"), pkg + "/setup.py"));
    QVERIFY(QFile::link(dir_.filePath("outside"), pkg + "/mod"));
    const mph::PackageReadResult result = mph::readPackageDirectory(pkg.toStdString(), {});
    QVERIFY(result.package);
    QCOMPARE(result.package->scripts.size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
