#pragma once

#include "Facilities.h"
#include "ServerDatabase.h"

#include <QStringList>

namespace feltdialog::server {

class LogClock;

struct Tenant
{
    QString id;
    QString name;
};

struct Consultant
{
    QString id;
    QString tenantId;
    QString name;
};

// A visit the office planned (or one a tablet started and pushed: then plannedDate is empty).
struct VisitPlan
{
    QString id;
    QString tenantId;
    QString facilityId;
    QString kind;
    QString plannedDate; // ISO date, yyyy-MM-dd
    QStringList focusIndicators;
    QStringList consultantIds;
};

struct DeviceRecord
{
    QString id;
    QString tenantId;
    QString consultantId;
    QString consultantName;
    QString name;
    qint64 enrolledMs = 0;
    qint64 revokedMs = 0; // 0: active
    qint64 lastPushMs = 0;
};

// Who belongs to which authority and which visits they are on: tenants, consultants,
// facilities, visits and their assignments, devices. Each write is one transaction; every
// cross-reference is checked to stay inside one tenant.
class Directory
{
public:
    explicit Directory(ServerDatabase &db) : m_db(db) {}

    enum class IdKind
    {
        Uuid, // visits and devices: the protocol's ids are lower-case UUIDs
        Name, // tenants, consultants, facilities: a UUID or an id the office chose
    };
    // An id as a person typed it. A UUID in any spelling ({0E1E...}, upper case) becomes the
    // lower-case form without braces that tablets send, so it names the same row; any other
    // Uuid id is refused, and a Name id must be 1-200 characters without spaces or control
    // characters. False: refused.
    static bool normalizeId(const QString &typed, IdKind kind, QString *out);

    Status createTenant(const Tenant &tenant);
    Status createConsultant(const Consultant &consultant);
    Status putFacilities(const QString &tenantId, const QList<Facility> &facilities); // insert or update
    Status planVisit(const VisitPlan &plan);
    Status assign(const QString &visitId, const QString &consultantId);
    // `tenantId` empty: the one active device of that id in any tenant (refused if several).
    Status revokeDevice(const QString &tenantId, const QString &deviceId);

    Status tenant(const QString &id, Tenant *out);
    Status consultant(const QString &id, Consultant *out);
    Status consultants(const QString &tenantId, QList<Consultant> *out); // by name
    Status facilities(const QString &tenantId, QList<Facility> *out);
    Status plannedVisitsFor(const QString &consultantId, QList<VisitPlan> *out);
    Status devices(const QString &tenantId, QList<DeviceRecord> *out); // empty tenant: all

    // Inside a caller's write transaction: gives the consultant the visit, with a position in the
    // event order taken from `clock`.
    Status assignInTransaction(const QString &visitId, const QString &consultantId, LogClock &clock);

private:
    Status requireRow(const QString &sql, const QVariantList &args, const QString &missing);

    ServerDatabase &m_db;
};

} // namespace feltdialog::server
