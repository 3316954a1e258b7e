#pragma once

#include "LocationStamper.h"
#include "OpenVisit.h"
#include "QmlSingleton.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// Where the open visit happened, for QML: its location stamps in the words the consultant reads,
// a short summary for the visit header, and what needs their attention (no fix, or far from the
// facility) with the way out: confirming the facility's address by hand, with a reason.
class VisitLocation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(VisitLocation)
    Q_PROPERTY(QVariantList stamps READ stamps NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString attention READ attention NOTIFY changed)
    Q_PROPERTY(QString facilityAddress READ facilityAddress NOTIFY changed)
    Q_PROPERTY(bool stamping READ isStamping NOTIFY changed)
public:
    VisitLocation(Workspace *workspace, OpenVisit *openVisit, LocationStamper *stamper,
                  QObject *parent = nullptr);

    // Newest last: {moment, momentText, status, statusText, time, accuracyText, distanceText, far,
    // reasonText, address}.
    QVariantList stamps() const;
    QString summary() const;
    // Empty when all is well; else one sentence on the latest stamp's problem.
    QString attention() const;
    QString facilityAddress() const;
    bool isStamping() const { return m_stamper->isStamping(); }

    // "Visit start", and the stamp in one line: status, distance, accuracy, reason.
    static QString momentText(const QString &moment);
    static QString describe(const LocationStamp &stamp);

    // One stamp now, at a conversation (the consultant asked for it).
    Q_INVOKABLE void stampNow();
    // The consultant confirms they are at the facility's registered address; reason required.
    Q_INVOKABLE bool confirmAddress(const QString &reason);

signals:
    void changed();

private:
    Workspace *m_workspace;
    OpenVisit *m_openVisit;
    LocationStamper *m_stamper;
};

} // namespace feltdialog
