#pragma once

#include "ServerDatabase.h"

#include <QJsonObject>

namespace feltdialog::server {

// What the office console's visit list may be narrowed to; empty: no narrowing.
struct VisitFilter
{
    QString consultantId;
    QString facilityId;
    QString from; // yyyy-MM-dd, inclusive: the day the visit started, or its planned day
    QString to;
};

// The tenant's visits as the console lists them, from the server's tables and events:
// {"visits":[{id, facilityId, facilityName, kind, plannedDate, startedAt, status, eventCount,
// lastReceivedAt, consultants:[{id,name}]}], "consultants":[...], "facilities":[...]}. `status` is
// "planned" (no event yet), "in_progress" (started, not closed) or "closed" (the tablet closed it).
// Newest first, at most MaxListedVisits.
inline constexpr int MaxListedVisits = 500;
Status listVisits(ServerDatabase &db, const QString &tenantId, const VisitFilter &filter, QJsonObject *out);

} // namespace feltdialog::server
