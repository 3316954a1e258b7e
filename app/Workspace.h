#pragma once

#include "EventStore.h"
#include "KeyVault.h"
#include "ReferenceData.h"
#include "Retention.h"
#include "VisitLog.h"
#include "VisitRecorder.h"

#include <QObject>
#include <memory>

namespace feltdialog {

class Keystore;

// Everything the app keeps on this device, opened from one data directory: the event log behind
// its PIN and lock, the recorder that writes to it, and the reference data beside it. Owned by
// main() (or a test), never by QML.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QString dataDir, KdfCost kdfCost = KdfCost::tablet(), QObject *parent = nullptr);
    ~Workspace() override;

    // Opens the store. On failure the store stays closed and storeProblem() says why; the
    // file is left exactly as it was until the person agrees to moveStoreAside().
    Status open();
    Status moveStoreAside(QString *movedTo);
    Status storeProblem() const { return m_problem; }

    // The PIN and the data key. Content can be read and written only while unlocked; locking
    // first lets everyone save what is typed (aboutToLock), then wipes the key (locked).
    // keystore may be null (no platform keystore): the PIN alone protects the key then.
    void setKeystore(Keystore *keystore) { m_keystore = keystore; }
    bool hasPin();
    bool isUnlocked() const { return m_store.isUnlocked(); }
    Status setUpPin(const QString &pin);
    Status unlock(const QString &pin);
    void lock();
    Status changePin(const QString &currentPin, const QString &newPin);
    KeyVault &vault() { return m_vault; }
    // What a wipe would lose: what the office has not confirmed (EventStore::unsentCounts).
    Status unsentCounts(EventStore::UnsentCounts *out) { return m_store.unsentCounts(out); }
    // Forgotten PIN: deletes the store and the keystore secret and starts an empty one. The
    // content is unreadable without the PIN anyway; this is the person's explicit choice.
    Status wipeAndStartFresh();

    QString dataDir() const { return m_dataDir; }
    QString storePath() const;
    bool isOpen() const { return m_store.isOpen(); }
    EventStore &store() { return m_store; }
    VisitRecorder *recorder() { return m_recorder.get(); }
    // How the app writes to the log and hears of what was written (the recorder's events, told).
    VisitLog &log() { return m_log; }
    // Facilities, plans, people, templates and the quality model (app/ReferenceData.h).
    ReferenceData &reference() { return m_reference; }
    const ReferenceData &reference() const { return m_reference; }
    // How long closed visits the office holds stay here (meta retention_days; 30 by default).
    RetentionPolicy retentionPolicy();

    static QString defaultDataDir();

signals:
    void opened();
    void aboutToLock();
    void locked();
    void unlocked();

private:
    QString keystoreAccount();
    Status deviceSecret(QByteArray *secret);

    QString m_dataDir;
    EventStore m_store;
    KeyVault m_vault;
    Keystore *m_keystore = nullptr;
    std::unique_ptr<VisitRecorder> m_recorder;
    VisitLog m_log{this};
    ReferenceData m_reference{this};
    Status m_problem;
};

} // namespace feltdialog
