#pragma once

#include "EventStore.h"

namespace feltdialog {

// Data minimisation on the tablet: once the office server holds every event of a closed visit,
// the tablet keeps it for a while (the consultant may still look something up) and then removes
// it, saying so beforehand. Nothing unconfirmed is ever removed: that rule is checked again in the
// transaction that removes (EventStore::removeConfirmedVisit).
struct RetentionPolicy
{
    int keepDays = 30;  // after closing, counted from the close
    int noticeDays = 7; // the visit list says "removed on ..." this long before
};

struct RetentionEntry
{
    QUuid visitId;
    qint64 removeAtMs = 0;
};

// When each removable visit leaves the tablet.
Status retentionSchedule(EventStore &store, const RetentionPolicy &policy, QList<RetentionEntry> *out);
// Removes the visits whose time has come; `removed` lists them.
Status applyRetention(EventStore &store, const RetentionPolicy &policy, qint64 nowMs, QList<QUuid> *removed);

// Earlier versions saved the visit record as plain PDF and JSON files (tilsynsrapport-<first 8
// characters of the visit id>.*) in `folder`. Those whose visit is no longer on the tablet (taken
// off by retention, or by a reset after a forgotten PIN) are deleted; `kept` lists the rest, whose
// visit is still here, so the screen can say they exist.
Status removeLeftoverRecordFiles(EventStore &store, const QString &folder, QStringList *kept);
// The leftover plain record files in `folder`, without touching them.
QStringList leftoverRecordFiles(const QString &folder);

} // namespace feltdialog
