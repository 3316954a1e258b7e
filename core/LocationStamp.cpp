#include "LocationStamp.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace feltdialog {

QJsonObject LocationStamp::toPayload() const
{
    QJsonObject p{{"moment", moment}, {"status", status}, {"source", source}};
    if (status == QLatin1String("fix") || status == QLatin1String("stale_fix")) {
        p.insert("latitude", latitude);
        p.insert("longitude", longitude);
        p.insert("accuracyM", accuracyM);
        p.insert("fixAgeMs", double(fixAgeMs));
    }
    if (!reason.isEmpty())
        p.insert("reason", reason);
    if (!address.isEmpty())
        p.insert("address", address);
    if (distanceM >= 0) {
        p.insert("distanceM", distanceM);
        p.insert("far", far);
    }
    return p;
}

LocationStamp LocationStamp::fromPayload(const QJsonObject &p)
{
    LocationStamp s;
    s.moment = p.value("moment").toString();
    s.status = p.value("status").toString();
    s.latitude = p.value("latitude").toDouble();
    s.longitude = p.value("longitude").toDouble();
    s.accuracyM = p.value("accuracyM").toDouble(-1);
    s.fixAgeMs = qint64(p.value("fixAgeMs").toDouble());
    s.source = p.value("source").toString();
    s.reason = p.value("reason").toString();
    s.address = p.value("address").toString();
    s.distanceM = p.value("distanceM").toDouble(-1);
    s.far = p.value("far").toBool();
    return s;
}

bool FixSelector::offer(const Fix &fix, qint64 nowMs)
{
    if (m_chosen)
        return true;
    const bool fresh = isFresh(fix, nowMs);
    const auto rank = [](const Fix &f) { return f.accuracyM < 0 ? 1e12 : f.accuracyM; };
    if (!m_hasBest || (fresh && !m_bestFresh) || (fresh == m_bestFresh && rank(fix) < rank(m_best))) {
        m_best = fix;
        m_bestFresh = fresh;
        m_hasBest = true;
    }
    if (m_hasLast) {
        // Two fixes agree when they lie within their combined accuracy (at least 50 m: a
        // consultant walking from the car moves a little between two fixes).
        const double apart = distanceMeters(m_last.latitude, m_last.longitude, fix.latitude, fix.longitude);
        const double tolerance =
            std::max(50.0, std::max(0.0, m_last.accuracyM) + std::max(0.0, fix.accuracyM));
        if (apart > tolerance)
            ++m_jumps;
        else if (fresh && isGood(fix) && isFresh(m_last, nowMs) && isGood(m_last))
            m_chosen = true;
    }
    m_last = fix;
    m_hasLast = true;
    return m_chosen;
}

double distanceMeters(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthRadiusM = 6'371'008.8; // mean radius
    const auto rad = [](double deg) { return deg * std::numbers::pi / 180.0; };
    const double dLat = rad(lat2 - lat1), dLon = rad(lon2 - lon1);
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(rad(lat1)) * std::cos(rad(lat2)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

LocationStamp stampFromFix(const QString &moment, double latitude, double longitude, double accuracyM,
                           qint64 fixTimeMs, qint64 nowMs, const QString &source, bool facilityKnown,
                           double facilityLat, double facilityLon, const StampPolicy &policy)
{
    LocationStamp s;
    s.moment = moment;
    s.latitude = latitude;
    s.longitude = longitude;
    s.accuracyM = accuracyM;
    s.fixAgeMs = std::max<qint64>(0, nowMs - fixTimeMs);
    s.source = source;
    s.status = s.fixAgeMs > policy.maxFixAgeMs ? QStringLiteral("stale_fix") : QStringLiteral("fix");
    if (facilityKnown) {
        s.distanceM = distanceMeters(latitude, longitude, facilityLat, facilityLon);
        s.far = s.distanceM > policy.farMeters;
    }
    return s;
}

} // namespace feltdialog
