#pragma once

#include "OpenVisit.h"
#include "QmlSingleton.h"
#include "SyncEngine.h"
#include "VisitList.h"
#include "Workspace.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// Sync as the consultant sees it: is this tablet enrolled, how many events wait for the office,
// what is happening now and, when it failed, why and what to do. Sync runs when the consultant
// taps Sync, and by itself when the network comes back — but never in the middle of a
// conversation, and the app never waits for it.
class SyncCenter : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(SyncCenter)
    Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString consultantName READ consultantName NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int quarantinedCount READ quarantinedCount NOTIFY changed)
    Q_PROPERTY(bool running READ isRunning NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QVariantList quarantined READ quarantined NOTIFY changed)
public:
    SyncCenter(Workspace *workspace, OpenVisit *openVisit, VisitList *visits, QObject *parent = nullptr);

    bool isEnrolled() const;
    QString serverUrl() const { return m_serverUrl; }
    QString consultantName() const { return m_consultantName; }
    int pendingCount() const { return int(m_pending); }
    int quarantinedCount() const { return int(m_quarantined.size()); }
    bool isRunning() const { return m_engine.state() == SyncEngine::State::Running; }
    QString statusText() const;
    QString problem() const; // empty, or what went wrong and what to do
    QVariantList quarantined() const;

    // Enrolls this tablet with a one-time code from the office; answers through enrollFinished.
    Q_INVOKABLE void enroll(const QString &serverUrl, const QString &code);
    Q_INVOKABLE void syncNow();

    // Tests and the IT set-up: trust exactly this CA (PEM) instead of the system's.
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    SyncEngine &engine() { return m_engine; }
    // Whether a conversation is going on, so automatic sync can keep out of its way.
    void setBusyCheck(std::function<bool()> busy) { m_busy = std::move(busy); }

signals:
    void changed();
    void enrollFinished(bool ok, const QString &message);

private:
    void loadSettings(); // after unlock: the token, the server, the counts
    void refreshCounts();
    // Closed visits the office has held for the retention period leave the tablet.
    void removeExpiredVisits();
    void applyReference(); // the office's facilities, once a sync has brought them
    void onNetworkReachable();
    void watchNetwork();

    Workspace *m_workspace;
    OpenVisit *m_openVisit;
    VisitList *m_visits;
    SyncClient m_client;
    SyncEngine m_engine;
    QString m_serverUrl, m_consultantName;
    void announcePeople(QHash<QString, QString> colleagues);
    qint64 m_pending = 0;
    QList<QuarantinedEvent> m_quarantined;
    QList<QSslCertificate> m_trusted;
    std::function<bool()> m_busy;
    bool m_haveToken = false;
    bool m_watchingNetwork = false;
};

} // namespace feltdialog
