#include "SyncCenter.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkInformation>
#include <QSysInfo>

namespace feltdialog {

namespace {
const QString kServerUrl = QStringLiteral("sync_server_url");
const QString kConsultantId = QStringLiteral("consultant_id");
const QString kConsultantName = QStringLiteral("consultant_name");
const QString kToken = QStringLiteral("sync_token");

QString meta(EventStore &store, const QString &key)
{
    QString value;
    store.metaValue(key, &value);
    return value;
}
} // namespace

SyncCenter::SyncCenter(Workspace *workspace, OpenVisit *openVisit, VisitList *visits, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_openVisit(openVisit), m_visits(visits),
      m_engine(&workspace->store(), &m_client)
{
    // An authority with its own certificate authority (and the tests) name it here.
    if (const QString ca = qEnvironmentVariable("FELTDIALOG_SYNC_CA_FILE"); !ca.isEmpty())
        m_trusted = QSslCertificate::fromPath(ca);
    connect(workspace, &Workspace::unlocked, this, &SyncCenter::loadSettings);
    connect(workspace, &Workspace::locked, this, [this] {
        m_client.setToken({});
        m_haveToken = false;
        emit changed();
    });
    connect(openVisit, &OpenVisit::visitRecorded, this, &SyncCenter::refreshCounts);
    connect(&m_engine, &SyncEngine::stateChanged, this, &SyncCenter::changed);
    connect(&m_engine, &SyncEngine::progress, this, &SyncCenter::refreshCounts);
    connect(&m_engine, &SyncEngine::referenceChanged, this, &SyncCenter::applyReference);
    connect(&m_engine, &SyncEngine::finished, this, [this](bool ok) {
        if (ok)
            removeExpiredVisits();
    });
    connect(&m_engine, &SyncEngine::visitsChanged, this, [this](const QSet<QUuid> &visitIds) {
        // A colleague's events: the clock moves past theirs, and what is on screen folds them in.
        if (VisitRecorder *recorder = m_workspace->recorder())
            recorder->resume();
        for (const QUuid &id : visitIds)
            m_openVisit->reloadIfOpen(id);
        m_visits->reload();
    });
    if (workspace->isUnlocked())
        loadSettings();
}

void SyncCenter::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    m_trusted = certificates;
    m_client.setEndpoint({m_client.endpoint().baseUrl, m_trusted});
}

void SyncCenter::watchNetwork()
{
    // Loaded on the first unlock, not at start: the backend talks to NetworkManager over D-Bus,
    // and nothing about the network matters before the PIN.
    if (m_watchingNetwork)
        return;
    m_watchingNetwork = true;
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online)
                        onNetworkReachable();
                });
    }
}

void SyncCenter::loadSettings()
{
    watchNetwork();
    EventStore &store = m_workspace->store();
    m_serverUrl = meta(store, kServerUrl);
    m_consultantName = meta(store, kConsultantName);
    m_client.setEndpoint({QUrl(m_serverUrl), m_trusted});
    QByteArray token;
    m_haveToken = store.secret(kToken, &token).isOk() && !token.isEmpty();
    m_client.setToken(token);
    applyReference();
    removeExpiredVisits();
    refreshCounts();
}

void SyncCenter::applyReference()
{
    // The facilities the office gave this consultant replace the demo list; until the first
    // sync, the demo's stay (a newcomer can walk a visit at once). Its planned visits are listed
    // to start.
    QByteArray json;
    if (!m_workspace->store().secret(SyncEngine::ReferenceSecret, &json).isOk()) {
        announcePeople({});
        return;
    }
    OfficeReference reference;
    if (const Status s = parseOfficeReference(json, &reference); !s.isOk()) {
        qWarning("reference data: %s", qPrintable(s.detail()));
        return;
    }
    m_workspace->reference().setFacilities(std::move(reference.facilities));
    m_workspace->reference().setPlannedVisits(std::move(reference.plannedVisits));
    announcePeople(reference.colleagues);
}

void SyncCenter::announcePeople(QHash<QString, QString> colleagues)
{
    // This consultant by the name enrollment gave, even before the first reference data arrives.
    const QString self = meta(m_workspace->store(), kConsultantId);
    if (!self.isEmpty() && !m_consultantName.isEmpty() && !colleagues.contains(self))
        colleagues.insert(self, m_consultantName);
    m_workspace->reference().setPeople(std::move(colleagues));
}

void SyncCenter::removeExpiredVisits()
{
    QList<QUuid> removed;
    const Status s = applyRetention(m_workspace->store(), m_workspace->retentionPolicy(),
                                    QDateTime::currentMSecsSinceEpoch(), &removed);
    if (!s.isOk())
        qWarning("retention: %s", qPrintable(s.detail()));
    if (!removed.isEmpty())
        m_visits->reload();
}

void SyncCenter::refreshCounts()
{
    EventStore &store = m_workspace->store();
    if (!store.isUnlocked())
        return;
    store.pendingCount(&m_pending);
    store.quarantined(&m_quarantined);
    emit changed();
}

bool SyncCenter::isEnrolled() const
{
    return m_haveToken && !m_serverUrl.isEmpty();
}

QString SyncCenter::statusText() const
{
    if (!isEnrolled())
        return tr("Not connected to the office: visits made now are a demo and cannot be sent");
    switch (m_engine.state()) {
    case SyncEngine::State::Running: {
        const QLocale locale;
        return tr("Syncing… %1 events sent (%2), %3 received (%4)")
            .arg(m_engine.eventsSent())
            .arg(locale.formattedDataSize(m_engine.bytesSent(), 1, QLocale::DataSizeSIFormat))
            .arg(m_engine.eventsPulled())
            .arg(locale.formattedDataSize(m_engine.bytesReceived(), 1, QLocale::DataSizeSIFormat));
    }
    case SyncEngine::State::Failed:
        return tr("Sync failed; it will try again");
    case SyncEngine::State::Revoked:
        return tr("This tablet is no longer enrolled");
    case SyncEngine::State::Idle:
        break;
    }
    if (m_pending > 0)
        return tr("%n event(s) waiting for the office", nullptr, int(m_pending));
    if (!m_quarantined.isEmpty()) // never "everything" while the office has refused something
        return tr("Nothing waiting; %n refused by the office", nullptr, int(m_quarantined.size()));
    return tr("Everything is at the office");
}

QString SyncCenter::problem() const
{
    const QString error = m_engine.lastError();
    if (m_engine.state() == SyncEngine::State::Revoked)
        return tr("The office has revoked this tablet (%1). Nothing on it is lost: ask the office for a "
                  "new enrollment code and enroll again, and what is waiting will be sent.")
            .arg(error);
    if (m_engine.state() != SyncEngine::State::Failed || error.isEmpty())
        return {};
    if (error.contains(QLatin1String("Ssl")) || error.contains(QLatin1String("Certificate")))
        return tr("The office server's certificate was not trusted (%1). Ask IT.")
            .arg(m_engine.lastMessage());
    if (error.endsWith(QLatin1String("Error")) || error == QLatin1String("OperationCanceledError"))
        return tr("The office server could not be reached (%1). Everything stays on the tablet; sync "
                  "tries again by itself.")
            .arg(m_engine.lastMessage());
    return tr("The office server answered \"%1\": %2").arg(error, m_engine.lastMessage());
}

QVariantList SyncCenter::quarantined() const
{
    QVariantList out;
    for (const QuarantinedEvent &q : m_quarantined)
        out.append(QVariantMap{{QStringLiteral("eventId"), idString(q.eventId)},
                               {QStringLiteral("type"), q.type},
                               {QStringLiteral("error"), q.error},
                               {QStringLiteral("message"), q.message}});
    return out;
}

void SyncCenter::enroll(const QString &serverUrl, const QString &code)
{
    const QUrl url = QUrl::fromUserInput(serverUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty() || code.trimmed().isEmpty()) {
        emit enrollFinished(false, tr("Enter the server address and the code from the office."));
        return;
    }
    QString deviceId;
    m_workspace->store().metaValue(QStringLiteral("device_id"), &deviceId);
    m_client.setEndpoint({url, m_trusted});
    m_client.setToken({});
    m_client.enroll(
        code.trimmed().toUpper(), deviceId, QSysInfo::machineHostName(), [this, url](const SyncReply &r) {
            if (!r.ok()) {
                loadSettings(); // back to the server and token it had, if any
                emit enrollFinished(false, r.reached
                                               ? tr("The server refused the code: %1").arg(r.error)
                                               : tr("The server could not be reached: %1").arg(r.message));
                return;
            }
            EventStore &store = m_workspace->store();
            const QString consultant = r.body.value(QLatin1String("consultantId")).toString();
            const QByteArray token = r.body.value(QLatin1String("token")).toString().toUtf8();
            Status s = store.setSecret(kToken, token);
            if (s.isOk())
                s = store.setMetaValue(kServerUrl, url.toString());
            if (s.isOk())
                s = store.setMetaValue(kConsultantId, consultant);
            if (s.isOk())
                s = store.setMetaValue(kConsultantName,
                                       r.body.value(QLatin1String("consultantName")).toString());
            if (!s.isOk()) {
                emit enrollFinished(false, tr("Could not keep the enrollment: %1").arg(s.detail()));
                return;
            }
            if (VisitRecorder *recorder = m_workspace->recorder())
                recorder->setAuthorId(consultant);
            loadSettings();
            emit enrollFinished(true, tr("Enrolled as %1.").arg(m_consultantName));
            syncNow();
        });
}

void SyncCenter::syncNow()
{
    if (!isEnrolled() || !m_workspace->isUnlocked())
        return;
    m_engine.syncNow();
    emit changed();
}

void SyncCenter::onNetworkReachable()
{
    if (m_busy && m_busy())
        return; // a conversation is going on; the next tap on Sync, or the next network change
    syncNow();
}

} // namespace feltdialog
