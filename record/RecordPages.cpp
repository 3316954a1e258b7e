#include "RecordPages.h"

#include "RecordLabels.h"
#include "RecordSections.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPageSize>
#include <QPaintDevice>
#include <QPainter>

namespace feltdialog {

namespace {

constexpr qreal BodyPoints = 9.5;
constexpr qreal MarginXMm = 20, MarginTopMm = 22, MarginBottomMm = 22;
const QColor kFaint(0x55, 0x5b, 0x63);
const QColor kRule(0xb8, 0xc2, 0xcc);
const QColor kDraft(0xb0, 0x1c, 0x1c);
const QColor kWatermark(0xf1, 0xe4, 0xe4); // opaque: PDF/A-1 has no transparency

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

QFont recordFont(qreal points, bool bold = false)
{
    return font(bodyFamily(), points, bold);
}

} // namespace

RecordPages::RecordPages(const VisitRecord &record, QPaintDevice *device, const QDateTime &generatedAt)
    : m_record(record), m_dpi(device->logicalDpiY()),
      m_generated(recordtext::dateTime(generatedAt.toMSecsSinceEpoch())),
      m_page(QPageSize(QPageSize::A4).rectPixels(m_dpi).size())
{
    m_content =
        QSizeF(m_page.width() - 2 * mm(MarginXMm), m_page.height() - mm(MarginTopMm) - mm(MarginBottomMm));
    m_doc.documentLayout()->setPaintDevice(device);
    m_doc.setDefaultFont(recordFont(BodyPoints));
    m_doc.setDocumentMargin(0);
    m_doc.setPageSize(m_content);
    m_text = std::make_unique<RecordDocument>(&m_doc, m_dpi, recordFont(BodyPoints));
    writeVisitFacts(*m_text, record, generatedAt);
    writeConversations(*m_text, record);
    writeAssessment(*m_text, record);
    writeUnplaced(*m_text, record);
    writeTimeline(*m_text, record);
    m_text->finish();
}

RecordPages::~RecordPages() = default;

int RecordPages::count() const
{
    return m_doc.pageCount();
}

QSizeF RecordPages::pageSize() const
{
    return m_page;
}

void RecordPages::paint(QPainter &painter, int index) const
{
    if (m_record.draft)
        watermark(painter);
    painter.save();
    painter.translate(mm(MarginXMm), mm(MarginTopMm) - index * m_content.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, index * m_content.height()), m_content);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    m_doc.documentLayout()->draw(&painter, context);
    painter.restore();
    headerAndFooter(painter, index + 1, count());
}

void RecordPages::watermark(QPainter &p) const
{
    p.save();
    p.translate(QRectF(QPointF(), m_page).center());
    p.rotate(-35);
    p.setFont(recordFont(110, true));
    p.setPen(kWatermark);
    p.drawText(QRectF(-m_page.width(), -mm(30), 2 * m_page.width(), mm(60)), Qt::AlignCenter,
               QStringLiteral("UDKAST"));
    p.restore();
}

void RecordPages::headerAndFooter(QPainter &p, int page, int pages) const
{
    namespace t = recordtext;
    const VisitRecord &r = m_record;
    const qreal left = mm(MarginXMm), right = m_page.width() - mm(MarginXMm), width = right - left;
    p.save();
    p.setPen(kFaint);
    p.setFont(recordFont(7.5));
    const QRectF header(left, mm(9), width, mm(6));
    const QString authority = r.authority.isEmpty() ? QStringLiteral("Socialtilsyn") : r.authority;
    p.drawText(header, Qt::AlignLeft | Qt::AlignBottom, authority + QStringLiteral(" · Tilsynsrapport"));
    const QString visit = (r.facility.name.isEmpty() ? r.facility.id : r.facility.name) +
                          QStringLiteral(" · ") +
                          (r.state.startedWallMs ? t::shortDate(r.state.startedWallMs) : QString());
    p.drawText(header, Qt::AlignRight | Qt::AlignBottom, visit);
    if (r.draft) {
        p.setPen(kDraft);
        p.setFont(recordFont(9, true));
        p.drawText(header, Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("UDKAST"));
    }
    p.setPen(QPen(kRule, mm(0.2)));
    p.drawLine(QPointF(left, mm(16)), QPointF(right, mm(16)));

    const qreal foot = m_page.height() - mm(17);
    p.drawLine(QPointF(left, foot), QPointF(right, foot));
    p.setPen(kFaint);
    p.setFont(font(QStringLiteral("DejaVu Sans Mono"), 6.5));
    p.drawText(QRectF(left, foot + mm(1.5), width, mm(4)), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Loggens SHA-256: ") + QString::fromLatin1(r.logHash));
    p.setFont(recordFont(7));
    p.drawText(
        QRectF(left, foot + mm(5.5), width, mm(4)), Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("Dannet %1 af Feltdialog · besøg %2").arg(m_generated, idString(r.state.visitId)));
    p.setPen(Qt::black);
    p.setFont(recordFont(8, true));
    p.drawText(QRectF(left, foot + mm(1.5), width, mm(8)), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("Side %1 af %2").arg(page).arg(pages));
    p.restore();
}

} // namespace feltdialog
