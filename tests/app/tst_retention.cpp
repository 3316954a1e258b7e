// The visit list tells the consultant before a visit leaves the tablet under the retention rule
// (the rule itself: tests/core/tst_syncstore.cpp).
#include "OpenVisit.h"
#include "UnlockedWorkspace.h"
#include "VisitList.h"

#include <QTemporaryDir>
#include <QTest>

using namespace feltdialog;

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void theListAnnouncesARemovalAWeekAhead()
    {
        QTemporaryDir dir;
        Workspace workspace(dir.path(), KdfCost::cheapForTests());
        QVERIFY(testing::openUnlocked(workspace).isOk());
        VisitList visits(&workspace);
        const QString id = visits.startVisit(QStringLiteral("demo-solhaven"));
        QVERIFY(!id.isEmpty());
        QVERIFY(workspace.recorder()->closeVisit(QUuid::fromString(id)).isOk());
        visits.reload();
        const QModelIndex row = visits.index(0);
        QVERIFY(
            visits.data(row, VisitList::RetentionNoticeRole).toString().isEmpty()); // nothing at the office

        QList<Event> all;
        QVERIFY(workspace.store().unconfirmedEvents(100, &all).isOk());
        QList<QUuid> ids;
        for (const Event &e : all)
            ids << e.id;
        QVERIFY(workspace.store().markConfirmed(ids).isOk());
        visits.reload();
        QVERIFY(
            visits.data(visits.index(0), VisitList::RetentionNoticeRole).toString().isEmpty()); // 30 days off

        QVERIFY(workspace.store().setMetaValue(QStringLiteral("retention_days"), QStringLiteral("3")).isOk());
        visits.reload();
        QVERIFY(!visits.data(visits.index(0), VisitList::RetentionNoticeRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
