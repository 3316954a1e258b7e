#include "Workspace.h"

#include "Keystore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace feltdialog {

Workspace::Workspace(QString dataDir, KdfCost kdfCost, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_vault(m_store, kdfCost)
{}

Workspace::~Workspace() = default;

QString Workspace::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Workspace::storePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("feltdialog.sqlite"));
}

Status Workspace::open()
{
    m_recorder.reset();
    if (!QDir().mkpath(m_dataDir)) {
        m_problem = {Status::Io, QStringLiteral("cannot create %1").arg(m_dataDir)};
        return m_problem;
    }
    m_problem = m_store.open(storePath());
    if (!m_problem.isOk())
        return m_problem;
    const QString deviceId = VisitRecorder::ensureDeviceId(m_store);
    if (deviceId.isEmpty()) {
        m_problem = {Status::Io, QStringLiteral("cannot record the device id in %1").arg(storePath())};
        m_store.close();
        return m_problem;
    }
    // The author is the consultant this tablet was enrolled for; before enrollment (the demo),
    // a placeholder the server will not accept, so demo visits never reach a case file.
    QString consultant;
    m_store.metaValue(QStringLiteral("consultant_id"), &consultant);
    m_recorder = std::make_unique<VisitRecorder>(
        m_store, DeviceIdentity{deviceId, consultant.isEmpty() ? QStringLiteral("consultant") : consultant});
    m_problem = m_recorder->resume();
    if (!m_problem.isOk()) {
        m_recorder.reset();
        m_store.close();
        return m_problem;
    }
    emit opened();
    return m_problem;
}

bool Workspace::hasPin()
{
    bool has = false;
    return m_store.isOpen() && m_vault.hasPin(&has).isOk() && has;
}

QString Workspace::keystoreAccount()
{
    // One secret per store on this device, named by the store's device id (not secret itself).
    QString deviceId;
    m_store.metaValue(QStringLiteral("device_id"), &deviceId);
    return QStringLiteral("device-secret/%1").arg(deviceId);
}

Status Workspace::deviceSecret(QByteArray *secret)
{
    bool uses = false;
    if (Status s = m_vault.usesDeviceSecret(&uses); !s.isOk() || !uses)
        return s;
    if (!m_keystore)
        return {Status::Locked,
                QStringLiteral("this store needs the device keystore, which is not available")};
    return m_keystore->read(keystoreAccount(), secret);
}

Status Workspace::setUpPin(const QString &pin)
{
    if (!KeyVault::isAcceptablePin(pin))
        return {Status::Invalid, QStringLiteral("PIN too short")};
    QByteArray secretCopy;
    if (m_keystore) {
        secretCopy = SecretBytes::random(32).view().toByteArray();
        if (Status s = m_keystore->write(keystoreAccount(), secretCopy); !s.isOk()) {
            qWarning("keystore unavailable, the PIN alone protects the data key: %s", qPrintable(s.detail()));
            secretCopy.clear();
        }
    }
    const Status s = m_vault.setUp(pin, secretCopy);
    secretCopy.fill('\0');
    if (s.isOk())
        emit unlocked();
    return s;
}

Status Workspace::unlock(const QString &pin)
{
    QByteArray secret;
    if (Status s = deviceSecret(&secret); !s.isOk())
        return s;
    const Status s = m_vault.unlock(pin, secret);
    secret.fill('\0');
    if (s.isOk())
        emit unlocked();
    return s;
}

void Workspace::lock()
{
    if (!isUnlocked())
        return;
    emit aboutToLock();
    m_vault.lock();
    m_reference.forgetSealed();
    emit locked();
}

Status Workspace::changePin(const QString &currentPin, const QString &newPin)
{
    QByteArray secret;
    if (Status s = deviceSecret(&secret); !s.isOk())
        return s;
    const Status s = m_vault.changePin(currentPin, newPin, secret);
    secret.fill('\0');
    return s;
}

Status Workspace::wipeAndStartFresh()
{
    const QString account = m_store.isOpen() ? keystoreAccount() : QString();
    lock();
    m_recorder.reset();
    m_store.close();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = storePath() + QLatin1String(suffix);
        if (QFile::exists(file) && !QFile::remove(file))
            return {Status::Io, QStringLiteral("cannot remove %1").arg(file)};
    }
    if (m_keystore && !account.isEmpty())
        m_keystore->remove(account);
    return open();
}

Status Workspace::moveStoreAside(QString *movedTo)
{
    m_store.close();
    return EventStore::moveAside(storePath(), movedTo);
}

RetentionPolicy Workspace::retentionPolicy()
{
    RetentionPolicy policy;
    QString days;
    if (m_store.metaValue(QStringLiteral("retention_days"), &days).isOk() && days.toInt() > 0)
        policy.keepDays = days.toInt();
    return policy;
}

} // namespace feltdialog
