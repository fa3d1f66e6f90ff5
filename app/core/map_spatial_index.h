#pragma once
// A uniform grid over the map's points in data coordinates, for hit-testing (nearest point within a radius) and
// rectangle selection in time proportional to the cells touched, not to the number of points.
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <span>
#include <vector>

namespace mph::app {

class MapSpatialIndex {
  public:
    MapSpatialIndex() = default;
    // About `pointsPerCell` points per cell on average.
    explicit MapSpatialIndex(std::span<const QPointF> points, int pointsPerCell = 8);

    // Index of the point nearest to `at` within `radius` (Euclidean, data units), or -1.
    int nearest(QPointF at, double radius) const;
    // Indices of the points inside `rect` (edges included), ascending.
    std::vector<int> inside(const QRectF &rect) const;
    // Indices of the points inside a closed polygon (a lasso; odd-even rule, so a self-crossing lasso keeps what an
    // analyst sees as enclosed by one loop), ascending. Fewer than 3 vertices: none.
    std::vector<int> inside(const QPolygonF &polygon) const;

    bool isEmpty() const { return points_.empty(); }

  private:
    int cellX(double x) const;
    int cellY(double y) const;

    std::vector<QPointF> points_;
    QRectF bounds_;
    int columns_ = 0, rows_ = 0;
    double cellWidth_ = 1, cellHeight_ = 1;
    std::vector<int> cellStart_; // CSR: points of cell c are order_[cellStart_[c] .. cellStart_[c + 1])
    std::vector<int> order_;
};

} // namespace mph::app
