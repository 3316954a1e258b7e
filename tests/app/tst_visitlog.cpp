// One write path (app/VisitLog): whatever writes to a visit's log — a note, a dialogue step, a
// location stamp, a start or a close — the open visit and the visit list show it without reading
// the store again, and show what a fresh read of the store would.
#include "LocationStamper.h"
#include "OpenVisit.h"
#include "UnlockedWorkspace.h"
#include "VisitList.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace feltdialog;

namespace {

// Every row and role as the consultant sees the list.
QList<QVariantMap> rowsOf(const VisitList &list)
{
    QList<QVariantMap> rows;
    for (int i = 0; i < list.rowCount(); ++i) {
        QVariantMap row;
        const QHash<int, QByteArray> roles = list.roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            row.insert(QString::fromLatin1(it.value()), list.data(list.index(i), it.key()));
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestVisitLog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = std::make_unique<Workspace>(m_dir->path(), KdfCost::cheapForTests());
        QVERIFY(testing::openUnlocked(*m_workspace).isOk());
    }
    void cleanup() { m_workspace.reset(); }

    void aSavedNoteChangesItsVisitsRowAlone()
    {
        VisitList visits(m_workspace.get());
        OpenVisit open(m_workspace.get());
        const QString first = visits.startVisit(QStringLiteral("demo-solhaven"));
        const QString second = visits.startVisit(QStringLiteral("demo-solhaven"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(visits.count(), 2);
        QCOMPARE(visits.data(visits.index(0), VisitList::VisitIdRole).toString(), second); // newest first
        QCOMPARE(rowsOf(visits), rowsOf(VisitList(m_workspace.get())));

        QSignalSpy reset(&visits, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&visits, &QAbstractItemModel::dataChanged);
        QVERIFY(open.open(first));
        QVERIFY(open.newNote());
        open.setEditorText(QStringLiteral("Beboerne spiser sammen om aftenen"));
        QVERIFY(open.finishNote());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{VisitList::NoteCountRole});
        QCOMPARE(visits.data(visits.index(1), VisitList::NoteCountRole).toLongLong(), 1);

        QVERIFY(open.closeVisit());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(visits.data(visits.index(1), VisitList::ClosedRole).toBool(), true);
        QCOMPARE(rowsOf(visits), rowsOf(VisitList(m_workspace.get())));
    }

    void theOpenVisitShowsWhatItsLogHolds()
    {
        VisitList visits(m_workspace.get());
        OpenVisit open(m_workspace.get());
        LocationStamper stamper(m_workspace.get(), nullptr, nullptr);
        const QString id = visits.startVisit(QStringLiteral("demo-solhaven"));
        QVERIFY(open.open(id));
        QSignalSpy recorded(&open, &OpenVisit::visitRecorded);
        QVERIFY(open.newNote());
        open.setEditorText(QStringLiteral("Personalet kender planen"));
        QVERIFY(open.finishNote());
        QVERIFY(open.record(EventType::PositionSwitched, {{"position", "development"}}));
        // A stamp written by the stamper, not by the open visit: it is in the open visit at once.
        QVERIFY(stamper.confirmByHand(QUuid::fromString(id), QStringLiteral("visit_start"),
                                      QStringLiteral("Ingen GPS indendørs")));
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(open.state().locations.size(), 1);
        QCOMPARE(open.state().dialogue.positionOf(open.authorId()).position, QStringLiteral("development"));

        QList<Event> stored;
        QVERIFY(m_workspace->store().eventsOfVisit(QUuid::fromString(id), &stored).isOk());
        QCOMPARE(open.events(), stored);
        QCOMPARE(open.state(), foldVisit(stored));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestVisitLog)
#include "tst_visitlog.moc"
