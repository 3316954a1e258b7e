#include "Retention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace feltdialog {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// The names earlier versions gave the plain record files.
const QStringList &leftoverPatterns()
{
    static const QStringList patterns{QStringLiteral("tilsynsrapport-*.pdf"),
                                      QStringLiteral("tilsynsrapport-*.json")};
    return patterns;
}

QString visitPrefixOf(const QString &fileName)
{
    return fileName.section(QLatin1Char('-'), 1).section(QLatin1Char('.'), 0, 0);
}
} // namespace

Status retentionSchedule(EventStore &store, const RetentionPolicy &policy, QList<RetentionEntry> *out)
{
    QHash<QUuid, qint64> closed;
    if (Status s = store.closedConfirmedVisits(&closed); !s.isOk())
        return s;
    out->clear();
    for (auto it = closed.cbegin(); it != closed.cend(); ++it)
        out->append({it.key(), it.value() + policy.keepDays * kDayMs});
    return Status::ok();
}

Status applyRetention(EventStore &store, const RetentionPolicy &policy, qint64 nowMs, QList<QUuid> *removed)
{
    QList<RetentionEntry> schedule;
    if (Status s = retentionSchedule(store, policy, &schedule); !s.isOk())
        return s;
    removed->clear();
    for (const RetentionEntry &entry : std::as_const(schedule)) {
        if (entry.removeAtMs > nowMs)
            continue;
        bool gone = false;
        if (Status s = store.removeConfirmedVisit(entry.visitId, &gone); !s.isOk())
            return s;
        if (gone)
            removed->append(entry.visitId);
    }
    return Status::ok();
}

QStringList leftoverRecordFiles(const QString &folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(leftoverPatterns(), QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

Status removeLeftoverRecordFiles(EventStore &store, const QString &folder, QStringList *kept)
{
    kept->clear();
    const QStringList files = leftoverRecordFiles(folder);
    if (files.isEmpty())
        return Status::ok();
    QHash<QUuid, qint64> visits;
    if (Status s = store.countPerVisit(QString::fromLatin1(EventType::VisitStarted), &visits); !s.isOk())
        return s;
    QSet<QString> onTablet;
    for (auto it = visits.cbegin(); it != visits.cend(); ++it)
        onTablet.insert(idString(it.key()).left(8));
    for (const QString &path : files) {
        if (onTablet.contains(visitPrefixOf(QFileInfo(path).fileName())))
            kept->append(path);
        else if (!QFile::remove(path))
            return {Status::Io, QStringLiteral("cannot remove %1").arg(path)};
    }
    return Status::ok();
}

} // namespace feltdialog
