#pragma once
// The 2-D cluster map: one dot per unique call sequence, coloured by role and cluster, outliers ringed. Wheel zooms
// around the cursor, drag pans, shift+drag selects a rectangle, ctrl+drag draws a lasso, click opens the point's first
// ranked script, hover shows a tooltip. Points are drawn straight into a cached image (redrawn only when the view
// changes) and hit-tested through a uniform grid, so 100,000 points stay smooth.
#include "map_points.h"
#include "map_spatial_index.h"

#include <QImage>
#include <QPolygon>
#include <QWidget>

#include <functional>
#include <unordered_set>

namespace mph::app {

class MapWidget : public QWidget {
    Q_OBJECT
  public:
    explicit MapWidget(QWidget *parent = nullptr);

    void setPoints(MapPoints points);
    const MapPoints &points() const { return points_; }
    // Highlighted points (from the table's selection) and the current one (ringed strongly); -1 for none.
    void setHighlighted(const std::vector<int> &points, int current);
    // Text for a point's tooltip.
    void setDescriber(std::function<QString(int point)> describe) { describe_ = std::move(describe); }

    void fitAll();
    int pointAt(QPoint widgetPosition) const; // nearest point within a few pixels, or -1
    QPointF toWidget(QPointF dataPoint) const;
    QPointF toData(QPointF widget) const;
    double scale() const { return scale_; }

  signals:
    void pointClicked(int point);
    void rectangleSelected(const std::vector<int> &points); // inside a shift+drag rectangle or a ctrl+drag lasso

  protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

  private:
    void renderCache();
    void drawLegend(QPainter &painter) const;
    void invalidate();

    MapPoints points_;
    MapSpatialIndex index_;
    std::vector<int> highlighted_;
    int current_ = -1;
    std::function<QString(int)> describe_;

    double scale_ = 1; // pixels per data unit (same on both axes)
    QPointF centre_;   // data coordinates at the widget's centre
    QImage cache_;
    bool cacheValid_ = false;

    enum class Drag { None, Pan, Select, Lasso } drag_ = Drag::None;
    QPoint pressPosition_, lastPosition_;
    QPolygon lasso_; // widget coordinates, while a lasso is drawn
    bool moved_ = false;
};

} // namespace mph::app
