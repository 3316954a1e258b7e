#include "LocationStamper.h"

#include <QDateTime>
#include <QFile>
#include <QNmeaPositionInfoSource>
#include <QTimer>

namespace feltdialog {

namespace {
// NMEA carries dilution of precision, not metres; this typical receiver error turns it into a
// horizontal accuracy (QNmeaPositionInfoSource::setUserEquivalentRangeError).
constexpr double kNmeaRangeErrorM = 5.0;
} // namespace

QGeoPositionInfoSource *LocationStamper::defaultSource(QObject *parent)
{
    const QString nmea = qEnvironmentVariable("FELTDIALOG_NMEA_FILE");
    if (nmea.isEmpty())
        return QGeoPositionInfoSource::createDefaultSource(parent);
    auto *file = new QFile(nmea);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        return nullptr;
    }
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
    file->setParent(source);
    source->setDevice(file);
    source->setUserEquivalentRangeError(kNmeaRangeErrorM);
    return source;
}

LocationStamper::LocationStamper(Workspace *workspace, SourceFactory factory, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_factory(std::move(factory))
{}

void LocationStamper::stamp(const QUuid &visitId, const QString &moment)
{
    if (m_source) // one at a time; the later moment is the one that matters
        giveUp(tr("another stamp was started"));
    m_visitId = visitId;
    m_moment = moment;
    m_best = {};
    m_source = m_factory ? m_factory(this) : nullptr;
    if (!m_source) {
        LocationStamp s;
        s.moment = moment;
        s.status = QStringLiteral("no_fix");
        s.reason = QStringLiteral("no positioning on this device");
        finish(s);
        return;
    }
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &LocationStamper::take);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error error) {
                switch (error) {
                case QGeoPositionInfoSource::AccessError:
                    giveUp(QStringLiteral("location permission denied"));
                    break;
                case QGeoPositionInfoSource::ClosedError:
                    giveUp(QStringLiteral("positioning is switched off"));
                    break;
                case QGeoPositionInfoSource::UpdateTimeoutError:
                    if (m_best.isValid())
                        take({}); // the best fix so far will do
                    else
                        giveUp(QStringLiteral("no fix within %1 s").arg(m_policy.timeoutMs / 1000));
                    break;
                default:
                    giveUp(QStringLiteral("positioning failed"));
                }
            });
    // Our own deadline too: not every source reports a timeout (an NMEA stream that just stops).
    auto *deadline = new QTimer(m_source); // goes with the source
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this] {
        if (m_best.isValid())
            take({});
        else
            giveUp(QStringLiteral("no fix within %1 s").arg(m_policy.timeoutMs / 1000));
    });
    deadline->start(m_policy.timeoutMs);
    m_source->startUpdates(); // stopped again as soon as a stamp is taken
}

void LocationStamper::take(const QGeoPositionInfo &info)
{
    if (!m_source)
        return;
    if (info.isValid() && info.coordinate().isValid()) {
        const double accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
                                    ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
                                    : -1;
        const double best = m_best.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
                                ? m_best.attribute(QGeoPositionInfo::HorizontalAccuracy)
                                : 1e9;
        if (!m_best.isValid() || (accuracy >= 0 && accuracy < best))
            m_best = info;
        if (accuracy < 0 || accuracy > m_policy.goodAccuracyM)
            return; // a rough fix: keep it, and wait for a better one until the deadline
    } else if (info.isValid() || !m_best.isValid()) {
        return; // an update without a position, or a deadline with nothing at all
    }
    // The facility's registered coordinates, from the visit's start (unreadable while locked:
    // the stamp then has no distance rather than a wrong one).
    const Facility *facility = nullptr;
    QList<Event> starts;
    if (m_workspace->store().eventsOfTypes({QString::fromLatin1(EventType::VisitStarted)}, &starts).isOk()) {
        for (const Event &e : std::as_const(starts)) {
            if (e.visitId == m_visitId)
                facility = m_workspace->facility(e.payload.value(QLatin1String("facilityId")).toString());
        }
    }
    const bool known = facility && (facility->latitude != 0 || facility->longitude != 0);
    const double accuracy = m_best.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
                                ? m_best.attribute(QGeoPositionInfo::HorizontalAccuracy)
                                : -1;
    finish(stampFromFix(m_moment, m_best.coordinate().latitude(), m_best.coordinate().longitude(), accuracy,
                        m_best.timestamp().toMSecsSinceEpoch(), QDateTime::currentMSecsSinceEpoch(),
                        m_source->sourceName(), known, known ? facility->latitude : 0,
                        known ? facility->longitude : 0, m_policy));
}

void LocationStamper::giveUp(const QString &reason)
{
    LocationStamp s;
    s.moment = m_moment;
    s.status = QStringLiteral("no_fix");
    s.reason = reason;
    s.source = m_source ? m_source->sourceName() : QString();
    finish(s);
}

void LocationStamper::finish(LocationStamp stamp)
{
    if (m_source) {
        m_source->stopUpdates();
        m_source->deleteLater();
        m_source = nullptr;
    }
    VisitRecorder *recorder = m_workspace->recorder();
    if (!recorder || !recorder->record(m_visitId, EventType::LocationStamped, stamp.toPayload()).isOk()) {
        qWarning("location stamp for %s could not be recorded", qPrintable(idString(m_visitId)));
        return;
    }
    emit stamped(m_visitId, stamp);
}

} // namespace feltdialog
