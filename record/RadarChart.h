#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace feltdialog {

// One spoke of the chart: a theme (or an indicator) and its score on the model's 1-5 scale.
struct RadarAxis
{
    QString label;
    double value = 0; // 1-5; 0 when nothing is scored: drawn at the centre and labelled so
};

// A radar ("spider") chart of scores on 1-5, the way the national supervision reports show the
// themes of a facility: one spoke per axis clockwise from the top, rings at every score, the
// scores joined as a filled shape. Vector drawing only, and fully opaque colours, because PDF/A-1
// allows no transparency.
void drawRadarChart(QPainter &painter, const QRectF &area, const QList<RadarAxis> &axes, const QFont &font);

} // namespace feltdialog
