#pragma once

#include "RecordModel.h"
#include "Status.h"

#include <QDateTime>

class QIODevice;

namespace feltdialog {

struct RecordPdfOptions
{
    QDateTime generatedAt; // printed on every page; the current time when left invalid
};

// Writes the visit record as PDF/A-1b on A4 for the case file: DejaVu Sans embedded (Danish
// letters in every viewer, for decades), "Side n af m", the time it was generated and the log's
// SHA-256 on every page, and "UDKAST" across every page of a visit not yet closed.
// Needs a QGuiApplication (fonts and painting); any platform plugin will do, "offscreen" included.
// pages, when given, receives the page count.
Status writeRecordPdf(const VisitRecord &record, QIODevice *out, const RecordPdfOptions &options = {},
                      int *pages = nullptr);

// The same into a file, atomically (QSaveFile): a half-written record never replaces a whole one.
Status saveRecordPdf(const VisitRecord &record, const QString &path, const RecordPdfOptions &options = {},
                     int *pages = nullptr);

} // namespace feltdialog
