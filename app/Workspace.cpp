#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace feltdialog {

Workspace::Workspace(QString dataDir, QObject *parent) : QObject(parent), m_dataDir(std::move(dataDir))
{
    m_facilities = demoFacilities();
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
    // Until sign-in arrives with enrollment (sync issue), the author is this device's consultant.
    m_recorder =
        std::make_unique<VisitRecorder>(m_store, DeviceIdentity{deviceId, QStringLiteral("consultant")});
    m_problem = m_recorder->resume();
    if (!m_problem.isOk()) {
        m_recorder.reset();
        m_store.close();
        return m_problem;
    }
    emit opened();
    return m_problem;
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

} // namespace feltdialog
