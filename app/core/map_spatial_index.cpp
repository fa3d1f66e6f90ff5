#include "map_spatial_index.h"

#include <algorithm>
#include <cmath>

namespace mph::app {

MapSpatialIndex::MapSpatialIndex(std::span<const QPointF> points, int pointsPerCell)
    : points_(points.begin(), points.end()) {
    if (points_.empty()) return;
    double minX = points_[0].x(), maxX = minX, minY = points_[0].y(), maxY = minY;
    for (const QPointF &p : points_) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    bounds_ = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    const double cells = std::max(1.0, static_cast<double>(points_.size()) / std::max(1, pointsPerCell));
    const double side = std::sqrt(cells);
    columns_ = std::clamp(static_cast<int>(std::ceil(side)), 1, 4096);
    rows_ = std::clamp(static_cast<int>(std::ceil(cells / columns_)), 1, 4096);
    cellWidth_ = bounds_.width() > 0 ? bounds_.width() / columns_ : 1;
    cellHeight_ = bounds_.height() > 0 ? bounds_.height() / rows_ : 1;

    const std::size_t cellCount = static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_);
    std::vector<int> cellOf(points_.size());
    cellStart_.assign(cellCount + 1, 0);
    for (std::size_t i = 0; i < points_.size(); ++i) {
        cellOf[i] = cellY(points_[i].y()) * columns_ + cellX(points_[i].x());
        ++cellStart_[static_cast<std::size_t>(cellOf[i]) + 1];
    }
    for (std::size_t c = 0; c < cellCount; ++c)
        cellStart_[c + 1] += cellStart_[c];
    order_.resize(points_.size());
    std::vector<int> fill(cellStart_.begin(), cellStart_.end() - 1);
    for (std::size_t i = 0; i < points_.size(); ++i)
        order_[static_cast<std::size_t>(fill[static_cast<std::size_t>(cellOf[i])]++)] = static_cast<int>(i);
}

int MapSpatialIndex::cellX(double x) const {
    return std::clamp(static_cast<int>(std::floor((x - bounds_.left()) / cellWidth_)), 0, columns_ - 1);
}

int MapSpatialIndex::cellY(double y) const {
    return std::clamp(static_cast<int>(std::floor((y - bounds_.top()) / cellHeight_)), 0, rows_ - 1);
}

int MapSpatialIndex::nearest(QPointF at, double radius) const {
    if (points_.empty() || radius < 0) return -1;
    const QRectF window(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius);
    if (window.right() < bounds_.left() || window.left() > bounds_.right() || window.bottom() < bounds_.top() ||
        window.top() > bounds_.bottom())
        return -1;
    int best = -1;
    double bestDistance = radius * radius;
    for (int cy = cellY(window.top()); cy <= cellY(window.bottom()); ++cy) {
        for (int cx = cellX(window.left()); cx <= cellX(window.right()); ++cx) {
            const std::size_t cell = static_cast<std::size_t>(cy * columns_ + cx);
            for (int k = cellStart_[cell]; k < cellStart_[cell + 1]; ++k) {
                const int i = order_[static_cast<std::size_t>(k)];
                const QPointF d = points_[static_cast<std::size_t>(i)] - at;
                const double distance = d.x() * d.x() + d.y() * d.y();
                if (distance < bestDistance || (distance == bestDistance && (best < 0 || i < best))) {
                    best = i;
                    bestDistance = distance;
                }
            }
        }
    }
    return best;
}

std::vector<int> MapSpatialIndex::inside(const QRectF &rect) const {
    std::vector<int> found;
    const QRectF r = rect.normalized();
    if (points_.empty() || r.right() < bounds_.left() || r.left() > bounds_.right() || r.bottom() < bounds_.top() ||
        r.top() > bounds_.bottom())
        return found;
    for (int cy = cellY(r.top()); cy <= cellY(r.bottom()); ++cy) {
        for (int cx = cellX(r.left()); cx <= cellX(r.right()); ++cx) {
            const std::size_t cell = static_cast<std::size_t>(cy * columns_ + cx);
            for (int k = cellStart_[cell]; k < cellStart_[cell + 1]; ++k) {
                const int i = order_[static_cast<std::size_t>(k)];
                const QPointF &p = points_[static_cast<std::size_t>(i)];
                if (p.x() >= r.left() && p.x() <= r.right() && p.y() >= r.top() && p.y() <= r.bottom())
                    found.push_back(i);
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<int> MapSpatialIndex::inside(const QPolygonF &polygon) const {
    if (polygon.size() < 3) return {};
    std::vector<int> found = inside(polygon.boundingRect());
    std::erase_if(found,
                  [&](int i) { return !polygon.containsPoint(points_[static_cast<std::size_t>(i)], Qt::OddEvenFill); });
    return found;
}

} // namespace mph::app
