#include "AppServices.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace feltdialog;

// The conversation's rows as QML's list views see them (issue 15): an event that appends a row
// inserts that row, an event that changes a row changes that row only, and neither resets the
// model (a reset makes every delegate again, and a half-typed field in one is lost with it).
class TestConversationLists : public QObject
{
    Q_OBJECT
    // What a list view hears from one model while one event is recorded.
    struct Heard
    {
        explicit Heard(QAbstractItemModel *model)
            : inserted(model, &QAbstractItemModel::rowsInserted),
              changed(model, &QAbstractItemModel::dataChanged), reset(model, &QAbstractItemModel::modelReset),
              removed(model, &QAbstractItemModel::rowsRemoved)
        {}
        QSignalSpy inserted, changed, reset, removed;
    };

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_services = std::make_unique<AppServices>(m_dir->path(), nullptr, KdfCost::cheapForTests());
        QVERIFY(m_services->workspace().setUpPin(QStringLiteral("246810")).isOk());
        QVERIFY(
            m_services->openVisit().open(m_services->visits().startVisit(QStringLiteral("demo-solhaven"))));
        QVERIFY(dialogue().startConversation(QStringLiteral("Leder")));
    }
    void cleanup()
    {
        m_services.reset();
        m_dir.reset();
    }

    void aStatedPointIsOneInsertedRow()
    {
        QVERIFY(!dialogue().stateSummaryPoint(QStringLiteral("Supervision mangler")).isEmpty());
        SummaryPointList *points = dialogue().summaryPoints();
        Heard heard(points);
        QVERIFY(!dialogue().stateSummaryPoint(QStringLiteral("Ledelsen er synlig")).isEmpty());
        QCOMPARE(heard.inserted.size(), 1);
        QCOMPARE(heard.inserted.first().at(1).toInt(), 1); // first row
        QCOMPARE(heard.inserted.first().at(2).toInt(), 1); // last row
        QCOMPARE(heard.changed.size(), 0);
        QCOMPARE(heard.reset.size(), 0);
        QCOMPARE(points->rowCount(), 2);
        QCOMPARE(points->data(points->index(1), SummaryPointList::TextRole).toString(),
                 QStringLiteral("Ledelsen er synlig"));
    }

    void anAnswerChangesItsOwnRowOnly()
    {
        const QString first = dialogue().stateSummaryPoint(QStringLiteral("Supervision mangler"));
        const QString second = dialogue().stateSummaryPoint(QStringLiteral("Ledelsen er synlig"));
        SummaryPointList *points = dialogue().summaryPoints();
        Heard heard(points);
        QVERIFY(dialogue().answerSummaryPoint(second, QStringLiteral("understood_differently"),
                                              QStringLiteral("Kun om dagen")));
        QCOMPARE(heard.changed.size(), 1);
        QCOMPARE(heard.changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(heard.changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(heard.inserted.size() + heard.reset.size() + heard.removed.size(), 0);
        QCOMPARE(points->data(points->index(1), SummaryPointList::ResponseRole).toInt(),
                 int(DialogueTerms::UnderstoodDifferently));
        QCOMPARE(points->data(points->index(0), SummaryPointList::ResponseRole).toInt(),
                 int(DialogueTerms::NotAnswered));
        QVERIFY(!first.isEmpty());
    }

    // An event about something else leaves the other lists silent.
    void anAgreementLeavesTheOtherListsAlone()
    {
        QVERIFY(!dialogue().addParticipant(QStringLiteral("leader"), QStringLiteral("Lone")).isEmpty());
        QVERIFY(!dialogue().stateSummaryPoint(QStringLiteral("Supervision mangler")).isEmpty());
        Heard participants(dialogue().participants()), points(dialogue().summaryPoints()),
            agreements(dialogue().agreements()), findings(dialogue().findings());
        QVERIFY(dialogue().makeAgreement(QStringLiteral("Supervisionsplan"), QStringLiteral("Lone"),
                                         QStringLiteral("1. maj")));
        QCOMPARE(agreements.inserted.size(), 1);
        QCOMPARE(agreements.reset.size(), 0);
        for (Heard *quiet : {&participants, &points, &findings})
            QCOMPARE(quiet->inserted.size() + quiet->changed.size() + quiet->reset.size(), 0);
        QVERIFY(dialogue().noteFinding(QStringLiteral("attention"), QString(),
                                       QStringLiteral("Aftenvagt alene")));
        QCOMPARE(findings.inserted.size(), 1);
        QCOMPARE(dialogue().findings()->data(dialogue().findings()->index(0), FindingList::KindRole).toInt(),
                 int(DialogueTerms::AttentionPoint));
    }

    void aCheckInChangesThatPersonsRow()
    {
        const QString mette = dialogue().addParticipant(QStringLiteral("staff"), QStringLiteral("Mette"));
        const QString bo = dialogue().addParticipant(QStringLiteral("staff"), QStringLiteral("Bo"));
        ParticipantList *people = dialogue().participants();
        Heard heard(people);
        QVERIFY(dialogue().noteCheckIn(bo, QStringLiteral("Ro på"), QString()));
        QCOMPARE(heard.changed.size(), 1);
        QCOMPARE(heard.changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(heard.reset.size(), 0);
        QCOMPARE(people->data(people->index(1), ParticipantList::HopesRole).toString(),
                 QStringLiteral("Ro på"));
        QVERIFY(!mette.isEmpty());
    }

    // Another conversation is other rows: the lists start again, empty.
    void theNextConversationStartsTheListsAgain()
    {
        QVERIFY(!dialogue().stateSummaryPoint(QStringLiteral("Supervision mangler")).isEmpty());
        QVERIFY(dialogue().endConversation(QString()));
        QCOMPARE(dialogue().summaryPoints()->rowCount(), 0);
        QVERIFY(dialogue().startConversation(QStringLiteral("Medarbejdere")));
        QCOMPARE(dialogue().summaryPoints()->rowCount(), 0);
        QCOMPARE(dialogue().phase(), DialogueTerms::Contract);
    }

private:
    GuidedDialogue &dialogue() { return m_services->dialogue(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
};

QTEST_GUILESS_MAIN(TestConversationLists)
#include "tst_conversationlists.moc"
