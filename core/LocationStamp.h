#pragma once

#include <QJsonObject>
#include <QString>

namespace feltdialog {

// One stamp of where the consultant was, taken once at a moment of the visit (never tracking).
// The visit never waits for it: "no_fix" with its reason is as valid a stamp as a fix.
struct LocationStamp
{
    QString moment; // "visit_start" | "visit_end" | "conversation"
    QString status; // "fix" | "stale_fix" | "no_fix" | "manual"
    double latitude = 0;
    double longitude = 0;
    double accuracyM = -1; // horizontal accuracy; -1 when the source does not say
    qint64 fixAgeMs = 0;   // how old the fix was when stamped
    QString source;        // the positioning source's name, or "manual"
    QString reason;        // why there is no fix, or why the address was confirmed by hand
    QString address;       // the facility address the consultant confirmed by hand ("manual")
    double distanceM = -1; // to the facility's registered coordinates; -1 when unknown
    bool far = false;      // farther than the policy allows: flagged in the record, never blocked
    // From the event, not the payload (filled by the fold):
    qint64 wallTimeMs = 0;
    QString authorId;

    QJsonObject toPayload() const;
    static LocationStamp fromPayload(const QJsonObject &payload);
    bool operator==(const LocationStamp &) const = default;
};

struct StampPolicy
{
    int timeoutMs = 20'000;      // give up and record "no fix" after this long
    qint64 maxFixAgeMs = 60'000; // an older fix is recorded as stale, with its age
    double goodAccuracyM = 100;  // a fix this good is taken at once; else the best before timeout
    double farMeters = 500;      // farther from the facility than this is flagged
};

// One position a receiver reported.
struct Fix
{
    double latitude = 0;
    double longitude = 0;
    double accuracyM = -1; // -1: the receiver does not say
    qint64 timeMs = 0;     // when the receiver says the fix was taken (UTC, ms since epoch)
};

// Chooses the fix a stamp is made of while fixes arrive. A fresh, accurate fix is taken as soon
// as the next one agrees with it, so a single wild position (multipath near buildings) is never
// the stamp; without such a pair, the deadline takes the best fix seen: fresh before stale, then
// the most accurate. Pure logic, so each receiver behaviour is tested without a receiver.
class FixSelector
{
public:
    explicit FixSelector(const StampPolicy &policy) : m_policy(policy) {}

    // Returns true when the stamp can be taken now; chosen() is then the fix to stamp.
    bool offer(const Fix &fix, qint64 nowMs);
    bool hasAny() const { return m_hasBest; }
    const Fix &chosen() const { return m_chosen ? m_last : m_best; }
    bool confirmed() const { return m_chosen; }
    int jumps() const { return m_jumps; } // consecutive fixes that disagreed

private:
    bool isFresh(const Fix &fix, qint64 nowMs) const { return nowMs - fix.timeMs <= m_policy.maxFixAgeMs; }
    bool isGood(const Fix &fix) const
    {
        return fix.accuracyM >= 0 && fix.accuracyM <= m_policy.goodAccuracyM;
    }

    StampPolicy m_policy;
    Fix m_last, m_best;
    bool m_hasLast = false, m_hasBest = false, m_bestFresh = false, m_chosen = false;
    int m_jumps = 0;
};

// Great-circle distance on a spherical Earth; metres.
double distanceMeters(double lat1, double lon1, double lat2, double lon2);

// Turns a fix into a stamp under the policy: age, distance to the facility, flags.
// facilityKnown is false when the reference data has no coordinates for the facility.
LocationStamp stampFromFix(const QString &moment, double latitude, double longitude, double accuracyM,
                           qint64 fixTimeMs, qint64 nowMs, const QString &source, bool facilityKnown,
                           double facilityLat, double facilityLon, const StampPolicy &policy);

} // namespace feltdialog
