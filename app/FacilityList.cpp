#include "FacilityList.h"

namespace feltdialog {

FacilityList::FacilityList(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    // The office's list replaces the demo's after a sync.
    connect(&workspace->reference(), &ReferenceData::facilitiesChanged, this, [this] {
        beginResetModel();
        endResetModel();
        emit countChanged();
    });
}

int FacilityList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant FacilityList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Facility &f = m_workspace->reference().facilities().at(index.row());
    switch (role) {
    case IdRole:
        return f.id;
    case NameRole:
    case Qt::DisplayRole:
        return f.name;
    case KindRole:
        return f.kind;
    case AddressRole:
        return f.address;
    }
    return {};
}

QHash<int, QByteArray> FacilityList::roleNames() const
{
    return {{IdRole, "facilityId"}, {NameRole, "name"}, {KindRole, "kind"}, {AddressRole, "address"}};
}

} // namespace feltdialog
