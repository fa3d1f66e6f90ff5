// The evaluation protocol on hand-made manifests and packages: manifest columns, behaviour keys, diverse selection,
// the project split and the batches (sizes, disjointness, needles used once, same seed = same plan).
#include "evaluation/protocol.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <set>

using namespace mph::evaluation;

namespace {

mph::CallSequence sequence(std::initializer_list<const char *> names) {
    mph::CallSequence s;
    for (const char *n : names)
        s.calls.push_back({n, 0, 0});
    return s;
}

std::vector<BenignRow> benignRows() {
    // 4 projects: p1 (3 archives), p2 (2), p3 (1), p4 (4).
    return {{"a1.tar.gz", "p1"}, {"a2.tar.gz", "p1"}, {"a3.tar.gz", "p1"}, {"b1.tar.gz", "p2"}, {"b2.tar.gz", "p2"},
            {"c1.tar.gz", "p3"}, {"d1.tar.gz", "p4"}, {"d2.tar.gz", "p4"}, {"d3.tar.gz", "p4"}, {"d4.tar.gz", "p4"}};
}

std::vector<Needle> needles(int n) {
    std::vector<Needle> list;
    for (int i = 0; i < n; ++i)
        list.push_back({"/m/n" + std::to_string(i) + ".zip", "n" + std::to_string(i)});
    return list;
}

} // namespace

class TstEvaluationProtocol : public QObject {
    Q_OBJECT

  private slots:
    void randomIsDeterministicAndInRange() {
        SeededRandom a(7), b(7);
        for (int i = 0; i < 100; ++i) {
            const auto x = a.below(10);
            QCOMPARE(x, b.below(10));
            QVERIFY(x < 10);
        }
        QCOMPARE(a.below(1), std::uint64_t{0});
    }

    void manifestsByColumnName() {
        QTemporaryDir dir;
        const std::string file = dir.filePath("manifest.tsv").toStdString();
        std::ofstream(file) << "zip\tname\tversion\toriginal\tadded\tkind\tsetup_py_sha256\n"
                            << "known/x/1/x.zip\tx\t1\tx-1.tar.gz\t2024-01-02\tsdist\tabc\n"
                            << "\ty\t2\ty-2.whl\t2024-09-01\tunreadable:ReadError\t\n";
        std::vector<MaliciousRow> rows;
        std::string problem;
        QVERIFY(readMaliciousManifest(file, rows, problem));
        QCOMPARE(rows.size(), std::size_t{2});
        QCOMPARE(rows[0].name, std::string("x"));
        QCOMPARE(rows[0].zip, std::string("known/x/1/x.zip"));
        QCOMPARE(rows[0].added, std::string("2024-01-02"));
        QCOMPARE(rows[0].setupSha256, std::string("abc"));
        QCOMPARE(rows[1].zip, std::string());
        QCOMPARE(rows[1].kind, std::string("unreadable:ReadError"));

        std::vector<BenignRow> benign;
        QVERIFY(!readBenignManifest(file, benign, problem)); // no archive/project columns
        QVERIFY(problem.find("archive") != std::string::npos);
    }

    void behaviourKeyPrefersTheInstallScript() {
        mph::Package package;
        package.scripts = {{"x/setup.py", mph::Scope::Install, {}, {}},
                           {"x/x/__init__.py", mph::Scope::Import, {}, {}}};
        QCOMPARE(*behaviourKey(package, {sequence({"os.system", "setup"}), sequence({"exec"})}),
                 std::string("install\nos.system setup \n"));

        mph::Package wheel;
        wheel.scripts = {{"a/__init__.py", mph::Scope::Import, {}, {}}, {"b.pth", mph::Scope::Import, {}, {}}};
        QCOMPARE(*behaviourKey(wheel, {sequence({"exec"}), sequence({})}), std::string("import\nexec \n\n"));

        QVERIFY(!behaviourKey(mph::Package{}, {}).has_value());
    }

    void diverseKeepsOnePerKey() {
        const std::vector<std::optional<std::string>> keys{"a", "b", "a", std::nullopt, "c", "b", "a"};
        const auto kept = selectDiverse(keys, 3);
        QCOMPARE(kept.size(), std::size_t{3});
        std::set<std::string> distinct;
        for (std::size_t i : kept) {
            QVERIFY(keys[i].has_value());
            distinct.insert(*keys[i]);
        }
        QCOMPARE(distinct, (std::set<std::string>{"a", "b", "c"}));
        QCOMPARE(selectDiverse(keys, 3), kept);
    }

    void planSplitsProjectsAndUsesEachNeedleOnce() {
        ProtocolOptions options;
        options.seed = 11;
        options.batches = 3;
        options.benignPerBatch = 2;
        options.minNeedles = 1;
        options.maxNeedles = 2;
        const std::vector<Needle> all = needles(12);
        const Plan plan = makePlan(benignRows(), "/b", all, options);
        QCOMPARE(plan.backgroundProjects, std::size_t{2});
        QCOMPARE(plan.memberProjects, std::size_t{2});
        QCOMPARE(plan.background.size() + plan.memberArchives, std::size_t{10});
        QCOMPARE(plan.needlesAvailable, std::size_t{6});
        QCOMPARE(plan.batches.size(), std::size_t{3});

        // Background and batch members come from disjoint projects (archive names start with the project's letter).
        std::set<char> backgroundProjects, memberProjects;
        for (const auto &p : plan.background)
            backgroundProjects.insert(p.filename().string()[0]);
        std::set<std::string> usedNeedles;
        for (const EvalBatch &batch : plan.batches) {
            QCOMPARE(batch.benign.size(), std::size_t{2});
            QVERIFY(batch.needles.size() >= 1 && batch.needles.size() <= 2);
            for (const auto &p : batch.benign)
                memberProjects.insert(p.filename().string()[0]);
            for (const Needle &n : batch.needles) {
                QVERIFY(usedNeedles.insert(n.label).second);
                // Development part: the first half of the diverse list.
                QVERIFY(std::stoi(n.label.substr(1)) < 6);
            }
        }
        for (char c : memberProjects)
            QVERIFY(!backgroundProjects.count(c));
        QCOMPARE(plan.batches[0].name, std::string("batch-01"));

        const Plan again = makePlan(benignRows(), "/b", all, options);
        QCOMPARE(again.background, plan.background);
        QCOMPARE(again.batches[2].benign, plan.batches[2].benign);

        options.part = 1;
        const Plan check = makePlan(benignRows(), "/b", all, options);
        for (const EvalBatch &batch : check.batches)
            for (const Needle &n : batch.needles)
                QVERIFY(std::stoi(n.label.substr(1)) >= 6);
    }

    void planStopsWhenNeedlesRunOut() {
        ProtocolOptions options;
        options.batches = 10;
        options.benignPerBatch = 100; // more than there are: every member archive
        options.minNeedles = 2;
        options.maxNeedles = 2;
        const Plan plan = makePlan(benignRows(), "/b", needles(10), options);
        QCOMPARE(plan.batches.size(), std::size_t{2}); // 5 needles in the first half, 2 per batch
        QCOMPARE(plan.batches[0].benign.size(), plan.memberArchives);
    }

    // The day-by-day plan (evaluate --days): campaigns start one a day, their later members follow on later days (at
    // most membersPerCampaign each, never two of one campaign on one day), singles come once; same split as makePlan.
    void dayPlanSpreadsCampaignsOverDays() {
        std::vector<Behaviour> behaviours;
        for (int b = 0; b < 8; ++b) {
            Behaviour behaviour;
            const int members = b % 2 == 0 ? 5 : 1; // even behaviours are campaigns
            for (int m = 0; m < members; ++m)
                behaviour.members.push_back(
                    {"/m/b" + std::to_string(b) + "-" + std::to_string(m) + ".zip", "b" + std::to_string(b)});
            behaviours.push_back(std::move(behaviour));
        }
        DayPlanOptions options;
        options.seed = 11;
        options.days = 6;
        options.benignPerDay = 2;
        options.campaignStarts = 1;
        options.campaignFollowUps = 2;
        options.membersPerCampaign = 3;
        options.singles = 1;
        const DayPlan plan = makeDayPlan(benignRows(), "/b", behaviours, options);
        QCOMPARE(plan.campaignsAvailable, std::size_t{2}); // behaviours 0 and 2 in the first half (0..3)
        QCOMPARE(plan.singlesAvailable, std::size_t{2});
        QCOMPARE(plan.days.size(), std::size_t{6});
        ProtocolOptions batchOptions;
        batchOptions.seed = 11;
        QCOMPARE(plan.background, makePlan(benignRows(), "/b", needles(2), batchOptions).background);

        std::set<std::string> used;
        std::vector<int> arrived(plan.campaigns.size(), 0);
        for (std::size_t d = 0; d < plan.days.size(); ++d) {
            const Day &day = plan.days[d];
            QCOMPARE(day.benign.size(), std::size_t{2});
            std::set<std::int32_t> campaignsToday;
            for (const DayNeedle &n : day.needles) {
                QVERIFY(used.insert(n.needle.archive.string()).second);
                if (n.campaign < 0) continue;
                QVERIFY2(campaignsToday.insert(n.campaign).second, "two members of one campaign on one day");
                QCOMPARE(static_cast<int>(n.member), arrived[static_cast<std::size_t>(n.campaign)]++);
            }
        }
        QCOMPARE(plan.campaigns.size(), std::size_t{2});
        for (int count : arrived)
            QCOMPARE(count, 3); // membersPerCampaign, over the days
        // Day 1: campaign 0 starts with a single; day 2: campaign 0's second member, campaign 1 starts, a single.
        QCOMPARE(plan.days[0].needles.size(), std::size_t{2});
        QCOMPARE(plan.days[0].needles[0].campaign, 0);
        QCOMPARE(plan.days[1].needles.size(), std::size_t{3});
        QCOMPARE(plan.days[1].needles[0].campaign, 0);
        QCOMPARE(plan.days[1].needles[0].member, 1u);
        QCOMPARE(plan.days[1].needles[1].campaign, 1);
    }
};

QTEST_APPLESS_MAIN(TstEvaluationProtocol)
#include "tst_evaluation_protocol.moc"
