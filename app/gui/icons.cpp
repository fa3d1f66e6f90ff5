#include "icons.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace mph::app {

namespace {

// Draws on a 24-unit grid, in the icon set's outline colour.
QPixmap drawn(const QString &name, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    const QColor ink(0x37, 0x47, 0x4f), red(0xd6, 0x27, 0x28);
    p.setPen(QPen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    if (name == QLatin1String("next-call") || name == QLatin1String("previous-call")) {
        if (name == QLatin1String("previous-call")) {
            p.translate(24, 0);
            p.scale(-1, 1);
        }
        p.drawLine(QPointF(4, 12), QPointF(16, 12));
        p.drawPolyline(QPolygonF{{12, 7}, {17, 12}, {12, 17}});
        p.setPen(QPen(red, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(20, 5), QPointF(20, 19));
    } else if (name == QLatin1String("evidence") || name == QLatin1String("open-case")) {
        p.drawRect(QRectF(5, 3, 14, 18));
        p.setPen(QPen(red, 1.8, Qt::SolidLine, Qt::RoundCap));
        if (name == QLatin1String("evidence")) {
            for (const double y : {8.0, 12.0, 16.0})
                p.drawLine(QPointF(8, y), QPointF(16, y));
        } else {
            p.drawLine(QPointF(9, 12), QPointF(15, 12));
            p.drawLine(QPointF(12, 9), QPointF(12, 15));
        }
    } else if (name == QLatin1String("settings")) {
        p.drawEllipse(QPointF(12, 12), 3.5, 3.5);
        for (int k = 0; k < 8; ++k) {
            p.save();
            p.translate(12, 12);
            p.rotate(45 * k);
            p.drawLine(QPointF(0, 6), QPointF(0, 9.5));
            p.restore();
        }
    } else if (name == QLatin1String("export")) { // a tray with an arrow leaving it
        p.drawPolyline(QPolygonF{{4, 13}, {4, 20}, {20, 20}, {20, 13}});
        p.setPen(QPen(red, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(12, 16), QPointF(12, 4));
        p.drawPolyline(QPolygonF{{8, 8}, {12, 4}, {16, 8}});
    } else if (name == QLatin1String("report")) { // a page with a folded corner and text lines
        p.drawPolygon(QPolygonF{{5, 3}, {15, 3}, {19, 7}, {19, 21}, {5, 21}});
        p.drawPolyline(QPolygonF{{15, 3}, {15, 7}, {19, 7}});
        p.setPen(QPen(red, 1.6, Qt::SolidLine, Qt::RoundCap));
        for (const double y : {11.0, 14.5, 18.0})
            p.drawLine(QPointF(8, y), QPointF(16, y));
    } else { // "demo" and anything unknown: a play sign in a frame
        p.drawRoundedRect(QRectF(3.5, 3.5, 17, 17), 3, 3);
        QPainterPath play;
        play.addPolygon(QPolygonF{{10, 8}, {16, 12}, {10, 16}});
        play.closeSubpath();
        p.fillPath(play, ink);
    }
    return pixmap;
}

} // namespace

QIcon workbenchIcon(const QString &name) {
    const QString png = QStringLiteral(":/icons/%1.png").arg(name);
    if (QFile::exists(png)) return QIcon(png); // picks <name>@2x.png on high-DPI screens
    QIcon icon;
    icon.addPixmap(drawn(name, 24));
    icon.addPixmap(drawn(name, 48));
    return icon;
}

QIcon applicationIcon() {
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        if (const QString file = QStringLiteral(":/icons/mphunter-%1.png").arg(size); QFile::exists(file))
            icon.addFile(file, QSize(size, size));
    return icon.isNull() ? workbenchIcon(QStringLiteral("mphunter")) : icon;
}

} // namespace mph::app
