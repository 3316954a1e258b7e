#include "Workspace.h"

#include "Keystore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace feltdialog {

Workspace::Workspace(QString dataDir, KdfCost kdfCost, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_vault(m_store, kdfCost)
{
    m_facilities = demoFacilities();
}

void Workspace::loadReferenceData() const
{
    if (m_referenceLoaded)
        return;
    m_referenceLoaded = true;
    QFile modelFile(QStringLiteral(":/feltdialog/quality-model/kvalitetsmodel-tilbud-2019.json"));
    if (!modelFile.open(QIODevice::ReadOnly) ||
        !parseQualityModel(modelFile.readAll(), modelFile.fileName(), &m_model).isOk())
        qWarning("the quality model shipped with the app does not load: %s",
                 qPrintable(modelFile.fileName()));
    QList<VisitTemplate> loaded;
    QList<Status> refused;
    loadTemplates({QStringLiteral(":/feltdialog/templates/uanmeldt-botilbud.json"),
                   QStringLiteral(":/feltdialog/templates/dialogmoede.json")},
                  &loaded, &refused);
    for (const Status &s : std::as_const(refused))
        qWarning("template refused: %s", qPrintable(s.detail()));
    for (const VisitTemplate &t : std::as_const(loaded)) {
        if (Status s = checkTemplateAgainstModel(t, m_model); !s.isOk()) {
            qWarning("template refused: %s", qPrintable(s.detail()));
            continue;
        }
        m_templates.append(t);
    }
}

const VisitTemplate *Workspace::visitTemplate(const QString &id) const
{
    for (const VisitTemplate &t : templates()) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const VisitTemplate *Workspace::defaultTemplate() const
{
    // The unannounced visit is what consultants do most; the office chooses others later.
    const VisitTemplate *t = visitTemplate(QStringLiteral("uanmeldt-botilbud"));
    return t ? t : (templates().isEmpty() ? nullptr : &templates().first());
}

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
    setPlannedVisits({});
    setPeople({});
    emit locked();
}

QString Workspace::personName(const QString &authorId) const
{
    if (const auto it = m_people.constFind(authorId); it != m_people.cend())
        return it.value();
    // The placeholder author of a tablet not enrolled yet (see open()).
    if (authorId == QLatin1String("consultant"))
        return tr("this tablet (not enrolled)");
    return authorId;
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

const Facility *Workspace::facility(const QString &id) const
{
    for (const Facility &f : m_facilities) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QList<Facility> Workspace::demoFacilities()
{
    QFile file(QStringLiteral(":/feltdialog/demo/facilities.json"));
    QList<Facility> list;
    if (file.open(QIODevice::ReadOnly)) {
        const Status s = parseFacilities(file.readAll(), file.fileName(), &list);
        if (!s.isOk())
            qWarning("demo facilities: %s", qPrintable(s.detail()));
    }
    return list;
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
