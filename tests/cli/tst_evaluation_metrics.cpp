// The evaluation's metrics on hand-made rankings: exact ranks, recall@K and average precision, both tie policies.
#include "evaluation/metrics.h"

#include <QTest>

#include <cmath>

using mph::evaluation::RankedItem;
using mph::evaluation::TiePolicy;

class TstEvaluationMetrics : public QObject {
    Q_OBJECT

  private slots:
    void rankOrderSortsByScoreThenPolicy() {
        const std::vector<RankedItem> items{{0.5, -1}, {0.9, -1}, {0.5, 0}, {0.7, 1}};
        QCOMPARE(mph::evaluation::rankOrder(items, TiePolicy::Pessimistic), (std::vector<std::size_t>{1, 3, 0, 2}));
        QCOMPARE(mph::evaluation::rankOrder(items, TiePolicy::Optimistic), (std::vector<std::size_t>{1, 3, 2, 0}));
    }

    void averagePrecisionOfInterleavedList() {
        // b, n0, b, n1, b: precision 1/2 at rank 2, 2/4 at rank 4.
        const std::vector<RankedItem> items{{0.9, -1}, {0.8, 0}, {0.7, -1}, {0.6, 1}, {0.5, -1}};
        QCOMPARE(mph::evaluation::averagePrecision(items, TiePolicy::Pessimistic), 0.5);
        // n0 at 1, b, n0's second script at 3: (1/1 + 2/3) / 2.
        const std::vector<RankedItem> two{{3, 0}, {2, -1}, {1, 0}};
        QCOMPARE(mph::evaluation::averagePrecision(two, TiePolicy::Pessimistic), (1.0 + 2.0 / 3.0) / 2.0);
    }

    void averagePrecisionDependsOnTies() {
        const std::vector<RankedItem> items{{0.5, -1}, {0.5, 0}, {0.4, -1}};
        QCOMPARE(mph::evaluation::averagePrecision(items, TiePolicy::Pessimistic), 0.5);
        QCOMPARE(mph::evaluation::averagePrecision(items, TiePolicy::Optimistic), 1.0);
        // All scores equal, two needles among four: pessimistic puts them at 3 and 4.
        const std::vector<RankedItem> flat{{0, 0}, {0, -1}, {0, 1}, {0, -1}};
        QCOMPARE(mph::evaluation::averagePrecision(flat, TiePolicy::Pessimistic), (1.0 / 3.0 + 2.0 / 4.0) / 2.0);
        QCOMPARE(mph::evaluation::averagePrecision(flat, TiePolicy::Optimistic), 1.0);
    }

    void averagePrecisionUndefinedWithoutNeedles() {
        QVERIFY(std::isnan(mph::evaluation::averagePrecision({{1, -1}, {0, -1}}, TiePolicy::Pessimistic)));
        QVERIFY(std::isnan(mph::evaluation::averagePrecision({}, TiePolicy::Pessimistic)));
    }

    void bestRankTakesTheBetterList() {
        const std::vector<RankedItem> install{{0.9, -1}, {0.8, 0}, {0.7, -1}, {0.6, 1}, {0.5, -1}};
        const std::vector<RankedItem> import{{0.2, -1}, {0.95, 1}};
        // Needle 2 has no script at all.
        const auto ranks = mph::evaluation::bestRanks({install, import}, 3, TiePolicy::Pessimistic);
        QCOMPARE(ranks, (std::vector<std::uint32_t>{2, 1, 0}));
        QCOMPARE(mph::evaluation::foundAt(ranks, 1), std::size_t{1});
        QCOMPARE(mph::evaluation::foundAt(ranks, 3), std::size_t{2});
    }

    void recallCutsAtK() {
        // A needle at rank 11 of the install list and rank 4 of the import list; another only at rank 10.
        std::vector<RankedItem> install;
        for (int i = 0; i < 12; ++i)
            install.push_back({100.0 - i, -1});
        install[10].needle = 0;
        install[9].needle = 1;
        std::vector<RankedItem> import{{4, -1}, {3, -1}, {2, -1}, {1, 0}};
        const auto figures = mph::evaluation::measureBatch("b", install, import, 2, TiePolicy::Pessimistic);
        QCOMPARE(figures.needleRanks, (std::vector<std::uint32_t>{4, 10}));
        QCOMPARE(figures.found3, std::size_t{0});
        QCOMPARE(figures.found10, std::size_t{2});
        QCOMPARE(figures.installScripts, std::size_t{12});
        QCOMPARE(figures.importScripts, std::size_t{4});
        QCOMPARE(figures.installRelevant, std::size_t{2});
        QCOMPARE(figures.installAp, (1.0 / 10.0 + 2.0 / 11.0) / 2.0);

        const auto without = mph::evaluation::measureBatch("b", install, {}, 2, TiePolicy::Pessimistic);
        QCOMPARE(without.found10, std::size_t{1});
    }

    void summaryPoolsNeedlesAndAveragesBatches() {
        mph::evaluation::BatchFigures a;
        a.needles = 1;
        a.found3 = 1;
        a.found10 = 1;
        a.installAp = 1.0;
        mph::evaluation::BatchFigures b;
        b.needles = 3;
        b.found3 = 0;
        b.found10 = 1;
        b.installAp = 0.25;
        mph::evaluation::BatchFigures c; // only import-scope needles: AP undefined
        c.needles = 1;
        c.found10 = 1;
        c.installAp = std::nan("");
        const auto all = mph::evaluation::summarise({a, b, c});
        QCOMPARE(all.batches, std::size_t{3});
        QCOMPARE(all.needles, std::size_t{5});
        QCOMPARE(all.recall3, 1.0 / 5.0);
        QCOMPARE(all.recall10, 3.0 / 5.0);
        QCOMPARE(all.batchRecall3, (1.0 + 0.0 + 0.0) / 3.0);
        QCOMPARE(all.batchRecall10, (1.0 + 1.0 / 3.0 + 1.0) / 3.0);
        QCOMPARE(all.apBatches, std::size_t{2});
        QCOMPARE(all.meanAp, 0.625);
    }
};

QTEST_APPLESS_MAIN(TstEvaluationMetrics)
#include "tst_evaluation_metrics.moc"
