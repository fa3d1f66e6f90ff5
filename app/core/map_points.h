#pragma once
// The points of the 2-D map: one per unique call sequence (ScanResult::mapX/mapY), with the role it is drawn in,
// its batch cluster and the first ranked batch script that has it (what a click opens).
#include "scan_access.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace mph::app {

struct MapPoint {
    QPointF position;
    Role role = Role::Background; // Batch if any batch script has the sequence, else Known if a known one has it
    bool alsoKnown = false;       // a batch sequence that some known script shares exactly
    int cluster = -1;             // from the batch ranking; -1 for noise or non-batch points
    bool outlier = false;         // batch point that HDBSCAN left as noise
    int rankingIndex = -1;        // first ScanResult::ranking row with this sequence, -1 when none
};

struct MapPoints {
    std::vector<MapPoint> points;          // indexed by unique sequence
    std::vector<int> uniqueOfRankingIndex; // ranking row -> point
    QRectF bounds;
};

MapPoints buildMapPoints(const ScanResult &scan);

} // namespace mph::app
