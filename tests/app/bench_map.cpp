// Map with 100,000 points: time to redraw the cached image after a zoom or pan step, a full widget paint, and
// hit-testing. Prints numbers; run by hand: QT_QPA_PLATFORM=offscreen <build>/tests/app/bench_map [points]
#include "map_widget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QWheelEvent>

#include <cstdio>

using namespace mph::app;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    MapPoints points;
    QRandomGenerator random(7);
    for (int i = 0; i < count; ++i) {
        MapPoint point;
        // a few Gaussian-ish blobs plus uniform noise
        const int blob = int(random.bounded(20));
        const double cx = (blob % 5) * 20.0, cy = (blob / 5) * 20.0;
        point.position = QPointF(cx + (random.generateDouble() + random.generateDouble() - 1) * 6,
                                 cy + (random.generateDouble() + random.generateDouble() - 1) * 6);
        point.role = i % 10 == 0 ? mph::Role::Batch : i % 50 == 1 ? mph::Role::Known : mph::Role::Background;
        point.cluster = i % 10 == 0 ? blob : -1;
        point.outlier = i % 100 == 0;
        points.points.push_back(point);
        points.bounds = i == 0 ? QRectF(point.position, point.position)
                               : points.bounds.united(QRectF(point.position, QSizeF(1e-9, 1e-9)));
    }
    MapWidget map;
    map.resize(1200, 800);
    QElapsedTimer timer;
    timer.start();
    map.setPoints(points);
    const double buildMs = timer.nsecsElapsed() / 1e6;
    map.show();
    map.grab(); // first paint

    constexpr int kFrames = 60;
    timer.restart();
    for (int frame = 0; frame < kFrames; ++frame) {
        QWheelEvent wheel(QPointF(600, 400), map.mapToGlobal(QPointF(600, 400)), QPoint(),
                          QPoint(0, frame < 30 ? 60 : -60), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&map, &wheel);
        map.grab(); // synchronous paint into a pixmap: re-renders the cache
    }
    const double zoomMs = timer.nsecsElapsed() / 1e6 / kFrames;

    timer.restart();
    int hits = 0;
    constexpr int kQueries = 100000;
    for (int q = 0; q < kQueries; ++q)
        hits += map.pointAt(QPoint(int(random.bounded(1200)), int(random.bounded(800)))) >= 0;
    const double hitUs = timer.nsecsElapsed() / 1e3 / kQueries;

    std::printf("bench_map: %d points, 1200x800 px\n", count);
    std::printf("  setPoints (grid index) : %8.2f ms\n", buildMs);
    std::printf("  zoom step + repaint    : %8.2f ms/frame (%.0f frames/s)\n", zoomMs, 1000.0 / zoomMs);
    std::printf("  hit test (pointAt)     : %8.2f us/query (%d of %d hit a point)\n", hitUs, hits, kQueries);
    return 0;
}
