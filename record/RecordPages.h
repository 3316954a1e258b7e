#pragma once

#include "RecordModel.h"

#include <QDateTime>
#include <QSizeF>
#include <QTextDocument>
#include <memory>

class QPainter;
class QPaintDevice;

namespace feltdialog {

class RecordDocument;

// The visit record laid out on A4 pages for one paint device: the PDF for the case file
// (record/RecordPdf), or page images for the record view on the tablet, which are painted in
// memory and never written to a file (a file would hold the visit in plain text). The header and
// footer of every page carry the authority, the facility, the page number, the log's SHA-256 and,
// while the visit is open, "UDKAST".
// Needs a QGuiApplication (fonts and painting). The device must outlive the pages.
class RecordPages
{
public:
    RecordPages(const VisitRecord &record, QPaintDevice *device, const QDateTime &generatedAt);
    ~RecordPages();

    int count() const;
    QSizeF pageSize() const; // in the device's pixels
    // Paints page `index` (from 0) with its header and footer onto a painter whose device has the
    // resolution the pages were laid out for.
    void paint(QPainter &painter, int index) const;

private:
    const VisitRecord &m_record;
    int m_dpi;
    QString m_generated;
    QSizeF m_page, m_content;
    QTextDocument m_doc;
    std::unique_ptr<RecordDocument> m_text;

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    void watermark(QPainter &p) const;
    void headerAndFooter(QPainter &p, int page, int pages) const;
};

} // namespace feltdialog
