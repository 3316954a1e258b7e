#pragma once

#include "VisitRecorder.h"

#include <QObject>

namespace feltdialog {

class Workspace;

// The one way the app writes to a visit's log. Every action of the consultant's — starting a
// visit, a note, a dialogue step, a location stamp, the closing — is one durable event through
// the workspace's VisitRecorder, and `appended` hands that event to everyone who shows the log:
// the open visit folds it on, the visit list updates its row. No one re-reads the store after a
// write, and no view needs another to tell it that something was written. (Events a sync brings
// in are not written here: SyncCenter has the open visit and the list read them.)
class VisitLog : public QObject
{
    Q_OBJECT
public:
    explicit VisitLog(Workspace *workspace, QObject *parent = nullptr);

    Status startVisit(const VisitStart &start, QUuid *visitId);
    Status writeNote(const QUuid &visitId, const QUuid &noteId, const QString &text,
                     const NoteDraft *finishedDraft, const NoteTags &tags);
    Status amendNote(const QUuid &visitId, const QUuid &noteId, const NoteVersion &replaced,
                     const QString &text, const NoteDraft *finishedDraft, const NoteTags *retag);
    Status closeVisit(const QUuid &visitId);
    // Any dialogue event, or a location stamp (core/VisitRecorder::record).
    Status record(const QUuid &visitId, const char *type, QJsonObject payload,
                  const QStringList &settledFields = {});

signals:
    // The event is in the log, durably. settledFields: the field drafts that went with it.
    void appended(const feltdialog::Event &event, const QStringList &settledFields);

private:
    template <typename Write> Status write(Write write, const QStringList &settledFields = {});

    Workspace *m_workspace;
};

} // namespace feltdialog
