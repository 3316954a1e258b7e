#include "Directory.h"

#include "EventLog.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace feltdialog::server {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

} // namespace

bool Directory::normalizeId(const QString &typed, IdKind kind, QString *out)
{
    const QString text = typed.trimmed();
    if (const QUuid uuid = QUuid::fromString(text); !uuid.isNull()) {
        *out = idString(uuid);
        return true;
    }
    if (kind == IdKind::Uuid || text.isEmpty() || text.size() > 200)
        return false;
    for (const QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    *out = text;
    return true;
}

Status Directory::requireRow(const QString &sql, const QVariantList &args, const QString &missing)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(q, sql, args); !s.isOk())
        return s;
    if (!q.next())
        return {Status::NotFound, missing};
    return Status::ok();
}

Status Directory::createTenant(const Tenant &tenant)
{
    if (tenant.id.isEmpty() || tenant.name.trimmed().isEmpty())
        return {Status::Invalid, QStringLiteral("a tenant needs an id and a name")};
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    if (requireRow(QStringLiteral("SELECT 1 FROM tenants WHERE id = ?"), {tenant.id}, {}).isOk())
        return {Status::Invalid, QStringLiteral("tenant %1 exists already").arg(tenant.id)};
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO tenants (id, name, created_ms) VALUES (?, ?, ?)"),
                             {tenant.id, tenant.name, nowMs()});
        !s.isOk())
        return s;
    return tx.commit();
}

Status Directory::createConsultant(const Consultant &consultant)
{
    if (consultant.id.isEmpty() || consultant.name.trimmed().isEmpty())
        return {Status::Invalid, QStringLiteral("a consultant needs an id and a name")};
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    if (Status s = requireRow(QStringLiteral("SELECT 1 FROM tenants WHERE id = ?"), {consultant.tenantId},
                              QStringLiteral("no tenant %1").arg(consultant.tenantId));
        !s.isOk())
        return s;
    if (requireRow(QStringLiteral("SELECT 1 FROM consultants WHERE id = ?"), {consultant.id}, {}).isOk())
        return {Status::Invalid, QStringLiteral("consultant %1 exists already").arg(consultant.id)};
    if (Status s = m_db.exec(
            QStringLiteral("INSERT INTO consultants (id, tenant_id, name, created_ms) VALUES (?, ?, ?, ?)"),
            {consultant.id, consultant.tenantId, consultant.name, nowMs()});
        !s.isOk())
        return s;
    return tx.commit();
}

Status Directory::putFacilities(const QString &tenantId, const QList<Facility> &facilities)
{
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    if (Status s = requireRow(QStringLiteral("SELECT 1 FROM tenants WHERE id = ?"), {tenantId},
                              QStringLiteral("no tenant %1").arg(tenantId));
        !s.isOk())
        return s;
    QSet<QString> ids;
    for (const Facility &f : facilities) {
        // The same checks as the app's reading of a facility list (core/Facilities.h).
        if (const QString problem = facilityProblem(f); !problem.isEmpty())
            return {Status::Invalid, QStringLiteral("facility %1: expected %2").arg(f.id, problem)};
        if (ids.contains(f.id))
            return {Status::Invalid, QStringLiteral("facility %1 is listed twice").arg(f.id)};
        ids.insert(f.id);
        if (Status s = m_db.exec(
                QStringLiteral(
                    "INSERT INTO facilities (tenant_id, id, name, kind, address, latitude, longitude) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, id) DO UPDATE SET name = "
                    "excluded.name, kind = excluded.kind, address = excluded.address, latitude = "
                    "excluded.latitude, longitude = excluded.longitude"),
                {tenantId, f.id, f.name, f.kind, f.address, f.latitude, f.longitude});
            !s.isOk())
            return s;
    }
    return tx.commit();
}

Status Directory::planVisit(const VisitPlan &plan)
{
    // Only the canonical spelling: a tablet's VisitStarted names the visit so, and another
    // spelling would make a second visit of it.
    if (QUuid::fromString(plan.id).isNull() || idString(QUuid::fromString(plan.id)) != plan.id)
        return {Status::Invalid, QStringLiteral("a visit id is a UUID in lower case without braces")};
    if (!QDate::fromString(plan.plannedDate, Qt::ISODate).isValid())
        return {Status::Invalid, QStringLiteral("the planned date must be yyyy-MM-dd")};
    if (plan.consultantIds.isEmpty())
        return {Status::Invalid, QStringLiteral("a planned visit needs at least one consultant")};
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    if (Status s =
            requireRow(QStringLiteral("SELECT 1 FROM facilities WHERE tenant_id = ? AND id = ?"),
                       {plan.tenantId, plan.facilityId},
                       QStringLiteral("no facility %1 in tenant %2").arg(plan.facilityId, plan.tenantId));
        !s.isOk())
        return s;
    if (requireRow(QStringLiteral("SELECT 1 FROM visits WHERE id = ?"), {plan.id}, {}).isOk())
        return {Status::Invalid, QStringLiteral("visit %1 exists already").arg(plan.id)};
    if (Status s = m_db.exec(
            QStringLiteral("INSERT INTO visits (id, tenant_id, facility_id, kind, planned_date, "
                           "focus_indicators, created_by, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {plan.id, plan.tenantId, plan.facilityId, plan.kind, plan.plannedDate,
             jsonList(plan.focusIndicators), QStringLiteral("admin"), nowMs()});
        !s.isOk())
        return s;
    LogClock clock(m_db);
    for (const QString &consultantId : plan.consultantIds) {
        if (Status s = assignInTransaction(plan.id, consultantId, clock); !s.isOk())
            return s;
    }
    if (Status s = clock.flush(); !s.isOk())
        return s;
    return tx.commit();
}

Status Directory::assign(const QString &visitId, const QString &consultantId)
{
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    LogClock clock(m_db);
    if (Status s = assignInTransaction(visitId, consultantId, clock); !s.isOk())
        return s;
    if (Status s = clock.flush(); !s.isOk())
        return s;
    return tx.commit();
}

Status Directory::assignInTransaction(const QString &visitId, const QString &consultantId, LogClock &clock)
{
    // Both must exist and belong to the same tenant: nothing crosses tenants.
    if (Status s = requireRow(
            QStringLiteral("SELECT 1 FROM visits v JOIN consultants c ON c.tenant_id = "
                           "v.tenant_id WHERE v.id = ? AND c.id = ?"),
            {visitId, consultantId},
            QStringLiteral("no visit %1 with a consultant %2 of its tenant").arg(visitId, consultantId));
        !s.isOk())
        return s;
    if (requireRow(QStringLiteral("SELECT 1 FROM assignments WHERE visit_id = ? AND consultant_id = ?"),
                   {visitId, consultantId}, {})
            .isOk())
        return Status::ok();
    qint64 position = 0;
    if (Status s = clock.next(&position); !s.isOk())
        return s;
    if (Status s = m_db.exec(
            QStringLiteral("INSERT INTO assignments (visit_id, consultant_id, position) VALUES (?, ?, ?)"),
            {visitId, consultantId, position});
        !s.isOk())
        return s;
    // The visit's earlier events join the consultant's stream at the assignment's place, so they
    // arrive after the consultant's cursor (see EventLog::pull).
    return m_db.exec(QStringLiteral("INSERT INTO consultant_stream (consultant_id, place, position, "
                                    "device_id) SELECT ?, ?, e.position, e.device_id FROM events e WHERE "
                                    "e.visit_id = ? AND e.position < ?"),
                     {consultantId, position, visitId, position});
}

Status Directory::revokeDevice(const QString &tenantId, const QString &deviceId)
{
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    // Device ids are per tenant: without a tenant, the id must name one active device.
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral(
                          "UPDATE devices SET revoked_ms = ? WHERE id = ? AND (? = '' OR tenant_id = ?) AND "
                          "revoked_ms IS NULL AND (? <> '' OR (SELECT COUNT(*) FROM devices WHERE id = ? AND "
                          "revoked_ms IS NULL) = 1)"),
                      {nowMs(), deviceId, tenantId, tenantId, tenantId, deviceId});
        !s.isOk())
        return s;
    if (q.numRowsAffected() != 1) {
        QSqlQuery n = m_db.query();
        if (Status s = m_db.exec(
                n, QStringLiteral("SELECT COUNT(*) FROM devices WHERE id = ? AND revoked_ms IS NULL"),
                {deviceId});
            !s.isOk())
            return s;
        if (tenantId.isEmpty() && n.next() && n.value(0).toLongLong() > 1)
            return {
                Status::Invalid,
                QStringLiteral("device %1 is enrolled in several authorities: give --tenant").arg(deviceId)};
        return {Status::NotFound, QStringLiteral("no active device %1").arg(deviceId)};
    }
    return tx.commit();
}

Status Directory::tenant(const QString &id, Tenant *out)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(q, QStringLiteral("SELECT id, name FROM tenants WHERE id = ?"), {id}); !s.isOk())
        return s;
    if (!q.next())
        return {Status::NotFound, QStringLiteral("no tenant %1").arg(id)};
    *out = {q.value(0).toString(), q.value(1).toString()};
    return Status::ok();
}

Status Directory::consultant(const QString &id, Consultant *out)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q, QStringLiteral("SELECT id, tenant_id, name FROM consultants WHERE id = ?"), {id});
        !s.isOk())
        return s;
    if (!q.next())
        return {Status::NotFound, QStringLiteral("no consultant %1").arg(id)};
    *out = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return Status::ok();
}

Status Directory::consultants(const QString &tenantId, QList<Consultant> *out)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(
            q,
            QStringLiteral(
                "SELECT id, tenant_id, name FROM consultants WHERE tenant_id = ? ORDER BY name, id"),
            {tenantId});
        !s.isOk())
        return s;
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return Status::ok();
}

Status Directory::facilities(const QString &tenantId, QList<Facility> *out)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral("SELECT id, name, kind, address, latitude, longitude FROM facilities "
                                     "WHERE tenant_id = ? ORDER BY id"),
                      {tenantId});
        !s.isOk())
        return s;
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toDouble(), q.value(5).toDouble()});
    return Status::ok();
}

Status Directory::plannedVisitsFor(const QString &consultantId, QList<VisitPlan> *out)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral("SELECT v.id, v.tenant_id, v.facility_id, v.kind, v.planned_date, "
                                     "v.focus_indicators FROM visits v JOIN assignments a ON a.visit_id = "
                                     "v.id WHERE a.consultant_id = ? AND v.planned_date IS NOT NULL ORDER "
                                     "BY v.planned_date, v.id"),
                      {consultantId});
        !s.isOk())
        return s;
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     listFromJson(q.value(5).toString()),
                     {}});
    q.finish();
    for (VisitPlan &plan : *out) {
        QSqlQuery c = m_db.query();
        if (Status s =
                m_db.exec(c,
                          QStringLiteral("SELECT consultant_id FROM assignments WHERE visit_id = ? ORDER "
                                         "BY consultant_id"),
                          {plan.id});
            !s.isOk())
            return s;
        while (c.next())
            plan.consultantIds << c.value(0).toString();
    }
    return Status::ok();
}

Status Directory::devices(const QString &tenantId, QList<DeviceRecord> *out)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral("SELECT d.id, d.tenant_id, d.consultant_id, c.name, d.name, "
                                     "d.enrolled_ms, d.revoked_ms, d.last_push_ms FROM devices d JOIN "
                                     "consultants c ON c.id = d.consultant_id WHERE ? = '' OR d.tenant_id = "
                                     "? ORDER BY d.tenant_id, c.name, d.enrolled_ms"),
                      {tenantId, tenantId});
        !s.isOk())
        return s;
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                     q.value(6).toLongLong(), q.value(7).toLongLong()});
    return Status::ok();
}

} // namespace feltdialog::server
