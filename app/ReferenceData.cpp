#include "ReferenceData.h"

#include <QFile>

namespace feltdialog {

ReferenceData::ReferenceData(QObject *parent) : QObject(parent), m_facilities(demoFacilities()) {}

void ReferenceData::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
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

const VisitTemplate *ReferenceData::visitTemplate(const QString &id) const
{
    for (const VisitTemplate &t : templates()) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const VisitTemplate *ReferenceData::defaultTemplate() const
{
    // The unannounced visit is what consultants do most; the office chooses others later.
    const VisitTemplate *t = visitTemplate(QStringLiteral("uanmeldt-botilbud"));
    return t ? t : (templates().isEmpty() ? nullptr : &templates().first());
}

void ReferenceData::setFacilities(QList<Facility> facilities)
{
    m_facilities = std::move(facilities);
    emit facilitiesChanged();
}

const Facility *ReferenceData::facility(const QString &id) const
{
    for (const Facility &f : m_facilities) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QList<Facility> ReferenceData::demoFacilities()
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

void ReferenceData::setPlannedVisits(QList<PlannedVisit> visits)
{
    m_plannedVisits = std::move(visits);
    emit plannedVisitsChanged();
}

void ReferenceData::setPeople(QHash<QString, QString> people)
{
    m_people = std::move(people);
    emit peopleChanged();
}

QString ReferenceData::personName(const QString &authorId) const
{
    if (const auto it = m_people.constFind(authorId); it != m_people.cend())
        return it.value();
    // The placeholder author of a tablet not enrolled yet (Workspace::open).
    if (authorId == QLatin1String("consultant"))
        return tr("this tablet (not enrolled)");
    return authorId;
}

void ReferenceData::forgetSealed()
{
    setPlannedVisits({});
    setPeople({});
}

} // namespace feltdialog
