#pragma once

#include "Facilities.h"
#include "OfficeReference.h"
#include "Template.h"

#include <QHash>
#include <QObject>

namespace feltdialog {

// What the tablet knows of the world outside the visit: the facilities, the visits the office
// planned, who is who, and the visit templates and quality model. Facilities, plans and people
// come from the office's sealed reference data (app/SyncCenter); the templates and the model ship
// with the app. Split from Workspace (issue 15), which keeps the store and the lock: this class
// holds nothing of its own on disk, and forgets the plans and the people when the tablet locks.
class ReferenceData : public QObject
{
    Q_OBJECT
public:
    explicit ReferenceData(QObject *parent = nullptr);

    const QList<Facility> &facilities() const { return m_facilities; }
    const Facility *facility(const QString &id) const;
    // For tests and the demo: the reference data normally comes from the office server.
    void setFacilities(QList<Facility> facilities);
    static QList<Facility> demoFacilities();

    // The visits the office planned for this consultant (from the sealed reference data): held
    // only while unlocked, as an unannounced visit's date is not for a lost tablet to tell.
    const QList<PlannedVisit> &plannedVisits() const { return m_plannedVisits; }
    void setPlannedVisits(QList<PlannedVisit> visits);

    // Who is who: consultant id -> the name the office gave at enrollment, from the sealed
    // reference data, this consultant included; held only while unlocked. Authors of events are ids.
    const QHash<QString, QString> &people() const { return m_people; }
    void setPeople(QHash<QString, QString> people);
    // An author as a person reads it: the office's name for them, or "this tablet" before enrollment.
    QString personName(const QString &authorId) const;

    // The visit templates and the quality model shipped with the app. A template that does not
    // parse, or does not fit the model, is left out with a warning naming the file and the place.
    const QList<VisitTemplate> &templates() const
    {
        load();
        return m_templates;
    }
    const VisitTemplate *visitTemplate(const QString &id) const;
    const VisitTemplate *defaultTemplate() const;
    const QualityModel &qualityModel() const
    {
        load();
        return m_model;
    }

    // What only an unlocked tablet may hold goes when it locks.
    void forgetSealed();

signals:
    void facilitiesChanged();
    void plannedVisitsChanged();
    void peopleChanged();

private:
    // Read on first use, not at start: parsing and checking them is 2 ms of the first frame,
    // which only shows the lock page (docs/performance.md).
    void load() const;

    QList<Facility> m_facilities;
    QList<PlannedVisit> m_plannedVisits;
    QHash<QString, QString> m_people;
    mutable bool m_loaded = false;
    mutable QList<VisitTemplate> m_templates;
    mutable QualityModel m_model;
};

} // namespace feltdialog
