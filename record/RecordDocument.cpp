#include "RecordDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextTable>

namespace feltdialog {

namespace {

constexpr int RadarObject = QTextFormat::UserObject + 1;
constexpr int RadarIndex = QTextFormat::UserProperty + 1;

const QColor kHeading(0x1f, 0x3a, 0x5f);
const QColor kFacts(0x55, 0x5b, 0x63);
const QColor kRule(0xb8, 0xc2, 0xcc);
const QColor kHeaderFill(0xe6, 0xec, 0xf2);

// Issue 14: the layout's time grows with the square of the longest unbroken word (a pasted
// 256 KiB token took seconds to minutes), since each line it breaks off such a word measures the
// rest of it again. A zero-width space every BreakEvery characters of a longer run gives the
// line breaker a place to stop; it prints nothing and copies out as nothing visible. BreakEvery
// is wider than a word or a link a line holds whole, narrower than nothing a line cannot.
constexpr qsizetype BreakEvery = 32;
constexpr QChar ZeroWidthSpace(0x200B);

QString breakable(const QString &text)
{
    QString out;       // stays null, and `text` is returned as it is, unless a run is long
    qsizetype run = 0; // characters since the last space or break opportunity
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == ZeroWidthSpace) {
            run = 0;
        } else if (run >= BreakEvery && !c.isLowSurrogate() && c.category() != QChar::Mark_NonSpacing) {
            if (out.isNull())
                out = text.left(i);
            out += ZeroWidthSpace; // never inside a surrogate pair or before a combining mark
            run = 0;
        }
        if (!c.isSpace() && c != ZeroWidthSpace)
            ++run;
        if (!out.isNull())
            out += c;
    }
    return out.isNull() ? text : out;
}

} // namespace

RecordDocument::RecordDocument(QTextDocument *document, qreal dotsPerInch, const QFont &body)
    : QObject(document), m_doc(document), m_cursor(document), m_dpi(dotsPerInch), m_body(body)
{
    m_doc->documentLayout()->registerHandler(RadarObject, this);
    m_cursor.beginEditBlock();
}

void RecordDocument::finish()
{
    m_cursor.endEditBlock();
}

QTextCharFormat RecordDocument::text(qreal points, bool bold, QColor colour) const
{
    QTextCharFormat f;
    QFont font = m_body;
    font.setPointSizeF(points);
    font.setBold(bold);
    f.setFont(font); // m_body has the letter spacing that keeps ligatures out (see RecordPdf)
    f.setForeground(colour);
    return f;
}

void RecordDocument::block(const QTextBlockFormat &format, const QTextCharFormat &chars, const QString &text)
{
    if (m_empty) { // the document starts with one empty block: use it rather than leave a gap
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(chars);
        m_empty = false;
    } else {
        m_cursor.movePosition(QTextCursor::End);
        m_cursor.insertBlock(format, chars);
    }
    m_cursor.insertText(breakable(text), chars);
}

void RecordDocument::title(const QString &text, const QString &subtitle)
{
    QTextBlockFormat f;
    f.setBottomMargin(pt(2));
    block(f, this->text(20, true, kHeading), text);
    QTextBlockFormat s;
    s.setBottomMargin(pt(10));
    block(s, this->text(13, false, kHeading), subtitle);
}

void RecordDocument::heading(int level, const QString &text)
{
    QTextBlockFormat f;
    f.setHeadingLevel(level);
    const qreal size = level == 1 ? 14 : level == 2 ? 12 : 10;
    f.setTopMargin(pt(level == 1 ? 16 : level == 2 ? 12 : 8));
    f.setBottomMargin(pt(level == 3 ? 2 : 5));
    block(f, this->text(size, true, level == 3 ? Qt::black : kHeading), text);
}

void RecordDocument::paragraph(const QString &text)
{
    QTextBlockFormat f;
    f.setBottomMargin(pt(4));
    block(f, this->text(m_body.pointSizeF()), text);
}

void RecordDocument::facts(const QString &text)
{
    QTextBlockFormat f;
    f.setTopMargin(pt(5));
    block(f, this->text(m_body.pointSizeF() - 1.5, false, kFacts), text);
}

void RecordDocument::quote(const QString &text)
{
    QTextBlockFormat f;
    f.setLeftMargin(mm(4));
    f.setBottomMargin(pt(2));
    block(f, this->text(m_body.pointSizeF()), text);
}

void RecordDocument::keyValues(const QList<std::pair<QString, QString>> &rows)
{
    QList<QList<RecordCell>> cells;
    for (const auto &[key, value] : rows)
        cells.append({RecordCell(key, true), RecordCell(value)});
    table({}, cells, {28, 72});
}

void RecordDocument::table(const QStringList &headers, const QList<QList<RecordCell>> &rows,
                           const QList<qreal> &widths)
{
    const int columns = int(widths.size());
    const int headerRows = headers.isEmpty() ? 0 : 1;
    if (columns == 0 || rows.size() + headerRows == 0)
        return;
    // Rules between rows only, as printed reports do: quieter than a grid, and still easy to follow
    // across a wide row.
    QTextTableFormat f;
    f.setBorderCollapse(true);
    f.setBorder(0);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setCellPadding(pt(3));
    f.setCellSpacing(0);
    f.setTopMargin(pt(3));
    f.setBottomMargin(pt(6));
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setHeaderRowCount(headerRows);
    QList<QTextLength> lengths;
    for (qreal w : widths)
        lengths << QTextLength(QTextLength::PercentageLength, w);
    f.setColumnWidthConstraints(lengths);

    if (m_empty)
        paragraph({});
    m_cursor.movePosition(QTextCursor::End);
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + headerRows, columns, f);
    const qreal size = m_body.pointSizeF() - 0.5;
    const auto rule = [&](QTextTableCell cell, qreal width, const QColor &colour, const QColor &fill) {
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setBottomBorder(width);
        format.setBottomBorderBrush(colour);
        format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setTopBorder(0);
        format.setLeftBorder(0);
        format.setRightBorder(0);
        if (fill.isValid())
            format.setBackground(fill);
        cell.setFormat(format);
    };
    for (int c = 0; c < headerRows * columns; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        rule(cell, pt(1), kHeading, kHeaderFill);
        cell.firstCursorPosition().insertText(headers.value(c), text(size, true));
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(r + headerRows, c);
            rule(cell, pt(0.5), kRule, {});
            if (c >= rows[r].size())
                continue;
            const RecordCell &value = rows[r][c];
            cell.firstCursorPosition().insertText(
                breakable(value.text),
                text(size, value.strong, value.colour.isValid() ? value.colour : QColor(Qt::black)));
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void RecordDocument::radarChart(const QList<RadarAxis> &axes, qreal heightMm)
{
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignHCenter);
    block(f, text(m_body.pointSizeF()), {});
    QTextCharFormat object;
    object.setObjectType(RadarObject);
    object.setProperty(RadarIndex, int(m_charts.size()));
    object.setProperty(RadarIndex + 1, deviceMm(heightMm));
    m_charts.append(axes);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

QSizeF RecordDocument::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    return {doc->pageSize().width() * 0.98, format.doubleProperty(RadarIndex + 1)};
}

void RecordDocument::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                const QTextFormat &format)
{
    const int index = format.intProperty(RadarIndex);
    if (index < 0 || index >= m_charts.size())
        return;
    QFont font = m_body;
    font.setPointSizeF(m_body.pointSizeF() - 0.5);
    drawRadarChart(*painter, rect, m_charts.at(index), font);
}

} // namespace feltdialog
