#include "RecordPdf.h"

#include "RecordLabels.h"
#include "RecordSections.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace feltdialog {

namespace {

constexpr int Dpi = 300;
constexpr qreal BodyPoints = 9.5;
const QColor kFaint(0x55, 0x5b, 0x63);
const QColor kRule(0xb8, 0xc2, 0xcc);
const QColor kDraft(0xb0, 0x1c, 0x1c);
const QColor kWatermark(0xf1, 0xe4, 0xe4); // opaque: PDF/A-1 has no transparency

qreal mm(qreal millimetres)
{
    return millimetres * Dpi / 25.4;
}

// DejaVu Sans is compiled into the library (from Debian's fonts-dejavu-core), so the record
// looks the same on every device and embeds a font with all Danish letters.
QString bodyFamily()
{
    static const QString family = [] {
        QString name;
        for (const char *file :
             {":/feltdialog/record/fonts/DejaVuSans.ttf", ":/feltdialog/record/fonts/DejaVuSans-Bold.ttf",
              ":/feltdialog/record/fonts/DejaVuSansMono.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id >= 0 && name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name.isEmpty() ? QStringLiteral("DejaVu Sans") : name;
    }();
    return family;
}

QFont font(const QString &family, qreal points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    // Any letter spacing makes Qt shape without ligatures. With ligatures "fl" in "flytning" would
    // be one glyph, and search, copy and text extraction would find "ﬂytning" instead.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

struct PageFrame
{
    const VisitRecord &record;
    QString generated;
    QRectF page;
    qreal marginX, marginTop, marginBottom;
};

void watermark(QPainter &p, const PageFrame &f)
{
    p.save();
    p.translate(f.page.center());
    p.rotate(-35);
    p.setFont(font(bodyFamily(), 110, true));
    p.setPen(kWatermark);
    p.drawText(QRectF(-f.page.width(), -mm(30), 2 * f.page.width(), mm(60)), Qt::AlignCenter,
               QStringLiteral("UDKAST"));
    p.restore();
}

void headerAndFooter(QPainter &p, const PageFrame &f, int page, int pages)
{
    namespace t = recordtext;
    const VisitRecord &r = f.record;
    const qreal left = f.marginX, right = f.page.width() - f.marginX, width = right - left;
    p.save();
    p.setPen(kFaint);
    p.setFont(font(bodyFamily(), 7.5));
    const QRectF header(left, mm(9), width, mm(6));
    const QString authority = r.authority.isEmpty() ? QStringLiteral("Socialtilsyn") : r.authority;
    p.drawText(header, Qt::AlignLeft | Qt::AlignBottom, authority + QStringLiteral(" · Tilsynsrapport"));
    const QString visit = (r.facility.name.isEmpty() ? r.facility.id : r.facility.name) +
                          QStringLiteral(" · ") +
                          (r.state.startedWallMs ? t::shortDate(r.state.startedWallMs) : QString());
    p.drawText(header, Qt::AlignRight | Qt::AlignBottom, visit);
    if (r.draft) {
        p.setPen(kDraft);
        p.setFont(font(bodyFamily(), 9, true));
        p.drawText(header, Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("UDKAST"));
    }
    p.setPen(QPen(kRule, mm(0.2)));
    p.drawLine(QPointF(left, mm(16)), QPointF(right, mm(16)));

    const qreal foot = f.page.height() - mm(17);
    p.drawLine(QPointF(left, foot), QPointF(right, foot));
    p.setPen(kFaint);
    p.setFont(font(QStringLiteral("DejaVu Sans Mono"), 6.5));
    p.drawText(QRectF(left, foot + mm(1.5), width, mm(4)), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Loggens SHA-256: ") + QString::fromLatin1(r.logHash));
    p.setFont(font(bodyFamily(), 7));
    p.drawText(
        QRectF(left, foot + mm(5.5), width, mm(4)), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("Dannet %1 af Feltdialog · besøg %2").arg(f.generated, idString(r.state.visitId)));
    p.setPen(Qt::black);
    p.setFont(font(bodyFamily(), 8, true));
    p.drawText(QRectF(left, foot + mm(1.5), width, mm(8)), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("Side %1 af %2").arg(page).arg(pages));
    p.restore();
}

} // namespace

Status writeRecordPdf(const VisitRecord &record, QIODevice *out, const RecordPdfOptions &options, int *pages)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {Status::Invalid,
                QStringLiteral("writing a PDF needs a QGuiApplication (fonts and painting)")};
    const QDateTime generatedAt =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();
    const QString family = bodyFamily();

    QPdfWriter writer(out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(Dpi);
    writer.setCreator(QStringLiteral("Feltdialog"));
    writer.setTitle(QStringLiteral("Tilsynsrapport – %1 – %2")
                        .arg(record.facility.name, recordtext::shortDate(record.state.startedWallMs)));

    PageFrame frame{record,
                    recordtext::dateTime(generatedAt.toMSecsSinceEpoch()),
                    QRectF(0, 0, writer.width(), writer.height()),
                    mm(20),
                    mm(22),
                    mm(22)};
    const QSizeF content(frame.page.width() - 2 * frame.marginX,
                         frame.page.height() - frame.marginTop - frame.marginBottom);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(font(family, BodyPoints));
    doc.setDocumentMargin(0);
    doc.setPageSize(content);
    RecordDocument text(&doc, Dpi, font(family, BodyPoints));
    writeVisitFacts(text, record, generatedAt);
    writeConversations(text, record);
    writeAssessment(text, record);
    writeUnplaced(text, record);
    writeTimeline(text, record);
    text.finish();

    const int count = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer))
        return {Status::Io, QStringLiteral("cannot start the PDF")};
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            writer.newPage();
        if (record.draft)
            watermark(painter, frame);
        painter.save();
        painter.translate(frame.marginX, frame.marginTop - i * content.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, i * content.height()), content);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        headerAndFooter(painter, frame, i + 1, count);
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
