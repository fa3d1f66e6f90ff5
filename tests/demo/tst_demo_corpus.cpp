// The embedded demo corpus: what is embedded is exactly resources/demo/<role>/*, byte for byte, every archive format
// is there, the needles are batch packages, the content is inert (reserved hosts, harmless base64), and, with the
// corpus reader, every archive reads with the install/import scripts that resources/demo/packages.tsv promises.
#include "demo_corpus.h"

#ifdef MPH_HAVE_CORPUS_READER
#include "analysis/call_sequence.h"
#include "corpus/reader.h"
#endif

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <map>
#include <string>

using namespace mph;

namespace {

const QString kDemoDir = QStringLiteral(MPH_SOURCE_DIR "/resources/demo");

// One row of packages.tsv.
struct ManifestRow {
    QString role, archive, name, version, format;
    bool needle = false;
    QString install;     // path of the install script inside the archive, empty when none
    QStringList imports; // paths of the import scripts, sorted
};

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

std::map<QString, ManifestRow> readManifest() {
    std::map<QString, ManifestRow> rows;
    const QList<QByteArray> lines = readFile(kDemoDir + "/packages.tsv").split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#')) continue;
        const QStringList f = QString::fromUtf8(line).split('\t');
        if (f.size() < 9) continue;
        ManifestRow row{f[0], f[1], f[2], f[3], f[4], f[5] == "yes", f[6] == "-" ? QString() : f[6], {}};
        if (f[7] != "-") row.imports = f[7].split(',');
        row.imports.sort();
        rows[row.archive] = row;
    }
    return rows;
}

// Traditional PKWARE encryption is flagged by bit 0 of the first local header's general-purpose flags.
bool zipIsEncrypted(std::string_view bytes) {
    return bytes.size() > 8 && (static_cast<unsigned char>(bytes[6]) & 1) != 0;
}

QString magicOf(std::string_view bytes) {
    auto startsWith = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
    if (startsWith("\x1f\x8b")) return "gzip";
    if (startsWith("BZh")) return "bzip2";
    if (startsWith(std::string_view("\xfd"
                                    "7zXZ\0",
                                    6)))
        return "xz";
    if (startsWith("PK\x03\x04")) return zipIsEncrypted(bytes) ? "encrypted-zip" : "zip";
    return "unknown";
}

QString expectedMagic(const QString &format) {
    if (format == "tar.gz") return "gzip";
    if (format == "tar.bz2") return "bzip2";
    if (format == "tar.xz") return "xz";
    if (format == "zip-infected") return "encrypted-zip";
    return "zip"; // zip, whl, egg, whl-as-tar.gz
}

} // namespace

class TestDemoCorpus : public QObject {
    Q_OBJECT

  private slots:
    void everyRoleHasArchives() {
        std::map<QString, int> perRole;
        for (const DemoFile &file : demoCorpus()) {
            const QString role = toQString(file.role);
            QVERIFY2(role == "background" || role == "known" || role == "batch", qPrintable(role));
            QVERIFY2(toQString(file.path).startsWith(role + "/"), qPrintable(toQString(file.path)));
            QVERIFY2(!file.bytes.empty(), qPrintable(toQString(file.path)));
            ++perRole[role];
        }
        QCOMPARE(perRole.size(), std::size_t(3));
        // The sizes the README lists.
        QCOMPARE(perRole["background"], 102);
        QCOMPARE(perRole["known"], 12);
        QCOMPARE(perRole["batch"], 38);
    }

    void embeddedBytesEqualTheFiles() {
        QSet<QString> embedded;
        for (const DemoFile &file : demoCorpus()) {
            const QString path = toQString(file.path);
            embedded.insert(path);
            const QByteArray onDisk = readFile(kDemoDir + "/" + path);
            QVERIFY2(!onDisk.isEmpty(), qPrintable(path));
            QVERIFY2(onDisk == QByteArray(file.bytes.data(), static_cast<qsizetype>(file.bytes.size())),
                     qPrintable(path));
        }
        QSet<QString> onDisk;
        for (const QString role : {"background", "known", "batch"}) {
            for (const QString &name : QDir(kDemoDir + "/" + role).entryList(QDir::Files))
                onDisk.insert(role + "/" + name);
        }
        QCOMPARE(embedded, onDisk);

        QSet<QString> listed;
        for (const auto &[archive, row] : readManifest())
            listed.insert(archive);
        QCOMPARE(embedded, listed);
    }

    void sortedByPath() {
        const auto files = demoCorpus();
        QVERIFY(std::is_sorted(files.begin(), files.end(),
                               [](const DemoFile &a, const DemoFile &b) { return a.path < b.path; }));
    }

    void needlesAreBatchPackages() {
        const auto manifest = readManifest();
        QSet<QString> batchNames, knownOrBackground, expected;
        for (const auto &[archive, row] : manifest) {
            (row.role == "batch" ? batchNames : knownOrBackground).insert(row.name);
            if (row.needle) {
                QCOMPARE(row.role, QString("batch"));
                expected.insert(row.name);
            }
        }
        const auto needles = demoNeedles();
        QVERIFY(needles.size() >= 4);
        QSet<QString> got;
        for (std::string_view needle : needles) {
            const QString name = toQString(needle);
            QVERIFY2(batchNames.contains(name), qPrintable(name));
            QVERIFY2(!knownOrBackground.contains(name), qPrintable(name));
            got.insert(name);
        }
        QCOMPARE(got, expected);
        QCOMPARE(qsizetype(needles.size()), got.size());
    }

    void everyFormatIsPresentAndMatchesItsBytes() {
        std::map<QString, const DemoFile *> byPath;
        for (const DemoFile &file : demoCorpus())
            byPath[toQString(file.path)] = &file;
        QSet<QString> formats;
        for (const auto &[archive, row] : readManifest()) {
            const DemoFile *file = byPath[archive];
            QVERIFY2(file, qPrintable(archive));
            QCOMPARE(magicOf(file->bytes), expectedMagic(row.format));
            formats.insert(row.format);
            if (row.format == "whl") QVERIFY(archive.endsWith(".whl"));
            if (row.format == "egg") QVERIFY(archive.endsWith(".egg"));
            if (row.format == "whl-as-tar.gz") QVERIFY(archive.endsWith(".tar.gz"));
            if (row.format == "zip-infected") QCOMPARE(row.role, QString("known"));
        }
        const QSet<QString> all{"tar.gz", "tar.bz2", "tar.xz", "zip", "whl", "egg", "zip-infected", "whl-as-tar.gz"};
        QCOMPARE(formats, all);
    }

    // Inert by construction: every URL in the sources, and in every payload the engine peels out of them (decoded
    // and run layers, however deep), points at a reserved name; every peeled layer says it is a demo payload; every
    // base64 literal in a malicious-style package decodes to the harmless demo text (or to a zlib stream of it).
    void sourcesAreInert() {
        const QRegularExpression url(QStringLiteral("(?:https?|ftp)://([A-Za-z0-9.\\-]+)"));
        const QRegularExpression blob(QStringLiteral("[\"\']([A-Za-z0-9+/]{20,}={0,2})[\"\']"));
        int urls = 0, blobs = 0, layers = 0;
        auto checkUrls = [&](const QString &where, const QString &text) {
            for (auto m = url.globalMatch(text); m.hasNext();) {
                const QString host = m.next().captured(1).toLower();
                ++urls;
                QVERIFY2(host.endsWith(".invalid") || host == "example.com" || host.endsWith(".example.com"),
                         qPrintable(where + ": " + host));
            }
        };
        QDirIterator it(kDemoDir + "/src", QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readFile(path);
            const QString text = QString::fromUtf8(bytes);
            checkUrls(path, text);
#ifdef MPH_HAVE_CORPUS_READER
            if (path.endsWith(".py")) {
                ScriptAnalyzer analyzer;
                const CallSequence sequence = analyzer.analyze(std::string_view(bytes.constData(), bytes.size()));
                for (const CodeSource &source : sequence.sources) {
                    if (source.layer == 0) continue;
                    ++layers;
                    const QString layer =
                        QString::fromUtf8(source.text.data(), static_cast<qsizetype>(source.text.size()));
                    const QString where = path + " (layer " + QString::number(source.layer) + ")";
                    QVERIFY2(layer.contains("demo payload"), qPrintable(where + ": " + layer.left(80)));
                    checkUrls(where, layer);
                }
            }
#endif
            if (!text.contains("b64decode")) continue;
            for (auto m = blob.globalMatch(text); m.hasNext();) {
                const QByteArray decoded = QByteArray::fromBase64(m.next().captured(1).toLatin1());
                ++blobs;
                if (decoded.startsWith("x\xda")) { // a zlib stream; qUncompress wants a 4-byte size hint first
                    const QByteArray inflated = qUncompress(QByteArray("\0\0\x10\0", 4) + decoded);
                    QVERIFY2(inflated.contains("demo payload"), qPrintable(path + ": zlib " + inflated.left(60)));
                    continue;
                }
                QVERIFY2(decoded.contains("demo payload"), qPrintable(path + ": " + decoded.left(60)));
            }
        }
        QVERIFY(urls > 20);
        QVERIFY(blobs >= 4);
#ifdef MPH_HAVE_CORPUS_READER
        QVERIFY2(layers >= 5, qPrintable(QString::number(layers))); // the onion's three, the written file, known ones
#endif
    }

#ifdef MPH_HAVE_CORPUS_READER
    void everyArchiveReadsWithItsScripts() {
        const auto manifest = readManifest();
        for (const DemoFile &file : demoCorpus()) {
            const QString path = toQString(file.path);
            const ManifestRow &row = manifest.at(path);
            PackageReadResult result = readPackageBytes(file.bytes, "demo:" + std::string(file.path), ReadOptions{});
            QVERIFY2(result.package, qPrintable(path + ": " + (result.error ? toQString(result.error->reason) : "")));
            const Package &package = *result.package;
            QCOMPARE(toQString(package.name), row.name);
            QCOMPARE(toQString(package.version), row.version);

            QString install;
            QStringList imports;
            for (const Script &script : package.scripts) {
                if (script.scope == Scope::Install) {
                    QVERIFY2(install.isEmpty(), qPrintable(path));
                    install = toQString(script.path);
                } else {
                    imports.append(toQString(script.path));
                }
                // The archive holds the committed source text, byte for byte (make_demo.sh was re-run).
                const QByteArray source = readFile(kDemoDir + "/src/" + row.role + "/" + row.name + "-" + row.version +
                                                   "/" + toQString(script.path));
                QVERIFY2(source == QByteArray::fromStdString(script.text),
                         qPrintable(path + ": " + toQString(script.path)));
            }
            QCOMPARE(install, row.install);
            imports.sort();
            QCOMPARE(imports, row.imports);

            const PackageFormat format = row.format == "zip-infected" ? PackageFormat::EncryptedZip
                                         : row.format == "whl" || row.format == "whl-as-tar.gz" ? PackageFormat::Wheel
                                         : row.format == "egg"                                  ? PackageFormat::Egg
                                         : row.format == "zip"                                  ? PackageFormat::Zip
                                                                                                : PackageFormat::Tar;
            QCOMPARE(toQString(formatName(package.format)), toQString(formatName(format)));
        }
    }

    void encryptedArchivesNeedThePassphrase() {
        int encrypted = 0;
        ReadOptions wrong;
        wrong.passphrases = {"not-the-password"};
        for (const DemoFile &file : demoCorpus()) {
            if (magicOf(file.bytes) != "encrypted-zip") continue;
            ++encrypted;
            const PackageReadResult result = readPackageBytes(file.bytes, std::string(file.path), wrong);
            QVERIFY2(result.error, qPrintable(toQString(file.path)));
        }
        QVERIFY(encrypted >= 1);
    }
#endif
};

QTEST_GUILESS_MAIN(TestDemoCorpus)
#include "tst_demo_corpus.moc"
