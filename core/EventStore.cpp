#include "EventStore.h"
#include "EventStoreSql.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace feltdialog {

using storesql::kSelectEvents;
using storesql::locked;

namespace {

// Each step moves the schema from version N to N+1 and never changes once released: a device
// that skipped releases walks every step in order. tests/core/tst_eventstore.cpp opens a store
// stopped at each version and migrates it forward.
const char *const kMigrations[] = {
    // 0 -> 1: the event log and device metadata
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE events("
    "  id TEXT PRIMARY KEY,"
    "  visit_id TEXT NOT NULL,"
    "  author_id TEXT NOT NULL,"
    "  device_id TEXT NOT NULL,"
    "  device_seq INTEGER NOT NULL,"
    "  hlc INTEGER NOT NULL,"
    "  wall_time INTEGER NOT NULL,"
    "  type TEXT NOT NULL,"
    "  schema_version INTEGER NOT NULL,"
    "  payload BLOB NOT NULL,"
    "  UNIQUE(device_id, device_seq));"
    "CREATE INDEX events_by_visit ON events(visit_id, hlc);"
    "CREATE INDEX events_by_type ON events(type, visit_id);"
    "CREATE INDEX events_by_hlc ON events(hlc);",
    // 1 -> 2: notes being typed survive a crash
    "CREATE TABLE note_drafts("
    "  visit_id TEXT NOT NULL,"
    "  note_id TEXT NOT NULL,"
    "  text BLOB NOT NULL,"
    "  updated_wall INTEGER NOT NULL,"
    "  PRIMARY KEY(visit_id, note_id)) WITHOUT ROWID;",
    // 2 -> 3: content is sealed under the device's data key (key_id 0: written before sealing;
    // the first PIN set-up seals those rows). The envelope holds the data key wrapped by the PIN.
    "ALTER TABLE events ADD COLUMN key_id INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE note_drafts ADD COLUMN key_id INTEGER NOT NULL DEFAULT 0;"
    "CREATE TABLE key_envelope("
    "  slot INTEGER PRIMARY KEY CHECK(slot = 1),"
    "  key_id INTEGER NOT NULL,"
    "  kdf TEXT NOT NULL,"
    "  salt BLOB NOT NULL,"
    "  ops_limit INTEGER NOT NULL,"
    "  mem_limit INTEGER NOT NULL,"
    "  device_secret INTEGER NOT NULL,"
    "  wrapped_key BLOB NOT NULL,"
    "  created_wall INTEGER NOT NULL);",
    // 3 -> 4: sync. An event is confirmed once the server said it holds it; only then may it ever
    // be removed. A quarantined event is one the server rejected: kept, shown, not resent blindly.
    // Secrets (the device token) are sealed like content.
    "ALTER TABLE events ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX events_unconfirmed ON events(confirmed) WHERE confirmed = 0;"
    "CREATE TABLE sync_quarantine("
    "  event_id TEXT PRIMARY KEY,"
    "  error TEXT NOT NULL,"
    "  message TEXT NOT NULL,"
    "  at_wall INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE secrets("
    "  name TEXT PRIMARY KEY,"
    "  blob BLOB NOT NULL,"
    "  key_id INTEGER NOT NULL) WITHOUT ROWID;"
    // Visits removed under the retention rule: their late events are not pulled back in.
    "CREATE TABLE removed_visits(visit_id TEXT PRIMARY KEY, removed_wall INTEGER NOT NULL) WITHOUT ROWID;",
    // 4 -> 5: every free-text field of the dialogue is drafted like a note (sealed the same way),
    // keyed by a stable field key within the visit; cursor is where the consultant was typing.
    "CREATE TABLE field_drafts("
    "  visit_id TEXT NOT NULL,"
    "  field_key TEXT NOT NULL,"
    "  text BLOB NOT NULL,"
    "  cursor INTEGER NOT NULL,"
    "  updated_wall INTEGER NOT NULL,"
    "  key_id INTEGER NOT NULL,"
    "  PRIMARY KEY(visit_id, field_key)) WITHOUT ROWID;",
    // 5 -> 6: a note draft's sealed blob holds its text (format 1) or, from now on, its text with the
    // tags chosen so far as JSON (format 2, see NoteDraft), so a crash no longer forgets which
    // indicator, source and method the note was for.
    "ALTER TABLE note_drafts ADD COLUMN format INTEGER NOT NULL DEFAULT 1;",
};
static_assert(std::size(kMigrations) == EventStore::SchemaVersion);

const char kArgon2id[] = "argon2id13";

} // namespace

Status EventStore::checkIdentity(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return Status::ok();
    if (!file.open(QIODevice::ReadOnly))
        return {Status::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return {Status::NotADatabase, QStringLiteral("%1 is not a SQLite database").arg(path)};
    return Status::ok();
}

Status EventStore::open(const QString &path, int migrateTo)
{
    close();
    if (Status s = checkIdentity(path); !s.isOk())
        return s;
    if (Status s = m_db.open(path); !s.isOk())
        return s;
    m_path = path;

    auto fail = [this](Status s) {
        close();
        return s;
    };
    qint64 appId = 0, version = 0, tables = 0;
    if (Status s = m_db.pragmaInt("PRAGMA application_id", &appId); !s.isOk())
        return fail(s);
    if (Status s = m_db.pragmaInt("PRAGMA user_version", &version); !s.isOk())
        return fail(s);
    if (Status s = m_db.pragmaInt("SELECT count(*) FROM sqlite_master", &tables); !s.isOk())
        return fail(s);
    const bool blank = appId == 0 && version == 0 && tables == 0;
    if (!blank && appId != ApplicationId)
        return fail({Status::ForeignDatabase, QStringLiteral("%1 belongs to another program").arg(path)});
    if (version > SchemaVersion)
        return fail({Status::TooNew, QStringLiteral("%1 has schema %2; this build knows up to %3")
                                         .arg(path)
                                         .arg(version)
                                         .arg(SchemaVersion)});

    // WAL + synchronous=FULL: a commit that returned is on disk even if power goes right after.
    if (Status s = m_db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;"
                             "PRAGMA secure_delete=ON; PRAGMA temp_store=MEMORY;");
        !s.isOk())
        return fail(s);
    if (blank) {
        if (Status s = m_db.exec("PRAGMA application_id=1178881095"); !s.isOk()) // == ApplicationId
            return fail(s);
    }
    if (Status s = migrate(int(version), migrateTo); !s.isOk())
        return fail(s);

    if (migrateTo < SchemaVersion)
        return Status::ok(); // a migration test stopping at an older schema; it writes with raw SQL
    Status s;
    m_insertEvent = m_db.prepare("INSERT INTO events(id, visit_id, author_id, device_id, device_seq, hlc, "
                                 "wall_time, type, schema_version, payload, key_id) "
                                 "VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                                 &s);
    if (!s.isOk())
        return fail(s);
    m_saveDraft = m_db.prepare(
        "INSERT OR REPLACE INTO note_drafts(visit_id, note_id, text, updated_wall, key_id, format) "
        "VALUES(?,?,?,?,?,2)",
        &s);
    if (!s.isOk())
        return fail(s);
    m_deleteDraft = m_db.prepare("DELETE FROM note_drafts WHERE visit_id=? AND note_id=?", &s);
    if (!s.isOk())
        return fail(s);
    m_saveFieldDraft = m_db.prepare("INSERT OR REPLACE INTO field_drafts(visit_id, field_key, text, cursor, "
                                    "updated_wall, key_id) VALUES(?,?,?,?,?,?)",
                                    &s);
    if (!s.isOk())
        return fail(s);
    m_deleteFieldDraft = m_db.prepare("DELETE FROM field_drafts WHERE visit_id=? AND field_key=?", &s);
    if (!s.isOk())
        return fail(s);
    return Status::ok();
}

void EventStore::close()
{
    m_sealer.reset();
    m_insertEvent = {};
    m_saveDraft = {};
    m_deleteDraft = {};
    m_saveFieldDraft = {};
    m_deleteFieldDraft = {};
    m_db.close();
}

Status EventStore::migrate(int from, int to)
{
    for (int version = from; version < to; ++version) {
        if (Status s = m_db.exec("BEGIN IMMEDIATE"); !s.isOk())
            return s;
        Status s = m_db.exec(kMigrations[version]);
        if (s.isOk())
            s = m_db.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1).toUtf8().constData());
        if (s.isOk())
            s = m_db.exec("COMMIT");
        if (!s.isOk())
            return rollbackWith(s);
    }
    return Status::ok();
}

int EventStore::schemaVersion()
{
    qint64 version = -1;
    m_db.pragmaInt("PRAGMA user_version", &version);
    return int(version);
}

Status EventStore::rollbackWith(const Status &failure)
{
    m_db.exec("ROLLBACK"); // may report "no transaction": SQLite rolls back by itself on some errors
    return failure;
}

Status EventStore::insertEvent(const Event &e)
{
    if (!m_sealer)
        return locked();
    SqliteStatement &st = m_insertEvent;
    st.reset();
    st.bind(1, idString(e.id));
    st.bind(2, idString(e.visitId));
    st.bind(3, e.authorId);
    st.bind(4, e.deviceId);
    st.bind(5, e.deviceSeq);
    st.bind(6, e.hlc.packed());
    st.bind(7, e.wallTimeMs);
    st.bind(8, e.type);
    st.bind(9, qint64(e.schemaVersion));
    st.bind(10, m_sealer->seal(e.payloadBytes(), SealContext::forEvent(e.id, e.visitId, e.type)));
    st.bind(11, qint64(m_sealer->keyId()));
    st.step();
    Status s = st.status();
    st.reset();
    return s;
}

Status EventStore::keyEnvelope(KeyEnvelope *out)
{
    Status s;
    SqliteStatement stmt = m_db.prepare("SELECT key_id, kdf, salt, ops_limit, mem_limit, device_secret, "
                                        "wrapped_key, created_wall FROM key_envelope WHERE slot=1",
                                        &s);
    if (!s.isOk())
        return s;
    if (!stmt.step())
        return stmt.status().isOk() ? Status(Status::NotFound, QStringLiteral("no PIN has been set"))
                                    : stmt.status();
    if (stmt.columnText(1) != QLatin1String(kArgon2id))
        return {Status::TooNew, QStringLiteral("key envelope uses %1").arg(stmt.columnText(1))};
    out->keyId = quint32(stmt.columnInt64(0));
    out->salt = stmt.columnBlob(2);
    out->opsLimit = stmt.columnInt64(3);
    out->memLimit = stmt.columnInt64(4);
    out->usesDeviceSecret = stmt.columnInt64(5) != 0;
    out->wrappedKey = stmt.columnBlob(6);
    out->createdWallMs = stmt.columnInt64(7);
    return Status::ok();
}

Status EventStore::replaceKeyEnvelope(const KeyEnvelope &e)
{
    Status s;
    SqliteStatement stmt =
        m_db.prepare("INSERT OR REPLACE INTO key_envelope(slot, key_id, kdf, salt, ops_limit, "
                     "mem_limit, device_secret, wrapped_key, created_wall) "
                     "VALUES(1,?,?,?,?,?,?,?,?)",
                     &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, qint64(e.keyId));
    stmt.bind(2, QString::fromLatin1(kArgon2id));
    stmt.bind(3, e.salt);
    stmt.bind(4, e.opsLimit);
    stmt.bind(5, e.memLimit);
    stmt.bind(6, qint64(e.usesDeviceSecret ? 1 : 0));
    stmt.bind(7, e.wrappedKey);
    stmt.bind(8, e.createdWallMs);
    stmt.step();
    return stmt.status();
}

// Re-seals one table's sealed column. `select` yields (key1, key2, [type,] blob, key_id); the
// context for each row is rebuilt from its clear columns, so a row whose blob was swapped with
// another's fails here rather than being re-sealed under the new key as if it were genuine.
// All rows are read before any is written: updating a WITHOUT ROWID table while scanning it
// can move rows ahead of the cursor and visit them twice.
Status EventStore::resealTable(const char *select, const char *update, const Sealer *from, SealedTable table)
{
    const bool drafts = table != SealedTable::Events; // drafts and secrets share the column layout
    const bool keyedByName = table == SealedTable::Secrets || table == SealedTable::FieldDrafts;
    struct Row
    {
        QString key1, key2;
        QByteArray sealed;
    };
    QList<Row> rows;
    Status s;
    {
        SqliteStatement read = m_db.prepare(select, &s);
        if (!s.isOk())
            return s;
        while (read.step()) {
            const QUuid first = QUuid::fromString(read.columnText(0));
            const QUuid second = QUuid::fromString(read.columnText(1));
            const QByteArray context =
                table == SealedTable::Secrets       ? SealContext::forSecret(read.columnText(0))
                : table == SealedTable::FieldDrafts ? SealContext::forFieldDraft(first, read.columnText(1))
                : drafts                            ? SealContext::forDraft(first, second)
                         : SealContext::forEvent(first, second, read.columnText(2));
            const QByteArray blob = read.columnBlob(drafts ? 2 : 3);
            const qint64 keyId = read.columnInt64(drafts ? 3 : 4);
            QByteArray plain;
            if (!from && keyId == 0) {
                plain = blob; // written before sealing existed
            } else if (!from) {
                return {Status::Invalid,
                        QStringLiteral("content is already sealed; the current key is needed")};
            } else if (Status opened = openSealed(blob, keyId, context, &plain, from); !opened.isOk()) {
                return {opened.code(),
                        QStringLiteral("%1 %2: %3")
                            .arg(drafts ? QStringLiteral("draft") : QStringLiteral("event"),
                                 keyedByName ? read.columnText(1) : idString(drafts ? second : first),
                                 opened.detail())};
            }
            rows.append({read.columnText(0), read.columnText(1), m_sealer->seal(plain, context)});
        }
        if (!read.status().isOk())
            return read.status();
    }
    SqliteStatement write = m_db.prepare(update, &s);
    if (!s.isOk())
        return s;
    for (const Row &row : rows) {
        write.reset();
        write.bind(1, row.sealed);
        write.bind(2, qint64(m_sealer->keyId()));
        write.bind(3, row.key1);
        write.bind(4, row.key2);
        write.step();
        if (!write.status().isOk())
            return write.status();
    }
    return Status::ok();
}

Status EventStore::resealAll(const Sealer *from, const KeyEnvelope &envelope)
{
    if (!m_sealer)
        return locked();
    if (Status s = m_db.exec("BEGIN IMMEDIATE"); !s.isOk())
        return s;
    Status s = resealTable("SELECT id, visit_id, type, payload, key_id FROM events",
                           "UPDATE events SET payload=?, key_id=? WHERE id=? AND visit_id=?", from,
                           SealedTable::Events);
    if (s.isOk())
        s = resealTable("SELECT visit_id, note_id, text, key_id FROM note_drafts",
                        "UPDATE note_drafts SET text=?, key_id=? WHERE visit_id=? AND note_id=?", from,
                        SealedTable::Drafts);
    if (s.isOk())
        s = resealTable("SELECT visit_id, field_key, text, key_id FROM field_drafts",
                        "UPDATE field_drafts SET text=?, key_id=? WHERE visit_id=? AND field_key=?", from,
                        SealedTable::FieldDrafts);
    if (s.isOk())
        s = resealTable("SELECT name, name, blob, key_id FROM secrets",
                        "UPDATE secrets SET blob=?, key_id=? WHERE name=? AND name=?", from,
                        SealedTable::Secrets);
    if (s.isOk())
        s = replaceKeyEnvelope(envelope);
    if (s.isOk())
        s = m_db.exec("COMMIT");
    if (!s.isOk())
        return rollbackWith(s);
    return Status::ok();
}

Status EventStore::scrubFreedSpace()
{
    // secure_delete already zeroes what is freed inside the main file; these two leave no older
    // page images in the WAL and no free pages behind.
    if (Status s = m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !s.isOk())
        return s;
    if (Status s = m_db.exec("VACUUM"); !s.isOk())
        return s;
    return m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Status EventStore::append(const Event &event)
{
    return append(QList<Event>{event});
}

Status EventStore::append(const QList<Event> &events, const NoteDraft *finishedDraft,
                          const QStringList &settledFields)
{
    if (Status s = m_db.exec("BEGIN IMMEDIATE"); !s.isOk())
        return s;
    for (const Event &e : events) {
        if (Status s = insertEvent(e); !s.isOk())
            return rollbackWith(s);
    }
    if (finishedDraft) {
        m_deleteDraft.reset();
        m_deleteDraft.bind(1, idString(finishedDraft->visitId));
        m_deleteDraft.bind(2, idString(finishedDraft->noteId));
        m_deleteDraft.step();
        if (Status s = m_deleteDraft.status(); !s.isOk())
            return rollbackWith(s);
    }
    if (!settledFields.isEmpty() && !events.isEmpty()) {
        if (Status s = deleteFieldDrafts(events.first().visitId, settledFields); !s.isOk())
            return rollbackWith(s);
    }
    for (const Event &e : events) {
        // A closed visit takes no more input: text left in a field it never recorded goes with the
        // close, or the visit would hold a draft forever and never leave the tablet (Retention).
        if (e.type == QLatin1String(EventType::VisitClosed)) {
            if (Status s = deleteAllFieldDrafts(e.visitId); !s.isOk())
                return rollbackWith(s);
        }
    }
    if (Status s = m_db.exec("COMMIT"); !s.isOk())
        return rollbackWith(s);
    return Status::ok();
}

Status EventStore::openSealed(QByteArrayView blob, qint64 keyId, const QByteArray &context, QByteArray *plain,
                              const Sealer *sealer) const
{
    if (!sealer)
        sealer = m_sealer.get();
    if (!sealer)
        return locked();
    if (keyId == 0) // never legitimate once a PIN is set: set-up seals every older row
        return {Status::Tampered, QStringLiteral("unsealed content in a sealed store")};
    if (keyId != sealer->keyId())
        return {
            Status::Tampered,
            QStringLiteral("sealed under key %1, the device holds key %2").arg(keyId).arg(sealer->keyId())};
    return sealer->open(blob, context, plain);
}

Status EventStore::readEvents(SqliteStatement &stmt, QList<Event> *result)
{
    if (!m_sealer)
        return locked();
    QList<Event> read; // handed out only when every event opened: never a silently partial visit
    QList<Event> *out = &read;
    while (stmt.step()) {
        Event e;
        e.id = QUuid::fromString(stmt.columnText(0));
        e.visitId = QUuid::fromString(stmt.columnText(1));
        e.authorId = stmt.columnText(2);
        e.deviceId = stmt.columnText(3);
        e.deviceSeq = stmt.columnInt64(4);
        e.hlc = HlcTimestamp::fromPacked(stmt.columnInt64(5));
        e.wallTimeMs = stmt.columnInt64(6);
        e.type = stmt.columnText(7);
        e.schemaVersion = int(stmt.columnInt64(8));
        QByteArray plain;
        if (Status s = openSealed(stmt.columnBlob(9), stmt.columnInt64(10),
                                  SealContext::forEvent(e.id, e.visitId, e.type), &plain);
            !s.isOk())
            return {s.code(), QStringLiteral("event %1: %2").arg(idString(e.id), s.detail())};
        QJsonParseError error;
        const QJsonDocument payload = QJsonDocument::fromJson(plain, &error);
        if (error.error != QJsonParseError::NoError || !payload.isObject())
            return {
                Status::Corrupt,
                QStringLiteral("event %1: payload unreadable: %2").arg(idString(e.id), error.errorString())};
        e.payload = payload.object();
        out->append(std::move(e));
    }
    if (stmt.status().isOk())
        result->append(std::move(read));
    return stmt.status();
}

Status EventStore::eventsOfVisit(const QUuid &visitId, QList<Event> *out)
{
    Status s;
    SqliteStatement stmt = m_db.prepare(
        (QByteArray(kSelectEvents) + "WHERE visit_id=? ORDER BY hlc, device_id, device_seq").constData(), &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, idString(visitId));
    return readEvents(stmt, out);
}

Status EventStore::eventsOfTypes(const QStringList &types, QList<Event> *out)
{
    QByteArray sql = QByteArray(kSelectEvents) + "WHERE type IN (";
    for (qsizetype i = 0; i < types.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ") ORDER BY hlc, device_id, device_seq";
    Status s;
    SqliteStatement stmt = m_db.prepare(sql.constData(), &s);
    if (!s.isOk())
        return s;
    for (qsizetype i = 0; i < types.size(); ++i)
        stmt.bind(int(i + 1), types.at(i));
    return readEvents(stmt, out);
}

Status EventStore::eventCount(qint64 *count)
{
    return m_db.pragmaInt("SELECT count(*) FROM events", count);
}

Status EventStore::countPerVisit(const QString &type, QHash<QUuid, qint64> *out)
{
    Status s;
    SqliteStatement stmt =
        m_db.prepare("SELECT visit_id, count(*) FROM events WHERE type=? GROUP BY visit_id", &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, type);
    while (stmt.step())
        out->insert(QUuid::fromString(stmt.columnText(0)), stmt.columnInt64(1));
    return stmt.status();
}

Status EventStore::lastSequence(const QString &deviceId, qint64 *sequence)
{
    Status s;
    SqliteStatement stmt =
        m_db.prepare("SELECT coalesce(max(device_seq), 0) FROM events WHERE device_id=?", &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, deviceId);
    if (stmt.step())
        *sequence = stmt.columnInt64(0);
    return stmt.status();
}

Status EventStore::latestHlc(HlcTimestamp *hlc)
{
    qint64 packed = 0;
    Status s = m_db.pragmaInt("SELECT coalesce(max(hlc), 0) FROM events", &packed);
    if (s.isOk())
        *hlc = HlcTimestamp::fromPacked(packed);
    return s;
}

Status EventStore::saveDraft(const NoteDraft &draft)
{
    if (!m_sealer)
        return locked();
    SqliteStatement &st = m_saveDraft;
    st.reset();
    st.bind(1, idString(draft.visitId));
    st.bind(2, idString(draft.noteId));
    const QJsonObject plain{{QStringLiteral("text"), draft.text}, {QStringLiteral("tags"), draft.tags}};
    st.bind(3, m_sealer->seal(QJsonDocument(plain).toJson(QJsonDocument::Compact),
                              SealContext::forDraft(draft.visitId, draft.noteId)));
    st.bind(4, draft.updatedWallMs);
    st.bind(5, qint64(m_sealer->keyId()));
    st.step(); // autocommit: one statement, one durable transaction
    Status s = st.status();
    st.reset();
    return s;
}

Status EventStore::discardDraft(const QUuid &visitId, const QUuid &noteId)
{
    m_deleteDraft.reset();
    m_deleteDraft.bind(1, idString(visitId));
    m_deleteDraft.bind(2, idString(noteId));
    m_deleteDraft.step();
    Status s = m_deleteDraft.status();
    m_deleteDraft.reset();
    return s;
}

Status EventStore::drafts(const QUuid &visitId, QList<NoteDraft> *out)
{
    if (!m_sealer)
        return locked();
    Status s;
    SqliteStatement stmt = m_db.prepare("SELECT note_id, text, updated_wall, key_id, format FROM note_drafts "
                                        "WHERE visit_id=? ORDER BY updated_wall",
                                        &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, idString(visitId));
    while (stmt.step()) {
        const QUuid noteId = QUuid::fromString(stmt.columnText(0));
        QByteArray plain;
        if (Status opened = openSealed(stmt.columnBlob(1), stmt.columnInt64(3),
                                       SealContext::forDraft(visitId, noteId), &plain);
            !opened.isOk())
            return {opened.code(), QStringLiteral("draft %1: %2").arg(idString(noteId), opened.detail())};
        NoteDraft draft{visitId, noteId, QString::fromUtf8(plain), stmt.columnInt64(2)};
        if (stmt.columnInt64(4) == 2) {
            // Opened, so written by us; should it still not read, it is reported and kept, never
            // taken for an empty draft (which the editor would discard).
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(plain, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return {Status::Corrupt,
                        QStringLiteral("draft %1: %2").arg(idString(noteId), error.errorString())};
            const QJsonObject json = doc.object();
            draft.text = json.value(QStringLiteral("text")).toString();
            draft.tags = json.value(QStringLiteral("tags")).toObject();
            draft.tagsKept = true;
        }
        out->append(draft);
    }
    return stmt.status();
}

Status EventStore::metaValue(const QString &key, QString *value)
{
    Status s;
    SqliteStatement stmt = m_db.prepare("SELECT value FROM meta WHERE key=?", &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, key);
    if (stmt.step()) {
        *value = stmt.columnText(0);
        return Status::ok();
    }
    return stmt.status().isOk() ? Status(Status::NotFound, key) : stmt.status();
}

Status EventStore::setMetaValue(const QString &key, const QString &value)
{
    Status s;
    SqliteStatement stmt = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, key);
    stmt.bind(2, value);
    stmt.step();
    return stmt.status();
}

Status EventStore::integrityCheck(QString *report)
{
    Status s;
    SqliteStatement stmt = m_db.prepare("PRAGMA integrity_check", &s);
    if (!s.isOk())
        return s;
    QStringList lines;
    while (stmt.step())
        lines << stmt.columnText(0);
    *report = lines.join(QLatin1Char('\n'));
    if (!stmt.status().isOk())
        return stmt.status();
    return *report == QLatin1String("ok") ? Status::ok() : Status(Status::Corrupt, *report);
}

Status EventStore::limitPageCount(qint64 pages)
{
    qint64 applied = 0;
    return m_db.pragmaInt(QStringLiteral("PRAGMA max_page_count=%1").arg(pages).toUtf8().constData(),
                          &applied);
}

Status EventStore::moveAside(const QString &path, QString *movedTo)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.unreadable-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.unreadable-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return {Status::Io, QStringLiteral("cannot move %1 to %2").arg(path, target)};
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    *movedTo = target;
    return Status::ok();
}

} // namespace feltdialog
