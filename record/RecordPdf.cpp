#include "RecordPdf.h"

#include "RecordLabels.h"
#include "RecordPages.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace feltdialog {

Status writeRecordPdf(const VisitRecord &record, QIODevice *out, const RecordPdfOptions &options, int *pages)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {Status::Invalid,
                QStringLiteral("writing a PDF needs a QGuiApplication (fonts and painting)")};
    const QDateTime generatedAt =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();

    QPdfWriter writer(out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Feltdialog"));
    writer.setTitle(QStringLiteral("Tilsynsrapport – %1 – %2")
                        .arg(record.facility.name, recordtext::shortDate(record.state.startedWallMs)));

    const RecordPages laidOut(record, &writer, generatedAt);
    const int count = laidOut.count();
    QPainter painter;
    if (!painter.begin(&writer))
        return {Status::Io, QStringLiteral("cannot start the PDF")};
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            writer.newPage();
        laidOut.paint(painter, i);
    }
    if (!painter.end())
        return {Status::Io, QStringLiteral("cannot finish the PDF")};
    if (pages)
        *pages = count;
    return Status::ok();
}

Status saveRecordPdf(const VisitRecord &record, const QString &path, const RecordPdfOptions &options,
                     int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {Status::Io, QStringLiteral("%1: %2").arg(path, file.errorString())};
    if (Status s = writeRecordPdf(record, &file, options, pages); !s.isOk())
        return s;
    if (!file.commit())
        return {Status::Io, QStringLiteral("%1: %2").arg(path, file.errorString())};
    return Status::ok();
}

} // namespace feltdialog
