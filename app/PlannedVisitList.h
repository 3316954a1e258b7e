#pragma once

#include "QmlSingleton.h"
#include "VisitList.h"
#include "Workspace.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// The visits the office planned for this consultant that are not on this tablet yet, by date: a
// tap starts one under the office's visit id, so a colleague's notes from the same visit merge
// in. A visit already here (started on this tablet, or pulled from a colleague) is listed with
// the visits instead; one that retention took off this tablet does not come back as planned.
class PlannedVisitList : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(PlannedVisits)
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(PlannedVisitList)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role
    {
        VisitIdRole = Qt::UserRole + 1,
        FacilityNameRole,
        AddressRole,
        PlannedDateRole, // the date in the locale's short form
        OverdueRole,     // planned for a day that has passed
        TodayRole,
        KindRole,      // "unannounced" | "dialogue_meeting"
        FocusRole,     // "8.b, 9.a"
        ColleaguesRole // others assigned besides this consultant
    };

    PlannedVisitList(Workspace *workspace, VisitList *visits, QObject *parent = nullptr);

    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Starts the planned visit; returns its id, or an empty string (the visit list says why).
    Q_INVOKABLE QString start(const QString &visitId);

signals:
    void countChanged();

private:
    void reload();

    Workspace *m_workspace;
    VisitList *m_visits;
    QList<PlannedVisit> m_rows;
    QString m_consultantId; // this tablet's consultant, not counted among the colleagues
    bool m_referenceChanged = false;
};

} // namespace feltdialog
