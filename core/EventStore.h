#pragma once

#include "Event.h"
#include "Sealer.h"
#include "SqliteDatabase.h"
#include "Status.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QUuid>

#include <memory>

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
    QJsonObject tags = {}; // the tags chosen so far, as NoteTags::toJson writes them
    bool tagsKept = false; // false for a draft stored before drafts kept their tags (format 1)
    bool operator==(const NoteDraft &) const = default;
};

// Text typed into one of the visit's other free-text fields (a check-in hope, a summary point, the
// facility's own words, a rationale ...) before it became an event: sealed and kept exactly like a
// note draft, and removed in the transaction of the event that records the field's content.
// fieldKey names the field stably across restarts; FieldDraft.h says how keys are made.
struct FieldDraft
{
    QUuid visitId;
    QString fieldKey;
    QString text;
    int cursor = 0; // where the consultant was typing, so a restored field continues there
    qint64 updatedWallMs = 0;
    bool operator==(const FieldDraft &) const = default;
};

// An event the server refused, kept with the reason and shown to the consultant.
struct QuarantinedEvent
{
    QUuid eventId;
    QUuid visitId;
    QString type;
    QString error;   // the server's code, e.g. "visit_not_assigned"
    QString message; // its words, for the log and support
    qint64 atWallMs = 0;
};

// How the data key is kept on the device: wrapped (sealed) under a key derived from the
// consultant's PIN with Argon2id, optionally mixed with a secret from the platform keystore.
// Everything here may be read by anyone holding the file; it is useless without the PIN.
struct KeyEnvelope
{
    quint32 keyId = 0;
    QByteArray salt;
    qint64 opsLimit = 0;
    qint64 memLimit = 0;
    bool usesDeviceSecret = false;
    QByteArray wrappedKey;
    qint64 createdWallMs = 0;
};

// The device's append-only event log on SQLite: WAL, synchronous=FULL, one transaction per user
// action. A call that returns Ok has been committed durably; nothing else is reported as saved.
class EventStore
{
public:
    static constexpr int SchemaVersion = 6;
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

    // Content (event payloads, drafts) is sealed on the way in and opened on the way out with the
    // data key held here; without it those calls return Locked. Dropping it wipes the key.
    void setSealer(std::unique_ptr<Sealer> sealer) { m_sealer = std::move(sealer); }
    const Sealer *sealer() const { return m_sealer.get(); }
    bool isUnlocked() const { return m_sealer != nullptr; }

    Status keyEnvelope(KeyEnvelope *out); // NotFound until a PIN has been set
    Status replaceKeyEnvelope(const KeyEnvelope &envelope);
    // Re-seals every payload and draft from `from` to the held sealer and stores `envelope`, in one
    // transaction: either all content moves to the new key or none does. from == nullptr takes
    // content written before sealing existed (schema 2). The plaintext is checked unchanged.
    Status resealAll(const Sealer *from, const KeyEnvelope &envelope);
    // Pushes old page images out of the WAL and rewrites the file, so content that was replaced
    // (plaintext before sealing, or blobs under a retired key) is not left in free pages.
    Status scrubFreedSpace();

    Status append(const Event &event);
    // One user action that produces several events, or finishes a draft, is one transaction.
    // settledFields: field drafts of the events' visit that these events record (removed with them).
    Status append(const QList<Event> &events, const NoteDraft *finishedDraft = nullptr,
                  const QStringList &settledFields = {});

    Status eventsOfVisit(const QUuid &visitId, QList<Event> *out);
    Status eventsOfTypes(const QStringList &types, QList<Event> *out);
    Status eventCount(qint64 *count);
    Status countPerVisit(const QString &type, QHash<QUuid, qint64> *out);
    Status lastSequence(const QString &deviceId, qint64 *sequence);
    Status latestHlc(HlcTimestamp *hlc);

    Status saveDraft(const NoteDraft &draft);
    Status discardDraft(const QUuid &visitId, const QUuid &noteId);
    Status drafts(const QUuid &visitId, QList<NoteDraft> *out);

    // Field drafts (EventStoreFieldDrafts.cpp): one autocommit statement each, like note drafts.
    Status saveFieldDraft(const FieldDraft &draft);
    Status discardFieldDraft(const QUuid &visitId, const QString &fieldKey);
    Status fieldDrafts(const QUuid &visitId, QList<FieldDraft> *out);

    Status metaValue(const QString &key, QString *value);
    Status setMetaValue(const QString &key, const QString &value);

    // Sync (EventStoreSync.cpp). Events written here start unconfirmed; the server's answer
    // confirms them. Nothing unconfirmed is ever removed.
    // Replaces *out; oldest first, no quarantined. With `after`, only those written after that
    // event (the sync engine reads the next batch while the one ending there is in flight).
    Status unconfirmedEvents(int limit, QList<Event> *out, const QUuid &after = {});
    Status pendingCount(qint64 *count); // unconfirmed, not quarantined
    // What the office does not hold yet, for the forgotten-PIN warning: read from the clear
    // columns, so it can be told before the PIN is known. Quarantined events count: they never
    // reached the office either.
    struct UnsentCounts
    {
        qint64 visits = 0;           // every visit on the tablet
        qint64 visitsWithUnsent = 0; // of them, those with something the office has not confirmed
        qint64 unsentNotes = 0;      // notes written here and not confirmed
    };
    Status unsentCounts(UnsentCounts *out);
    Status markConfirmed(const QList<QUuid> &eventIds);
    Status quarantine(const QUuid &eventId, const QString &error, const QString &message);
    Status quarantined(QList<QuarantinedEvent> *out);
    // Events from the server (a colleague's, or this device's own coming back) and the pull cursor
    // they end at, in one transaction: stored as confirmed; one already held is confirmed too.
    Status storePulled(const QList<Event> &events, const QString &cursorKey, const QString &cursor);
    // Small sealed values (the device token); NotFound when absent.
    Status secret(const QString &name, QByteArray *value);
    Status setSecret(const QString &name, const QByteArray &value);
    Status removeSecret(const QString &name);

    // Data minimisation (core/Retention.h): closed visits the server holds entirely, with when
    // they were closed; and removing one, re-checked in the same transaction. Never removes a
    // visit with anything unconfirmed, quarantined or a draft.
    Status closedConfirmedVisits(QHash<QUuid, qint64> *closedAtMs);
    Status removeConfirmedVisit(const QUuid &visitId, bool *removed);
    Status removedVisits(QSet<QUuid> *out); // visits retention took off this tablet

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
    Status readEvents(SqliteStatement &stmt, QList<Event> *result);
    Status openSealed(QByteArrayView blob, qint64 keyId, const QByteArray &context, QByteArray *plain,
                      const Sealer *sealer = nullptr) const;
    enum class SealedTable
    {
        Events,
        Drafts,
        FieldDrafts,
        Secrets
    };
    Status resealTable(const char *select, const char *update, const Sealer *from, SealedTable table);
    // The statements a pulled page runs for each of its events, prepared once a page.
    struct PulledStatements
    {
        SqliteStatement gone;    // is the event's visit removed here?
        SqliteStatement confirm; // mark it confirmed
    };
    Status insertPulled(const Event &event, PulledStatements &statements);
    Status rollbackWith(const Status &failure);
    Status deleteFieldDrafts(const QUuid &visitId, const QStringList &fieldKeys);
    Status deleteAllFieldDrafts(const QUuid &visitId);

    SqliteDatabase m_db;
    QString m_path;
    SqliteStatement m_insertEvent;
    SqliteStatement m_saveDraft;
    SqliteStatement m_deleteDraft;
    SqliteStatement m_saveFieldDraft;
    SqliteStatement m_deleteFieldDraft;
    std::unique_ptr<Sealer> m_sealer;
};

} // namespace feltdialog
