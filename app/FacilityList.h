#pragma once

#include "QmlSingleton.h"
#include "Workspace.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// The facilities this consultant can visit, for the "start a visit" picker.
class FacilityList : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Facilities)
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(FacilityList)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        AddressRole
    };

    explicit FacilityList(Workspace *workspace, QObject *parent = nullptr);

    int count() const { return int(m_workspace->reference().facilities().size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    Workspace *m_workspace;
};

} // namespace feltdialog
