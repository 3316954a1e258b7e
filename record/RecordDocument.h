#pragma once

#include "RadarChart.h"

#include <QColor>
#include <QObject>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace feltdialog {

// A table cell: text, optionally bold or coloured (a gap, a far location stamp).
struct RecordCell
{
    RecordCell(const QString &words = {}) : text(words) {}
    RecordCell(const QString &words, bool bold, QColor inColour = {})
        : text(words), strong(bold), colour(inColour)
    {}
    QString text;
    bool strong = false;
    QColor colour;
};

// Writes the record's text into a QTextDocument in the few shapes an authority report uses:
// headings, paragraphs, small grey lines of facts, key-value and ordinary tables, and the radar
// chart. QTextDocument does the line breaking and page breaking (and repeats table headers on a
// new page); record/RecordPdf paints the pages with their header and footer. Sizes are given in
// points and millimetres and turned into the layout's units here.
class RecordDocument : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    RecordDocument(QTextDocument *document, qreal dotsPerInch, const QFont &body);

    void title(const QString &text, const QString &subtitle);
    void heading(int level, const QString &text); // 1 = section, 2 = conversation, 3 = part of one
    void paragraph(const QString &text);
    void facts(const QString &text); // a small grey line: when, who, tags
    void quote(const QString &text); // a note's words, indented
    void keyValues(const QList<std::pair<QString, QString>> &rows);
    // widths in per cent of the text width; the first row repeats after a page break
    void table(const QStringList &headers, const QList<QList<RecordCell>> &rows, const QList<qreal> &widths);
    void radarChart(const QList<RadarAxis> &axes, qreal heightMm);
    // Ends the one edit the whole document is written in: laying out once at the end rather than
    // after every cell is what keeps a 300-note record fast.
    void finish();

    // QTextObjectInterface: the radar chart as an object in the text flow
    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    // QTextDocument's layout takes margins, padding and borders in 96-dpi pixels and scales them
    // to the paint device itself; inline objects are sized in device pixels.
    static qreal pt(qreal points) { return points * 96 / 72.0; }
    static qreal mm(qreal millimetres) { return millimetres * 96 / 25.4; }
    qreal deviceMm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    QTextCharFormat text(qreal points, bool bold = false, QColor colour = Qt::black) const;
    void block(const QTextBlockFormat &format, const QTextCharFormat &chars, const QString &text);

    QTextDocument *m_doc;
    QTextCursor m_cursor;
    qreal m_dpi;
    QFont m_body;
    bool m_empty = true;
    QList<QList<RadarAxis>> m_charts;
};

} // namespace feltdialog
