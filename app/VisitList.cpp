#include "VisitList.h"

#include "StatusText.h"

#include <QLocale>

namespace feltdialog {

VisitList::VisitList(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    // Only an unlocked store can say which facility a visit was at; locking empties the list.
    connect(m_workspace, &Workspace::unlocked, this, &VisitList::reload);
    connect(m_workspace, &Workspace::locked, this, &VisitList::reload);
    connect(&m_workspace->log(), &VisitLog::appended, this, &VisitList::take);
    reload();
}

void VisitList::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    emit problemChanged();
}

void VisitList::reload()
{
    QList<Row> rows;
    if (m_workspace->isUnlocked()) {
        EventStore &store = m_workspace->store();
        QList<Event> events;
        QHash<QUuid, qint64> notes;
        Status s = store.eventsOfTypes(
            {QString::fromLatin1(EventType::VisitStarted), QString::fromLatin1(EventType::VisitClosed)},
            &events);
        if (s.isOk())
            s = store.countPerVisit(QString::fromLatin1(EventType::NoteWritten), &notes);
        setProblem(describeForPeople(s, store.path()));
        QHash<QUuid, qsizetype> index;
        for (const Event &e : std::as_const(events)) {
            if (e.type == QLatin1String(EventType::VisitStarted) && !index.contains(e.visitId)) {
                index.insert(e.visitId, rows.size());
                rows.append({e.visitId,
                             e.payload.value(QLatin1String("facilityName")).toString(),
                             QDateTime::fromMSecsSinceEpoch(e.wallTimeMs),
                             false,
                             notes.value(e.visitId),
                             {}});
            } else if (e.type == QLatin1String(EventType::VisitClosed) && index.contains(e.visitId)) {
                rows[index.value(e.visitId)].closed = true;
            }
        }
        addRetentionNotices(rows);
        std::reverse(rows.begin(), rows.end()); // newest first
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

void VisitList::addRetentionNotices(QList<Row> &rows)
{
    const RetentionPolicy policy = m_workspace->retentionPolicy();
    QList<RetentionEntry> schedule;
    if (!retentionSchedule(m_workspace->store(), policy, &schedule).isOk())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 notice = qint64(policy.noticeDays) * 24 * 3600 * 1000;
    for (const RetentionEntry &entry : std::as_const(schedule)) {
        if (entry.removeAtMs - now > notice)
            continue;
        for (Row &row : rows) {
            if (row.visitId == entry.visitId)
                row.retentionNotice =
                    tr("The office has all of it; it leaves this tablet on %1")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.removeAtMs).date(),
                                                QLocale::ShortFormat));
        }
    }
}

QString VisitList::startVisit(const QString &facilityId)
{
    const Facility *facility = m_workspace->reference().facility(facilityId);
    if (!facility) {
        setProblem(tr("Choose a facility to visit."));
        return {};
    }
    VisitStart visit;
    visit.facilityId = facility->id;
    visit.facilityName = facility->name;
    return start(std::move(visit));
}

QString VisitList::startPlannedVisit(const PlannedVisit &plan)
{
    VisitStart visit;
    visit.visitId = plan.visitId;
    visit.facilityId = plan.facilityId;
    const Facility *facility = m_workspace->reference().facility(plan.facilityId);
    visit.facilityName = facility ? facility->name : plan.facilityId;
    visit.kind = plan.kind;
    visit.focusIndicators = plan.focusIndicators;
    return start(std::move(visit));
}

bool VisitList::holds(const QUuid &visitId) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [&visitId](const Row &r) { return r.visitId == visitId; });
}

QString VisitList::start(VisitStart start)
{
    VisitRecorder *recorder = m_workspace->recorder();
    if (!recorder) {
        setProblem(tr("Unlock the tablet to start a visit."));
        return {};
    }
    // The visit keeps which template and model version guided it: the model is changed by law,
    // and an old visit must still be read against the version it used. A planned dialogue
    // meeting takes the template of its kind.
    const VisitTemplate *t = m_workspace->reference().defaultTemplate();
    for (const VisitTemplate &candidate : m_workspace->reference().templates()) {
        if (candidate.kind == start.kind)
            t = &candidate;
    }
    if (t) {
        start.kind = t->kind;
        start.templateId = t->id;
        start.templateVersion = t->version;
        start.qualityModelVersion = t->qualityModelVersion;
    }
    QUuid visitId;
    const Status s = m_workspace->log().startVisit(start, &visitId); // its row comes with take()
    setProblem(describeForPeople(s, m_workspace->storePath()));
    if (!s.isOk())
        return {};
    emit visitStarted(visitId);
    return idString(visitId);
}

void VisitList::take(const Event &e)
{
    const auto row =
        std::find_if(m_rows.begin(), m_rows.end(), [&e](const Row &r) { return r.visitId == e.visitId; });
    if (e.type == QLatin1String(EventType::VisitStarted)) {
        if (row != m_rows.end())
            return;                // started twice (a retried start): the first stands, as in reload()
        beginInsertRows({}, 0, 0); // the newest visit
        m_rows.prepend({e.visitId,
                        e.payload.value(QLatin1String("facilityName")).toString(),
                        QDateTime::fromMSecsSinceEpoch(e.wallTimeMs),
                        false,
                        0,
                        {}});
        endInsertRows();
        emit countChanged();
        return;
    }
    if (row == m_rows.end())
        return;
    int role = 0;
    if (e.type == QLatin1String(EventType::VisitClosed) && !row->closed) {
        row->closed = true;
        role = ClosedRole;
    } else if (e.type == QLatin1String(EventType::NoteWritten)) {
        ++row->noteCount;
        role = NoteCountRole;
    }
    if (role != 0) {
        const QModelIndex at = index(int(row - m_rows.begin()));
        emit dataChanged(at, at, {role});
    }
}

int VisitList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant VisitList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case VisitIdRole:
        return idString(r.visitId);
    case FacilityNameRole:
    case Qt::DisplayRole:
        return r.facilityName;
    case StartedAtRole:
        return r.startedAt;
    case ClosedRole:
        return r.closed;
    case NoteCountRole:
        return r.noteCount;
    case RetentionNoticeRole:
        return r.retentionNotice;
    }
    return {};
}

QHash<int, QByteArray> VisitList::roleNames() const
{
    return {{VisitIdRole, "visitId"},     {FacilityNameRole, "facilityName"},
            {StartedAtRole, "startedAt"}, {ClosedRole, "closed"},
            {NoteCountRole, "noteCount"}, {RetentionNoticeRole, "retentionNotice"}};
}

} // namespace feltdialog
