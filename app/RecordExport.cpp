#include "RecordExport.h"

#include "RecordJson.h"
#include "RecordPages.h"
#include "RecordPdf.h"
#include "Retention.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>

namespace feltdialog {

namespace {

// Enough for reading on a tablet and zooming a little; painted at the item's size anyway.
constexpr int ViewDpi = 150;

// On the desktop the dialog gives a local file; on Android a content:// address that only
// QFile (through the platform's content provider) can open.
Status writeTo(const QUrl &target, const QByteArray &bytes)
{
    if (target.isLocalFile()) {
        QSaveFile file(target.toLocalFile());
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return {Status::Io, file.errorString()};
        return Status::ok();
    }
    QFile file(target.toString());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {Status::Io, file.errorString()};
    file.close();
    return file.error() == QFileDevice::NoError ? Status::ok() : Status{Status::Io, file.errorString()};
}

} // namespace

RecordExport::RecordExport(Workspace *workspace, OpenVisit *visit, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_visit(visit)
{}

RecordExport::~RecordExport() = default;

QString RecordExport::leftoverFolder() const
{
    return QDir(m_workspace->dataDir()).filePath(QStringLiteral("records"));
}

bool RecordExport::build(VisitRecord *record) const
{
    // Whatever is being typed belongs in the record: file it first, as leaving the visit would.
    if (!m_visit->flush() || m_visit->events().isEmpty())
        return false;
    const VisitState &state = m_visit->state();
    RecordReference reference;
    const VisitTemplate *t = m_workspace->reference().visitTemplate(state.templateId);
    reference.visitTemplate = t && t->version == state.templateVersion ? t : nullptr;
    reference.model = &m_workspace->reference().qualityModel();
    // Every author by the office's name, as the server's export names them.
    reference.people = m_workspace->reference().people();
    reference.people.insert(QStringLiteral("consultant"), QStringLiteral("Ikke tilmeldt tablet (demo)"));
    reference.facility = m_workspace->reference().facility(state.facilityId);
    *record = buildVisitRecord(m_visit->events(), reference);
    return true;
}

QString RecordExport::prepare()
{
    release();
    VisitRecord record;
    if (!build(&record))
        return tr("The record could not be made: the visit is not saved yet. Try again in a moment.");
    m_record = std::move(record);
    m_metrics = QImage(1, 1, QImage::Format_RGB32);
    m_metrics.setDotsPerMeterX(qRound(ViewDpi / 0.0254));
    m_metrics.setDotsPerMeterY(qRound(ViewDpi / 0.0254));
    m_pages = std::make_unique<RecordPages>(m_record, &m_metrics, QDateTime::currentDateTime());
    emit recordChanged();
    return {};
}

void RecordExport::release()
{
    if (!m_pages)
        return;
    m_pages.reset();
    m_record = VisitRecord();
    emit recordChanged();
}

int RecordExport::pageCount() const
{
    return m_pages ? m_pages->count() : 0;
}

qreal RecordExport::pageAspect() const
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return a4.height() / a4.width();
}

QString RecordExport::suggestedName() const
{
    const VisitState &state = m_visit->state();
    const QString day =
        QDateTime::fromMSecsSinceEpoch(state.startedWallMs).toString(QStringLiteral("yyyy-MM-dd"));
    return QStringLiteral("tilsynsrapport-%1-%2").arg(day, idString(state.visitId).left(8));
}

QUrl RecordExport::suggestedFolder() const
{
    // The documents folder, where a person looks for what they saved; never the app's own folder.
    // Made if missing: the dialog would otherwise open wherever the app was started.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(documents);
    return QUrl::fromLocalFile(documents);
}

void RecordExport::paintPage(QPainter &painter, int index, const QSizeF &size) const
{
    if (!m_pages || index < 0 || index >= m_pages->count())
        return;
    const QSizeF page = m_pages->pageSize();
    painter.save();
    painter.fillRect(QRectF(QPointF(), size), Qt::white);
    painter.scale(size.width() / page.width(), size.height() / page.height());
    m_pages->paint(painter, index);
    painter.restore();
}

QString RecordExport::saveTo(const QUrl &target)
{
    if (!target.isValid() || target.isEmpty())
        return tr("Nothing was saved: no place was chosen.");
    VisitRecord record;
    if (!build(&record))
        return tr("The record could not be made: the visit is not saved yet. Try again in a moment.");
    const bool json = target.path().endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QByteArray bytes;
    Status s = Status::ok();
    if (json) {
        bytes = recordToJson(record);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        s = writeRecordPdf(record, &buffer);
    }
    if (s.isOk())
        s = writeTo(target, bytes);
    if (!s.isOk())
        return tr("The record could not be saved (%1). Check the place and its free space, then try again.")
            .arg(s.detail());
    const QString name = target.fileName();
    return record.draft
               ? tr("Draft saved as %1 (the visit is not closed). The file is not protected by your PIN.")
                     .arg(name)
               : tr("Visit record saved as %1. The file is not protected by your PIN.").arg(name);
}

void RecordExport::removeLeftovers()
{
    QStringList kept;
    if (m_workspace->store().isUnlocked()) {
        if (const Status s = removeLeftoverRecordFiles(m_workspace->store(), leftoverFolder(), &kept);
            !s.isOk())
            qWarning("leftover records: %s", qPrintable(s.detail()));
    } else {
        kept = leftoverRecordFiles(leftoverFolder());
    }
    if (kept != m_leftovers) {
        m_leftovers = kept;
        emit leftoversChanged();
    }
}

} // namespace feltdialog
