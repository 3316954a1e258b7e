// The sync side of the event log: what is waiting for the server, what it confirmed or refused,
// and events arriving from it. See docs/sync-protocol.md.
#include "EventStore.h"
#include "EventStoreSql.h"

#include <QDateTime>

namespace feltdialog {

using storesql::kSelectEvents;
using storesql::locked;

Status EventStore::unconfirmedEvents(int limit, QList<Event> *out, const QUuid &after)
{
    Status s;
    SqliteStatement stmt = m_db.prepare(
        (QByteArray(kSelectEvents) +
         "WHERE confirmed = 0 AND id NOT IN (SELECT event_id FROM sync_quarantine) "
         "AND rowid > coalesce((SELECT rowid FROM events WHERE id = ?), 0) ORDER BY rowid LIMIT ?")
            .constData(),
        &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, after.isNull() ? QString() : idString(after));
    stmt.bind(2, qint64(limit));
    out->clear(); // the batch, not an addition to one
    return readEvents(stmt, out);
}

Status EventStore::pendingCount(qint64 *count)
{
    Status s;
    SqliteStatement stmt = m_db.prepare("SELECT count(*) FROM events WHERE confirmed = 0 "
                                        "AND id NOT IN (SELECT event_id FROM sync_quarantine)",
                                        &s);
    if (!s.isOk())
        return s;
    *count = stmt.step() ? stmt.columnInt64(0) : 0;
    return stmt.status();
}

Status EventStore::unsentCounts(UnsentCounts *out)
{
    Status s;
    SqliteStatement stmt = m_db.prepare("SELECT count(DISTINCT visit_id), "
                                        "count(DISTINCT CASE WHEN confirmed = 0 THEN visit_id END), "
                                        "coalesce(sum(confirmed = 0 AND type = ?), 0) FROM events",
                                        &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, QString::fromLatin1(EventType::NoteWritten));
    *out = {};
    if (stmt.step())
        *out = {stmt.columnInt64(0), stmt.columnInt64(1), stmt.columnInt64(2)};
    return stmt.status();
}

Status EventStore::markConfirmed(const QList<QUuid> &eventIds)
{
    if (eventIds.isEmpty())
        return Status::ok();
    if (Status s = m_db.exec("BEGIN IMMEDIATE"); !s.isOk())
        return s;
    Status s;
    SqliteStatement stmt = m_db.prepare("UPDATE events SET confirmed = 1 WHERE id = ?", &s);
    if (!s.isOk())
        return rollbackWith(s);
    for (const QUuid &id : eventIds) {
        stmt.reset();
        stmt.bind(1, idString(id));
        stmt.step();
        if (!stmt.status().isOk())
            return rollbackWith(stmt.status());
    }
    stmt = {};
    if (Status c = m_db.exec("COMMIT"); !c.isOk())
        return rollbackWith(c);
    return Status::ok();
}

Status EventStore::quarantine(const QUuid &eventId, const QString &error, const QString &message)
{
    Status s;
    SqliteStatement stmt = m_db.prepare(
        "INSERT OR REPLACE INTO sync_quarantine(event_id, error, message, at_wall) VALUES(?,?,?,?)", &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, idString(eventId));
    stmt.bind(2, error);
    stmt.bind(3, message);
    stmt.bind(4, QDateTime::currentMSecsSinceEpoch());
    stmt.step();
    return stmt.status();
}

Status EventStore::quarantined(QList<QuarantinedEvent> *out)
{
    Status s;
    SqliteStatement stmt =
        m_db.prepare("SELECT q.event_id, e.visit_id, e.type, q.error, q.message, q.at_wall "
                     "FROM sync_quarantine q JOIN events e ON e.id = q.event_id "
                     "ORDER BY q.at_wall",
                     &s);
    if (!s.isOk())
        return s;
    QList<QuarantinedEvent> rows;
    while (stmt.step()) {
        rows.append({QUuid::fromString(stmt.columnText(0)), QUuid::fromString(stmt.columnText(1)),
                     stmt.columnText(2), stmt.columnText(3), stmt.columnText(4), stmt.columnInt64(5)});
    }
    if (!stmt.status().isOk())
        return stmt.status();
    *out = std::move(rows);
    return Status::ok();
}

Status EventStore::removedVisits(QSet<QUuid> *out)
{
    Status s;
    SqliteStatement stmt = m_db.prepare("SELECT visit_id FROM removed_visits", &s);
    if (!s.isOk())
        return s;
    QSet<QUuid> ids;
    while (stmt.step())
        ids.insert(QUuid::fromString(stmt.columnText(0)));
    if (!stmt.status().isOk())
        return stmt.status();
    *out = std::move(ids);
    return Status::ok();
}

Status EventStore::insertPulled(const Event &e, PulledStatements &st)
{
    st.gone.reset();
    st.gone.bind(1, idString(e.visitId));
    if (st.gone.step())
        return Status::ok(); // removed here under the retention rule; the office has it
    if (!st.gone.status().isOk())
        return st.gone.status();
    // Already here (this device's own event, or one pulled before): the server holds it, so it
    // is confirmed. A different event under the same device and sequence number would be a forged
    // or corrupted copy; the UNIQUE constraint refuses it and the whole pull is rolled back.
    const auto confirm = [&] {
        st.confirm.reset();
        st.confirm.bind(1, idString(e.id));
        st.confirm.step();
        return st.confirm.status();
    };
    if (Status s = confirm(); !s.isOk())
        return s;
    if (m_db.changes() > 0)
        return Status::ok();
    if (Status inserted = insertEvent(e); !inserted.isOk())
        return inserted;
    // A colleague closed the visit: it takes no more input here either, and text left in a field
    // would hold the visit on the tablet forever (Retention), as for a close made here.
    if (e.type == QLatin1String(EventType::VisitClosed)) {
        if (Status cleared = deleteAllFieldDrafts(e.visitId); !cleared.isOk())
            return cleared;
    }
    return confirm();
}

Status EventStore::storePulled(const QList<Event> &events, const QString &cursorKey, const QString &cursor)
{
    if (!m_sealer)
        return locked();
    if (Status s = m_db.exec("BEGIN IMMEDIATE"); !s.isOk())
        return s;
    // Prepared once a page, not once an event: a page is up to a thousand events.
    Status prepared;
    PulledStatements st{m_db.prepare("SELECT 1 FROM removed_visits WHERE visit_id = ?", &prepared), {}};
    if (prepared.isOk())
        st.confirm = m_db.prepare("UPDATE events SET confirmed = 1 WHERE id = ?", &prepared);
    if (!prepared.isOk())
        return rollbackWith(prepared);
    for (const Event &e : events) {
        if (Status s = insertPulled(e, st); !s.isOk())
            return rollbackWith(
                {s.code(), QStringLiteral("pulled event %1: %2").arg(idString(e.id), s.detail())});
    }
    st = {};
    if (Status s = setMetaValue(cursorKey, cursor); !s.isOk())
        return rollbackWith(s);
    if (Status s = m_db.exec("COMMIT"); !s.isOk())
        return rollbackWith(s);
    return Status::ok();
}

Status EventStore::secret(const QString &name, QByteArray *value)
{
    if (!m_sealer)
        return locked();
    Status s;
    SqliteStatement stmt = m_db.prepare("SELECT blob, key_id FROM secrets WHERE name = ?", &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, name);
    if (!stmt.step())
        return stmt.status().isOk() ? Status{Status::NotFound, name} : stmt.status();
    return openSealed(stmt.columnBlob(0), stmt.columnInt64(1), SealContext::forSecret(name), value);
}

Status EventStore::setSecret(const QString &name, const QByteArray &value)
{
    if (!m_sealer)
        return locked();
    Status s;
    SqliteStatement stmt =
        m_db.prepare("INSERT OR REPLACE INTO secrets(name, blob, key_id) VALUES(?,?,?)", &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, name);
    stmt.bind(2, m_sealer->seal(value, SealContext::forSecret(name)));
    stmt.bind(3, qint64(m_sealer->keyId()));
    stmt.step();
    return stmt.status();
}

Status EventStore::removeSecret(const QString &name)
{
    Status s;
    SqliteStatement stmt = m_db.prepare("DELETE FROM secrets WHERE name = ?", &s);
    if (!s.isOk())
        return s;
    stmt.bind(1, name);
    stmt.step();
    return stmt.status();
}

namespace {
// A visit is removable when it is closed and the server holds all of it: nothing unconfirmed,
// nothing refused, no note or other field being written.
constexpr char kRemovableVisits[] =
    "SELECT visit_id, MAX(CASE WHEN type = 'VisitClosed' THEN wall_time END) AS closed_at FROM events "
    "GROUP BY visit_id HAVING closed_at IS NOT NULL AND SUM(confirmed = 0) = 0 "
    "AND visit_id NOT IN (SELECT e.visit_id FROM sync_quarantine q JOIN events e ON e.id = q.event_id) "
    "AND visit_id NOT IN (SELECT visit_id FROM note_drafts) "
    "AND visit_id NOT IN (SELECT visit_id FROM field_drafts)";
} // namespace

Status EventStore::closedConfirmedVisits(QHash<QUuid, qint64> *closedAtMs)
{
    Status s;
    SqliteStatement stmt = m_db.prepare(kRemovableVisits, &s);
    if (!s.isOk())
        return s;
    QHash<QUuid, qint64> result;
    while (stmt.step())
        result.insert(QUuid::fromString(stmt.columnText(0)), stmt.columnInt64(1));
    if (!stmt.status().isOk())
        return stmt.status();
    *closedAtMs = std::move(result);
    return Status::ok();
}

Status EventStore::removeConfirmedVisit(const QUuid &visitId, bool *removed)
{
    *removed = false;
    if (Status s = m_db.exec("BEGIN IMMEDIATE"); !s.isOk())
        return s;
    Status s;
    bool removable = false;
    {
        SqliteStatement check = m_db.prepare(
            (QByteArray("SELECT 1 FROM (") + kRemovableVisits + ") WHERE visit_id = ?").constData(), &s);
        if (!s.isOk())
            return rollbackWith(s);
        check.bind(1, idString(visitId));
        removable = check.step();
        if (!check.status().isOk())
            return rollbackWith(check.status());
    }
    if (!removable) // something arrived or was written since the schedule was made
        return m_db.exec("ROLLBACK");
    for (const char *sql : {"DELETE FROM events WHERE visit_id = ?",
                            "INSERT OR REPLACE INTO removed_visits(visit_id, removed_wall) VALUES(?, ?)"}) {
        SqliteStatement stmt = m_db.prepare(sql, &s);
        if (!s.isOk())
            return rollbackWith(s);
        stmt.bind(1, idString(visitId));
        if (sql[0] == 'I')
            stmt.bind(2, QDateTime::currentMSecsSinceEpoch());
        stmt.step();
        if (!stmt.status().isOk())
            return rollbackWith(stmt.status());
    }
    if (Status c = m_db.exec("COMMIT"); !c.isOk())
        return rollbackWith(c);
    *removed = true;
    return Status::ok();
}

} // namespace feltdialog
