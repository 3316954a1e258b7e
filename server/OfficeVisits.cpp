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

QString utcDay(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

Status listVisits(ServerDatabase &db, const QString &tenantId, const VisitFilter &filter, QJsonObject *out)
{
    QSqlQuery q = db.query();
    // Who is on which visit, and the names to filter by.
    QHash<QString, QJsonArray> team;
    QHash<QString, QStringList> teamIds;
    if (Status s =
            db.exec(q,
                    QStringLiteral("SELECT a.visit_id, c.id, c.name FROM assignments a JOIN consultants c ON "
                                   "c.id = a.consultant_id JOIN visits v ON v.id = a.visit_id WHERE "
                                   "v.tenant_id = ? ORDER BY c.name"),
                    {tenantId});
        !s.isOk())
        return s;
    while (q.next()) {
        team[q.value(0).toString()].append(
            QJsonObject{{"id", q.value(1).toString()}, {"name", q.value(2).toString()}});
        teamIds[q.value(0).toString()].append(q.value(1).toString());
    }
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

    // A consultant who wrote on a visit without being assigned to it (a tablet's own visit) is on
    // it too: the events' authors count.
    if (Status s = db.exec(
            q,
            QStringLiteral("SELECT DISTINCT e.visit_id, c.id, c.name FROM events e JOIN consultants c "
                           "ON c.id = e.author_id AND c.tenant_id = e.tenant_id WHERE e.tenant_id = ?"),
            {tenantId});
        !s.isOk())
        return s;
    while (q.next()) {
        const QString visit = q.value(0).toString();
        if (!teamIds[visit].contains(q.value(1).toString())) {
            team[visit].append(QJsonObject{{"id", q.value(1).toString()}, {"name", q.value(2).toString()}});
            teamIds[visit].append(q.value(1).toString());
        }
    }

    const QString started = QLatin1String(EventType::VisitStarted);
    const QString closed = QLatin1String(EventType::VisitClosed);
    if (Status s = db.exec(
            q,
            QStringLiteral(
                "SELECT v.id, v.facility_id, f.name, v.kind, v.planned_date, "
                "(SELECT MIN(e.wall_time_ms) FROM events e WHERE e.visit_id = v.id AND e.type = ?), "
                "(SELECT COUNT(*) FROM events e WHERE e.visit_id = v.id AND e.type = ?), "
                "(SELECT COUNT(*) FROM events e WHERE e.visit_id = v.id), "
                "(SELECT MAX(e.received_ms) FROM events e WHERE e.visit_id = v.id) "
                "FROM visits v LEFT JOIN facilities f ON f.tenant_id = v.tenant_id AND f.id = v.facility_id "
                "WHERE v.tenant_id = ? ORDER BY v.created_ms DESC, v.id"),
            {started, closed, tenantId});
        !s.isOk())
        return s;
    QJsonArray visits;
    while (q.next() && visits.size() < MaxListedVisits) {
        const QString id = q.value(0).toString();
        const QString facility = q.value(1).toString();
        const QString day = q.value(5).isNull() ? q.value(4).toString() : utcDay(q.value(5));
        if ((!filter.facilityId.isEmpty() && facility != filter.facilityId) ||
            (!filter.consultantId.isEmpty() && !teamIds.value(id).contains(filter.consultantId)) ||
            (!filter.from.isEmpty() && day < filter.from) || (!filter.to.isEmpty() && day > filter.to))
            continue;
        const qint64 events = q.value(7).toLongLong();
        const QString status = q.value(6).toLongLong() > 0 ? QStringLiteral("closed")
                               : events > 0                ? QStringLiteral("in_progress")
                                                           : QStringLiteral("planned");
        visits.append(QJsonObject{{"id", id},
                                  {"facilityId", facility},
                                  {"facilityName", q.value(2).toString()},
                                  {"kind", q.value(3).toString()},
                                  {"plannedDate", q.value(4).isNull() ? QJsonValue() : q.value(4).toString()},
                                  {"startedAt", isoTime(q.value(5))},
                                  {"status", status},
                                  {"eventCount", double(events)},
                                  {"lastReceivedAt", isoTime(q.value(8))},
                                  {"consultants", team.value(id)}});
    }
    *out = QJsonObject{{"visits", visits}, {"consultants", consultants}, {"facilities", facilities}};
    return Status::ok();
}

} // namespace feltdialog::server
