// Forgetting the PIN deletes the tablet's store; before the consultant confirms, the dialog says
// what that loses: what the office has not confirmed, not everything on the tablet (a synced visit
// is safe at the office, and saying otherwise would scare a consultant off the only way back in).
#include "AppLock.h"
#include "OpenVisit.h"
#include "UnlockedWorkspace.h"
#include "VisitList.h"

#include <QTemporaryDir>
#include <QTest>

using namespace feltdialog;

class TestForgottenPin : public QObject
{
    Q_OBJECT

    static void confirmEverything(Workspace &workspace)
    {
        QList<Event> all;
        QVERIFY(workspace.store().unconfirmedEvents(1000, &all).isOk());
        QList<QUuid> ids;
        for (const Event &e : std::as_const(all))
            ids << e.id;
        QVERIFY(workspace.store().markConfirmed(ids).isOk());
    }

private slots:
    void theWarningCountsOnlyWhatTheOfficeHasNotReceived()
    {
        QTemporaryDir dir;
        Workspace workspace(dir.path(), KdfCost::cheapForTests());
        QVERIFY(testing::openUnlocked(workspace).isOk());
        VisitList visits(&workspace);
        AppLock lock(&workspace);
        QVERIFY(lock.wipeConsequences().contains(QLatin1String("no visits")));

        const QString first = visits.startVisit(QStringLiteral("demo-solhaven"));
        QVERIFY(!first.isEmpty());
        QVERIFY(workspace.recorder()
                    ->writeNote(QUuid::fromString(first), QUuid::createUuid(), QStringLiteral("en note"))
                    .isOk());
        // No translator here: the plural forms read "(s)" (the app loads its English and Danish forms).
        QVERIFY2(lock.wipeConsequences().contains(QLatin1String("1 visit(s) with 1 note(s) not yet sent")),
                 qPrintable(lock.wipeConsequences()));

        confirmEverything(workspace); // synced: the office holds it
        EventStore::UnsentCounts unsent;
        QVERIFY(workspace.unsentCounts(&unsent).isOk());
        QCOMPARE(unsent.visits, 1);
        QCOMPARE(unsent.visitsWithUnsent, 0);
        QVERIFY2(lock.wipeConsequences().contains(QLatin1String("nothing is lost")),
                 qPrintable(lock.wipeConsequences()));

        const QString second = visits.startVisit(QStringLiteral("demo-solhaven"));
        QVERIFY(!second.isEmpty()); // a visit started, no note yet: still not at the office
        QVERIFY(workspace.unsentCounts(&unsent).isOk());
        QCOMPARE(unsent.visits, 2);
        QCOMPARE(unsent.visitsWithUnsent, 1);
        QCOMPARE(unsent.unsentNotes, 0);
        QVERIFY2(lock.wipeConsequences().contains(QLatin1String("1 visit(s) with entries not yet sent")),
                 qPrintable(lock.wipeConsequences()));

        QVERIFY(workspace.recorder()
                    ->writeNote(QUuid::fromString(first), QUuid::createUuid(), QStringLiteral("en til"))
                    .isOk());
        QVERIFY(workspace.recorder()
                    ->writeNote(QUuid::fromString(second), QUuid::createUuid(), QStringLiteral("og en"))
                    .isOk());
        QVERIFY(workspace.unsentCounts(&unsent).isOk());
        QCOMPARE(unsent.visitsWithUnsent, 2); // the synced visit has a new note
        QCOMPARE(unsent.unsentNotes, 2);      // the synced note is not counted again
    }
};

QTEST_GUILESS_MAIN(TestForgottenPin)
#include "tst_forgottenpin.moc"
