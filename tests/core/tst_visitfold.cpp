#include "VisitGenerator.h"
#include "VisitState.h"

#include <QJsonDocument>
#include <QTest>
#include <algorithm>
#include <random>

using namespace feltdialog;

namespace {
Event makeEvent(const char *type, QJsonObject payload, qint64 hlcWall, const QString &device = "d1",
                qint64 seq = 1)
{
    Event e;
    e.id = QUuid::createUuid();
    e.visitId = QUuid::fromString(QStringLiteral("11111111-2222-3333-4444-555555555555"));
    e.authorId = "consultant";
    e.deviceId = device;
    e.deviceSeq = seq;
    e.hlc = {hlcWall, 0};
    e.wallTimeMs = hlcWall;
    e.type = type;
    e.payload = std::move(payload);
    return e;
}
} // namespace

class TestVisitFold : public QObject
{
    Q_OBJECT
private slots:
    void aStartedVisitRecordsFacilityAndTime()
    {
        const VisitState s = foldVisit(
            {makeEvent(EventType::VisitStarted,
                       {{"facilityId", "f1"}, {"facilityName", "Solhaven"}, {"kind", "unannounced"}}, 1000)});
        QVERIFY(s.started);
        QCOMPARE(s.facilityName, QStringLiteral("Solhaven"));
        QCOMPARE(s.kind, QStringLiteral("unannounced"));
        QCOMPARE(s.startedWallMs, 1000);
        QVERIFY(!s.closed);
    }

    void anAmendmentKeepsTheEarlierTextInTheRecord()
    {
        const QUuid noteId = QUuid::createUuid();
        const Event written =
            makeEvent(EventType::NoteWritten, {{"noteId", idString(noteId)}, {"text", "først"}}, 10, "d1", 1);
        const Event amended =
            makeEvent(EventType::NoteAmended,
                      {{"noteId", idString(noteId)}, {"replaces", idString(written.id)}, {"text", "rettet"}},
                      20, "d1", 2);
        const VisitState s = foldVisit({amended, written});
        QCOMPARE(s.notes.size(), 1);
        const Note &n = s.notes.first();
        QCOMPARE(n.current().text, QStringLiteral("rettet"));
        QCOMPARE(n.versions.size(), 2);
        QCOMPARE(n.versions.first().text, QStringLiteral("først"));
        QVERIFY(n.isAmended());
        QVERIFY(!n.hasConflict());
    }

    void concurrentAmendmentsFromTwoTabletsAreBothKept()
    {
        const QUuid noteId = QUuid::createUuid();
        const Event written =
            makeEvent(EventType::NoteWritten, {{"noteId", idString(noteId)}, {"text", "x"}}, 10, "a", 1);
        const Event fromA = makeEvent(
            EventType::NoteAmended,
            {{"noteId", idString(noteId)}, {"replaces", idString(written.id)}, {"text", "A"}}, 20, "a", 2);
        const Event fromB = makeEvent(
            EventType::NoteAmended,
            {{"noteId", idString(noteId)}, {"replaces", idString(written.id)}, {"text", "B"}}, 21, "b", 1);
        const VisitState s = foldVisit({fromB, written, fromA});
        const Note &n = s.notes.first();
        QVERIFY(n.hasConflict());
        QCOMPARE(n.heads.size(), 2);
        QCOMPARE(n.versions.size(), 3);
        QCOMPARE(n.current().text, QStringLiteral("B")); // newest shown until the consultant resolves
    }

    void anAmendmentArrivingBeforeItsNoteIsKeptNotDropped()
    {
        const QUuid noteId = QUuid::createUuid();
        const Event amended = makeEvent(
            EventType::NoteAmended,
            {{"noteId", idString(noteId)}, {"replaces", idString(QUuid::createUuid())}, {"text", "y"}}, 20);
        const VisitState s = foldVisit({amended});
        QCOMPARE(s.orphanAmendments, QList<QUuid>{amended.id});
    }

    void anUnknownEventTypeIsKeptForTheRecord()
    {
        const Event future = makeEvent("ScaleAnswered", {{"value", 3}}, 10);
        const VisitState s = foldVisit({future});
        QCOMPARE(s.unknownEvents.size(), 1);
        QCOMPARE(s.unknownEvents.first().type, QStringLiteral("ScaleAnswered"));
    }

    void closingIsRecorded()
    {
        const VisitState s = foldVisit(
            {makeEvent(EventType::VisitStarted, {}, 10), makeEvent(EventType::VisitClosed, {}, 20)});
        QVERIFY(s.closed);
        QCOMPARE(s.closedWallMs, 20);
    }

    void generatedVisitIsRealistic()
    {
        const QList<Event> events = testing::generateVisit(500, 7);
        QCOMPARE(events.size(), 500);
        const VisitState s = foldVisit(events);
        QVERIFY(s.started && s.closed);
        QVERIFY(s.notes.size() > 200);
        QVERIFY(std::any_of(s.notes.cbegin(), s.notes.cend(), [](const Note &n) { return n.isAmended(); }));
        QVERIFY(std::any_of(s.notes.cbegin(), s.notes.cend(), [](const Note &n) { return n.hasConflict(); }));
        QVERIFY(s.orphanAmendments.isEmpty());
        QVERIFY(s.unknownEvents.isEmpty());
    }

    // The property the merge of two tablets rests on: any arrival order and any duplication of
    // the same events folds to the same state.
    void anyOrderAndDuplicationFoldsToTheSameState()
    {
        const quint32 seed =
            qEnvironmentVariableIsSet("FOLD_SEED") ? qEnvironmentVariableIntValue("FOLD_SEED") : 20261122;
        const QList<Event> original = testing::generateVisit(500, seed);
        const VisitState expected = foldVisit(original);
        const QByteArray expectedJson = QJsonDocument(expected.toJson()).toJson(QJsonDocument::Compact);
        std::mt19937 rng(seed);
        std::uniform_int_distribution<int> dupes(0, 60);
        for (int round = 0; round < 1000; ++round) {
            QList<Event> shuffled = original;
            std::uniform_int_distribution<qsizetype> pick(0, original.size() - 1);
            for (int d = dupes(rng); d > 0; --d)
                shuffled.append(original.at(pick(rng)));
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            const VisitState folded = foldVisit(shuffled);
            if (!(folded == expected)) {
                const QByteArray got = QJsonDocument(folded.toJson()).toJson(QJsonDocument::Compact);
                QFAIL(qPrintable(QStringLiteral("round %1 (FOLD_SEED=%2) differs; json equal: %3")
                                     .arg(round)
                                     .arg(seed)
                                     .arg(got == expectedJson)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVisitFold)
#include "tst_visitfold.moc"
