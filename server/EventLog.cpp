#include "EventLog.h"

#include "Directory.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <optional>

Q_LOGGING_CATEGORY(lcEventLog, "feltdialog.server.events")

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
    // A number written into the statement, not bound: on PostgreSQL an unbound statement is one
    // round trip, a bound one three (and this runs under the writer lock).
    return m_db.exec(QStringLiteral("UPDATE log_clock SET last_position = %1 WHERE id = 1").arg(m_last));
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
    // Only the spelling toString() writes ("007.5", "+7.5" are not cursors), and a place is never
    // before the event's own position. Whether the server gave it is isKnown()'s question.
    if (!placeOk || !positionOk || c.place < 0 || c.position < 0 || c.position > c.place ||
        c.toString() != text)
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

Rejection unknownVisit(const Event &e)
{
    return reject(e, 403, "visit_not_assigned",
                  QStringLiteral("the visit is unknown to the server: push its VisitStarted first"));
}

} // namespace

struct EventLog::VisitAccess
{
    bool permitted = false;
    Rejection rejection;
};

Status EventLog::storedEvents(const QString &tenantId, const QList<QUuid> &ids, QHash<QUuid, Event> *out)
{
    // One round trip per chunk instead of one per event: on PostgreSQL each statement is a round
    // trip to the database, and a push is up to 500 events.
    constexpr qsizetype kChunk = 250;
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        const QList<QUuid> chunk = ids.mid(first, kChunk);
        QStringList marks;
        QVariantList args{tenantId}; // event ids are per tenant (schema step 4)
        for (const QUuid &id : chunk) {
            marks << QStringLiteral("?");
            args << idString(id);
        }
        QSqlQuery q = m_db.query();
        if (Status s =
                m_db.exec(q,
                          QStringLiteral("SELECT %1 FROM events e WHERE e.tenant_id = ? AND e.id IN (%2)")
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

// What the store says about a visit and the pusher: enough to decide access to a visit it holds.
struct EventLog::VisitRow
{
    bool known = false;
    QString tenantId;
    bool assigned = false;

    VisitAccess accessFor(const Pusher &pusher, const Event &e) const
    {
        VisitAccess access;
        // Another authority's visit is answered as one the pusher cannot know of (issue 14): as an
        // unknown visit, or for its VisitStarted as a visit of the pusher's own authority that
        // they are not assigned to. Never "belongs to another authority".
        if (tenantId != pusher.tenantId && e.type != QLatin1String(EventType::VisitStarted))
            access.rejection = unknownVisit(e);
        else if (tenantId != pusher.tenantId || !assigned)
            access.rejection =
                reject(e, 403, "visit_not_assigned", QStringLiteral("you are not assigned to this visit"));
        else
            access.permitted = true;
        return access;
    }
};

Status EventLog::readVisit(const Pusher &pusher, const QUuid &visitId, VisitRow *out)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(
            q,
            QStringLiteral("SELECT v.tenant_id, a.consultant_id FROM visits v LEFT JOIN "
                           "assignments a ON a.visit_id = v.id AND a.consultant_id = ? WHERE v.id = ?"),
            {pusher.consultantId, idString(visitId)});
        !s.isOk())
        return s;
    *out = {};
    if (q.next())
        *out = {true, q.value(0).toString(), !q.value(1).isNull()};
    return Status::ok();
}

// Whether the pusher may write to the event's visit. A visit the server has never heard of is
// created by its VisitStarted, at a facility of the pusher's tenant, with the pusher assigned.
Status EventLog::visitAccess(const Pusher &pusher, const Event &e, LogClock &clock, VisitAccess *out)
{
    const QString visitId = idString(e.visitId);
    VisitRow row;
    if (Status s = readVisit(pusher, e.visitId, &row); !s.isOk())
        return s;
    if (row.known) {
        *out = row.accessFor(pusher, e);
        return Status::ok();
    }
    if (e.type != QLatin1String(EventType::VisitStarted)) {
        out->rejection = unknownVisit(e);
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

Status EventLog::insertEvents(const QList<QVariantList> &rows, qsizetype *inserted)
{
    *inserted = 0;
    if (rows.isEmpty())
        return Status::ok();
    const QString insert = QStringLiteral("INSERT INTO events (position, id, visit_id, author_id, device_id, "
                                          "device_seq, hlc, wall_time_ms, type, payload, schema_version, "
                                          "received_ms, received_from, tenant_id) VALUES ");
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // An id stored by a concurrent push after this one looked it up is skipped, not an error: the
    // caller sees the count fall short and redoes the push with everything read under the lock.
    const QString skipHeld = QStringLiteral(" ON CONFLICT (tenant_id, id) DO NOTHING");
    if (m_db.dialect() == Dialect::Sqlite) {
        // In-process SQLite: one statement prepared once and run per row is the cheapest (measured:
        // a many-row statement costs more to build and parse than it saves).
        QSqlQuery q = m_db.query();
        if (Status s = m_db.prepare(q, insert + row + skipHeld); !s.isOk())
            return s;
        for (const QVariantList &args : rows) {
            if (Status s = m_db.execPrepared(q, args); !s.isOk())
                return s;
            *inserted += q.numRowsAffected();
        }
        return Status::ok();
    }
    // PostgreSQL: each statement costs round trips (Qt's driver prepares, executes and deallocates
    // it), and those, not the server's CPU, bound a burst of pushes, since they are made while the
    // writer lock is held. So the whole batch goes as one bound JSON array of rows, unpacked by the
    // database: one statement whatever the batch's size, and nothing spliced into the SQL. Every
    // value is sent as a JSON string (exact for 64-bit numbers) and cast by the database.
    QJsonArray table;
    for (const QVariantList &values : rows) {
        QJsonArray json;
        for (const QVariant &v : values)
            json.append(v.toString());
        table.append(json);
    }
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(
            q,
            insert.chopped(QStringLiteral("VALUES ").size()) +
                QStringLiteral("SELECT (r->>0)::bigint, r->>1, r->>2, r->>3, r->>4, (r->>5)::bigint, "
                               "(r->>6)::bigint, (r->>7)::bigint, r->>8, r->>9, (r->>10)::bigint, "
                               "(r->>11)::bigint, r->>12, r->>13 FROM jsonb_array_elements(?::jsonb) AS r") +
                skipHeld,
            {QString::fromUtf8(QJsonDocument(table).toJson(QJsonDocument::Compact))});
        !s.isOk())
        return s;
    *inserted = q.numRowsAffected();
    return Status::ok();
}

Status EventLog::push(const Pusher &pusher, const QList<PushedEvent> &events, qint64 nowMs,
                      PushOutcome *outcome)
{
    // VisitStarted first, so a batch that starts a visit and continues it is accepted whole
    // whatever order the tablet listed it in.
    QList<const PushedEvent *> order;
    for (const PushedEvent &p : events)
        if (!p.rejection.isError() && p.event.type == QLatin1String(EventType::VisitStarted))
            order << &p;
    for (const PushedEvent &p : events)
        if (p.rejection.isError() || p.event.type != QLatin1String(EventType::VisitStarted))
            order << &p;

    // Writers take turns, so what can be read before the turn is read before it: events are never
    // changed or deleted, nor are visits' tenants or assignments, so an event held or an access
    // granted then still is. Only an event stored by a concurrent push in between is missed; the
    // insert then falls short, nothing is committed, and the push is done again under the lock.
    bool raced = false;
    if (Status s = tryPush(pusher, order, nowMs, LookUp::BeforeLock, outcome, &raced); !s.isOk() || !raced)
        return s;
    return tryPush(pusher, order, nowMs, LookUp::UnderLock, outcome, &raced);
}

Status EventLog::tryPush(const Pusher &pusher, const QList<const PushedEvent *> &order, qint64 nowMs,
                         LookUp lookUp, PushOutcome *outcome, bool *raced)
{
    *outcome = {};
    *raced = false;
    std::optional<WriteTransaction> tx;
    if (lookUp == LookUp::UnderLock) {
        tx.emplace(m_db);
        if (!tx->status().isOk())
            return tx->status();
    }

    QList<QUuid> ids;
    for (const PushedEvent *p : std::as_const(order))
        if (!p->rejection.isError())
            ids << p->event.id;
    QHash<QUuid, Event> held; // already in the store, or stored earlier in this batch
    if (Status s = storedEvents(pusher.tenantId, ids, &held); !s.isOk())
        return s;
    // Visits the store holds, read before the lock; the others are looked at (and perhaps created
    // by their VisitStarted) under it.
    QHash<QUuid, VisitRow> knownVisits;
    if (lookUp == LookUp::BeforeLock) {
        QSet<QUuid> lookedUp; // once per visit, known or not
        for (const PushedEvent *p : std::as_const(order)) {
            const QUuid &visitId = p->event.visitId;
            if (p->rejection.isError() || held.contains(p->event.id) || lookedUp.contains(visitId))
                continue;
            lookedUp.insert(visitId);
            VisitRow row;
            if (Status s = readVisit(pusher, visitId, &row); !s.isOk())
                return s;
            if (row.known)
                knownVisits.insert(visitId, row);
        }
        tx.emplace(m_db);
        if (!tx->status().isOk())
            return tx->status();
    }
    LogClock clock(m_db);
    QSet<QUuid> permittedVisits;
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
            if (const auto row = knownVisits.constFind(e.visitId); row != knownVisits.cend())
                access = row->accessFor(pusher, e);
            else if (Status s = visitAccess(pusher, e, clock, &access); !s.isOk())
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
                     e.schemaVersion, nowMs, pusher.deviceId, pusher.tenantId});
        held.insert(e.id, e);
        outcome->stored << idString(e.id);
    }
    qsizetype inserted = 0;
    if (Status s = insertEvents(rows, &inserted); !s.isOk())
        return s;
    if (inserted == rows.size() && !rows.isEmpty()) {
        if (Status s = addToStreams(rows.first().first().toLongLong(), rows.last().first().toLongLong());
            !s.isOk())
            return s;
    }
    if (inserted != rows.size()) {
        // Only possible with the look-up before the lock (under it, nothing else writes).
        if (lookUp == LookUp::UnderLock)
            return {Status::Corrupt, QStringLiteral("an event id was held that the look-up did not find")};
        qCDebug(lcEventLog) << "push raced a concurrent one:" << inserted << "of" << rows.size()
                            << "inserted; again under the lock";
        *outcome = {};
        *raced = true;
        return Status::ok(); // the transaction rolls back
    }
    if (Status s = clock.flush(); !s.isOk())
        return s;
    if (Status s =
            m_db.exec(QStringLiteral("UPDATE devices SET last_push_ms = ? WHERE tenant_id = ? AND id = ?"),
                      {nowMs, pusher.tenantId, pusher.deviceId});
        !s.isOk())
        return s;
    return tx->commit();
}

Status EventLog::addToStreams(qint64 firstPosition, qint64 lastPosition)
{
    // Every consultant assigned to the visit gets the new events at their own place: later than
    // any assignment, that is the event's position (the CASE covers an assignment made in the
    // same transaction). One statement whatever the batch's size. CROSS JOIN makes SQLite read
    // the batch's range of events first and look up each one's assignments; left to itself it
    // scanned every assignment of the store (bench_server_scale: a push of 10 took 12-20 ms on a
    // store of 2,000 visits instead of 0.6 ms). PostgreSQL plans it the same way unasked.
    return m_db.exec(streamAdditionStatement().arg(firstPosition).arg(lastPosition));
}

QString EventLog::streamAdditionStatement()
{
    return QStringLiteral(
        "INSERT INTO consultant_stream (consultant_id, place, position, device_id) SELECT "
        "a.consultant_id, CASE WHEN a.position > e.position THEN a.position ELSE e.position "
        "END, e.position, e.device_id FROM events e CROSS JOIN assignments a WHERE a.visit_id = "
        "e.visit_id AND e.position >= %1 AND e.position <= %2");
}

QString EventLog::pullStatement()
{
    // An index range on consultant_stream's primary key from the cursor, in the key's order: the
    // cost is the page (plus the reader's own events it steps over), never the history.
    return QStringLiteral("SELECT s.place, s.position, %1 FROM consultant_stream s JOIN events e ON "
                          "e.position = s.position WHERE s.consultant_id = ? AND (s.place, s.position) > "
                          "(?, ?) AND s.device_id <> ? ORDER BY s.place, s.position LIMIT ?")
        .arg(EventColumns);
}

QString EventLog::streamEndStatement()
{
    return QStringLiteral("SELECT place, position FROM consultant_stream WHERE consultant_id = ? ORDER BY "
                          "place DESC, position DESC LIMIT 1");
}

Status EventLog::isKnownCursor(const QString &consultantId, const PullCursor &cursor, bool *known)
{
    if (cursor == PullCursor{}) {
        *known = true;
        return Status::ok();
    }
    // Every cursor a pull returns is the place of a row of the consultant's stream (the last event
    // delivered, or the stream's end), and rows are never deleted: one lookup of the primary key.
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(
            q,
            QStringLiteral(
                "SELECT 1 FROM consultant_stream WHERE consultant_id = ? AND place = ? AND position = ?"),
            {consultantId, cursor.place, cursor.position});
        !s.isOk())
        return s;
    *known = q.next();
    return Status::ok();
}

Status EventLog::pull(const Pusher &reader, const PullCursor &after, int limit, PullPage *page)
{
    // Where the stream ends now, read before the page: places are handed out in commit order, so
    // whatever commits after this read lies beyond it. A page that reaches the end then moves the
    // cursor over the reader's own events behind its last event, and the next pull does not step
    // over them again.
    QSqlQuery end = m_db.query();
    if (Status s = m_db.exec(end, streamEndStatement(), {reader.consultantId}); !s.isOk())
        return s;
    std::optional<PullCursor> streamEnd;
    if (end.next())
        streamEnd = PullCursor{end.value(0).toLongLong(), end.value(1).toLongLong()};
    end.finish();

    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(q, pullStatement(),
                             {reader.consultantId, after.place, after.position, reader.deviceId, limit + 1});
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
    if (!page->more && streamEnd && page->cursor < *streamEnd)
        page->cursor = *streamEnd;
    return Status::ok();
}

} // namespace feltdialog::server
