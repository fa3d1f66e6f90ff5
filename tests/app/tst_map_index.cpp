// Map hit-testing: the uniform grid agrees with brute force, and map points take their role, cluster and ranked row
// from the scan.
#include "map_points.h"
#include "map_spatial_index.h"
#include "scan_fixture.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mph::app;

class TestMapIndex : public QObject {
    Q_OBJECT
  private slots:
    void exactSmallCases() {
        const std::vector<QPointF> points{{0, 0}, {1, 0}, {0, 1}, {5, 5}, {5, 5}};
        const MapSpatialIndex index(points, 1);
        QCOMPARE(index.nearest({0.1, 0.1}, 0.5), 0);
        QCOMPARE(index.nearest({0.9, 0.05}, 0.5), 1);
        QCOMPARE(index.nearest({0.5, 0.5}, 0.5), -1); // all three corners are 0.707 away
        QCOMPARE(index.nearest({5, 5}, 0.1), 3);      // ties go to the lower index
        QCOMPARE(index.nearest({100, 100}, 1), -1);
        QCOMPARE(index.nearest({-0.5, 0}, 0.5), 0); // outside the bounds but within the radius
        QCOMPARE(index.inside(QRectF(QPointF(-1, -1), QPointF(1, 0.5))), (std::vector<int>{0, 1}));
        QCOMPARE(index.inside(QRectF(QPointF(4, 4), QPointF(6, 6))), (std::vector<int>{3, 4}));
        QCOMPARE(index.inside(QRectF(QPointF(6, 6), QPointF(4, 4))), (std::vector<int>{3, 4})); // normalised
        QVERIFY(index.inside(QRectF(10, 10, 1, 1)).empty());
        QCOMPARE(MapSpatialIndex().nearest({0, 0}, 10), -1);
    }

    void lasso() {
        // A 3x3 grid of points 0..8 (x = i % 3, y = i / 3) and a duplicate of the centre (9).
        std::vector<QPointF> points;
        for (int i = 0; i < 9; ++i)
            points.emplace_back(i % 3, i / 3);
        points.emplace_back(1, 1);
        const MapSpatialIndex index(points, 2);
        // A triangle around the corner point 0 and its two neighbours; the centre (4) and its duplicate stay out.
        const QPolygonF triangle{QPointF(-0.5, -0.5), QPointF(1.6, -0.5), QPointF(-0.5, 1.6)};
        QCOMPARE(index.inside(triangle), (std::vector<int>{0, 1, 3}));
        const QPolygonF bigTriangle{QPointF(-0.5, -0.5), QPointF(2.6, -0.5), QPointF(-0.5, 2.6)};
        QCOMPARE(index.inside(bigTriangle), (std::vector<int>{0, 1, 2, 3, 4, 6, 9}));
        // An L-shaped lasso: the x = 0 column and the y = 2 row, not the centre that its bounding box holds.
        const QPolygonF ell{QPointF(-0.5, -0.5), QPointF(0.5, -0.5), QPointF(0.5, 1.5),
                            QPointF(2.5, 1.5),   QPointF(2.5, 2.5),  QPointF(-0.5, 2.5)};
        QCOMPARE(index.inside(ell), (std::vector<int>{0, 3, 6, 7, 8}));
        // Open lasso (a stroke) and far away lassos select nothing.
        QVERIFY(index.inside(QPolygonF{QPointF(0, 0), QPointF(2, 2)}).empty());
        QVERIFY(index.inside(QPolygonF{QPointF(10, 10), QPointF(11, 10), QPointF(10, 11)}).empty());
    }

    void agreesWithBruteForce() {
        QRandomGenerator random(42);
        std::vector<QPointF> points(20000);
        for (QPointF &p : points)
            p = QPointF(random.generateDouble() * 100 - 50, random.generateDouble() * 40);
        points[7] = points[8]; // a duplicate
        const MapSpatialIndex index(points);
        for (int query = 0; query < 300; ++query) {
            const QPointF at(random.generateDouble() * 120 - 60, random.generateDouble() * 50 - 5);
            const double radius = random.generateDouble() * 2;
            int expected = -1;
            double best = radius * radius;
            for (int i = 0; i < int(points.size()); ++i) {
                const QPointF d = points[std::size_t(i)] - at;
                const double distance = d.x() * d.x() + d.y() * d.y();
                if (distance < best || (distance == best && expected < 0)) {
                    best = distance;
                    expected = i;
                }
            }
            QCOMPARE(index.nearest(at, radius), expected);
            const QRectF rect(at, QSizeF(random.generateDouble() * 10, random.generateDouble() * 10));
            std::vector<int> inside;
            for (int i = 0; i < int(points.size()); ++i) {
                const QPointF &p = points[std::size_t(i)];
                if (p.x() >= rect.left() && p.x() <= rect.right() && p.y() >= rect.top() && p.y() <= rect.bottom())
                    inside.push_back(i);
            }
            QCOMPARE(index.inside(rect), inside);
        }
    }

    void pointsFromScan() {
        const MapPoints map = buildMapPoints(*mph::test::makeScanFixture());
        QCOMPARE(map.points.size(), std::size_t(4));
        QCOMPARE(map.points[0].role, mph::Role::Batch);
        QCOMPARE(map.points[0].outlier, true);
        QCOMPARE(map.points[0].rankingIndex, 0);
        QCOMPARE(map.points[1].role, mph::Role::Batch); // shared by beta (batch) and gamma (background)
        QCOMPARE(map.points[1].cluster, 0);
        QCOMPARE(map.points[1].outlier, false);
        QCOMPARE(map.points[1].rankingIndex, 1);
        QCOMPARE(map.points[3].role, mph::Role::Known);
        QCOMPARE(map.points[3].rankingIndex, -1);
        QCOMPARE(map.points[3].alsoKnown, false);
        QCOMPARE(map.uniqueOfRankingIndex, (std::vector<int>{0, 1, 2}));
        QCOMPARE(map.bounds, QRectF(QPointF(0, 0), QPointF(10, 10)));
    }

    void noProjectionNoPoints() {
        auto scan = std::make_shared<mph::ScanResult>(*mph::test::makeScanFixture());
        scan->mapX.clear();
        scan->mapY.clear();
        const MapPoints map = buildMapPoints(*scan);
        QVERIFY(map.points.empty());
        QCOMPARE(map.uniqueOfRankingIndex, (std::vector<int>{-1, -1, -1}));
    }
};

QTEST_GUILESS_MAIN(TestMapIndex)
#include "tst_map_index.moc"
