#include "map_widget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace mph::app {

namespace {

constexpr QRgb kBackground = qRgb(0xa8, 0xa8, 0xa8);
constexpr QRgb kKnown = qRgb(0xd6, 0x27, 0x28);
constexpr QRgb kBatchNoise = qRgb(0x1f, 0x5f, 0xd0);
constexpr QRgb kRing = qRgb(0x10, 0x10, 0x10);
constexpr std::array<QRgb, 8> kClusterColours{qRgb(0x6b, 0xae, 0xd6), qRgb(0xff, 0x7f, 0x0e), qRgb(0x2c, 0xa0, 0x2c),
                                              qRgb(0x94, 0x67, 0xbd), qRgb(0x8c, 0x56, 0x4b), qRgb(0xe3, 0x77, 0xc2),
                                              qRgb(0xbc, 0xbd, 0x22), qRgb(0x17, 0xbe, 0xcf)};
constexpr int kHitPixels = 6;

QRgb colourOf(const MapPoint &point) {
    switch (point.role) {
    case Role::Background:
        return kBackground;
    case Role::Known:
        return kKnown;
    case Role::Batch:
        return point.cluster < 0 ? kBatchNoise : kClusterColours[static_cast<std::size_t>(point.cluster) % 8];
    }
    return kBackground;
}

// Writes a filled square of side `size` centred at (x, y), clipped to the image.
void square(QImage &image, int x, int y, int size, QRgb colour) {
    const int half = size / 2;
    const int x0 = std::max(0, x - half), x1 = std::min(image.width() - 1, x - half + size - 1);
    const int y0 = std::max(0, y - half), y1 = std::min(image.height() - 1, y - half + size - 1);
    if (x0 > x1) return; // entirely left or right of the image
    for (int row = y0; row <= y1; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        std::fill(line + x0, line + x1 + 1, colour);
    }
}

void ring(QImage &image, int x, int y, int size, QRgb colour) {
    const int half = size / 2;
    for (int k = -half; k <= half; ++k) {
        for (const auto &[px, py] : {std::pair{x + k, y - half}, std::pair{x + k, y + half}, std::pair{x - half, y + k},
                                     std::pair{x + half, y + k}}) {
            if (px >= 0 && py >= 0 && px < image.width() && py < image.height())
                reinterpret_cast<QRgb *>(image.scanLine(py))[px] = colour;
        }
    }
}

} // namespace

MapWidget::MapWidget(QWidget *parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MapWidget::setPoints(MapPoints points) {
    points_ = std::move(points);
    std::vector<QPointF> positions;
    positions.reserve(points_.points.size());
    for (const MapPoint &point : points_.points)
        positions.push_back(point.position);
    index_ = MapSpatialIndex(positions);
    highlighted_.clear();
    current_ = -1;
    fitAll();
}

void MapWidget::setHighlighted(const std::vector<int> &points, int current) {
    highlighted_ = points;
    current_ = current;
    update();
}

void MapWidget::fitAll() {
    const QRectF bounds = points_.bounds;
    const double w = std::max(1, width() - 40), h = std::max(1, height() - 40);
    if (bounds.width() > 0 || bounds.height() > 0)
        scale_ =
            std::min(bounds.width() > 0 ? w / bounds.width() : 1e9, bounds.height() > 0 ? h / bounds.height() : 1e9);
    else
        scale_ = 1;
    centre_ = bounds.center();
    invalidate();
}

QPointF MapWidget::toWidget(QPointF dataPoint) const {
    return (dataPoint - centre_) * scale_ + QRectF(rect()).center();
}

QPointF MapWidget::toData(QPointF widget) const {
    return (widget - QRectF(rect()).center()) / scale_ + centre_;
}

int MapWidget::pointAt(QPoint widgetPosition) const {
    return index_.nearest(toData(widgetPosition), kHitPixels / scale_);
}

void MapWidget::invalidate() {
    cacheValid_ = false;
    update();
}

void MapWidget::renderCache() {
    const qreal dpr = devicePixelRatioF();
    cache_ = QImage(size() * dpr, QImage::Format_RGB32);
    cache_.setDevicePixelRatio(dpr);
    cache_.fill(qRgb(0xfb, 0xfb, 0xfb));
    const std::size_t count = points_.points.size();
    const int dot = static_cast<int>(std::round((count > 20000 ? 2 : 4) * dpr));
    const QPointF origin = QRectF(rect()).center() * dpr;
    const double pixelScale = scale_ * dpr;
    auto plot = [&](const MapPoint &point) {
        const QPointF p = (point.position - centre_) * pixelScale + origin;
        if (!(p.x() >= -8 && p.y() >= -8 && p.x() <= cache_.width() + 8 && p.y() <= cache_.height() + 8))
            return; // off the image (checked in floating point: far points do not fit in an int)
        const int x = static_cast<int>(p.x()), y = static_cast<int>(p.y());
        square(cache_, x, y, dot, colourOf(point));
        if (point.outlier) ring(cache_, x, y, dot + 4, kRing);
        if (point.alsoKnown) ring(cache_, x, y, dot + 2, kKnown);
    };
    // Background under known under batch.
    for (const Role role : {Role::Background, Role::Known, Role::Batch})
        for (const MapPoint &point : points_.points)
            if (point.role == role) plot(point);
    cacheValid_ = true;
}

void MapWidget::paintEvent(QPaintEvent *) {
    if (!cacheValid_ || cache_.size() != size() * devicePixelRatioF()) renderCache();
    QPainter painter(this);
    painter.drawImage(0, 0, cache_);
    painter.setRenderHint(QPainter::Antialiasing);

    painter.setPen(QPen(QColor(0xff, 0x8c, 0x00), 2));
    painter.setBrush(Qt::NoBrush);
    constexpr std::size_t kMaxHighlights = 5000;
    for (std::size_t k = 0; k < std::min(highlighted_.size(), kMaxHighlights); ++k) {
        const int point = highlighted_[k];
        if (point >= 0 && static_cast<std::size_t>(point) < points_.points.size())
            painter.drawEllipse(toWidget(points_.points[static_cast<std::size_t>(point)].position), 5, 5);
    }
    if (current_ >= 0 && static_cast<std::size_t>(current_) < points_.points.size()) {
        const QPointF at = toWidget(points_.points[static_cast<std::size_t>(current_)].position);
        painter.setPen(QPen(Qt::black, 2.5));
        painter.drawEllipse(at, 8, 8);
        painter.setPen(QPen(QColor(0xff, 0x8c, 0x00), 1.5));
        painter.drawEllipse(at, 10.5, 10.5);
    }
    if (drag_ == Drag::Select) {
        painter.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
        QColor fill = palette().highlight().color();
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawRect(QRect(pressPosition_, lastPosition_).normalized());
    }
    if (drag_ == Drag::Lasso && lasso_.size() > 1) {
        painter.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
        QColor fill = palette().highlight().color();
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawPolygon(lasso_, Qt::OddEvenFill);
    }
    if (points_.points.empty()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("No map yet: open a batch folder or wait for the run to finish."));
    } else {
        drawLegend(painter);
    }
}

void MapWidget::drawLegend(QPainter &painter) const {
    const QList<std::pair<QColor, QString>> items{{QColor(kBackground), tr("background")},
                                                  {QColor(kClusterColours[0]), tr("batch (coloured by cluster)")},
                                                  {QColor(kBatchNoise), tr("batch outlier (ringed)")},
                                                  {QColor(kKnown), tr("known malicious")}};
    const QFontMetrics metrics(font());
    int width = 0;
    for (const auto &item : items)
        width = std::max(width, metrics.horizontalAdvance(item.second));
    const int line = metrics.height() + 2;
    const QRect box(8, 8, width + 32, line * static_cast<int>(items.size()) + 8);
    painter.setPen(QColor(0xc0, 0xc0, 0xc0));
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRoundedRect(box, 4, 4);
    int y = box.top() + 4;
    for (const auto &[colour, label] : items) {
        const QPointF dot(box.left() + 12, y + line / 2.0);
        painter.setPen(label == items[2].second ? QPen(QColor(kRing), 1) : Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(QRectF(dot - QPointF(3, 3), QSizeF(6, 6)));
        painter.setPen(palette().text().color());
        painter.drawText(QRect(box.left() + 24, y, width + 4, line), Qt::AlignVCenter | Qt::AlignLeft, label);
        y += line;
    }
}

void MapWidget::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    invalidate();
}

void MapWidget::wheelEvent(QWheelEvent *event) {
    const QPointF at = event->position();
    const QPointF anchor = toData(at);
    const double factor = std::pow(1.0015, event->angleDelta().y());
    scale_ = std::clamp(scale_ * factor, 1e-6, 1e9);
    centre_ = anchor - (at - QRectF(rect()).center()) / scale_;
    invalidate();
    event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    pressPosition_ = lastPosition_ = event->position().toPoint();
    moved_ = false;
    drag_ = event->modifiers() & Qt::ShiftModifier     ? Drag::Select
            : event->modifiers() & Qt::ControlModifier ? Drag::Lasso
                                                       : Drag::Pan;
    lasso_ = drag_ == Drag::Lasso ? QPolygon{pressPosition_} : QPolygon();
    setCursor(drag_ == Drag::Pan ? Qt::ClosedHandCursor : Qt::CrossCursor);
}

void MapWidget::mouseMoveEvent(QMouseEvent *event) {
    const QPoint position = event->position().toPoint();
    if (drag_ == Drag::None) return;
    if ((position - pressPosition_).manhattanLength() > 3) moved_ = true;
    if (drag_ == Drag::Pan) {
        centre_ -= QPointF(position - lastPosition_) / scale_;
        invalidate();
    } else {
        if (drag_ == Drag::Lasso && (lasso_.isEmpty() || (position - lasso_.last()).manhattanLength() >= 2))
            lasso_ << position;
        update();
    }
    lastPosition_ = position;
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || drag_ == Drag::None) return QWidget::mouseReleaseEvent(event);
    const Drag drag = std::exchange(drag_, Drag::None);
    unsetCursor();
    lastPosition_ = event->position().toPoint();
    if (drag == Drag::Select && moved_) {
        const QRectF area(toData(pressPosition_), toData(lastPosition_));
        emit rectangleSelected(index_.inside(area.normalized()));
        update();
    } else if (drag == Drag::Lasso && moved_) {
        lasso_ << lastPosition_;
        QPolygonF area;
        for (const QPoint &vertex : std::as_const(lasso_))
            area << toData(vertex);
        lasso_.clear();
        emit rectangleSelected(index_.inside(area));
        update();
    } else if (!moved_) {
        if (const int point = pointAt(lastPosition_); point >= 0) emit pointClicked(point);
    }
}

bool MapWidget::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int point = pointAt(help->pos());
        if (point >= 0 && describe_)
            QToolTip::showText(help->globalPos(), describe_(point), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace mph::app
