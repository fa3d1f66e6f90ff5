// The real corpora (../shared/corpora): every package read or reported, root setup.py found, sha256 against the
// malicious manifest. Prints counts. Skips when the corpora are absent.
#include "corpus/reader.h"

#include <QtTest>

#include <fstream>
#include <map>
#include <sstream>

namespace {

const std::filesystem::path corpora = MPH_CORPORA_DIR;

std::vector<std::string> splitTabs(const std::string &line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t'))
        fields.push_back(field);
    if (!line.empty() && line.back() == '\t') fields.emplace_back();
    return fields;
}

const mph::Script *installScript(const mph::Package &package) {
    for (const mph::Script &script : package.scripts) {
        if (script.scope == mph::Scope::Install) return &script;
    }
    return nullptr;
}

} // namespace

class TestCorpusReal : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void maliciousKnown();
    void benign();
};

void TestCorpusReal::initTestCase() {
    if (!std::filesystem::is_directory(corpora / "malicious" / "known") ||
        !std::filesystem::is_directory(corpora / "benign"))
        QSKIP(qPrintable(QString("real corpora not found at %1 (configure with -DMPH_CORPORA_DIR=...)")
                             .arg(QString::fromStdString(corpora.string()))));
}

void TestCorpusReal::maliciousKnown() {
    const std::filesystem::path known = std::filesystem::canonical(corpora / "malicious" / "known");
    const mph::Discovery found = mph::discoverPackages({known});
    QVERIFY(found.errors.empty());
    const mph::CorpusRead read = mph::readPackages(found.packages, {}, 2);
    // Every package is read or reported with a reason.
    QCOMPARE(read.packages.size() + read.errors.size(), found.packages.size());
    for (const mph::ReadError &error : read.errors) {
        qInfo("error\t%s\t%s", error.source.c_str(), error.reason.c_str());
        QVERIFY(!error.reason.empty());
    }

    std::map<std::string, const mph::Package *> byZip; // "known/<name>/<version>/<file>.zip"
    std::size_t installs = 0, imports = 0, encrypted = 0;
    for (const mph::Package &package : read.packages) {
        const std::string relative =
            std::filesystem::path(package.source).lexically_relative(known.parent_path()).string();
        byZip[relative] = &package;
        installs += installScript(package) != nullptr;
        for (const mph::Script &script : package.scripts)
            imports += script.scope == mph::Scope::Import;
        encrypted += package.format == mph::PackageFormat::EncryptedZip;
    }
    qInfo("malicious/known: %zu files, %zu packages read, %zu errors, %zu encrypted zips, %zu root setup.py, %zu "
          "import scripts",
          found.packages.size(), read.packages.size(), read.errors.size(), encrypted, installs, imports);
    QVERIFY(installs >= 9700);

    // The manifest's setup_py_sha256 against ours.
    std::ifstream manifest(corpora / "malicious" / "manifest.tsv");
    QVERIFY(manifest.good());
    std::string line;
    std::getline(manifest, line);
    const std::vector<std::string> header = splitTabs(line);
    QCOMPARE(header.size(), std::size_t(9));
    QCOMPARE(header[5], std::string("zip"));
    QCOMPARE(header[8], std::string("setup_py_sha256"));
    std::size_t rows = 0, withDigest = 0, equal = 0, mismatched = 0, absentWheel = 0, absentOther = 0, extra = 0;
    while (std::getline(manifest, line)) {
        const std::vector<std::string> fields = splitTabs(line);
        if (fields.size() != 9) continue;
        ++rows;
        const std::string &zip = fields[5], &kind = fields[4], &digest = fields[8];
        const auto it = byZip.find(zip);
        const mph::Script *install = it == byZip.end() ? nullptr : installScript(*it->second);
        if (digest.empty()) {
            extra += install != nullptr; // e.g. a setup.py at the root of an archive without a top folder
            continue;
        }
        ++withDigest;
        if (!install) {
            // The manifest also counts "<package>/setup.py" in a wheel's tree with several top folders; pip never runs
            // it at install time, and design 2.2 does not take it as the root setup.py.
            ++(kind == "wheel" ? absentWheel : absentOther);
            qInfo("no install script: %s (%s), manifest %s", zip.c_str(), kind.c_str(), digest.c_str());
        } else if (install->sha256 != digest) {
            ++mismatched;
            qInfo("MISMATCH %s: manifest %s, ours %s (%s)", zip.c_str(), digest.c_str(), install->sha256.c_str(),
                  install->path.c_str());
        } else {
            ++equal;
        }
    }
    qInfo("manifest: %zu rows, %zu with setup_py_sha256: %zu equal, %zu different, %zu without our install script "
          "(%zu wheels), %zu install scripts the manifest does not list",
          rows, withDigest, equal, mismatched, absentWheel + absentOther, absentWheel, extra);
    QCOMPARE(mismatched, std::size_t(0));
    QCOMPARE(absentOther, std::size_t(0));
    QVERIFY(absentWheel <= 5);
    QVERIFY(equal >= 9700);
}

void TestCorpusReal::benign() {
    const mph::Discovery found = mph::discoverPackages({corpora / "benign"});
    QVERIFY(found.errors.empty());
    QVERIFY(found.packages.size() >= 4900);
    const mph::CorpusRead read = mph::readPackages(found.packages, {}, 2);
    for (const mph::ReadError &error : read.errors)
        qInfo("error\t%s\t%s", error.source.c_str(), error.reason.c_str());
    QCOMPARE(read.errors.size(), std::size_t(0));
    QCOMPARE(read.packages.size(), found.packages.size());
    std::size_t imports = 0;
    for (const mph::Package &package : read.packages) {
        const mph::Script *install = installScript(package);
        if (!install) QFAIL(qPrintable(QString("no setup.py in %1").arg(QString::fromStdString(package.source))));
        QCOMPARE(package.format, mph::PackageFormat::Tar);
        QVERIFY(!package.name.empty());
        imports += package.scripts.size() - 1;
    }
    qInfo("benign: %zu packages, %zu setup.py, %zu import scripts", read.packages.size(), read.packages.size(),
          imports);
}

QTEST_GUILESS_MAIN(TestCorpusReal)
#include "tst_corpus_real.moc"
