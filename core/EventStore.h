#pragma once

#include "Event.h"
#include "SqliteDatabase.h"
#include "Status.h"

#include <QHash>
#include <QList>
#include <QUuid>

namespace feltdialog {

// Text the consultant is typing that has not yet become an event. Saved on every pause so a crash
// loses at most the last fraction of a second; turned into NoteWritten/NoteAmended when the note
// is finished, in the same transaction that removes the draft.
struct NoteDraft
{
    QUuid visitId;
    QUuid noteId;
    QString text;
    qint64 updatedWallMs = 0;
    bool operator==(const NoteDraft &) const = default;
};

// The device's append-only event log on SQLite: WAL, synchronous=FULL, one transaction per user
// action. A call that returns Ok has been committed durably; nothing else is reported as saved.
class EventStore
{
public:
    static constexpr int SchemaVersion = 2;
    static constexpr qint64 ApplicationId = 0x46444C47; // "FDLG" in the SQLite header

    EventStore() = default;
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    // Opens or creates the store. A foreign, damaged or newer file is refused and left untouched.
    // migrateTo exists for migration tests; everyone else takes the current version.
    Status open(const QString &path, int migrateTo = SchemaVersion);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    const QString &path() const { return m_path; }

    Status append(const Event &event);
    // One user action that produces several events, or finishes a draft, is one transaction.
    Status append(const QList<Event> &events, const NoteDraft *finishedDraft = nullptr);

    Status eventsOfVisit(const QUuid &visitId, QList<Event> *out);
    Status eventsOfTypes(const QStringList &types, QList<Event> *out);
    Status eventCount(qint64 *count);
    Status countPerVisit(const QString &type, QHash<QUuid, qint64> *out);
    Status lastSequence(const QString &deviceId, qint64 *sequence);
    Status latestHlc(HlcTimestamp *hlc);

    Status saveDraft(const NoteDraft &draft);
    Status discardDraft(const QUuid &visitId, const QUuid &noteId);
    Status drafts(const QUuid &visitId, QList<NoteDraft> *out);

    Status metaValue(const QString &key, QString *value);
    Status setMetaValue(const QString &key, const QString &value);

    Status integrityCheck(QString *report);
    int schemaVersion();
    // Lets tests simulate a full disk without filling one: SQLite refuses to grow past the limit.
    Status limitPageCount(qint64 pages);

    // Moves a store the app cannot use out of the way, with its WAL and shared-memory files, and
    // returns where it went. Never deletes: the file may be the only copy of someone's notes.
    static Status moveAside(const QString &path, QString *movedTo);

private:
    Status checkIdentity(const QString &path);
    Status migrate(int from, int to);
    Status insertEvent(const Event &event);
    Status readEvents(SqliteStatement &stmt, QList<Event> *out);
    Status rollbackWith(const Status &failure);

    SqliteDatabase m_db;
    QString m_path;
    SqliteStatement m_insertEvent;
    SqliteStatement m_saveDraft;
    SqliteStatement m_deleteDraft;
};

} // namespace feltdialog
