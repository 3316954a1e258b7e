#pragma once

#include "LocationStamp.h"
#include "Workspace.h"

#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <functional>

namespace feltdialog {

// Takes one location stamp for a visit and records it as a LocationStamped event. Asks the
// platform for a position only while stamping and stops the source as soon as the stamp is
// taken; never tracks. Runs beside the visit: nothing waits for it, and "no fix" with its reason
// (timeout, permission denied, positioning off, no plugin) is recorded rather than waited out.
class LocationStamper : public QObject
{
    Q_OBJECT
public:
    // Makes the position source for one stamp (nullptr: this device has none). The default uses
    // the platform's source, or replays an NMEA file named in FELTDIALOG_NMEA_FILE (tests, demos).
    using SourceFactory = std::function<QGeoPositionInfoSource *(QObject *parent)>;
    static QGeoPositionInfoSource *defaultSource(QObject *parent);

    explicit LocationStamper(Workspace *workspace, SourceFactory factory = defaultSource,
                             QObject *parent = nullptr);

    void setPolicy(const StampPolicy &policy) { m_policy = policy; }
    const StampPolicy &policy() const { return m_policy; }
    bool isStamping() const { return m_source != nullptr; }

    // Starts a stamp; returns at once. `stamped` reports the stamp once it is in the log.
    void stamp(const QUuid &visitId, const QString &moment);

signals:
    void stamped(const QUuid &visitId, const feltdialog::LocationStamp &stamp);

private:
    void take(const QGeoPositionInfo &info);
    void finish(LocationStamp stamp);
    void giveUp(const QString &reason);

    Workspace *m_workspace;
    SourceFactory m_factory;
    StampPolicy m_policy;
    QPointer<QGeoPositionInfoSource> m_source;
    QUuid m_visitId;
    QString m_moment;
    QGeoPositionInfo m_best;
};

} // namespace feltdialog
