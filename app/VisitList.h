#pragma once

#include "QmlSingleton.h"
#include "Workspace.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// The visits on this tablet, newest first, and the intent to start a new one. Reads only the
// VisitStarted/VisitClosed events and note counts, so the list opens fast on a full tablet; after
// that, an event written here (VisitLog::appended) updates its visit's row alone, and only a
// lock, an unlock, a sync or a removal reads the list again.
class VisitList : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Visits)
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(VisitList)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    enum Role
    {
        VisitIdRole = Qt::UserRole + 1,
        FacilityNameRole,
        StartedAtRole,
        ClosedRole,
        NoteCountRole,
        RetentionNoticeRole
    };

    explicit VisitList(Workspace *workspace, QObject *parent = nullptr);

    int count() const { return int(m_rows.size()); }
    QString problem() const { return m_problem; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    // Returns the new visit's id, or an empty string with problem set.
    Q_INVOKABLE QString startVisit(const QString &facilityId);
    // Starts a visit the office planned, under the office's visit id and with its focus.
    QString startPlannedVisit(const PlannedVisit &plan);
    bool holds(const QUuid &visitId) const;

signals:
    void visitStarted(const QUuid &visitId);
    void countChanged();
    void problemChanged();

private:
    struct Row
    {
        QUuid visitId;
        QString facilityName;
        QDateTime startedAt;
        bool closed = false;
        qint64 noteCount = 0;
        QString retentionNotice; // "leaves this tablet on ...", shortly before it does
    };
    void setProblem(const QString &problem);
    void take(const Event &event);
    void addRetentionNotices(QList<Row> &rows);
    QString start(VisitStart start);

    Workspace *m_workspace;
    QList<Row> m_rows;
    QString m_problem;
};

} // namespace feltdialog
