#include "EventLog.h"

#include "Directory.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace feltdialog::server {

Status LogClock::next(qint64 *position)
{
    if (m_last < 0) {
        QSqlQuery q = m_db.query();
        if (Status s = m_db.exec(q, QStringLiteral("SELECT last_position FROM log_clock WHERE id = 1"));
            !s.isOk())
            return s;
        if (!q.next())
            return {Status::Corrupt, QStringLiteral("log_clock has no row")};
        m_last = q.value(0).toLongLong();
    }
    *position = ++m_last;
    m_dirty = true;
    return Status::ok();
}

Status LogClock::flush()
{
    if (!m_dirty)
        return Status::ok();
    m_dirty = false;
    return m_db.exec(QStringLiteral("UPDATE log_clock SET last_position = ? WHERE id = 1"), {m_last});
}

QString PullCursor::toString() const
{
    return QStringLiteral("%1.%2").arg(place).arg(position);
}

bool PullCursor::parse(const QString &text, PullCursor *out)
{
    if (text.isEmpty()) {
        *out = {};
        return true;
    }
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 2)
        return false;
    bool placeOk = false;
    bool positionOk = false;
    const PullCursor c{parts.at(0).toLongLong(&placeOk), parts.at(1).toLongLong(&positionOk)};
    if (!placeOk || !positionOk || c.place < 0 || c.position < 0)
        return false;
    *out = c;
    return true;
}

namespace {

const QString EventColumns = QStringLiteral(
    "e.id, e.visit_id, e.author_id, e.device_id, e.device_seq, e.hlc, e.wall_time_ms, e.type, e.payload, "
    "e.schema_version");

Event eventFromRow(const QSqlQuery &q, int first)
{
    Event e;
    e.id = QUuid::fromString(q.value(first).toString());
    e.visitId = QUuid::fromString(q.value(first + 1).toString());
    e.authorId = q.value(first + 2).toString();
    e.deviceId = q.value(first + 3).toString();
    e.deviceSeq = q.value(first + 4).toLongLong();
    e.hlc = HlcTimestamp::fromPacked(q.value(first + 5).toLongLong());
    e.wallTimeMs = q.value(first + 6).toLongLong();
    e.type = q.value(first + 7).toString();
    e.payload = QJsonDocument::fromJson(q.value(first + 8).toString().toUtf8()).object();
    e.schemaVersion = q.value(first + 9).toInt();
    return e;
}

Rejection reject(const Event &e, int status, const char *code, const QString &message)
{
    return {idString(e.id), apiError(status, code, message)};
}

} // namespace

struct EventLog::VisitAccess
{
    bool permitted = false;
    Rejection rejection;
};

Status EventLog::storedEvents(const QList<QUuid> &ids, QHash<QUuid, Event> *out)
{
    // One round trip per chunk instead of one per event: on PostgreSQL each statement is a round
    // trip to the database, and a push is up to 500 events.
    constexpr qsizetype kChunk = 250;
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        const QList<QUuid> chunk = ids.mid(first, kChunk);
        QStringList marks;
        QVariantList args;
        for (const QUuid &id : chunk) {
            marks << QStringLiteral("?");
            args << idString(id);
        }
        QSqlQuery q = m_db.query();
        if (Status s = m_db.exec(q,
                                 QStringLiteral("SELECT %1 FROM events e WHERE e.id IN (%2)")
                                     .arg(EventColumns, marks.join(u',')),
                                 args);
            !s.isOk())
            return s;
        while (q.next()) {
            Event e = eventFromRow(q, 0);
            out->insert(e.id, std::move(e));
        }
    }
    return Status::ok();
}

// Whether the pusher may write to the event's visit. A visit the server has never heard of is
// created by its VisitStarted, at a facility of the pusher's tenant, with the pusher assigned.
Status EventLog::visitAccess(const Pusher &pusher, const Event &e, LogClock &clock, VisitAccess *out)
{
    const QString visitId = idString(e.visitId);
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(
            q,
            QStringLiteral("SELECT v.tenant_id, a.consultant_id FROM visits v LEFT JOIN "
                           "assignments a ON a.visit_id = v.id AND a.consultant_id = ? WHERE v.id = ?"),
            {pusher.consultantId, visitId});
        !s.isOk())
        return s;
    if (q.next()) {
        if (q.value(0).toString() != pusher.tenantId)
            out->rejection =
                reject(e, 403, "wrong_tenant", QStringLiteral("the visit belongs to another authority"));
        else if (q.value(1).isNull())
            out->rejection =
                reject(e, 403, "visit_not_assigned", QStringLiteral("you are not assigned to this visit"));
        else
            out->permitted = true;
        return Status::ok();
    }
    q.finish();
    if (e.type != QLatin1String(EventType::VisitStarted)) {
        out->rejection =
            reject(e, 403, "visit_not_assigned",
                   QStringLiteral("the visit is unknown to the server: push its VisitStarted first"));
        return Status::ok();
    }
    const QJsonValue facility = e.payload.value(QLatin1String("facilityId"));
    QSqlQuery f = m_db.query();
    if (Status s = m_db.exec(f, QStringLiteral("SELECT 1 FROM facilities WHERE tenant_id = ? AND id = ?"),
                             {pusher.tenantId, facility.toString()});
        !s.isOk())
        return s;
    if (!facility.isString() || !f.next()) {
        out->rejection = reject(e, 403, "wrong_tenant",
                                QStringLiteral("payload.facilityId is not a facility of your authority"));
        return Status::ok();
    }
    f.finish();
    if (Status s = m_db.exec(
            QStringLiteral("INSERT INTO visits (id, tenant_id, facility_id, kind, planned_date, "
                           "focus_indicators, created_by, created_ms) VALUES (?, ?, ?, ?, NULL, "
                           "'[]', ?, ?)"),
            {visitId, pusher.tenantId, facility.toString(), e.payload.value(QLatin1String("kind")).toString(),
             pusher.consultantId, QDateTime::currentMSecsSinceEpoch()});
        !s.isOk())
        return s;
    if (Status s = Directory(m_db).assignInTransaction(visitId, pusher.consultantId, clock); !s.isOk())
        return s;
    out->permitted = true;
    return Status::ok();
}

Status EventLog::visitEvents(const QUuid &visitId, QList<Event> *out)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral("SELECT %1 FROM events e WHERE e.visit_id = ? ORDER BY e.position")
                          .arg(EventColumns),
                      {idString(visitId)});
        !s.isOk())
        return s;
    while (q.next())
        out->append(eventFromRow(q, 0));
    return Status::ok();
}

Status EventLog::visitTenant(const QUuid &visitId, QString *tenantId)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q, QStringLiteral("SELECT tenant_id FROM visits WHERE id = ?"), {idString(visitId)});
        !s.isOk())
        return s;
    *tenantId = q.next() ? q.value(0).toString() : QString();
    return Status::ok();
}

Status EventLog::insertEvents(const QList<QVariantList> &rows)
{
    const QString insert = QStringLiteral("INSERT INTO events (position, id, visit_id, author_id, device_id, "
                                          "device_seq, hlc, wall_time_ms, type, payload, schema_version, "
                                          "received_ms, received_from) VALUES ");
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (m_db.dialect() == Dialect::Sqlite) {
        // In-process SQLite: one statement prepared once and run per row is the cheapest (measured:
        // a many-row statement costs more to build and parse than it saves).
        QSqlQuery q = m_db.query();
        if (Status s = m_db.prepare(q, insert + row); !s.isOk())
            return s;
        for (const QVariantList &args : rows) {
            if (Status s = m_db.execPrepared(q, args); !s.isOk())
                return s;
        }
        return Status::ok();
    }
    // PostgreSQL: every statement is a round trip to the database, and those, not the server's CPU,
    // bounded a burst of pushes; so many rows per statement. 13 columns × 60 rows stays far below
    // the limit on bound parameters.
    constexpr qsizetype kRowsPerStatement = 60;
    for (qsizetype first = 0; first < rows.size(); first += kRowsPerStatement) {
        const qsizetype count = std::min(kRowsPerStatement, rows.size() - first);
        QStringList values;
        QVariantList args;
        for (qsizetype i = 0; i < count; ++i) {
            values << row;
            args += rows.at(first + i);
        }
        if (Status s = m_db.exec(insert + values.join(u','), args); !s.isOk())
            return s;
    }
    return Status::ok();
}

Status EventLog::push(const Pusher &pusher, const QList<PushedEvent> &events, qint64 nowMs,
                      PushOutcome *outcome)
{
    *outcome = {};
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    LogClock clock(m_db);
    QSet<QUuid> permittedVisits;

    // VisitStarted first, so a batch that starts a visit and continues it is accepted whole
    // whatever order the tablet listed it in.
    QList<const PushedEvent *> order;
    for (const PushedEvent &p : events)
        if (!p.rejection.isError() && p.event.type == QLatin1String(EventType::VisitStarted))
            order << &p;
    for (const PushedEvent &p : events)
        if (p.rejection.isError() || p.event.type != QLatin1String(EventType::VisitStarted))
            order << &p;

    QList<QUuid> ids;
    for (const PushedEvent *p : std::as_const(order))
        if (!p->rejection.isError())
            ids << p->event.id;
    QHash<QUuid, Event> held; // already in the store, or stored earlier in this batch
    if (Status s = storedEvents(ids, &held); !s.isOk())
        return s;
    QList<QVariantList> rows; // inserted together after the checks, a few statements per push

    for (const PushedEvent *p : order) {
        if (p->rejection.isError()) {
            outcome->rejected << Rejection{p->id, p->rejection};
            continue;
        }
        const Event &e = p->event;
        if (e.authorId != pusher.consultantId) {
            outcome->rejected << reject(e, 403, "wrong_author",
                                        QStringLiteral("authorId is not the enrolled consultant"));
            continue;
        }
        if (e.deviceId != pusher.deviceId) {
            outcome->rejected << reject(e, 403, "wrong_device",
                                        QStringLiteral("deviceId is not this enrolled device"));
            continue;
        }
        if (const auto known = held.constFind(e.id); known != held.cend()) {
            // Already held: a replay is answered as stored; other content under the same id is
            // refused and the held event stays as it is.
            if (*known == e)
                outcome->stored << idString(e.id);
            else
                outcome->rejected << reject(
                    e, 409, "conflicting_duplicate",
                    QStringLiteral("an event with this id is held with other content"));
            continue;
        }
        // A batch is nearly always one visit: once the pusher may write to it, that holds for the
        // rest of this transaction (nothing revokes an assignment meanwhile; the writer lock is
        // ours), so the check runs once per visit, not once per event. Refusals are not
        // remembered: each refused event is checked, and told why, on its own.
        if (!permittedVisits.contains(e.visitId)) {
            VisitAccess access;
            if (Status s = visitAccess(pusher, e, clock, &access); !s.isOk())
                return s;
            if (!access.permitted) {
                outcome->rejected << access.rejection;
                continue;
            }
            permittedVisits.insert(e.visitId);
        }
        qint64 position = 0;
        if (Status s = clock.next(&position); !s.isOk())
            return s;
        rows.append({position, idString(e.id), idString(e.visitId), e.authorId, e.deviceId, e.deviceSeq,
                     e.hlc.packed(), e.wallTimeMs, e.type, QString::fromUtf8(e.payloadBytes()),
                     e.schemaVersion, nowMs, pusher.deviceId});
        held.insert(e.id, e);
        outcome->stored << idString(e.id);
    }
    if (Status s = insertEvents(rows); !s.isOk())
        return s;
    if (Status s = clock.flush(); !s.isOk())
        return s;
    if (Status s = m_db.exec(QStringLiteral("UPDATE devices SET last_push_ms = ? WHERE id = ?"),
                             {nowMs, pusher.deviceId});
        !s.isOk())
        return s;
    return tx.commit();
}

Status EventLog::pull(const QString &consultantId, const PullCursor &after, int limit, PullPage *page)
{
    // place = the later of the event's position and the assignment's (see PullCursor).
    const QString place =
        QStringLiteral("CASE WHEN a.position > e.position THEN a.position ELSE e.position END");
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(
            q,
            QStringLiteral("SELECT %1 AS place, e.position, %2 FROM events e JOIN assignments a ON "
                           "a.visit_id = e.visit_id AND a.consultant_id = ? WHERE %1 > ? OR (%1 = ? "
                           "AND e.position > ?) ORDER BY place, e.position LIMIT ?")
                .arg(place, EventColumns),
            {consultantId, after.place, after.place, after.position, limit + 1});
        !s.isOk())
        return s;
    *page = {};
    page->cursor = after;
    while (q.next()) {
        if (page->events.size() == limit) {
            page->more = true;
            break;
        }
        page->cursor = {q.value(0).toLongLong(), q.value(1).toLongLong()};
        page->events << eventFromRow(q, 2);
    }
    return Status::ok();
}

} // namespace feltdialog::server
