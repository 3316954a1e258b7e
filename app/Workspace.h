#pragma once

#include "EventStore.h"
#include "Facilities.h"
#include "VisitRecorder.h"

#include <QObject>
#include <memory>

namespace feltdialog {

// Everything the app keeps on this device, opened from one data directory: the event log, the
// recorder that writes to it, and the reference data. Owned by main() (or a test), never by QML.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QString dataDir, QObject *parent = nullptr);
    ~Workspace() override;

    // Opens the store. On failure the store stays closed and storeProblem() says why; the
    // file is left exactly as it was until the person agrees to moveStoreAside().
    Status open();
    Status moveStoreAside(QString *movedTo);
    Status storeProblem() const { return m_problem; }

    QString dataDir() const { return m_dataDir; }
    QString storePath() const;
    bool isOpen() const { return m_store.isOpen(); }
    EventStore &store() { return m_store; }
    VisitRecorder *recorder() { return m_recorder.get(); }
    const QList<Facility> &facilities() const { return m_facilities; }
    const Facility *facility(const QString &id) const;

    // For tests and the demo: the reference data normally comes from the office server.
    void setFacilities(QList<Facility> facilities) { m_facilities = std::move(facilities); }
    static QList<Facility> demoFacilities();

    static QString defaultDataDir();

signals:
    void opened();

private:
    QString m_dataDir;
    EventStore m_store;
    std::unique_ptr<VisitRecorder> m_recorder;
    QList<Facility> m_facilities;
    Status m_problem;
};

} // namespace feltdialog
