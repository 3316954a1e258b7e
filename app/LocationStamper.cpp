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

namespace Reason {
const QString noPlugin = QStringLiteral("no_plugin");
const QString permissionDenied = QStringLiteral("permission_denied");
const QString positioningOff = QStringLiteral("positioning_off");
const QString timeout = QStringLiteral("timeout");
const QString failed = QStringLiteral("positioning_failed");
const QString superseded = QStringLiteral("superseded");
const QString lowAccuracy = QStringLiteral("low_accuracy");
const QString unconfirmed = QStringLiteral("unconfirmed");
const QString jumpIgnored = QStringLiteral("jump_ignored");
} // namespace Reason
} // namespace

QGeoPositionInfoSource *LocationStamper::defaultSource(QObject *parent)
{
    const QString nmea = qEnvironmentVariable("FELTDIALOG_NMEA_FILE");
    if (nmea.isEmpty()) {
        const QString plugin = qEnvironmentVariable("FELTDIALOG_POSITION_PLUGIN");
        return plugin.isEmpty() ? QGeoPositionInfoSource::createDefaultSource(parent)
                                : QGeoPositionInfoSource::createSource(plugin, parent);
    }
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

LocationStamper::LocationStamper(Workspace *workspace, SourceFactory factory,
                                 std::unique_ptr<LocationAccess> access, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_factory(std::move(factory)), m_access(std::move(access)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

LocationStamper::~LocationStamper() = default;

void LocationStamper::stamp(const QUuid &visitId, const QString &moment)
{
    if (!m_enabled)
        return;
    if (m_pending) // one at a time; the earlier stamp says why it ended
        giveUp(Reason::superseded);
    m_pending = Pending{visitId, moment, FixSelector(m_policy)};
    const quint64 generation = ++m_generation;
    if (!m_access) {
        startSource();
        return;
    }
    m_access->request(
        [this, generation, alive = QPointer<LocationStamper>(this)](LocationAccess::Answer answer) {
            if (!alive || generation != m_generation || !m_pending)
                return; // a later stamp has taken over
            switch (answer) {
            case LocationAccess::Answer::Granted:
                startSource();
                break;
            case LocationAccess::Answer::Denied:
                giveUp(Reason::permissionDenied);
                break;
            case LocationAccess::Answer::SwitchedOff:
                giveUp(Reason::positioningOff);
                break;
            }
        });
}

void LocationStamper::startSource()
{
    m_source = m_factory ? m_factory(this) : nullptr;
    if (!m_source) {
        giveUp(Reason::noPlugin);
        return;
    }
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &LocationStamper::take);
    const auto deadline = [this] {
        if (m_pending && m_pending->selector.hasAny())
            stampChosen({});
        else
            giveUp(Reason::timeout);
    };
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this,
            [this, deadline](QGeoPositionInfoSource::Error error) {
                switch (error) {
                case QGeoPositionInfoSource::AccessError:
                    giveUp(Reason::permissionDenied);
                    break;
                case QGeoPositionInfoSource::ClosedError:
                    giveUp(Reason::positioningOff);
                    break;
                case QGeoPositionInfoSource::UpdateTimeoutError:
                    deadline();
                    break;
                default:
                    giveUp(Reason::failed);
                }
            });
    // Our own deadline too: not every source reports a timeout (an NMEA stream that just stops).
    auto *timer = new QTimer(m_source); // goes with the source
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, deadline);
    timer->start(m_policy.timeoutMs);
    m_source->startUpdates(); // stopped again as soon as a stamp is taken
}

void LocationStamper::take(const QGeoPositionInfo &info)
{
    if (!m_pending || !info.isValid() || !info.coordinate().isValid())
        return; // an update without a position
    Fix fix;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        fix.accuracyM = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    fix.timeMs = info.timestamp().toMSecsSinceEpoch();
    if (m_pending->selector.offer(fix, m_clock()))
        stampChosen(m_pending->selector.jumps() > 0 ? Reason::jumpIgnored : QString());
}

void LocationStamper::stampChosen(const QString &reason)
{
    const FixSelector &selector = m_pending->selector;
    const Fix &fix = selector.chosen();
    const Facility *facility = facilityOf(m_pending->visitId);
    const bool known = facility && (facility->latitude != 0 || facility->longitude != 0);
    LocationStamp stamp = stampFromFix(
        m_pending->moment, fix.latitude, fix.longitude, fix.accuracyM, fix.timeMs, m_clock(), sourceName(),
        known, known ? facility->latitude : 0, known ? facility->longitude : 0, m_policy);
    stamp.reason = reason;
    if (!selector.confirmed() && stamp.status == QLatin1String("fix")) // the deadline took the best there was
        stamp.reason = fix.accuracyM < 0 || fix.accuracyM > m_policy.goodAccuracyM ? Reason::lowAccuracy
                                                                                   : Reason::unconfirmed;
    finish(stamp);
}

void LocationStamper::giveUp(const QString &reason)
{
    LocationStamp s;
    s.moment = m_pending ? m_pending->moment : QString();
    s.status = QStringLiteral("no_fix");
    s.reason = reason;
    s.source = sourceName();
    finish(s);
}

bool LocationStamper::confirmByHand(const QUuid &visitId, const QString &moment, const QString &reason)
{
    const Facility *facility = facilityOf(visitId);
    if (!facility || reason.trimmed().isEmpty())
        return false;
    LocationStamp s;
    s.moment = moment;
    s.status = QStringLiteral("manual");
    s.source = QStringLiteral("manual");
    s.reason = reason.trimmed();
    s.address = facility->address;
    if (!m_workspace->log().record(visitId, EventType::LocationStamped, s.toPayload()).isOk())
        return false;
    emit stamped(visitId, s);
    return true;
}

void LocationStamper::finish(LocationStamp stamp)
{
    if (m_source) {
        m_source->stopUpdates();
        m_source->deleteLater();
        m_source = nullptr;
    }
    if (!m_pending)
        return;
    const QUuid visitId = m_pending->visitId;
    m_pending.reset();
    if (!m_workspace->log().record(visitId, EventType::LocationStamped, stamp.toPayload()).isOk()) {
        // Locked meanwhile, or the disk is full: the visit goes on; the record has no stamp.
        qWarning("location stamp for %s could not be recorded", qPrintable(idString(visitId)));
        return;
    }
    emit stamped(visitId, stamp);
}

QString LocationStamper::sourceName() const
{
    if (!m_source)
        return {};
    // Qt 6.4 names plugin sources only; a replayed NMEA device has no name of its own.
    if (m_source->sourceName().isEmpty() && qobject_cast<QNmeaPositionInfoSource *>(m_source))
        return QStringLiteral("nmea");
    return m_source->sourceName();
}

const Facility *LocationStamper::facilityOf(const QUuid &visitId) const
{
    QList<Event> events;
    if (!m_workspace->store().eventsOfVisit(visitId, &events).isOk())
        return nullptr;
    for (const Event &e : std::as_const(events)) {
        if (e.type == QLatin1String(EventType::VisitStarted))
            return m_workspace->reference().facility(e.payload.value(QLatin1String("facilityId")).toString());
    }
    return nullptr;
}

QString LocationStamper::reasonText(const QString &code)
{
    if (code == Reason::noPlugin)
        return tr("This device has no positioning.");
    if (code == Reason::permissionDenied)
        return tr("Feltdialog may not use the location. Allow it in the device settings.");
    if (code == Reason::positioningOff)
        return tr("Location services are switched off on this device.");
    if (code == Reason::timeout)
        return tr("No position within the time allowed.");
    if (code == Reason::failed)
        return tr("Positioning failed.");
    if (code == Reason::superseded)
        return tr("Replaced by a later stamp.");
    if (code == Reason::lowAccuracy)
        return tr("Only an inaccurate position was found.");
    if (code == Reason::unconfirmed)
        return tr("Only one position arrived; a second did not confirm it.");
    if (code == Reason::jumpIgnored)
        return tr("A sudden jump in the position was ignored.");
    return code; // a manual stamp's reason is the consultant's own words
}

} // namespace feltdialog
