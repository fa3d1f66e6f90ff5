// The byte form of a package's features, shared by the feature cache and the history database: a round trip keeps
// everything but texts, and bytes of another format version, foreign or corrupt bytes are refused with a reason.
#include "pipeline/package_features.h"

#include <QTest>

using namespace mph;

namespace {

PackageFeatures sampleFeatures() {
    PackageFeatures f;
    f.package.sha256 = std::string(64, 'a');
    f.package.name = "evil-pkg";
    f.package.version = "2.0.1";
    f.package.format = PackageFormat::EncryptedZip;
    f.package.bytes = 123456;
    f.package.caps = {"entry-count cap: stopped after 100000 entries"};
    f.package.scripts = {{"evil_pkg-2.0.1/setup.py", Scope::Install, "", std::string(64, 'b')},
                         {"evil_pkg/__init__.py", Scope::Import, "", std::string(64, 'c')}};
    f.package.scripts[1].truncated = true;
    CallSequence install;
    install.sources = {{"evil_pkg-2.0.1/setup.py", 0, -1, 0, 0, "", 1},
                       {"<decoded>", 1, 0, 40, 90, "import os\nos.system('id')\n", 1}};
    install.calls = {{"base64.b64decode", 10, 26, 0}, {"os.system", 10, 19, 1}};
    install.errorNodes = 1;
    CallSequence import;
    import.truncated = true;
    f.sequences = {install, import};
    return f;
}

} // namespace

class PackageFeaturesTest : public QObject {
    Q_OBJECT
  private slots:
    void roundTrip() {
        const PackageFeatures original = sampleFeatures();
        PackageFeatures decoded;
        std::string problem;
        QVERIFY2(decodePackageFeatures(encodePackageFeatures(original), decoded, problem), problem.c_str());
        QVERIFY(problem.empty());
        const Package &p = decoded.package;
        QCOMPARE(p.sha256, original.package.sha256);
        QCOMPARE(p.name, std::string("evil-pkg"));
        QCOMPARE(p.version, std::string("2.0.1"));
        QCOMPARE(p.format, PackageFormat::EncryptedZip);
        QCOMPARE(p.bytes, std::uint64_t(123456));
        QCOMPARE(p.caps, original.package.caps);
        QCOMPARE(p.scripts.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(p.scripts[i].path, original.package.scripts[i].path);
            QCOMPARE(p.scripts[i].scope, original.package.scripts[i].scope);
            QCOMPARE(p.scripts[i].sha256, original.package.scripts[i].sha256);
            QCOMPARE(p.scripts[i].truncated, original.package.scripts[i].truncated);
        }
        QCOMPARE(decoded.sequences.size(), std::size_t(2));
        const CallSequence &install = decoded.sequences[0];
        QCOMPARE(install.errorNodes, 1);
        QCOMPARE(install.calls.size(), std::size_t(2));
        QCOMPARE(install.calls[1].name, std::string("os.system"));
        QCOMPARE(install.calls[1].source, 1u);
        QCOMPARE(install.calls[0].end, 26u);
        QCOMPARE(install.sources.size(), std::size_t(2));
        QCOMPARE(install.sources[1].layer, 1u);
        QCOMPARE(install.sources[1].parent, 0);
        QCOMPARE(install.sources[1].begin, 40u);
        QCOMPARE(install.sources[1].text, original.sequences[0].sources[1].text); // decoded layers keep their text
        QVERIFY(decoded.sequences[1].truncated);
        QVERIFY(decoded.sequences[1].calls.empty());
        // Encoding is a function of the features: the same features give the same bytes.
        QCOMPARE(encodePackageFeatures(decoded), encodePackageFeatures(original));
    }

    void otherFormatVersionIsRefused() {
        std::string bytes = encodePackageFeatures(sampleFeatures());
        bytes[8] = static_cast<char>(kFeatureFormatVersion - 1); // the version follows the 8-byte magic
        PackageFeatures decoded = sampleFeatures();
        std::string problem;
        QVERIFY(!decodePackageFeatures(bytes, decoded, problem));
        const std::string expected = "features of format " + std::to_string(kFeatureFormatVersion - 1) + ", expected " +
                                     std::to_string(kFeatureFormatVersion);
        QCOMPARE(problem, expected);
    }

    void foreignBytesAreRefused() {
        PackageFeatures decoded;
        std::string problem;
        QVERIFY(!decodePackageFeatures("PK\x03\x04 a zip, not features", decoded, problem));
        QCOMPARE(problem, std::string("not package features"));
        QVERIFY(!decodePackageFeatures("", decoded, problem));
        QCOMPARE(problem, std::string("not package features"));
    }

    void everyTruncationAndTrailingGarbageIsRefused() {
        const std::string good = encodePackageFeatures(sampleFeatures());
        for (std::size_t length = 0; length < good.size(); ++length) {
            PackageFeatures decoded;
            std::string problem;
            QVERIFY2(!decodePackageFeatures(std::string_view(good).substr(0, length), decoded, problem),
                     qPrintable(QString("truncated at %1 was accepted").arg(length)));
            QVERIFY(!problem.empty());
            QVERIFY(decoded.package.name.empty() && decoded.sequences.empty()); // nothing half-decoded is left
        }
        PackageFeatures decoded;
        std::string problem;
        QVERIFY(!decodePackageFeatures(good + '\0', decoded, problem));
        QCOMPARE(problem, std::string("corrupt package features"));
    }

    void flippedBytesNeverCrashOrBreakInvariants() {
        const std::string good = encodePackageFeatures(sampleFeatures());
        int refused = 0;
        for (std::size_t i = 0; i < good.size(); ++i) {
            std::string bad = good;
            bad[i] = static_cast<char>(bad[i] ^ 0xff);
            PackageFeatures decoded;
            std::string problem;
            if (!decodePackageFeatures(bad, decoded, problem)) {
                ++refused;
                QVERIFY(!problem.empty());
                continue;
            }
            // A flip inside a name may be accepted; what is accepted is consistent.
            QCOMPARE(decoded.sequences.size(), decoded.package.scripts.size());
            for (const CallSequence &sequence : decoded.sequences)
                for (const CallToken &call : sequence.calls)
                    QVERIFY(call.source < std::max<std::size_t>(sequence.sources.size(), 1));
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(PackageFeaturesTest)
#include "tst_package_features.moc"
