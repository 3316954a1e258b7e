#include "Retention.h"

namespace feltdialog {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
}

Status retentionSchedule(EventStore &store, const RetentionPolicy &policy, QList<RetentionEntry> *out)
{
    QHash<QUuid, qint64> closed;
    if (Status s = store.closedConfirmedVisits(&closed); !s.isOk())
        return s;
    out->clear();
    for (auto it = closed.cbegin(); it != closed.cend(); ++it)
        out->append({it.key(), it.value() + policy.keepDays * kDayMs});
    return Status::ok();
}

Status applyRetention(EventStore &store, const RetentionPolicy &policy, qint64 nowMs, QList<QUuid> *removed)
{
    QList<RetentionEntry> schedule;
    if (Status s = retentionSchedule(store, policy, &schedule); !s.isOk())
        return s;
    removed->clear();
    for (const RetentionEntry &entry : std::as_const(schedule)) {
        if (entry.removeAtMs > nowMs)
            continue;
        bool gone = false;
        if (Status s = store.removeConfirmedVisit(entry.visitId, &gone); !s.isOk())
            return s;
        if (gone)
            removed->append(entry.visitId);
    }
    return Status::ok();
}

} // namespace feltdialog
