#include "OfficeVisits.h"

#include "Event.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace feltdialog::server {

namespace {

QJsonValue isoTime(const QVariant &ms)
{
    if (ms.isNull())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

// The start of a day (yyyy-MM-dd, already checked) in UTC, in ms.
qint64 dayStartMs(const QString &day, int plusDays = 0)
{
    return QDate::fromString(day, Qt::ISODate).addDays(plusDays).startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

// Each of these reads one visit's events through an index (events_by_visit, and
// events_by_visit_type from schema step 6), so a visit costs the same whatever the store holds.
// Written as scalar subqueries with LIMIT 1, not EXISTS: PostgreSQL may run an EXISTS as a hash of
// every matching event of the store (or as an anti-join over them), which grows with the history.
QString startedMs()
{
    return QStringLiteral(
               "(SELECT MIN(e.wall_time_ms) FROM events e WHERE e.visit_id = v.id AND e.type = '%1')")
        .arg(QLatin1String(EventType::VisitStarted));
}
QString isClosed()
{
    return QStringLiteral(
               "((SELECT 1 FROM events e WHERE e.visit_id = v.id AND e.type = '%1' LIMIT 1) IS NOT NULL)")
        .arg(QLatin1String(EventType::VisitClosed));
}
const QString hasEvents =
    QStringLiteral("((SELECT 1 FROM events e WHERE e.visit_id = v.id LIMIT 1) IS NOT NULL)");

} // namespace

QString VisitPageCursor::toString() const
{
    return QStringLiteral("%1.%2").arg(createdMs).arg(visitId);
}

bool VisitPageCursor::parse(const QString &text, VisitPageCursor *out)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    bool ok = false;
    const VisitPageCursor c{text.left(dot).toLongLong(&ok), text.mid(dot + 1)};
    if (dot < 0 || !ok || c.createdMs < 0 || idString(QUuid::fromString(c.visitId)) != c.visitId ||
        c.toString() != text)
        return false;
    *out = c;
    return true;
}

QString visitPageStatement(const VisitFilter &filter, bool hasCursor, QVariantList *values,
                           const QString &tenantId, const VisitPageCursor *after, int limit)
{
    QStringList where{QStringLiteral("v.tenant_id = ?")};
    *values = {tenantId};
    if (hasCursor) {
        // The page's order is the index's (tenant_id, created_ms, id), read backwards from the
        // cursor: no sort of the tenant's visits, and nothing before the cursor is read again.
        where << QStringLiteral("(v.created_ms < ? OR (v.created_ms = ? AND v.id < ?))");
        *values << after->createdMs << after->createdMs << after->visitId;
    }
    if (!filter.facilityId.isEmpty()) {
        where << QStringLiteral("v.facility_id = ?");
        *values << filter.facilityId;
    }
    if (!filter.consultantId.isEmpty()) {
        // Everyone who wrote on a visit is assigned to it: a push is refused from anyone else, and
        // the VisitStarted of a tablet's own visit assigns its author.
        where << QStringLiteral("((SELECT 1 FROM assignments a WHERE a.visit_id = v.id AND a.consultant_id = "
                                "? LIMIT 1) IS NOT NULL)");
        *values << filter.consultantId;
    }
    // The visit's day is the day it started (UTC) or, before that, the day it was planned for.
    if (!filter.from.isEmpty()) {
        where << QStringLiteral("COALESCE(%1 >= ?, v.planned_date >= ?)").arg(startedMs());
        *values << dayStartMs(filter.from) << filter.from;
    }
    if (!filter.to.isEmpty()) {
        where << QStringLiteral("COALESCE(%1 < ?, v.planned_date <= ?)").arg(startedMs());
        *values << dayStartMs(filter.to, 1) << filter.to;
    }
    if (filter.status == QLatin1String("closed"))
        where << isClosed();
    else if (filter.status == QLatin1String("in_progress"))
        where << QStringLiteral("NOT %1 AND %2").arg(isClosed(), hasEvents);
    else if (filter.status == QLatin1String("planned"))
        where << QStringLiteral("NOT %1").arg(hasEvents);
    *values << limit + 1; // one more tells whether another page follows
    return QStringLiteral(
               "SELECT v.id, v.facility_id, f.name, v.kind, v.planned_date, v.created_ms, %1, %2, "
               "(SELECT COUNT(*) FROM events e WHERE e.visit_id = v.id), "
               "(SELECT e.received_ms FROM events e WHERE e.visit_id = v.id ORDER BY e.position DESC LIMIT "
               "1) "
               "FROM visits v LEFT JOIN facilities f ON f.tenant_id = v.tenant_id AND f.id = v.facility_id "
               "WHERE %3 ORDER BY v.created_ms DESC, v.id DESC LIMIT ?")
        .arg(startedMs(), isClosed(), where.join(QStringLiteral(" AND ")));
}

Status listVisits(ServerDatabase &db, const QString &tenantId, const VisitFilter &filter,
                  const VisitPageCursor *after, int limit, QJsonObject *out)
{
    QSqlQuery q = db.query();
    QJsonArray consultants;
    if (Status s =
            db.exec(q, QStringLiteral("SELECT id, name FROM consultants WHERE tenant_id = ? ORDER BY name"),
                    {tenantId});
        !s.isOk())
        return s;
    while (q.next())
        consultants.append(QJsonObject{{"id", q.value(0).toString()}, {"name", q.value(1).toString()}});
    QJsonArray facilities;
    if (Status s =
            db.exec(q, QStringLiteral("SELECT id, name FROM facilities WHERE tenant_id = ? ORDER BY name"),
                    {tenantId});
        !s.isOk())
        return s;
    while (q.next())
        facilities.append(QJsonObject{{"id", q.value(0).toString()}, {"name", q.value(1).toString()}});

    QVariantList values;
    const QString page = visitPageStatement(filter, after != nullptr, &values, tenantId, after, limit);
    if (Status s = db.exec(q, page, values); !s.isOk())
        return s;
    QList<QJsonObject> visits;
    QJsonValue next = QJsonValue::Null;
    while (q.next()) {
        if (visits.size() == limit) {
            const QJsonObject &last = visits.constLast();
            next = VisitPageCursor{qint64(last.value(QLatin1String("createdMs")).toDouble()),
                                   last.value(QLatin1String("id")).toString()}
                       .toString();
            break;
        }
        const QString status = q.value(7).toBool()           ? QStringLiteral("closed")
                               : q.value(8).toLongLong() > 0 ? QStringLiteral("in_progress")
                                                             : QStringLiteral("planned");
        visits.append(QJsonObject{{"id", q.value(0).toString()},
                                  {"facilityId", q.value(1).toString()},
                                  {"facilityName", q.value(2).toString()},
                                  {"kind", q.value(3).toString()},
                                  {"plannedDate", q.value(4).isNull() ? QJsonValue() : q.value(4).toString()},
                                  {"createdMs", double(q.value(5).toLongLong())},
                                  {"startedAt", isoTime(q.value(6))},
                                  {"status", status},
                                  {"eventCount", double(q.value(8).toLongLong())},
                                  {"lastReceivedAt", isoTime(q.value(9))}});
    }
    q.finish();

    // Who is on the page's visits, in one statement.
    QHash<QString, QJsonArray> team;
    if (!visits.isEmpty()) {
        QStringList marks;
        QVariantList ids;
        for (const QJsonObject &v : std::as_const(visits)) {
            marks << QStringLiteral("?");
            ids << v.value(QLatin1String("id")).toString();
        }
        if (Status s = db.exec(q,
                               QStringLiteral("SELECT a.visit_id, c.id, c.name FROM assignments a JOIN "
                                              "consultants c ON c.id = a.consultant_id WHERE a.visit_id IN "
                                              "(%1) ORDER BY c.name, c.id")
                                   .arg(marks.join(u',')),
                               ids);
            !s.isOk())
            return s;
        while (q.next())
            team[q.value(0).toString()].append(
                QJsonObject{{"id", q.value(1).toString()}, {"name", q.value(2).toString()}});
    }
    QJsonArray listed;
    for (QJsonObject v : std::as_const(visits)) {
        v.remove(QLatin1String("createdMs"));
        v.insert(QLatin1String("consultants"), team.value(v.value(QLatin1String("id")).toString()));
        listed.append(v);
    }
    *out = QJsonObject{
        {"visits", listed}, {"next", next}, {"consultants", consultants}, {"facilities", facilities}};
    return Status::ok();
}

} // namespace feltdialog::server
