#include "map_points.h"

#include <algorithm>

namespace mph::app {

MapPoints buildMapPoints(const ScanResult &scan) {
    MapPoints map;
    const std::size_t count = std::min(scan.mapX.size(), scan.mapY.size());
    map.points.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        map.points[i].position = QPointF(scan.mapX[i], scan.mapY[i]);

    std::vector<bool> hasBatch(count, false), hasKnown(count, false);
    for (const ScriptEntry &entry : scan.scripts) {
        if (entry.unique >= count) continue;
        const Role role = scan.packageRoles[entry.package];
        if (role == Role::Batch)
            hasBatch[entry.unique] = true;
        else if (role == Role::Known)
            hasKnown[entry.unique] = true;
    }
    for (std::size_t i = 0; i < count; ++i) {
        MapPoint &point = map.points[i];
        point.role = hasBatch[i] ? Role::Batch : hasKnown[i] ? Role::Known : Role::Background;
        point.alsoKnown = hasBatch[i] && hasKnown[i];
    }

    map.uniqueOfRankingIndex.assign(scan.ranking.size(), -1);
    for (std::size_t row = 0; row < scan.ranking.size(); ++row) {
        const RankedScript &ranked = scan.ranking[row];
        const std::uint32_t unique = scan.scripts[ranked.entry].unique;
        if (unique >= count) continue;
        map.uniqueOfRankingIndex[row] = static_cast<int>(unique);
        MapPoint &point = map.points[unique];
        if (point.rankingIndex < 0) {
            point.rankingIndex = static_cast<int>(row);
            point.cluster = ranked.cluster;
            point.outlier = ranked.cluster < 0;
        }
    }

    if (!map.points.empty()) { // QRectF::united ignores zero-size rectangles: take the extremes by hand
        QPointF low = map.points.front().position, high = low;
        for (const MapPoint &point : map.points) {
            low = QPointF(std::min(low.x(), point.position.x()), std::min(low.y(), point.position.y()));
            high = QPointF(std::max(high.x(), point.position.x()), std::max(high.y(), point.position.y()));
        }
        map.bounds = QRectF(low, high);
    }
    return map;
}

} // namespace mph::app
