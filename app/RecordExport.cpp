#include "RecordExport.h"

#include "RecordJson.h"
#include "RecordPdf.h"

#include <QDir>
#include <QSaveFile>

namespace feltdialog {

RecordExport::RecordExport(Workspace *workspace, OpenVisit *visit, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_visit(visit)
{}

QString RecordExport::folder() const
{
    return QDir(m_workspace->dataDir()).filePath(QStringLiteral("records"));
}

QString RecordExport::saveOpenVisit()
{
    // Whatever is being typed belongs in the record: file it first, as leaving the visit would.
    if (!m_visit->flush() || m_visit->events().isEmpty())
        return tr("The record could not be made: the visit is not saved yet. Try again in a moment.");
    const VisitState &state = m_visit->state();
    RecordReference reference;
    const VisitTemplate *t = m_workspace->visitTemplate(state.templateId);
    reference.visitTemplate = t && t->version == state.templateVersion ? t : nullptr;
    reference.model = &m_workspace->qualityModel();
    reference.facility = m_workspace->facility(state.facilityId);
    const VisitRecord record = buildVisitRecord(m_visit->events(), reference);

    const QDir dir(folder());
    if (!dir.mkpath(QStringLiteral(".")))
        return tr("The record could not be saved: the folder %1 cannot be created.").arg(dir.path());
    const QString base =
        dir.filePath(QStringLiteral("tilsynsrapport-%1").arg(idString(state.visitId).left(8)));
    Status s = saveRecordPdf(record, base + QStringLiteral(".pdf"));
    if (s.isOk()) {
        QSaveFile json(base + QStringLiteral(".json"));
        const QByteArray bytes = recordToJson(record);
        if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size() || !json.commit())
            s = {Status::Io, json.errorString()};
    }
    if (!s.isOk())
        return tr("The record could not be saved (%1). Check that the tablet has free space, then try again.")
            .arg(s.detail());
    return record.draft ? tr("Draft saved (the visit is not closed): %1.pdf and .json").arg(base)
                        : tr("Visit record saved: %1.pdf and .json").arg(base);
}

} // namespace feltdialog
