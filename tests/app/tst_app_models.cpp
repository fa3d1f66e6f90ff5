// The GUI's models over the hand-made scan: QAbstractItemModelTester, exact cell values, sorting and filters; the
// campaign rows and what the history knew (prior verdicts, first seen, the filter that hides judged packages).
#include "campaign_grouping_model.h"
#include "error_list_model.h"
#include "evidence_model.h"
#include "ranked_script_filter.h"
#include "ranked_script_model.h"
#include "scan_fixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mph::app;

namespace {

const QString kBetaSetup = QStringLiteral("/batches/monday/beta-2.0.tar.gz|beta-2.0/setup.py");
const QString kDeltaSetup = QStringLiteral("/batches/monday/delta-0.3.tar.gz|delta-0.3/setup.py");

// The hand-made scan plus a third batch package, delta 0.3 (a new version of a project judged malicious), and one
// campaign of alpha and beta. Flat rows: 0 alpha (install 1), 1 beta (install 2), 2 delta (install 3), 3 beta's
// __init__.py (import 1). Grouped: the campaign (rows 0, 1, 3, under alpha's rank), then delta.
std::shared_ptr<mph::ScanResult> makeCampaignScan() {
    auto scan = std::const_pointer_cast<mph::ScanResult>(mph::test::makeScanFixture());
    scan->packages.push_back(
        mph::Package{"/batches/monday/delta-0.3.tar.gz",
                     "delta",
                     "0.3",
                     mph::PackageFormat::Tar,
                     "d3",
                     90,
                     {mph::Script{"delta-0.3/setup.py", mph::Scope::Install, "x()\n", "s-delta"}}});
    scan->packageRoles.push_back(mph::Role::Batch);
    scan->packageBatch.push_back(0);
    scan->scripts.push_back(mph::ScriptEntry{4, 0, mph::Scope::Install, 0});
    mph::RankedScript delta;
    delta.entry = 5;
    delta.rank = 3;
    delta.cluster = 0;
    delta.score = 0.125;
    delta.followsMalicious = true;
    scan->ranking.insert(scan->ranking.begin() + 2, delta);
    for (std::size_t row : {0u, 1u, 3u})
        scan->ranking[row].campaign = 0;
    scan->campaigns = {mph::Campaign{0, {0, 1}, mph::CampaignLink::KnownFamily, "evil"}};
    return scan;
}

// beta 2.0 was judged malicious two days ago; alpha 1.0 was seen before without a verdict; delta is new.
RunHistoryPtr makeHistory() {
    auto history = std::make_shared<RunHistory>();
    history->path = QStringLiteral("/tmp/history.sqlite");
    VerdictRecord judged;
    judged.archiveSha256 = QStringLiteral("b2");
    judged.name = QStringLiteral("beta");
    judged.version = QStringLiteral("2.0");
    judged.verdict = Verdict::Malicious;
    judged.analyst = QStringLiteral("R. Analyst");
    judged.note = QStringLiteral("steals tokens");
    judged.at = QDateTime(QDate(2026, 11, 21), QTime(14, 0), Qt::UTC);
    history->archives.insert(QStringLiteral("b2"), ArchiveHistory{true, QDate(2026, 11, 20), judged});
    history->archives.insert(QStringLiteral("a1"), ArchiveHistory{true, QDate(2026, 11, 22), std::nullopt});
    history->batchPackages = 3;
    history->newPackages = 1;
    return history;
}

} // namespace

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

    void groupingModelPassesTester() {
        RankedScriptModel model;
        CampaignGroupingModel grouped;
        QAbstractItemModelTester tester(&grouped, QAbstractItemModelTester::FailureReportingMode::QtTest);
        grouped.setSourceModel(&model);
        model.setScan(makeCampaignScan());
        model.setHistory(makeHistory());
        model.setVerdict(kBetaSetup, Verdict::Benign);
        model.setVerdict(kDeltaSetup, Verdict::Suspicious);
        model.clearVerdicts();
        model.setScan(mph::test::makeScanFixture()); // no campaign: every row at the top level
        QCOMPARE(grouped.rowCount(), 3);
        QVERIFY(!grouped.hasChildren(grouped.index(0, 0)));
        model.setScan(nullptr);
        QCOMPARE(grouped.rowCount(), 0);
    }

    void campaignRows() {
        RankedScriptModel model;
        CampaignGroupingModel grouped;
        grouped.setSourceModel(&model);
        model.setScan(makeCampaignScan());
        QCOMPARE(model.rowCount(), 4); // the flat model keeps one row per ranked script
        QCOMPARE(grouped.rowCount(), 2);
        const QModelIndex campaign = grouped.index(0, 0);
        QVERIFY(campaign.data(RankedScriptModel::IsCampaignRole).toBool());
        QCOMPARE(campaign.data(RankedScriptModel::CampaignRole).toInt(), 0);
        auto cell = [&](int column) { return grouped.index(0, column).data().toString(); };
        QCOMPARE(cell(RankedScriptModel::Package), QStringLiteral("Campaign of 2 packages"));
        QCOMPARE(cell(RankedScriptModel::Version), QStringLiteral("known family"));
        QCOMPARE(cell(RankedScriptModel::NearestKnown), QStringLiteral("evil"));
        QCOMPARE(cell(RankedScriptModel::Rank), QStringLiteral("1"));
        QCOMPARE(cell(RankedScriptModel::Score), QStringLiteral("0.9125"));
        QCOMPARE(cell(RankedScriptModel::Scope), QStringLiteral("install, import"));
        QCOMPARE(cell(RankedScriptModel::VerdictColumn), QStringLiteral("Undecided"));
        QVERIFY(grouped.index(0, RankedScriptModel::Package)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("beta 2.0")));
        // Selecting the campaign shows its best member; all its rows are listed.
        QCOMPARE(campaign.data(RankedScriptModel::RankingIndexRole).toInt(), 0);
        QCOMPARE(campaign.data(RankedScriptModel::MemberRankingIndicesRole).value<QList<int>>(), (QList<int>{0, 1, 3}));
        QCOMPARE(grouped.memberRankingIndices(0), (QList<int>{0, 1, 3}));
        QCOMPARE(grouped.rowOfCampaign(0), 0);
        QCOMPARE(grouped.rowCount(campaign), 3);
        QCOMPARE(grouped.index(1, RankedScriptModel::Package, campaign).data().toString(), QStringLiteral("beta"));
        QCOMPARE(grouped.index(2, 0, campaign).data(RankedScriptModel::RankingIndexRole).toInt(), 3);
        QCOMPARE(grouped.index(1, RankedScriptModel::Package).data().toString(), QStringLiteral("delta"));
        QCOMPARE(grouped.mapFromSource(model.index(2, 0)), grouped.index(1, 0));
        QCOMPARE(grouped.mapFromSource(model.index(3, 0)), grouped.index(2, 0, campaign));
        QCOMPARE(grouped.mapToSource(grouped.index(1, 0, campaign)), model.index(1, 0));
        QVERIFY(!grouped.mapToSource(campaign).isValid());

        // A member's verdict changes its row and the campaign's summary.
        QList<QModelIndex> changed;
        connect(&grouped, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &from, const QModelIndex &) { changed.append(from); });
        model.setVerdict(kBetaSetup, Verdict::Malicious);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[0].parent(), campaign);
        QCOMPARE(changed[1], campaign);
        QCOMPARE(cell(RankedScriptModel::VerdictColumn), QStringLiteral("mixed"));
        for (const QString &key : {QStringLiteral("/batches/monday/alpha-1.0.tar.gz|alpha-1.0/setup.py"),
                                   QStringLiteral("/batches/monday/beta-2.0.tar.gz|beta-2.0/beta/__init__.py")})
            model.setVerdict(key, Verdict::Malicious);
        QCOMPARE(cell(RankedScriptModel::VerdictColumn), QStringLiteral("Malicious"));
        QVERIFY(campaign.data(RankedScriptModel::JudgedRole).toBool());
        QCOMPARE(grouped.index(0, RankedScriptModel::VerdictColumn).data(Qt::DecorationRole).value<QColor>(),
                 verdictColor(Verdict::Malicious));
        QVERIFY(!grouped.index(0, RankedScriptModel::Package).data(Qt::DecorationRole).isValid()); // its own icon
    }

    void historyColumns() {
        RankedScriptModel model;
        model.setScan(makeCampaignScan());
        QCOMPARE(model.index(1, RankedScriptModel::PriorVerdictColumn).data().toString(), QString());
        model.setHistory(makeHistory());
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(1, RankedScriptModel::PriorVerdictColumn).toString(), QStringLiteral("Malicious"));
        QCOMPARE(cell(1, RankedScriptModel::PriorVerdictColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Malicious on 2026-11-21 by R. Analyst\nsteals tokens"));
        QCOMPARE(cell(1, RankedScriptModel::FirstSeenColumn).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(cell(3, RankedScriptModel::PriorVerdictColumn).toString(),
                 QStringLiteral("Malicious")); // same archive
        QCOMPARE(cell(0, RankedScriptModel::PriorVerdictColumn).toString(), QString());
        QCOMPARE(cell(0, RankedScriptModel::FirstSeenColumn).toString(), QStringLiteral("2026-11-22"));
        QCOMPARE(cell(2, RankedScriptModel::FirstSeenColumn).toString(), QString());
        QCOMPARE(cell(2, RankedScriptModel::FirstSeenColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Not seen by an earlier run"));
        QCOMPARE(cell(1, 0, RankedScriptModel::PriorJudgedRole).toBool(), true);
        QCOMPARE(cell(0, 0, RankedScriptModel::PriorJudgedRole).toBool(), false);
        QCOMPARE(cell(1, RankedScriptModel::Package, Qt::DecorationRole).value<QColor>(),
                 verdictColor(Verdict::Malicious));
        QVERIFY(!cell(0, RankedScriptModel::Package, Qt::DecorationRole).isValid());
        // A verdict of this session marks the row as judged, not as judged before.
        model.setVerdict(kDeltaSetup, Verdict::Benign);
        QCOMPARE(cell(2, 0, RankedScriptModel::JudgedRole).toBool(), true);
        QCOMPARE(cell(2, 0, RankedScriptModel::PriorJudgedRole).toBool(), false);
        QCOMPARE(cell(2, RankedScriptModel::Package, Qt::DecorationRole).value<QColor>(),
                 verdictColor(Verdict::Benign));
        // The flag of a new version of a project judged malicious.
        QCOMPARE(cell(2, 0, RankedScriptModel::FollowsMaliciousRole).toBool(), true);
        QCOMPARE(cell(2, RankedScriptModel::Rank, Qt::ToolTipRole).toString(),
                 QStringLiteral("New version of a project judged malicious"));
        QVERIFY(!cell(0, RankedScriptModel::Rank, Qt::ToolTipRole).isValid());
        QCOMPARE(model.headerData(RankedScriptModel::PriorVerdictColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Prior verdict"));
        QCOMPARE(model.headerData(RankedScriptModel::FirstSeenColumn, Qt::Horizontal).toString(),
                 QStringLiteral("First seen"));
    }

    void filterHidesJudgedByDefault() {
        RankedScriptModel model;
        CampaignGroupingModel grouped;
        RankedScriptFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        grouped.setSourceModel(&model);
        filter.setSourceModel(&grouped);
        filter.sort(RankedScriptModel::Rank, Qt::AscendingOrder);
        model.setScan(makeCampaignScan());
        model.setHistory(makeHistory());
        QVERIFY(filter.hideJudged());
        // beta was judged before: its two rows are hidden, the campaign stays for alpha.
        QCOMPARE(filter.rowCount(), 2);
        const QModelIndex campaign = filter.index(0, 0);
        QVERIFY(campaign.data(RankedScriptModel::IsCampaignRole).toBool());
        QCOMPARE(filter.rowCount(campaign), 1);
        QCOMPARE(filter.index(0, RankedScriptModel::Package, campaign).data().toString(), QStringLiteral("alpha"));
        // A verdict given now keeps its row in view.
        model.setVerdict(kDeltaSetup, Verdict::Malicious);
        QCOMPARE(filter.rowCount(), 2);
        filter.setHideJudged(false);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 3);
        filter.setHideJudged(true);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        // Choosing a verdict shows the judged rows of that verdict whatever the toggle says.
        filter.setVerdict(Verdict::Malicious);
        QCOMPARE(filter.rowCount(), 2); // the campaign (beta's rows) and delta
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 2);
        filter.setVerdict(std::nullopt);
        // The other filters reach the members: the campaign shows while one of them matches.
        filter.setText(QStringLiteral("delta"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, RankedScriptModel::Package).data().toString(), QStringLiteral("delta"));
        filter.setText({});
        filter.setScope(mph::Scope::Import);
        QCOMPARE(filter.rowCount(), 0); // beta's __init__.py, the only import row, was judged before
        filter.setHideJudged(false);
        QCOMPARE(filter.rowCount(), 1);
        filter.setScope(std::nullopt);
        // Sorting keeps campaigns whole: by score, the campaign (best member 0.9125) before delta (0.125).
        filter.sort(RankedScriptModel::Score, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, RankedScriptModel::Package).data().toString(), QStringLiteral("delta"));
        filter.sort(RankedScriptModel::Score, Qt::DescendingOrder);
        QVERIFY(filter.index(0, 0).data(RankedScriptModel::IsCampaignRole).toBool());
        QCOMPARE(filter.index(0, RankedScriptModel::Score, filter.index(0, 0)).data().toString(),
                 QStringLiteral("0.9125"));
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
