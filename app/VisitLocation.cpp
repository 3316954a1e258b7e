#include "VisitLocation.h"

#include <QDateTime>
#include <QLocale>

namespace feltdialog {

namespace {

QString momentName(const QString &moment)
{
    if (moment == QLatin1String("visit_start"))
        return VisitLocation::tr("Visit start");
    if (moment == QLatin1String("visit_end"))
        return VisitLocation::tr("Visit end");
    return VisitLocation::tr("During a conversation");
}

QString distanceText(double meters)
{
    if (meters < 0)
        return {};
    if (meters < 1000)
        return VisitLocation::tr("%1 m from the facility").arg(qRound(meters));
    return VisitLocation::tr("%1 km from the facility").arg(QLocale().toString(meters / 1000, 'f', 1));
}

// An age as a person says it: minutes for the first hour, then hours, then days from two days on
// ("8 dage", not "11482 minutter").
QString ageWords(qint64 ms)
{
    const int minutes = int(ms / 60'000);
    if (minutes < 60)
        return VisitLocation::tr("%n minute(s)", nullptr, minutes);
    if (minutes < 48 * 60)
        return VisitLocation::tr("%n hour(s)", nullptr, qRound(minutes / 60.0));
    return VisitLocation::tr("%n day(s)", nullptr, qRound(minutes / (24 * 60.0)));
}

QString statusText(const LocationStamp &s)
{
    if (s.status == QLatin1String("fix"))
        return VisitLocation::tr("Position found");
    if (s.status == QLatin1String("stale_fix"))
        return VisitLocation::tr("Old position (%1 old)").arg(ageWords(s.fixAgeMs));
    if (s.status == QLatin1String("manual"))
        return VisitLocation::tr("Address confirmed by hand");
    return VisitLocation::tr("No position");
}

} // namespace

VisitLocation::VisitLocation(Workspace *workspace, OpenVisit *openVisit, LocationStamper *stamper,
                             QObject *parent)
    : QObject(parent), m_workspace(workspace), m_openVisit(openVisit), m_stamper(stamper)
{
    connect(openVisit, &OpenVisit::visitChanged, this, &VisitLocation::changed);
    connect(openVisit, &OpenVisit::visitRecorded, this, &VisitLocation::changed);
    connect(stamper, &LocationStamper::stamped, this, &VisitLocation::changed);
}

QString VisitLocation::momentText(const QString &moment)
{
    return momentName(moment);
}

QString VisitLocation::describe(const LocationStamp &s)
{
    QStringList parts{statusText(s)};
    if (s.distanceM >= 0)
        parts << distanceText(s.distanceM);
    if ((s.status == QLatin1String("fix") || s.status == QLatin1String("stale_fix")) && s.accuracyM >= 0)
        parts << tr("accurate to %1 m").arg(qRound(s.accuracyM));
    if (!s.address.isEmpty())
        parts << s.address;
    if (!s.reason.isEmpty())
        parts << LocationStamper::reasonText(s.reason);
    if (s.far)
        parts << tr("far from the facility");
    return parts.join(QStringLiteral(" · "));
}

QVariantList VisitLocation::stamps() const
{
    QVariantList out;
    for (const LocationStamp &s : m_openVisit->state().locations) {
        QString accuracy;
        if ((s.status == QLatin1String("fix") || s.status == QLatin1String("stale_fix")) && s.accuracyM >= 0)
            accuracy = tr("accurate to %1 m").arg(qRound(s.accuracyM));
        out.append(QVariantMap{
            {QStringLiteral("moment"), s.moment},
            {QStringLiteral("momentText"), momentName(s.moment)},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("statusText"), statusText(s)},
            {QStringLiteral("time"),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.wallTimeMs).time(), QLocale::ShortFormat)},
            {QStringLiteral("accuracyText"), accuracy},
            {QStringLiteral("distanceText"), distanceText(s.distanceM)},
            {QStringLiteral("far"), s.far},
            {QStringLiteral("reasonText"),
             s.reason.isEmpty() ? QString() : LocationStamper::reasonText(s.reason)},
            {QStringLiteral("address"), s.address},
        });
    }
    return out;
}

QString VisitLocation::summary() const
{
    const auto &locations = m_openVisit->state().locations;
    if (m_stamper->isStamping())
        return tr("Finding position…");
    if (locations.isEmpty())
        return {};
    const LocationStamp &s = locations.last();
    if (s.status == QLatin1String("manual"))
        return tr("Address confirmed by hand");
    if (s.status == QLatin1String("no_fix"))
        return tr("No position");
    if (s.distanceM < 0)
        return statusText(s);
    return s.status == QLatin1String("stale_fix")
               ? statusText(s) + QStringLiteral(" · ") + distanceText(s.distanceM)
               : distanceText(s.distanceM);
}

QString VisitLocation::attention() const
{
    const auto &locations = m_openVisit->state().locations;
    if (locations.isEmpty() || m_openVisit->isClosed())
        return {};
    const LocationStamp &s = locations.last();
    if (s.status == QLatin1String("no_fix") && s.reason != QLatin1String("superseded"))
        return tr("No position was taken: %1 You can confirm the facility's address by hand.")
            .arg(LocationStamper::reasonText(s.reason));
    if (s.far)
        return tr("The position is %1. You can take it again or confirm the address by hand.")
            .arg(distanceText(s.distanceM));
    return {};
}

QString VisitLocation::facilityAddress() const
{
    const Facility *f = m_workspace->reference().facility(m_openVisit->state().facilityId);
    return f ? f->address : QString();
}

void VisitLocation::stampNow()
{
    const QUuid id = m_openVisit->state().visitId;
    if (id.isNull() || m_openVisit->isClosed())
        return;
    m_stamper->stamp(id, QStringLiteral("conversation"));
    emit changed(); // "finding position…"
}

bool VisitLocation::confirmAddress(const QString &reason)
{
    const QUuid id = m_openVisit->state().visitId;
    if (id.isNull() || m_openVisit->isClosed())
        return false;
    // It stands in for the latest stamp that failed or was far; before any, for the start.
    const auto &locations = m_openVisit->state().locations;
    const QString moment = locations.isEmpty() ? QStringLiteral("visit_start") : locations.last().moment;
    return m_stamper->confirmByHand(id, moment, reason);
}

} // namespace feltdialog
