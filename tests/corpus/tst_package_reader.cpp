// Reading well-formed packages of every format: identity, format, scripts and their scopes and order.
#include "archive_builder.h"
#include "corpus/package_tree.h"
#include "corpus/reader.h"
#include "corpus/sha256.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using mph::test::buildArchive;
using mph::test::Entry;
using mph::test::file;
using mph::test::folder;
using mph::test::Format;

namespace {

const std::string setupText = "from setuptools import setup\nsetup(name='foo')\n";
const std::string initText = "import os\n";
const std::string pkgInfo = "Metadata-Version: 2.1\nName: foo\nVersion: 1.0\n\nName: not-this\n";

// An sdist: a single top folder.
std::vector<Entry> sdistTree() {
    return {folder("foo-1.0/"),
            file("foo-1.0/setup.py", setupText),
            file("foo-1.0/PKG-INFO", pkgInfo),
            file("foo-1.0/foo/__init__.py", initText),
            file("foo-1.0/foo/sub/__init__.py", "nested = True\n"),
            file("foo-1.0/foo/core.py", "def f(): pass\n"),
            file("foo-1.0/README.md", "# foo\n")};
}

mph::Package readOk(const std::string &bytes, const std::string &source, const mph::ReadOptions &options = {}) {
    mph::PackageReadResult result = mph::readPackageBytes(bytes, source, options);
    if (result.error) qWarning("unexpected error: %s", result.error->reason.c_str());
    if (!result.package || result.error) throw std::runtime_error("read failed");
    return std::move(*result.package);
}

struct Expected {
    std::string path;
    mph::Scope scope;
};

void compareScripts(const mph::Package &package, const std::vector<Expected> &expected) {
    QCOMPARE(package.scripts.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(package.scripts[i].path, expected[i].path);
        QCOMPARE(package.scripts[i].scope, expected[i].scope);
        QCOMPARE(package.scripts[i].sha256, mph::sha256Hex(package.scripts[i].text));
    }
}

void writeFile(const QString &path, const std::string &content) {
    QDir().mkpath(QFileInfo(path).path());
    std::ofstream(path.toStdString(), std::ios::binary) << content;
}

} // namespace

class TestPackageReader : public QObject {
    Q_OBJECT
  private slots:
    void names();
    void sdistFormats_data();
    void sdistFormats();
    void plainZip();
    void wheel();
    void egg();
    void encryptedZip();
    void encryptedZipWithUserPassphrase();
    void directory();
    void directoryIdentityFromFolderName();
    void identityFromShallowestMetadata();
    void identityFromWheelMetadata();
    void identityFromFileName_data();
    void identityFromFileName();
    void packageInfoHeaders();
    void scriptSelectionSrcLayout();
    void scriptSelectionRootWithoutTopFolder();
    void topFolderThatIsAPackage();
    void duplicateEntriesLastWins();
    void topLevelModules();
};

void TestPackageReader::names() {
    QCOMPARE(mph::scopeName(mph::Scope::Install), std::string_view("install"));
    QCOMPARE(mph::scopeName(mph::Scope::Import), std::string_view("import"));
    mph::Scope scope = mph::Scope::Install;
    QVERIFY(mph::parseScope("import", scope));
    QCOMPARE(scope, mph::Scope::Import);
    QVERIFY(mph::parseScope("install", scope));
    QCOMPARE(scope, mph::Scope::Install);
    QVERIFY(!mph::parseScope("Install", scope));
    QCOMPARE(mph::formatName(mph::PackageFormat::EncryptedZip), std::string_view("encrypted-zip"));
    QCOMPARE(mph::formatName(mph::PackageFormat::Wheel), std::string_view("wheel"));
    QCOMPARE(mph::formatName(mph::PackageFormat::Directory), std::string_view("directory"));
}

void TestPackageReader::sdistFormats_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("tar.gz") << int(Format::TarGz);
    QTest::newRow("tar.bz2") << int(Format::TarBz2);
    QTest::newRow("tar.xz") << int(Format::TarXz);
    QTest::newRow("tar") << int(Format::Tar);
}

void TestPackageReader::sdistFormats() {
    QFETCH(int, format);
    const std::string bytes = buildArchive(static_cast<Format>(format), sdistTree());
    const mph::Package package = readOk(bytes, "/data/anything.bin");
    QCOMPARE(package.format, mph::PackageFormat::Tar);
    QCOMPARE(package.name, std::string("foo"));
    QCOMPARE(package.version, std::string("1.0"));
    QCOMPARE(package.source, std::string("/data/anything.bin"));
    QCOMPARE(package.sha256, mph::sha256Hex(bytes));
    QCOMPARE(package.bytes, std::uint64_t(bytes.size()));
    compareScripts(package,
                   {{"foo-1.0/setup.py", mph::Scope::Install}, {"foo-1.0/foo/__init__.py", mph::Scope::Import}});
    QCOMPARE(package.scripts[0].text, setupText);
    QCOMPARE(package.scripts[1].text, initText);
}

void TestPackageReader::plainZip() {
    const mph::Package package = readOk(buildArchive(Format::Zip, sdistTree()), "/d/foo-1.0.zip");
    QCOMPARE(package.format, mph::PackageFormat::Zip);
    QCOMPARE(package.name, std::string("foo"));
    compareScripts(package,
                   {{"foo-1.0/setup.py", mph::Scope::Install}, {"foo-1.0/foo/__init__.py", mph::Scope::Import}});
}

void TestPackageReader::wheel() {
    const std::vector<Entry> tree = {file("foo/__init__.py", initText),
                                     file("foo/sub/__init__.py", "x = 1\n"),
                                     file("foo-1.0.dist-info/METADATA", "Name: foo\nVersion: 1.0\n"),
                                     file("foo-1.0.dist-info/RECORD", ""),
                                     file("zz_hook.pth", "import os\n"),
                                     file("bar/__init__.py", "")};
    const mph::Package package = readOk(buildArchive(Format::Zip, tree), "/d/foo-1.0-py3-none-any.whl");
    QCOMPARE(package.format, mph::PackageFormat::Wheel);
    QCOMPARE(package.name, std::string("foo"));
    QCOMPARE(package.version, std::string("1.0"));
    compareScripts(package, {{"bar/__init__.py", mph::Scope::Import},
                             {"foo/__init__.py", mph::Scope::Import},
                             {"zz_hook.pth", mph::Scope::Import}});
}

void TestPackageReader::egg() {
    const std::vector<Entry> tree = {file("EGG-INFO/PKG-INFO", "Name: eggy\nVersion: 0.3\n"),
                                     file("eggy/__init__.py", initText)};
    const mph::Package package = readOk(buildArchive(Format::Zip, tree), "/d/eggy-0.3-py3.8.egg");
    QCOMPARE(package.format, mph::PackageFormat::Egg);
    QCOMPARE(package.name, std::string("eggy"));
    QCOMPARE(package.version, std::string("0.3"));
    compareScripts(package, {{"eggy/__init__.py", mph::Scope::Import}});
}

void TestPackageReader::encryptedZip() {
    const std::string bytes = buildArchive(Format::Zip, sdistTree(), "infected");
    const mph::Package package = readOk(bytes, "/known/foo/1.0/foo-1.0.zip");
    QCOMPARE(package.format, mph::PackageFormat::EncryptedZip);
    QCOMPARE(package.name, std::string("foo"));
    compareScripts(package,
                   {{"foo-1.0/setup.py", mph::Scope::Install}, {"foo-1.0/foo/__init__.py", mph::Scope::Import}});
    QCOMPARE(package.scripts[0].text, setupText);
}

void TestPackageReader::encryptedZipWithUserPassphrase() {
    mph::ReadOptions options;
    options.passphrases = {"infected", "wrong", "s3cret"};
    // Traditional PKWARE encryption checks a passphrase against one random header byte, so a wrong passphrase is
    // accepted once in 256 archives. Each archive gets fresh random headers: 600 of them make that case near-certain.
    for (int archive = 0; archive < 600; ++archive) {
        const std::string bytes = buildArchive(Format::Zip, sdistTree(), "s3cret");
        const mph::PackageReadResult result = mph::readPackageBytes(bytes, "/known/foo.zip", options);
        QVERIFY2(result.package && !result.error,
                 qPrintable(QStringLiteral("archive %1: %2")
                                .arg(archive)
                                .arg(result.error ? QString::fromStdString(result.error->reason) : QString())));
        QCOMPARE(result.package->format, mph::PackageFormat::EncryptedZip);
        QCOMPARE(result.package->scripts.size(), std::size_t(2));
        QCOMPARE(result.package->scripts[0].text, setupText);
    }
}

void TestPackageReader::directory() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath("unpacked");
    writeFile(root + "/setup.py", setupText);
    writeFile(root + "/PKG-INFO", pkgInfo);
    writeFile(root + "/foo/__init__.py", initText);
    writeFile(root + "/foo/sub/__init__.py", "x\n");
    writeFile(root + "/src/bar/__init__.py", "y\n");
    const mph::PackageReadResult result = mph::readPackageDirectory(root.toStdString(), {});
    QVERIFY(result.package && !result.error);
    const mph::Package &package = *result.package;
    QCOMPARE(package.format, mph::PackageFormat::Directory);
    QCOMPARE(package.source, root.toStdString());
    QCOMPARE(package.name, std::string("foo"));
    QCOMPARE(package.version, std::string("1.0"));
    QVERIFY(package.sha256.empty());
    compareScripts(package, {{"setup.py", mph::Scope::Install},
                             {"foo/__init__.py", mph::Scope::Import},
                             {"src/bar/__init__.py", mph::Scope::Import}});
    // readPackageFile on a folder reads it as a folder.
    const mph::PackageReadResult again = mph::readPackageFile(root.toStdString(), {});
    QVERIFY(again.package);
    QCOMPARE(again.package->scripts.size(), std::size_t(3));
}

void TestPackageReader::directoryIdentityFromFolderName() {
    QTemporaryDir dir;
    const QString root = dir.filePath("my-tool-2.5.1");
    writeFile(root + "/setup.py", setupText);
    const mph::PackageReadResult result = mph::readPackageDirectory(root.toStdString(), {});
    QVERIFY(result.package);
    QCOMPARE(result.package->name, std::string("my-tool"));
    QCOMPARE(result.package->version, std::string("2.5.1"));
}

void TestPackageReader::identityFromShallowestMetadata() {
    const std::vector<Entry> tree = {
        file("real-2.0/real.egg-info/PKG-INFO", "Name: deep\nVersion: 9\n"),
        file("real-2.0/PKG-INFO", "Metadata-Version: 1.0\r\nname:  real \r\nVERSION: 2.0\r\n"),
        file("real-2.0/setup.py", setupText)};
    const mph::Package package = readOk(buildArchive(Format::TarGz, tree), "/d/other-5.tar.gz");
    QCOMPARE(package.name, std::string("real"));
    QCOMPARE(package.version, std::string("2.0"));
}

void TestPackageReader::identityFromWheelMetadata() {
    // METADATA counts only inside *.dist-info; elsewhere it is just a file.
    const std::vector<Entry> tree = {file("data/METADATA", "Name: decoy\nVersion: 0\n"),
                                     file("w-3.1.dist-info/METADATA", "Name: w\nVersion: 3.1\n"),
                                     file("w/__init__.py", "")};
    const mph::Package package = readOk(buildArchive(Format::Zip, tree), "/d/x.tar.gz");
    QCOMPARE(package.format, mph::PackageFormat::Wheel);
    QCOMPARE(package.name, std::string("w"));
    QCOMPARE(package.version, std::string("3.1"));
}

void TestPackageReader::identityFromFileName_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::newRow("sdist") << "requests-2.31.0.tar.gz"
                           << "requests"
                           << "2.31.0";
    QTest::newRow("dashes in name") << "win32-extension-sample-0.1.post1.tar.gz"
                                    << "win32-extension-sample"
                                    << "0.1.post1";
    QTest::newRow("digit after dash in name") << "foo-2fa-1.0.tgz"
                                              << "foo-2fa"
                                              << "1.0";
    QTest::newRow("wheel") << "baz_qux-0.3-py3-none-any.whl"
                           << "baz_qux"
                           << "0.3";
    QTest::newRow("wheel with build tag") << "baz-0.3-1-cp311-cp311-manylinux_2_17_x86_64.whl"
                                          << "baz"
                                          << "0.3";
    QTest::newRow("wheel named tar.gz") << "evil-0.0.1-py3-none-any.tar.gz"
                                        << "evil"
                                        << "0.0.1";
    QTest::newRow("egg") << "eggy-0.3-py3.8.egg"
                         << "eggy"
                         << "0.3";
    QTest::newRow("zip") << "10Cent10-999.0.4.zip"
                         << "10Cent10"
                         << "999.0.4";
    QTest::newRow("no version") << "twisted-flow-svn.trunk.tar.gz"
                                << "twisted-flow-svn.trunk"
                                << "";
    QTest::newRow("folder") << "my-tool-2.5.1"
                            << "my-tool"
                            << "2.5.1";
}

void TestPackageReader::identityFromFileName() {
    QFETCH(QString, fileName);
    QFETCH(QString, name);
    QFETCH(QString, version);
    std::string gotName, gotVersion;
    mph::corpus::identityFromFileName(fileName.toStdString(), gotName, gotVersion);
    QCOMPARE(QString::fromStdString(gotName), name);
    QCOMPARE(QString::fromStdString(gotVersion), version);
}

void TestPackageReader::packageInfoHeaders() {
    std::string name, version;
    QVERIFY(mph::corpus::parsePackageInfo("Metadata-Version: 2.1\nName: a\n  continued\nVersion: 1\n\nName: b\n", name,
                                          version));
    QCOMPARE(name, std::string("a"));
    QCOMPARE(version, std::string("1"));
    name.clear();
    version.clear();
    QVERIFY(!mph::corpus::parsePackageInfo("Summary: x\n\nName: in-the-body\n", name, version));
    QVERIFY(name.empty());
    // No metadata Name: the file name gives the identity.
    const mph::Package package =
        readOk(buildArchive(Format::TarGz, {file("p-1/PKG-INFO", "Summary: nameless\n"), file("p-1/setup.py", "")}),
               "/d/fallback-7.7.tar.gz");
    QCOMPARE(package.name, std::string("fallback"));
    QCOMPARE(package.version, std::string("7.7"));
}

void TestPackageReader::scriptSelectionSrcLayout() {
    const std::vector<Entry> tree = {file("t-1/setup.py", "s"),
                                     file("t-1/src/alpha/__init__.py", "a"),
                                     file("t-1/src/alpha/inner/__init__.py", "no"),
                                     file("t-1/src/beta.pth", "b"),
                                     file("t-1/gamma/__init__.py", "g"),
                                     file("t-1/gamma/deep/__init__.py", "no"),
                                     file("t-1/gamma/deep/more/__init__.py", "no"),
                                     file("t-1/docs/setup.py", "no"),
                                     file("t-1/hook.pth", "h"),
                                     file("t-1/sub/project/setup.py", "no")};
    const mph::Package package = readOk(buildArchive(Format::TarGz, tree), "/d/t-1.tar.gz");
    compareScripts(package, {{"t-1/setup.py", mph::Scope::Install},
                             {"t-1/gamma/__init__.py", mph::Scope::Import},
                             {"t-1/hook.pth", mph::Scope::Import},
                             {"t-1/src/alpha/__init__.py", mph::Scope::Import},
                             {"t-1/src/beta.pth", mph::Scope::Import}});
}

void TestPackageReader::scriptSelectionRootWithoutTopFolder() {
    // No single top folder: the archive root is the package root. "./" prefixes are not a folder.
    const std::vector<Entry> tree = {file("./setup.py", "s"), file("pkg/__init__.py", "p"),
                                     file("pkg/sub/__init__.py", "no"), file("other/setup.py", "no")};
    const mph::Package package = readOk(buildArchive(Format::Zip, tree), "/d/r-1.zip");
    compareScripts(package, {{"./setup.py", mph::Scope::Install}, {"pkg/__init__.py", mph::Scope::Import}});
}

void TestPackageReader::topFolderThatIsAPackage() {
    // A single top folder with an __init__.py of its own (package_dir={'pkg': '.'}) is imported too.
    const std::vector<Entry> tree = {file("pkg/__init__.py", "p"), file("pkg/mod/__init__.py", "m")};
    const mph::Package package = readOk(buildArchive(Format::Zip, tree), "/d/pkg.zip");
    compareScripts(package, {{"pkg/__init__.py", mph::Scope::Import}, {"pkg/mod/__init__.py", mph::Scope::Import}});
}

void TestPackageReader::duplicateEntriesLastWins() {
    const std::vector<Entry> tree = {file("d-1/setup.py", "first"), file("d-1/x/__init__.py", "one"),
                                     file("d-1/setup.py", "second"), file("d-1/x/__init__.py", "two")};
    const mph::Package package = readOk(buildArchive(Format::TarGz, tree), "/d/d-1.tar.gz");
    compareScripts(package, {{"d-1/setup.py", mph::Scope::Install}, {"d-1/x/__init__.py", mph::Scope::Import}});
    QCOMPARE(package.scripts[0].text, std::string("second"));
    QCOMPARE(package.scripts[1].text, std::string("two"));
}

// Top-level modules are import-scope entries: every .py at a wheel's root; beside an sdist's setup.py, those that
// py_modules names (setup.py or setup.cfg); other .py files are modules the scripts may run, kept with their texts.
void TestPackageReader::topLevelModules() {
    const std::vector<Entry> wheel = {file("w32utils.py", "import os\n"),
                                      file("w-1.0.dist-info/METADATA", "Name: w\n")};
    compareScripts(readOk(buildArchive(Format::Zip, wheel), "/d/w-1.0-py3-none-any.whl"),
                   {{"w32utils.py", mph::Scope::Import}});

    const std::vector<Entry> sdist = {
        file("s-1/setup.py", "from setuptools import setup\nsetup(name='s', py_modules=['six', \"extra\"])\n"),
        file("s-1/six.py", "x"),
        file("s-1/extra.py", "y"),
        file("s-1/versioneer.py", "v"),
        file("s-1/conftest.py", "c"),
        file("s-1/src/tool.py", "t"),
        file("s-1/pkg/helpers.py", "h")};
    const mph::Package package = readOk(buildArchive(Format::TarGz, sdist), "/d/s-1.tar.gz");
    compareScripts(package, {{"s-1/setup.py", mph::Scope::Install},
                             {"s-1/extra.py", mph::Scope::Import},
                             {"s-1/six.py", mph::Scope::Import},
                             {"s-1/src/tool.py", mph::Scope::Import}});
    QCOMPARE(package.root, std::string("s-1"));
    QStringList modules;
    for (const mph::Module &module : package.modules)
        modules << QString::fromStdString(module.path);
    QCOMPARE(modules, QStringList({"s-1/conftest.py", "s-1/pkg/helpers.py", "s-1/versioneer.py"}));
    QCOMPARE(package.modules.back().text, std::string("v"));

    const std::vector<Entry> cfg = {file("c-1/setup.py", "from setuptools import setup\nsetup()\n"),
                                    file("c-1/setup.cfg", "[options]\npy_modules =\n    one\n    two\nzip_safe = 0\n"),
                                    file("c-1/one.py", "1"), file("c-1/two.py", "2"), file("c-1/three.py", "3")};
    compareScripts(readOk(buildArchive(Format::TarGz, cfg), "/d/c-1.tar.gz"), {{"c-1/setup.py", mph::Scope::Install},
                                                                               {"c-1/one.py", mph::Scope::Import},
                                                                               {"c-1/two.py", mph::Scope::Import}});
}

QTEST_GUILESS_MAIN(TestPackageReader)
#include "tst_package_reader.moc"
