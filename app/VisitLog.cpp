#include "VisitLog.h"

#include "Workspace.h"

namespace feltdialog {

VisitLog::VisitLog(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace) {}

template <typename Write> Status VisitLog::write(Write write, const QStringList &settledFields)
{
    VisitRecorder *recorder = m_workspace->recorder();
    if (!recorder) // the store did not open
        return {Status::Locked, QStringLiteral("no store to write to")};
    const Status s = write(*recorder);
    if (s.isOk())
        emit appended(recorder->lastEvent(), settledFields);
    return s;
}

Status VisitLog::startVisit(const VisitStart &start, QUuid *visitId)
{
    return write([&](VisitRecorder &r) { return r.startVisit(start, visitId); });
}

Status VisitLog::writeNote(const QUuid &visitId, const QUuid &noteId, const QString &text,
                           const NoteDraft *finishedDraft, const NoteTags &tags)
{
    return write([&](VisitRecorder &r) { return r.writeNote(visitId, noteId, text, finishedDraft, tags); });
}

Status VisitLog::amendNote(const QUuid &visitId, const QUuid &noteId, const NoteVersion &replaced,
                           const QString &text, const NoteDraft *finishedDraft, const NoteTags *retag)
{
    return write(
        [&](VisitRecorder &r) { return r.amendNote(visitId, noteId, replaced, text, finishedDraft, retag); });
}

Status VisitLog::closeVisit(const QUuid &visitId)
{
    return write([&](VisitRecorder &r) { return r.closeVisit(visitId); });
}

Status VisitLog::record(const QUuid &visitId, const char *type, QJsonObject payload,
                        const QStringList &settledFields)
{
    return write([&](VisitRecorder &r) { return r.record(visitId, type, std::move(payload), settledFields); },
                 settledFields);
}

} // namespace feltdialog
