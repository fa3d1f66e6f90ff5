// The feature cache: round trip, and a stale, foreign or corrupt file is rebuilt, never trusted.
#include "pipeline/feature_cache.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <iterator>

using namespace mph;

namespace {

const std::string kKey(64, 'a');

PackageFeatures sampleFeatures() {
    PackageFeatures f;
    f.package.name = "demo-pkg";
    f.package.version = "1.2.3";
    f.package.format = PackageFormat::Wheel;
    f.package.bytes = 4096;
    f.package.source = "/somewhere/demo_pkg-1.2.3.whl";
    f.package.scripts = {{"demo_pkg-1.2.3/setup.py", Scope::Install, "import os\nos.system('x')\n", std::string(64, 'b')},
                         {"demo_pkg/__init__.py", Scope::Import, "", std::string(64, 'c')}};
    f.package.scripts[0].truncated = true; // a read cap cut it
    f.package.caps = {"\"demo_pkg-1.2.3/setup.py\": entry-size cap, first 16 of 20 bytes read", "another note"};
    CallSequence install;
    install.calls = {{"os.system", 10, 19}, {"setuptools.setup", 30, 46}};
    install.errorNodes = 2;
    CallSequence import;
    import.truncated = true;
    f.sequences = {install, import};
    return f;
}

std::string fileBytes(const std::filesystem::path &file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path &file, const std::string &bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace

class FeatureCacheTest : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsEverythingButTexts() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("cache/features.bin").toStdString();
        FeatureCache cache;
        cache.insert(kKey, sampleFeatures());
        std::string problem;
        QVERIFY2(cache.save(file, problem), problem.c_str());

        FeatureCache loaded;
        QVERIFY2(loaded.load(file, problem), problem.c_str());
        QCOMPARE(loaded.size(), std::size_t(1));
        QVERIFY(!loaded.dirty());
        const PackageFeatures *hit = loaded.find(kKey);
        QVERIFY(hit);
        QCOMPARE(hit->package.name, std::string("demo-pkg"));
        QCOMPARE(hit->package.version, std::string("1.2.3"));
        QCOMPARE(hit->package.format, PackageFormat::Wheel);
        QCOMPARE(hit->package.bytes, std::uint64_t(4096));
        QCOMPARE(hit->package.sha256, kKey);
        QVERIFY(hit->package.source.empty());  // a path is not part of a package's identity
        QCOMPARE(hit->package.scripts.size(), std::size_t(2));
        QCOMPARE(hit->package.scripts[0].path, std::string("demo_pkg-1.2.3/setup.py"));
        QVERIFY(hit->package.scripts[0].text.empty());
        QCOMPARE(hit->package.scripts[1].scope, Scope::Import);
        QCOMPARE(hit->package.scripts[1].sha256, std::string(64, 'c'));
        QVERIFY(hit->package.scripts[0].truncated);
        QVERIFY(!hit->package.scripts[1].truncated);
        QCOMPARE(hit->package.caps, sampleFeatures().package.caps);
        QCOMPARE(hit->sequences[0].calls.size(), std::size_t(2));
        QCOMPARE(hit->sequences[0].calls[1].name, std::string("setuptools.setup"));
        QCOMPARE(hit->sequences[0].calls[1].begin, 30u);
        QCOMPARE(hit->sequences[0].calls[1].end, 46u);
        QCOMPARE(hit->sequences[0].errorNodes, 2);
        QVERIFY(hit->sequences[1].truncated);
        QVERIFY(!loaded.find(std::string(64, 'f')));
    }

    void missingFileIsAnEmptyCache() {
        QTemporaryDir dir;
        FeatureCache cache;
        std::string problem;
        QVERIFY(cache.load(dir.filePath("absent.bin").toStdString(), problem));
        QCOMPARE(cache.size(), std::size_t(0));
        QVERIFY(problem.empty());
    }

    void everyTruncationIsRejected() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("features.bin").toStdString();
        FeatureCache cache;
        cache.insert(kKey, sampleFeatures());
        std::string problem;
        QVERIFY(cache.save(file, problem));
        const std::string good = fileBytes(file);
        for (std::size_t length = 0; length < good.size(); ++length) {
            writeBytes(file, good.substr(0, length));
            FeatureCache damaged;
            problem.clear();
            QVERIFY2(!damaged.load(file, problem), qPrintable(QString("truncated at %1 was accepted").arg(length)));
            QCOMPARE(damaged.size(), std::size_t(0));
            QVERIFY(damaged.dirty());
            QVERIFY(problem.find(file.string()) != std::string::npos);
        }
    }

    void corruptBytesNeverCrashAndTrailingGarbageIsRejected() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("features.bin").toStdString();
        FeatureCache cache;
        cache.insert(kKey, sampleFeatures());
        std::string problem;
        QVERIFY(cache.save(file, problem));
        const std::string good = fileBytes(file);
        for (std::size_t i = 0; i < good.size(); ++i) {
            std::string bad = good;
            bad[i] = static_cast<char>(bad[i] ^ 0xff);
            writeBytes(file, bad);
            FeatureCache damaged;
            damaged.load(file, problem);  // may accept a flip inside a name; must not crash or over-allocate
        }
        writeBytes(file, good + "x");
        FeatureCache trailing;
        QVERIFY(!trailing.load(file, problem));
    }

    void otherVersionIsRebuilt() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("features.bin").toStdString();
        FeatureCache cache;
        cache.insert(kKey, sampleFeatures());
        std::string problem;
        QVERIFY(cache.save(file, problem));
        std::string bytes = fileBytes(file);
        bytes[8] = static_cast<char>(kFeatureFormatVersion + 1); // version follows the 8-byte magic
        writeBytes(file, bytes);
        FeatureCache stale;
        QVERIFY(!stale.load(file, problem));
        QVERIFY(problem.find("version") != std::string::npos);
        QCOMPARE(stale.size(), std::size_t(0));
    }

    void foreignFileIsRejected() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("features.bin").toStdString();
        writeBytes(file, "PK\x03\x04 this is not a cache");
        FeatureCache cache;
        std::string problem;
        QVERIFY(!cache.load(file, problem));
        QVERIFY(problem.find("not a feature cache") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(FeatureCacheTest)
#include "tst_feature_cache.moc"
