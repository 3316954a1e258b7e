#include "VisitRecordSource.h"

#include "Directory.h"
#include "EventLog.h"

namespace feltdialog::server {

Status recordFromStore(ServerDatabase &db, const QUuid &visitId, const QString &tenantId,
                       const RecordReferenceFor &referenceFor, VisitRecord *out)
{
    EventLog log(db);
    QString owner;
    if (Status s = log.visitTenant(visitId, &owner); !s.isOk())
        return s;
    if (owner.isEmpty() || (!tenantId.isEmpty() && owner != tenantId))
        return {Status::NotFound, QStringLiteral("the server holds no visit %1").arg(idString(visitId))};
    QList<Event> events;
    if (Status s = log.visitEvents(visitId, &events); !s.isOk())
        return s;

    const VisitState state = foldVisit(events);
    RecordReference ref = referenceFor ? referenceFor(state) : RecordReference{};
    Directory directory(db);
    Tenant tenant;
    if (directory.tenant(owner, &tenant).isOk())
        ref.authority = tenant.name;
    QList<Facility> facilities; // outlives buildVisitRecord, which reads ref.facility
    directory.facilities(owner, &facilities);
    for (const Facility &f : std::as_const(facilities)) {
        if (f.id == state.facilityId)
            ref.facility = &f;
    }
    for (const Event &e : std::as_const(events)) {
        Consultant c;
        if (!ref.people.contains(e.authorId) && directory.consultant(e.authorId, &c).isOk() &&
            c.tenantId == owner)
            ref.people.insert(e.authorId, c.name);
    }
    *out = buildVisitRecord(events, ref);
    return Status::ok();
}

} // namespace feltdialog::server
