#include "RadarChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <numbers>

namespace feltdialog {

namespace {

constexpr int MaxScore = 5;

const QColor kGrid(0xc8, 0xcf, 0xd8);
const QColor kSpoke(0x9a, 0xa5, 0xb1);
const QColor kFill(0xcd, 0xdd, 0xee); // a light blue that reads as "area" without transparency
const QColor kLine(0x1f, 0x4e, 0x86);
const QColor kText(0x22, 0x22, 0x22);

QPointF spoke(const QPointF &centre, double radius, int index, int count, double value)
{
    // clockwise from 12 o'clock, as the reports draw it
    const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * index / count;
    const double r = radius * value / MaxScore;
    return {centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle)};
}

} // namespace

void drawRadarChart(QPainter &painter, const QRectF &area, const QList<RadarAxis> &axes, const QFont &font)
{
    const int count = int(axes.size());
    if (count == 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    // room for the labels around the chart, inside the area: a label is two lines, set off by a gap
    const double gap = metrics.height() * 0.8;
    const double labelRoom = gap + metrics.height() * 2.4;
    const double radius = std::max(
        1.0, std::min(area.width() / 2 - metrics.averageCharWidth() * 16, area.height() / 2 - labelRoom));
    const QPointF centre = area.center();
    const double unit = metrics.height() / 10; // line widths follow the text size, whatever the DPI

    // the scores as a shape first, so the rings stay visible on top of it
    QPolygonF shape;
    for (int i = 0; i < count; ++i)
        shape << spoke(centre, radius, i, count, std::clamp(axes[i].value, 0.0, double(MaxScore)));
    painter.setPen(Qt::NoPen);
    painter.setBrush(kFill);
    painter.drawPolygon(shape);

    painter.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= MaxScore; ++ring) {
        QPolygonF polygon;
        for (int i = 0; i < count; ++i)
            polygon << spoke(centre, radius, i, count, ring);
        painter.setPen(QPen(kGrid, unit * (ring == MaxScore ? 1.5 : 1)));
        painter.drawPolygon(polygon);
        painter.setPen(kSpoke);
        // the ring's score just left of the top spoke, clear of the scores' line
        const QString number = QString::number(ring);
        painter.drawText(spoke(centre, radius, 0, count, ring) +
                             QPointF(-unit * 6 - metrics.horizontalAdvance(number), metrics.ascent() / 2),
                         number);
    }
    painter.setPen(QPen(kSpoke, unit));
    for (int i = 0; i < count; ++i)
        painter.drawLine(centre, spoke(centre, radius, i, count, MaxScore));

    painter.setPen(QPen(kLine, unit * 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolygon(shape);
    painter.setBrush(kLine);
    for (const QPointF &p : std::as_const(shape))
        painter.drawEllipse(p, unit * 4, unit * 4);

    // labels outside the outer ring, aligned away from the centre
    painter.setPen(kText);
    const QLocale danish(QLocale::Danish, QLocale::Denmark);
    for (int i = 0; i < count; ++i) {
        const QPointF tip = spoke(centre, radius + gap, i, count, MaxScore);
        const QString value =
            axes[i].value > 0 ? danish.toString(axes[i].value, 'f', 1) : QStringLiteral("ikke bedømt");
        const QString text = axes[i].label + QLatin1Char('\n') + value;
        const bool side = std::abs(tip.x() - centre.x()) >= radius * 0.1;
        // as wide as the text needs, but a side label no wider than the room beside the rings
        double width = metrics.averageCharWidth() * 4;
        for (const QString &line : text.split(QLatin1Char('\n')))
            width = std::max(width, metrics.horizontalAdvance(line) + unit * 4);
        if (side)
            width = std::min(width, area.width() / 2 - radius - gap);
        const double height = metrics.height() * (side ? 3.3 : 2.2); // side labels may wrap once
        QRectF box(0, 0, width, height);
        int align = Qt::TextWordWrap | Qt::TextDontClip;
        const double dx = tip.x() - centre.x(), dy = tip.y() - centre.y();
        if (!side) {
            align |= Qt::AlignHCenter;
            box.moveCenter(tip);
            box.moveTop(dy < 0 ? tip.y() - height : tip.y());
        } else {
            align |= dx > 0 ? Qt::AlignLeft : Qt::AlignRight;
            box.moveCenter(tip);
            if (dx > 0)
                box.moveLeft(tip.x());
            else
                box.moveRight(tip.x());
        }
        align |= Qt::AlignVCenter;
        painter.drawText(box, align, text);
    }
    painter.restore();
}

} // namespace feltdialog
