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
    QString status; // planned, in_progress or closed
};

// Where a page of the list ends: the created time and id of its last visit (the list's order).
struct VisitPageCursor
{
    qint64 createdMs = 0;
    QString visitId;
    QString toString() const;
    static bool parse(const QString &text, VisitPageCursor *out); // false: not a cursor
};

inline constexpr int DefaultVisitPage = 50;
inline constexpr int MaxVisitPage = 200;

// One page of the tenant's visits as the console lists them, from the server's tables and events:
// {"visits":[{id, facilityId, facilityName, kind, plannedDate, startedAt, status, eventCount,
// lastReceivedAt, consultants:[{id,name}]}], "next": cursor or null, "consultants":[...],
// "facilities":[...]}. `status` is "planned" (no event yet), "in_progress" (started, not closed)
// or "closed" (the tablet closed it). Newest first; the filters are the statement's, and the page
// is read from an index from the cursor on (issue 17): its cost is the page's, not the history's.
Status listVisits(ServerDatabase &db, const QString &tenantId, const VisitFilter &filter,
                  const VisitPageCursor *after, int limit, QJsonObject *out);

// The statement listVisits runs and its values, for tests that ask the database how it runs it.
QString visitPageStatement(const VisitFilter &filter, bool hasCursor, QVariantList *values,
                           const QString &tenantId, const VisitPageCursor *after, int limit);

} // namespace feltdialog::server
