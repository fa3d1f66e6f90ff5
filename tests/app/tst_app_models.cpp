// The GUI's models over the hand-made scan: QAbstractItemModelTester, exact cell values, sorting and filters.
#include "error_list_model.h"
#include "evidence_model.h"
#include "ranked_script_filter.h"
#include "ranked_script_model.h"
#include "scan_fixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mph::app;

class TestAppModels : public QObject {
    Q_OBJECT
  private slots:
    void rankedModelPassesTester() {
        RankedScriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScan(mph::test::makeScanFixture());
        model.setVerdict(QStringLiteral("/batches/monday/beta-2.0.tar.gz|beta-2.0/setup.py"), Verdict::Benign);
        model.clearVerdicts();
        model.setScan(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void rankedModelCells() {
        RankedScriptModel model;
        model.setScan(mph::test::makeScanFixture());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RankedScriptModel::ColumnCount));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, RankedScriptModel::Rank).toInt(), 1);
        QCOMPARE(cell(0, RankedScriptModel::Package).toString(), QStringLiteral("alpha"));
        QCOMPARE(cell(0, RankedScriptModel::Version).toString(), QStringLiteral("1.0"));
        QCOMPARE(cell(0, RankedScriptModel::Scope).toString(), QStringLiteral("install"));
        QCOMPARE(cell(0, RankedScriptModel::Cluster).toString(), QStringLiteral("noise"));
        QCOMPARE(cell(0, RankedScriptModel::Score).toString(), QStringLiteral("0.9125"));
        QCOMPARE(cell(0, RankedScriptModel::DB).toString(), QStringLiteral("0.7500"));
        QCOMPARE(cell(0, RankedScriptModel::DM).toString(), QStringLiteral("0.1250"));
        QCOMPARE(cell(0, RankedScriptModel::Size).toInt(), 1);
        QCOMPARE(cell(0, RankedScriptModel::NearestKnown).toString(), QStringLiteral("evil 6.6"));
        QCOMPARE(cell(0, RankedScriptModel::VerdictColumn).toString(), QStringLiteral("Undecided"));
        QCOMPARE(cell(1, RankedScriptModel::Cluster).toString(), QStringLiteral("0"));
        QCOMPARE(cell(2, RankedScriptModel::Scope).toString(), QStringLiteral("import"));
        QCOMPARE(cell(2, RankedScriptModel::Size).toInt(), 6); // its own calls, two decoded layers' and a file's
        QCOMPARE(cell(2, RankedScriptModel::NearestKnown).toString(), QString());
        QCOMPARE(cell(0, 0, RankedScriptModel::OutlierRole).toBool(), true);
        QCOMPARE(cell(1, 0, RankedScriptModel::OutlierRole).toBool(), false);
        QCOMPARE(cell(2, 0, RankedScriptModel::EntryRole).toULongLong(), 2ull);
        QCOMPARE(cell(1, 0, RankedScriptModel::ScriptKeyRole).toString(),
                 QStringLiteral("/batches/monday/beta-2.0.tar.gz|beta-2.0/setup.py"));
        QCOMPARE(model.rowOfEntry(2), 2);
        QCOMPARE(model.rowOfEntry(4), -1);
    }

    void verdictsShowAndSignal() {
        RankedScriptModel model;
        model.setScan(mph::test::makeScanFixture());
        int changes = 0;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
            QCOMPARE(from.row(), 1);
            QCOMPARE(to.column(), int(RankedScriptModel::VerdictColumn));
            ++changes;
        });
        model.setVerdict(QStringLiteral("/batches/monday/beta-2.0.tar.gz|beta-2.0/setup.py"), Verdict::Malicious);
        QCOMPARE(changes, 1);
        QCOMPARE(model.index(1, RankedScriptModel::VerdictColumn).data().toString(), QStringLiteral("Malicious"));
        QCOMPARE(model.index(0, RankedScriptModel::VerdictColumn).data().toString(), QStringLiteral("Undecided"));
        model.setVerdict(QStringLiteral("/batches/monday/beta-2.0.tar.gz|beta-2.0/setup.py"), Verdict::Malicious);
        QCOMPARE(changes, 1); // unchanged: no signal
    }

    void filterSortsNumerically() {
        RankedScriptModel model;
        RankedScriptFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setScan(mph::test::makeScanFixture());
        filter.sort(RankedScriptModel::Score, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, RankedScriptModel::Package).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(filter.index(1, RankedScriptModel::Score).data().toString(), QStringLiteral("0.5000"));
        QCOMPARE(filter.index(2, RankedScriptModel::Score).data().toString(), QStringLiteral("0.2500"));
    }

    void filters() {
        RankedScriptModel model;
        RankedScriptFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setScan(mph::test::makeScanFixture());
        QCOMPARE(filter.rowCount(), 3);
        filter.setOutliersOnly(true);
        QCOMPARE(filter.rowCount(), 2);
        filter.setScope(mph::Scope::Import);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, RankedScriptModel::Package).data().toString(), QStringLiteral("beta"));
        filter.setOutliersOnly(false);
        filter.setScope(std::nullopt);
        filter.setText(QStringLiteral("EVIL")); // matches the nearest known column, case-insensitively
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QStringLiteral("bet"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setText({});
        model.setVerdict(QStringLiteral("/batches/monday/alpha-1.0.tar.gz|alpha-1.0/setup.py"), Verdict::Suspicious);
        filter.setVerdict(Verdict::Suspicious);
        QCOMPARE(filter.rowCount(), 1);
        filter.setVerdict(Verdict::Undecided);
        QCOMPARE(filter.rowCount(), 2);
    }

    void errorModel() {
        ErrorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setErrors({{QStringLiteral("a.zip"), QStringLiteral("bad password")}});
        model.append({QStringLiteral("b.tar.gz"), QStringLiteral("truncated")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ErrorListModel::File).data().toString(), QStringLiteral("b.tar.gz"));
        QCOMPARE(model.index(0, ErrorListModel::Reason).data().toString(), QStringLiteral("bad password"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void evidenceModel() {
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int edits = 0;
        connect(&model, &EvidenceModel::edited, this, [&] { ++edits; });
        model.setEvidence({{QStringLiteral("setup.py"), 3, 3, QStringLiteral("curl")}});
        QCOMPARE(edits, 0);
        model.append({QStringLiteral("setup.py"), 10, 12, QStringLiteral("exec")});
        QCOMPARE(edits, 1);
        QCOMPARE(model.index(0, EvidenceModel::Lines).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(1, EvidenceModel::Lines).data().toString(), QStringLiteral("10–12"));
        QVERIFY(model.flags(model.index(1, EvidenceModel::Comment)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, EvidenceModel::Script)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(1, EvidenceModel::Comment), QStringLiteral("runs a payload")));
        QCOMPARE(model.evidence().at(1).comment, QStringLiteral("runs a payload"));
        QCOMPARE(edits, 2);
        model.removeAt(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(edits, 3);
    }
};

QTEST_GUILESS_MAIN(TestAppModels)
#include "tst_app_models.moc"
