#pragma once

#include "EventStore.h"
#include "Hlc.h"
#include "VisitState.h"

namespace feltdialog {

// Who is writing on this tablet: the device's own id (made once, kept in the store) and the
// consultant signed in.
struct DeviceIdentity
{
    QString deviceId;
    QString authorId;
};

// What the consultant asked the visit to note down.
struct VisitStart
{
    QString facilityId;
    QString facilityName;
    QString kind = QStringLiteral("unannounced");
    QString templateId;
    QString templateVersion;
    QString qualityModelVersion;
    QUuid visitId = {};               // the office's id for a planned visit; empty: a new id
    QStringList focusIndicators = {}; // the office's focus for a planned visit; empty: the template's
};

// Turns the consultant's actions into events and appends them: stamps each with the device's
// next sequence number and a hybrid-clock time. Every method is one durable transaction; an Ok
// return is the only thing the UI may show as "saved".
class VisitRecorder
{
public:
    VisitRecorder(EventStore &store, DeviceIdentity identity,
                  HybridClock::WallClock wallClock = HybridClock::systemWallClock);

    // Resumes the sequence and the clock from the store after a restart.
    Status resume();

    Status startVisit(const VisitStart &start, QUuid *visitId);
    Status writeNote(const QUuid &visitId, const QUuid &noteId, const QString &text,
                     const NoteDraft *finishedDraft = nullptr, const NoteTags &tags = {});
    // retag: new tags for the note, or null to keep the ones it has.
    Status amendNote(const QUuid &visitId, const QUuid &noteId, const NoteVersion &replaced,
                     const QString &text, const NoteDraft *finishedDraft = nullptr,
                     const NoteTags *retag = nullptr);
    Status closeVisit(const QUuid &visitId);
    // Any dialogue event (core/Dialogue.h names them and their payloads). settledFields: the
    // field drafts (FieldDraft.h) whose text this event records, removed in its transaction.
    Status record(const QUuid &visitId, const char *type, QJsonObject payload,
                  const QStringList &settledFields = {});

    const DeviceIdentity &identity() const { return m_identity; }
    // After enrollment the author is the consultant the server knows; earlier events keep theirs.
    void setAuthorId(const QString &authorId) { m_identity.authorId = authorId; }
    Event lastEvent() const { return m_lastEvent; }

    static QString ensureDeviceId(EventStore &store); // creates and keeps one on first use

private:
    Event makeEvent(const QUuid &visitId, const char *type, QJsonObject payload);
    Status commit(const Event &e, const NoteDraft *finishedDraft = nullptr,
                  const QStringList &settledFields = {});

    EventStore &m_store;
    DeviceIdentity m_identity;
    HybridClock::WallClock m_wallClock;
    HybridClock m_clock;
    qint64 m_sequence = 0;
    Event m_lastEvent;
};

} // namespace feltdialog
