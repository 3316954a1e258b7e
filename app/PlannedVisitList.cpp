#include "PlannedVisitList.h"

#include <QLocale>

namespace feltdialog {

PlannedVisitList::PlannedVisitList(Workspace *workspace, VisitList *visits, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace), m_visits(visits)
{
    // New reference data may change a plan's date, focus or facility, not only which are listed.
    const auto referenceChanged = [this] {
        m_referenceChanged = true;
        reload();
    };
    connect(&workspace->reference(), &ReferenceData::plannedVisitsChanged, this, referenceChanged);
    connect(&workspace->reference(), &ReferenceData::facilitiesChanged, this, referenceChanged);
    // A visit started (a row in the visit list), pulled or removed (the list reloads): what is here
    // is no longer planned.
    connect(visits, &QAbstractItemModel::modelReset, this, &PlannedVisitList::reload);
    connect(visits, &QAbstractItemModel::rowsInserted, this, &PlannedVisitList::reload);
    reload();
}

void PlannedVisitList::reload()
{
    QList<PlannedVisit> rows;
    QSet<QUuid> removed;
    if (m_workspace->isUnlocked()) {
        m_workspace->store().removedVisits(&removed);
        m_workspace->store().metaValue(QStringLiteral("consultant_id"), &m_consultantId);
    }
    for (const PlannedVisit &plan : m_workspace->reference().plannedVisits()) {
        if (!m_visits->holds(plan.visitId) && !removed.contains(plan.visitId))
            rows.append(plan);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const PlannedVisit &a, const PlannedVisit &b) {
        return a.plannedDate < b.plannedDate;
    });
    // The visit list reloads after every note; the plan rarely changes with it.
    const auto ids = [](const QList<PlannedVisit> &plans) {
        QList<QUuid> out;
        for (const PlannedVisit &p : plans)
            out << p.visitId;
        return out;
    };
    if (ids(rows) == ids(m_rows) && !m_referenceChanged)
        return;
    m_referenceChanged = false;
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QString PlannedVisitList::start(const QString &visitId)
{
    const QUuid id = QUuid::fromString(visitId);
    for (const PlannedVisit &plan : std::as_const(m_rows)) {
        if (plan.visitId == id)
            return m_visits->startPlannedVisit(plan);
    }
    return {};
}

int PlannedVisitList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PlannedVisitList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlannedVisit &plan = m_rows.at(index.row());
    const Facility *facility = m_workspace->reference().facility(plan.facilityId);
    const QDate today = QDate::currentDate();
    switch (role) {
    case VisitIdRole:
        return idString(plan.visitId);
    case FacilityNameRole:
    case Qt::DisplayRole:
        return facility ? facility->name : plan.facilityId;
    case AddressRole:
        return facility ? facility->address : QString();
    case PlannedDateRole:
        return QLocale().toString(plan.plannedDate, QLocale::ShortFormat);
    case OverdueRole:
        return plan.plannedDate < today;
    case TodayRole:
        return plan.plannedDate == today;
    case KindRole:
        return plan.kind;
    case FocusRole:
        return plan.focusIndicators.join(QStringLiteral(", "));
    case ColleaguesRole:
        return int(std::count_if(plan.consultantIds.cbegin(), plan.consultantIds.cend(),
                                 [this](const QString &id) { return id != m_consultantId; }));
    }
    return {};
}

QHash<int, QByteArray> PlannedVisitList::roleNames() const
{
    return {{VisitIdRole, "visitId"},
            {FacilityNameRole, "facilityName"},
            {AddressRole, "address"},
            {PlannedDateRole, "plannedDate"},
            {OverdueRole, "overdue"},
            {TodayRole, "today"},
            {KindRole, "kind"},
            {FocusRole, "focusIndicators"},
            {ColleaguesRole, "colleagues"}};
}

} // namespace feltdialog
