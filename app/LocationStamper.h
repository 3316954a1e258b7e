#pragma once

#include "LocationAccess.h"
#include "LocationStamp.h"
#include "Workspace.h"

#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

namespace feltdialog {

// Takes one location stamp for a visit and records it as a LocationStamped event. Asks the
// platform for a position only while stamping and stops the source as soon as the stamp is
// taken; never tracks. Runs beside the visit: nothing waits for it, and "no fix" with its reason
// (timeout, permission denied, positioning off, no plugin) is recorded rather than waited out.
//
// Reasons are stable codes in the log (see reasonText() for the words shown).
class LocationStamper : public QObject
{
    Q_OBJECT
public:
    // Makes the position source for one stamp (nullptr: this device has none). The default uses
    // the platform's source, the plugin named in FELTDIALOG_POSITION_PLUGIN, or replays an NMEA
    // file named in FELTDIALOG_NMEA_FILE (demos and end-to-end tests without a receiver).
    using SourceFactory = std::function<QGeoPositionInfoSource *(QObject *parent)>;
    static QGeoPositionInfoSource *defaultSource(QObject *parent);
    using Clock = std::function<qint64()>; // UTC ms since the epoch

    explicit LocationStamper(Workspace *workspace, SourceFactory factory = defaultSource,
                             std::unique_ptr<LocationAccess> access = createPlatformLocationAccess(),
                             QObject *parent = nullptr);
    ~LocationStamper() override;

    void setPolicy(const StampPolicy &policy) { m_policy = policy; }
    void setSourceFactory(SourceFactory factory) { m_factory = std::move(factory); }
    // An authority may decide not to stamp at all (its data protection assessment): then
    // stamp() records nothing. Manual confirmation stays possible.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    const StampPolicy &policy() const { return m_policy; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    bool isStamping() const { return m_pending.has_value(); }

    // Starts a stamp; returns at once. `stamped` reports the stamp once it is in the log (written
    // through the workspace's VisitLog, so the open visit has folded it in by then).
    void stamp(const QUuid &visitId, const QString &moment);
    // The consultant confirms by hand that they are at the facility's address (no fix, or none
    // wanted): recorded as a "manual" stamp with their reason. Returns false if not recorded.
    bool confirmByHand(const QUuid &visitId, const QString &moment, const QString &reason);

    // The words for a stamp's reason code, in the app's language.
    static QString reasonText(const QString &code);

signals:
    void stamped(const QUuid &visitId, const feltdialog::LocationStamp &stamp);

private:
    struct Pending
    {
        QUuid visitId;
        QString moment;
        FixSelector selector;
    };
    void startSource();
    void take(const QGeoPositionInfo &info);
    void stampChosen(const QString &reason);
    void giveUp(const QString &reason);
    void finish(LocationStamp stamp);
    const Facility *facilityOf(const QUuid &visitId) const;
    QString sourceName() const;

    Workspace *m_workspace;
    SourceFactory m_factory;
    std::unique_ptr<LocationAccess> m_access;
    Clock m_clock;
    StampPolicy m_policy;
    QPointer<QGeoPositionInfoSource> m_source;
    std::optional<Pending> m_pending;
    bool m_enabled = true;
    quint64 m_generation = 0; // tells a late permission answer from the current stamp's
};

} // namespace feltdialog
