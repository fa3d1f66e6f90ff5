// Workspace files: a whole investigation saved and reopened; passphrases withheld unless the user opts in; damaged,
// foreign and newer files refused with a clear message.
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mph::app;

namespace {

Workspace makeWorkspace() {
    Workspace w;
    w.inputs.batches = {{"monday", {"/data/batch-1", "/data/extra/pkg-1.0.tar.gz"}}, {"tuesday", {"/data/batch-2"}}};
    w.inputs.background = {"/data/benign"};
    w.inputs.known = {"/data/known-a", "/data/known-b"};
    w.inputs.passphrases = {"infected", "s3cret"};
    w.inputs.scope = mph::ScopeFilter::Install;
    w.inputs.useKnownDistance = false;
    w.inputs.dimensions = 64;
    w.inputs.minSamples = 7;
    CaseFile a;
    a.name = "evil";
    a.version = "1.0";
    a.archivePath = "/data/batch-1/evil-1.0.tar.gz";
    a.scriptPath = "evil-1.0/setup.py";
    a.scope = "install";
    a.score = 0.75;
    a.verdict = Verdict::Malicious;
    a.notes = "curl | sh";
    a.tags = {"dropper", "campaign-x"};
    a.evidence = {{"evil-1.0/setup.py", 3, 5, "payload"}};
    a.analyst = "Ada";
    a.created = QDateTime(QDate(2026, 11, 24), QTime(10, 0, 0), Qt::UTC);
    a.modified = QDateTime(QDate(2026, 11, 24), QTime(11, 0, 0), Qt::UTC);
    CaseFile b = a;
    b.name = "fine";
    b.archivePath = "/data/batch-2/fine-2.0.whl";
    b.verdict = Verdict::Benign;
    b.evidence.clear();
    w.cases = {a, b};
    w.view = QJsonObject{{"selected", "/data/batch-1/evil-1.0.tar.gz|evil-1.0/setup.py"}, {"mapZoom", 2.5}};
    return w;
}

QString writeAndLoadError(const QByteArray &bytes) {
    QTemporaryDir dir;
    const QString path = dir.filePath("w.mphworkspace");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return "cannot write";
    file.write(bytes);
    file.close();
    const WorkspaceLoadResult loaded = loadWorkspace(path);
    return loaded.workspace ? QString() : loaded.error;
}

} // namespace

class TestExportWorkspace : public QObject {
    Q_OBJECT
  private slots:
    void roundTripWithheldPassphrase() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Workspace w = makeWorkspace();
        const QString path = dir.filePath("case-study.mphworkspace");
        QCOMPARE(saveWorkspace(w, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("s3cret"));

        const WorkspaceLoadResult loaded = loadWorkspace(path);
        QCOMPARE(loaded.error, QString());
        QVERIFY(loaded.workspace);
        QCOMPARE(loaded.withheldPassphrases, 1);
        const Workspace &r = *loaded.workspace;
        QCOMPARE(r.inputs.batches.size(), std::size_t(2));
        QCOMPARE(r.inputs.batches[0].name, std::string("monday"));
        QCOMPARE(r.inputs.batches[0].roots,
                 (std::vector<std::filesystem::path>{"/data/batch-1", "/data/extra/pkg-1.0.tar.gz"}));
        QCOMPARE(r.inputs.batches[1].roots, std::vector<std::filesystem::path>{"/data/batch-2"});
        QCOMPARE(r.inputs.background, std::vector<std::filesystem::path>{"/data/benign"});
        QCOMPARE(r.inputs.known, (std::vector<std::filesystem::path>{"/data/known-a", "/data/known-b"}));
        QCOMPARE(r.inputs.passphrases, std::vector<std::string>{"infected"});
        QVERIFY(r.inputs.scope == mph::ScopeFilter::Install);
        QCOMPARE(r.inputs.useKnownDistance, false);
        QCOMPARE(r.inputs.dimensions, 64);
        QCOMPARE(r.inputs.minSamples, 7);
        QCOMPARE(r.inputs.minClusterSize, 2);
        QCOMPARE(r.storePassphrases, false);
        QCOMPARE(r.cases, w.cases);
        QCOMPARE(r.view, w.view);
    }

    void optInKeepsPassphrases() {
        Workspace w = makeWorkspace();
        w.storePassphrases = true;
        const WorkspaceLoadResult loaded = workspaceFromJson(QJsonDocument(workspaceToJson(w)).toJson());
        QVERIFY(loaded.workspace);
        QCOMPARE(loaded.withheldPassphrases, 0);
        QCOMPARE(loaded.workspace->inputs.passphrases, (std::vector<std::string>{"infected", "s3cret"}));
        QCOMPARE(loaded.workspace->storePassphrases, true);
    }

    void refusesBadFiles() {
        QVERIFY(writeAndLoadError("{\"format\": \"mphunter-workspace\", \"version\": 1, ").contains("damaged"));
        QVERIFY(writeAndLoadError("{\"format\": \"something-else\", \"version\": 1}")
                    .contains("not an MPHunter workspace"));
        QVERIFY(writeAndLoadError("[1, 2]").contains("not an MPHunter workspace"));
        QVERIFY(writeAndLoadError("{\"format\": \"mphunter-workspace\"}").contains("no valid format version"));
        const QString newer = writeAndLoadError("{\"format\": \"mphunter-workspace\", \"version\": 2}");
        QVERIFY2(newer.contains("newer version") && newer.contains("format version 2") &&
                     newer.contains("reads up to 1"),
                 qPrintable(newer));
        QJsonObject json = workspaceToJson(makeWorkspace());
        QJsonObject inputs = json.value("inputs").toObject();
        inputs.insert("minSamples", "twenty");
        json.insert("inputs", inputs);
        const QString badInput = writeAndLoadError(QJsonDocument(json).toJson());
        QVERIFY2(badInput.contains("minSamples"), qPrintable(badInput));
        json = workspaceToJson(makeWorkspace());
        QJsonArray cases = json.value("cases").toArray();
        QJsonObject second = cases[1].toObject();
        second.insert("verdict", "maybe");
        cases[1] = second;
        json.insert("cases", cases);
        const QString badCase = writeAndLoadError(QJsonDocument(json).toJson());
        QVERIFY2(badCase.contains("Case 2 of the workspace cannot be read"), qPrintable(badCase));
        QVERIFY(loadWorkspace("/nonexistent/x.mphworkspace").error.contains("Cannot open the workspace"));
    }

    void failedSaveKeepsTheOldFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("w.mphworkspace");
        QCOMPARE(saveWorkspace(makeWorkspace(), path), QString());
        QVERIFY(!saveWorkspace(makeWorkspace(), dir.filePath("no/such/dir/w.mphworkspace")).isEmpty());
        QVERIFY(loadWorkspace(path).workspace);
    }
};

QTEST_GUILESS_MAIN(TestExportWorkspace)
#include "tst_export_workspace.moc"
