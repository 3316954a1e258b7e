#pragma once

#include "EventStore.h"
#include "Facilities.h"
#include "KeyVault.h"
#include "OfficeReference.h"
#include "Retention.h"
#include "Template.h"
#include "VisitLog.h"
#include "VisitRecorder.h"

#include <QObject>
#include <memory>

namespace feltdialog {

class Keystore;

// Everything the app keeps on this device, opened from one data directory: the event log, the
// recorder that writes to it, and the reference data. Owned by main() (or a test), never by QML.
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
    const QList<Facility> &facilities() const { return m_facilities; }
    const Facility *facility(const QString &id) const;
    // How long closed visits the office holds stay here (meta retention_days; 30 by default).
    RetentionPolicy retentionPolicy();

    // For tests and the demo: the reference data normally comes from the office server.
    void setFacilities(QList<Facility> facilities)
    {
        m_facilities = std::move(facilities);
        emit facilitiesChanged();
    }
    static QList<Facility> demoFacilities();
    // The visits the office planned for this consultant (from the sealed reference data): held
    // only while unlocked, as an unannounced visit's date is not for a lost tablet to tell.
    const QList<PlannedVisit> &plannedVisits() const { return m_plannedVisits; }
    void setPlannedVisits(QList<PlannedVisit> visits)
    {
        m_plannedVisits = std::move(visits);
        emit plannedVisitsChanged();
    }

    // Who is who: consultant id -> the name the office gave at enrollment, from the sealed
    // reference data, this consultant included; held only while unlocked. Authors of events are ids.
    const QHash<QString, QString> &people() const { return m_people; }
    void setPeople(QHash<QString, QString> people)
    {
        m_people = std::move(people);
        emit peopleChanged();
    }
    // An author as a person reads it: the office's name for them, or "this tablet" before enrollment.
    QString personName(const QString &authorId) const;

    // The visit templates and the quality model shipped with the app. A template that does not
    // parse, or does not fit the model, is left out with a warning naming the file and the place.
    const QList<VisitTemplate> &templates() const
    {
        loadReferenceData();
        return m_templates;
    }
    const VisitTemplate *visitTemplate(const QString &id) const;
    const VisitTemplate *defaultTemplate() const;
    const QualityModel &qualityModel() const
    {
        loadReferenceData();
        return m_model;
    }

    static QString defaultDataDir();

signals:
    void opened();
    void aboutToLock();
    void locked();
    void unlocked();
    void facilitiesChanged();
    void plannedVisitsChanged();
    void peopleChanged();

private:
    QString keystoreAccount();
    // Read on first use, not at start: parsing and checking them is 2 ms of the first frame,
    // which only shows the lock page (docs/performance.md).
    void loadReferenceData() const;
    Status deviceSecret(QByteArray *secret);

    QString m_dataDir;
    EventStore m_store;
    KeyVault m_vault;
    Keystore *m_keystore = nullptr;
    std::unique_ptr<VisitRecorder> m_recorder;
    VisitLog m_log{this};
    QList<Facility> m_facilities;
    QList<PlannedVisit> m_plannedVisits;
    QHash<QString, QString> m_people;
    mutable bool m_referenceLoaded = false;
    mutable QList<VisitTemplate> m_templates;
    mutable QualityModel m_model;
    Status m_problem;
};

} // namespace feltdialog
