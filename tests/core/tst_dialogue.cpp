#include "VisitState.h"

#include <QJsonArray>
#include <QTest>
#include <random>

using namespace feltdialog;

namespace {

// A guided conversation as the consultant walks it, event by event, on one tablet.
class Walk
{
public:
    Walk() : m_visitId(QUuid::createUuid()) {}

    Event &add(const char *type, QJsonObject payload)
    {
        Event e;
        e.id = QUuid::createUuid();
        e.visitId = m_visitId;
        e.authorId = QStringLiteral("anna");
        e.deviceId = QStringLiteral("tablet-a");
        e.deviceSeq = ++m_seq;
        e.hlc = HlcTimestamp{1'763'800'000'000 + m_seq * 1000, 0};
        e.wallTimeMs = e.hlc.wallMs;
        e.type = QString::fromLatin1(type);
        e.payload = std::move(payload);
        m_events.append(e);
        return m_events.last();
    }
    const QList<Event> &events() const { return m_events; }

private:
    QUuid m_visitId;
    qint64 m_seq = 0;
    QList<Event> m_events;
};

const QString kC = QStringLiteral("c1");

Walk wholeConversation()
{
    Walk w;
    w.add(EventType::VisitStarted, {{"facilityId", "demo-solhaven"}, {"facilityName", "Solhaven"}});
    w.add(EventType::ConversationStarted,
          {{"conversationId", kC}, {"title", "Leder"}, {"kind", "conversation"}});
    w.add(EventType::ContractItemSet, {{"conversationId", kC}, {"itemId", "purpose"}, {"agreed", true}});
    w.add(EventType::ContractItemSet, {{"conversationId", kC}, {"itemId", "outcome"}, {"agreed", true}});
    w.add(EventType::ContractItemSet, {{"conversationId", kC}, {"itemId", "outcome"}, {"agreed", false}});
    w.add(EventType::PhaseEntered, {{"conversationId", kC}, {"phase", "checkin"}});
    for (const auto &[id, role, label] :
         {std::tuple{"p1", "leader", "Leder"}, std::tuple{"p2", "staff", "MH"},
          std::tuple{"p3", "resident", "JK"}}) {
        w.add(EventType::ParticipantJoined,
              {{"conversationId", kC}, {"participantId", id}, {"role", role}, {"label", label}});
        w.add(EventType::CheckInNoted, {{"conversationId", kC},
                                        {"participantId", id},
                                        {"hopes", QStringLiteral("håb %1").arg(id)},
                                        {"uncertainties", "usikker"}});
    }
    w.add(EventType::PhaseEntered, {{"conversationId", kC}, {"phase", "conversation"}});
    w.add(EventType::NoteWritten, {{"noteId", idString(QUuid::createUuid())},
                                   {"text", "Supervision er frustrerende"},
                                   {"tags", QJsonObject{{"conversationId", kC},
                                                        {"indicatorId", "8.b"},
                                                        {"sourceRole", "staff"},
                                                        {"method", "interview"},
                                                        {"position", "control"}}}});
    w.add(EventType::FollowUpAsked, {{"conversationId", kC},
                                     {"noteId", "n1"},
                                     {"keyword", "frustrerende"},
                                     {"question", "Hvor frustrerende?"}});
    w.add(EventType::TimeoutCalled,
          {{"conversationId", kC}, {"timeoutId", "t1"}, {"calledBy", "facility"}, {"reason", "uro"}});
    w.add(EventType::TimeoutEnded, {{"conversationId", kC}, {"timeoutId", "t1"}, {"outcome", "refocus"}});
    w.add(EventType::PositionSwitched, {{"conversationId", kC}, {"position", "development"}});
    w.add(EventType::PromptAnswered, {{"conversationId", kC},
                                      {"promptId", "scale"},
                                      {"kind", "scale"},
                                      {"scale", 3},
                                      {"stepUp", "faste møder"}});
    w.add(EventType::PhaseEntered, {{"conversationId", kC}, {"phase", "wrapup"}});
    w.add(EventType::SummaryPointStated,
          {{"conversationId", kC}, {"pointId", "s1"}, {"text", "Supervision mangler"}});
    w.add(EventType::SummaryPointStated,
          {{"conversationId", kC}, {"pointId", "s2"}, {"text", "Ledelsen er synlig"}});
    w.add(EventType::SummaryPointAnswered,
          {{"conversationId", kC}, {"pointId", "s1"}, {"response", "confirmed"}});
    w.add(EventType::SummaryPointAnswered, {{"conversationId", kC},
                                            {"pointId", "s2"},
                                            {"response", "understood_differently"},
                                            {"theirWords", "Kun om dagen"}});
    w.add(EventType::AgreementMade, {{"conversationId", kC},
                                     {"agreementId", "a1"},
                                     {"what", "Plan for supervision"},
                                     {"who", "Leder"},
                                     {"byWhen", "2027-01-15"}});
    w.add(EventType::FindingNoted, {{"conversationId", kC},
                                    {"findingId", "f1"},
                                    {"kind", "development"},
                                    {"indicatorId", "8.b"},
                                    {"text", "Ekstern supervision"}});
    w.add(EventType::CheckOutNoted,
          {{"conversationId", kC}, {"participantId", "p2"}, {"gained", "Overblik"}, {"takesAway", "Ro"}});
    w.add(EventType::ConversationEnded, {{"conversationId", kC}, {"nextSteps", "Rapport om 4 uger"}});
    w.add(EventType::QuestionAnswered,
          {{"conversationId", kC}, {"questionId", "q1"}, {"indicatorId", "8.b"}, {"answer", "some"}});
    w.add(EventType::QuestionAnswered, {{"conversationId", kC},
                                        {"questionId", "q1"},
                                        {"indicatorId", "8.b"},
                                        {"answer", "high"},
                                        {"comment", "efter ny plan"}});
    w.add(EventType::IndicatorScored,
          {{"indicatorId", "8.b"}, {"score", 2}, {"rationale", "Ingen fast supervision"}});
    w.add(EventType::IndicatorScored, {{"indicatorId", "8.b"}, {"score", 3}, {"rationale", "Planlagt"}});
    return w;
}

} // namespace

class TestDialogue : public QObject
{
    Q_OBJECT
private slots:
    // A phase as an enum for code and QML, and as the log spells it, both ways.
    void aPhaseReadsBackFromItsId()
    {
        QCOMPARE(phaseOrder(), QStringList({"contract", "checkin", "conversation", "wrapup"}));
        for (qsizetype i = 0; i < phaseOrder().size(); ++i) {
            const std::optional<Phase> phase = phaseFromId(phaseOrder().at(i));
            QVERIFY(phase);
            QCOMPARE(int(*phase), int(i));
            QCOMPARE(phaseId(*phase), phaseOrder().at(i));
        }
        QVERIFY(!phaseFromId(u"debrief"));
        QVERIFY(!phaseFromId(u""));
    }

    void everyDialogueEventFoldsIntoTheConversation()
    {
        const VisitState state = foldVisit(wholeConversation().events());
        QVERIFY(state.unknownEvents.isEmpty());
        const DialogueState &d = state.dialogue;
        QCOMPARE(d.conversations.size(), 1);
        const Conversation &c = d.conversations.first();
        QCOMPARE(c.title, QStringLiteral("Leder"));
        QCOMPARE(c.phase, QStringLiteral("wrapup"));
        QCOMPARE(c.phasesEntered, QStringList({"contract", "checkin", "conversation", "wrapup"}));
        QVERIFY(c.skippedPhases().isEmpty());
        QCOMPARE(c.contract.value("purpose"), true);
        QCOMPARE(c.contract.value("outcome"), false); // unticked again: the last word counts
        QCOMPARE(c.participants.size(), 3);
        QCOMPARE(c.participants.at(2).label, QStringLiteral("JK"));
        QCOMPARE(c.participants.at(0).hopes, QStringLiteral("håb p1"));
        QCOMPARE(c.participants.at(1).gained, QStringLiteral("Overblik"));
        QCOMPARE(c.participants.at(1).takesAway, QStringLiteral("Ro"));
        QCOMPARE(c.timeouts.size(), 1);
        QCOMPARE(c.timeouts.first().calledBy, QStringLiteral("facility"));
        QCOMPARE(c.timeouts.first().outcome, QStringLiteral("refocus"));
        QVERIFY(c.timeouts.first().endedWallMs > c.timeouts.first().calledWallMs);
        QVERIFY(!c.openTimeout());
        QCOMPARE(d.positionOf("anna").position, QStringLiteral("development"));
        QCOMPARE(d.positionOf("anna").switches, 1);
        QCOMPARE(c.prompts.first().scale, 3);
        QCOMPARE(c.prompts.first().stepUp, QStringLiteral("faste møder"));
        QCOMPARE(c.followUps.first().keyword, QStringLiteral("frustrerende"));
        QCOMPARE(c.summary.size(), 2);
        QCOMPARE(c.summary.at(0).response, QStringLiteral("confirmed"));
        QCOMPARE(c.summary.at(1).response, QStringLiteral("understood_differently"));
        QCOMPARE(c.summary.at(1).theirWords, QStringLiteral("Kun om dagen"));
        QCOMPARE(c.agreements.first().byWhen, QStringLiteral("2027-01-15"));
        QCOMPARE(c.findings.first().indicatorId, QStringLiteral("8.b"));
        QVERIFY(c.ended);
        QCOMPARE(c.nextSteps, QStringLiteral("Rapport om 4 uger"));
        QCOMPARE(d.scores.value("8.b").score, 3);
        QCOMPARE(c.answers.size(), 1); // answered twice: the later answer stands
        QCOMPARE(c.answers.first().answer, QStringLiteral("high"));
        QCOMPARE(c.answers.first().comment, QStringLiteral("efter ny plan"));
        QCOMPARE(state.notes.first().tags.indicatorId, QStringLiteral("8.b"));
        QCOMPARE(state.notes.first().tags.method, QStringLiteral("interview"));
    }

    void aParticipantIsCorrectedOrRemovedWithWhoWhenAndWhy()
    {
        Walk w;
        w.add(EventType::ConversationStarted,
              {{"conversationId", kC}, {"title", "Beboere"}, {"kind", "conversation"}});
        w.add(EventType::ParticipantJoined,
              {{"conversationId", kC}, {"participantId", "p1"}, {"role", "resident"}, {"label", "J.N."}});
        w.add(EventType::ParticipantJoined,
              {{"conversationId", kC}, {"participantId", "p2"}, {"role", "staff"}, {"label", "Mete"}});
        const Event &renamed = w.add(EventType::ParticipantRenamed, {{"conversationId", kC},
                                                                     {"participantId", "p2"},
                                                                     {"label", "Mette"},
                                                                     {"reason", "stavet forkert"}});
        const qint64 renamedAt = renamed.wallTimeMs;
        w.add(EventType::ParticipantRemoved,
              {{"conversationId", kC}, {"participantId", "p1"}, {"reason", "tilføjet ved en fejl"}});
        // Removed twice (two tablets): the first removal stands.
        w.add(EventType::ParticipantRemoved,
              {{"conversationId", kC}, {"participantId", "p1"}, {"reason", "igen"}});

        const VisitState state = foldVisit(w.events());
        QVERIFY(state.unknownEvents.isEmpty());
        const Conversation &c = state.dialogue.conversations.first();
        QCOMPARE(c.participants.size(), 2); // a removed participant stays, marked
        const Participant &resident = c.participants.at(0);
        QVERIFY(resident.removed);
        QCOMPARE(resident.removal.reason, QStringLiteral("tilføjet ved en fejl"));
        QCOMPARE(resident.removal.authorId, QStringLiteral("anna"));
        QCOMPARE(resident.label, QStringLiteral("J.N."));
        const Participant &staff = c.participants.at(1);
        QVERIFY(!staff.removed);
        QCOMPARE(staff.label, QStringLiteral("Mette"));
        QCOMPARE(staff.corrections.size(), 1);
        QCOMPARE(staff.corrections.first().from, QStringLiteral("Mete"));
        QCOMPARE(staff.corrections.first().to, QStringLiteral("Mette"));
        QCOMPARE(staff.corrections.first().reason, QStringLiteral("stavet forkert"));
        QCOMPARE(staff.corrections.first().wallTimeMs, renamedAt);

        // The same events in any order fold to the same state.
        QList<Event> shuffled = w.events();
        std::mt19937 random(7);
        for (int round = 0; round < 10; ++round) {
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            QVERIFY(foldVisit(shuffled).dialogue == state.dialogue);
        }
    }

    // Each stopped turn of the check-in timer is an event; a person's turns add up, whatever the
    // order they arrive in, and nonsense (negative, longer than a day) adds nothing.
    void speakingTurnsAddUpPerParticipant()
    {
        Walk w;
        w.add(EventType::ConversationStarted,
              {{"conversationId", kC}, {"title", "Leder"}, {"kind", "conversation"}});
        for (const char *id : {"p1", "p2"})
            w.add(EventType::ParticipantJoined,
                  {{"conversationId", kC}, {"participantId", id}, {"role", "staff"}, {"label", id}});
        const auto turn = [&](const char *id, int seconds) {
            w.add(EventType::SpeakingTimed,
                  {{"conversationId", kC}, {"participantId", id}, {"seconds", seconds}});
        };
        turn("p1", 75);
        turn("p2", 30);
        turn("p1", 45);
        turn("p2", -5);
        turn("p2", 90000);
        const VisitState state = foldVisit(w.events());
        QVERIFY(state.unknownEvents.isEmpty());
        const Conversation &c = state.dialogue.conversations.first();
        QCOMPARE(c.participants.at(0).speakingSeconds, 120);
        QCOMPARE(c.participants.at(1).speakingSeconds, 30);
        QList<Event> shuffled = w.events();
        std::mt19937 random(11);
        for (int round = 0; round < 10; ++round) {
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            QVERIFY(foldVisit(shuffled).dialogue == state.dialogue);
        }
    }

    // Undo appends: the end or the switch stays in the log and the undo, naming it, takes its
    // effect back. An undo that no longer names the latest switch (or the end that stands) is moot.
    void anUndoTakesBackTheEndOrSwitchItNames()
    {
        Walk w;
        w.add(EventType::ConversationStarted,
              {{"conversationId", kC}, {"title", "Leder"}, {"kind", "conversation"}});
        const QString ended = idString(
            w.add(EventType::ConversationEnded, {{"conversationId", kC}, {"nextSteps", "Rapport"}}).id);
        w.add(EventType::ConversationResumed, {{"conversationId", kC}, {"undoes", ended}});
        const QString toDevelopment = idString(
            w.add(EventType::PositionSwitched, {{"conversationId", kC}, {"position", "development"}}).id);
        w.add(EventType::PositionSwitchUndone,
              {{"conversationId", kC}, {"position", "control"}, {"undoes", toDevelopment}});
        DialogueState d = foldVisit(w.events()).dialogue;
        const Conversation &c = d.conversations.first();
        QVERIFY(!c.ended);
        QCOMPARE(c.endedWallMs, qint64(0));
        QCOMPARE(c.nextSteps, QStringLiteral("Rapport")); // shown again in the wrap-up
        QCOMPARE(d.positionOf("anna").position, QStringLiteral("control"));
        QCOMPARE(d.positionOf("anna").switches, 0);

        // Ended again: stands. A second undo of the first end names an end that no longer stands.
        w.add(EventType::ConversationEnded, {{"conversationId", kC}, {"nextSteps", "Rapport"}});
        w.add(EventType::ConversationResumed, {{"conversationId", kC}, {"undoes", ended}});
        const QString first = idString(
            w.add(EventType::PositionSwitched, {{"conversationId", kC}, {"position", "development"}}).id);
        w.add(EventType::PositionSwitched, {{"conversationId", kC}, {"position", "control"}});
        w.add(EventType::PositionSwitchUndone,
              {{"conversationId", kC}, {"position", "control"}, {"undoes", first}});
        d = foldVisit(w.events()).dialogue;
        QVERIFY(d.conversations.first().ended);
        QCOMPARE(d.positionOf("anna").position, QStringLiteral("control"));
        QCOMPARE(d.positionOf("anna").switches, 2);
    }

    // Two consultants at one visit each speak from their own position: Bo's switch is his, and an
    // undo Bo's tablet sends for Anna's switch (it cannot: undo offers one's own) moves nothing.
    void eachConsultantHasTheirOwnPosition()
    {
        Walk w;
        w.add(EventType::ConversationStarted,
              {{"conversationId", kC}, {"title", "Leder"}, {"kind", "conversation"}});
        const QString annas = idString(
            w.add(EventType::PositionSwitched, {{"conversationId", kC}, {"position", "development"}}).id);
        w.add(EventType::PositionSwitched, {{"conversationId", kC}, {"position", "development"}}).authorId =
            QStringLiteral("bo");
        w.add(EventType::PositionSwitched, {{"conversationId", kC}, {"position", "control"}}).authorId =
            QStringLiteral("bo");
        w.add(EventType::PositionSwitchUndone,
              {{"conversationId", kC}, {"position", "control"}, {"undoes", annas}})
            .authorId = QStringLiteral("bo");
        const DialogueState d = foldVisit(w.events()).dialogue;
        QCOMPARE(d.positionOf("anna").position, QStringLiteral("development"));
        QCOMPARE(d.positionOf("anna").switches, 1);
        QCOMPARE(d.positionOf("bo").position, QStringLiteral("control"));
        QCOMPARE(d.positionOf("bo").switches, 2);
        QCOMPARE(d.positionOf("carl").position, QStringLiteral("control")); // not switched: control
        QCOMPARE(d.toJson().value("positions").toObject().value("anna").toString(),
                 QStringLiteral("development"));
    }

    void scoresGivenAtOnceOnTwoTabletsBothStandUntilResolved()
    {
        Walk w;
        w.add(EventType::VisitStarted, {{"facilityId", "demo-solhaven"}, {"facilityName", "Solhaven"}});
        const Event a =
            w.add(EventType::IndicatorScored,
                  {{"indicatorId", "8.b"}, {"score", 3}, {"rationale", "Anna"}, {"replaces", QJsonArray()}});
        Event &bRef =
            w.add(EventType::IndicatorScored,
                  {{"indicatorId", "8.b"}, {"score", 4}, {"rationale", "Bo"}, {"replaces", QJsonArray()}});
        bRef.authorId = QStringLiteral("bo");
        bRef.deviceId = QStringLiteral("tablet-b");
        bRef.hlc.wallMs -= 1500; // Bo's tablet, a little behind: neither saw the other's score
        const Event b = bRef;

        VisitState state = foldVisit(w.events());
        QCOMPARE(state.dialogue.concurrentScores.value("8.b").size(), 2);
        QCOMPARE(state.dialogue.concurrentScores.value("8.b").at(0).rationale, QStringLiteral("Bo"));
        QCOMPARE(state.dialogue.concurrentScores.value("8.b").at(1).rationale, QStringLiteral("Anna"));
        QCOMPARE(state.dialogue.scores.value("8.b").score, 3); // the later in fold order is shown first
        QVERIFY(state.toJson()
                    .value("dialogue")
                    .toObject()
                    .value("scores")
                    .toObject()
                    .value("8.b")
                    .toObject()
                    .contains("concurrent"));

        // The same events in any order and repeated: the same two scores stand.
        std::mt19937 random(7);
        for (int round = 0; round < 20; ++round) {
            QList<Event> shuffled = w.events() + w.events();
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            QCOMPARE(foldVisit(shuffled), state);
        }

        // Keeping one is a new score replacing both; the disagreement stays in the history.
        w.add(EventType::IndicatorScored, {{"indicatorId", "8.b"},
                                           {"score", 4},
                                           {"rationale", "Bo"},
                                           {"replaces", QJsonArray{idString(a.id), idString(b.id)}}});
        state = foldVisit(w.events());
        QVERIFY(state.dialogue.concurrentScores.isEmpty());
        QCOMPARE(state.dialogue.scores.value("8.b").score, 4);
        QCOMPARE(state.dialogue.scoreHistory.value("8.b").size(), 3);
    }

    void aScoreThatSawTheOtherReplacesItWhateverTheClocks()
    {
        Walk w;
        const Event a =
            w.add(EventType::IndicatorScored,
                  {{"indicatorId", "9.a"}, {"score", 2}, {"rationale", "først"}, {"replaces", QJsonArray()}});
        Event &later = w.add(EventType::IndicatorScored, {{"indicatorId", "9.a"},
                                                          {"score", 5},
                                                          {"rationale", "efter sync"},
                                                          {"replaces", QJsonArray{idString(a.id)}}});
        later.hlc.wallMs = a.hlc.wallMs - 10'000; // a clock far behind folds it first
        const VisitState state = foldVisit(w.events());
        QVERIFY(state.dialogue.concurrentScores.isEmpty());
        QCOMPARE(state.dialogue.scores.value("9.a").score, 5);

        // A third tablet's score that replaced nothing stands beside it: a conflict again.
        Event &third = w.add(
            EventType::IndicatorScored,
            {{"indicatorId", "9.a"}, {"score", 1}, {"rationale", "tredje"}, {"replaces", QJsonArray()}});
        third.authorId = QStringLiteral("carl");
        QCOMPARE(foldVisit(w.events()).dialogue.concurrentScores.value("9.a").size(), 2);
    }

    void skippingAndGoingBackAreRecordedNeverBlocked()
    {
        Walk w;
        w.add(EventType::ConversationStarted, {{"conversationId", kC}, {"title", "Kort"}});
        w.add(EventType::PhaseEntered,
              {{"conversationId", kC}, {"phase", "conversation"}});                      // check-in skipped
        w.add(EventType::PhaseEntered, {{"conversationId", kC}, {"phase", "contract"}}); // back again
        w.add(EventType::ConversationEnded, {{"conversationId", kC}});                   // ended early
        const VisitState state = foldVisit(w.events());
        const Conversation &c = state.dialogue.conversations.first();
        QCOMPARE(c.phase, QStringLiteral("contract"));
        QCOMPARE(c.skippedPhases(), QStringList({"checkin"}));
        QVERIFY(c.ended);
    }

    void anyOrderAndDuplicationFoldsToTheSameDialogue()
    {
        const QList<Event> events = wholeConversation().events();
        const VisitState expected = foldVisit(events);
        std::mt19937 rng(2026);
        for (int i = 0; i < 1000; ++i) {
            QList<Event> shuffled = events;
            for (int d = 0; d < 5; ++d)
                shuffled.append(
                    events.at(std::uniform_int_distribution<qsizetype>(0, events.size() - 1)(rng)));
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            const VisitState folded = foldVisit(shuffled);
            if (!(folded == expected))
                QFAIL(qPrintable(QStringLiteral("permutation %1 folds differently").arg(i)));
        }
    }

    void aConversationMentionedBeforeItsStartIsKept()
    {
        Walk w;
        w.add(EventType::TimeoutCalled,
              {{"conversationId", "c9"}, {"timeoutId", "t"}, {"calledBy", "consultant"}});
        w.add(EventType::ConversationStarted, {{"conversationId", "c9"}, {"title", "Fra anden tablet"}});
        const DialogueState d = foldVisit(w.events()).dialogue;
        QCOMPARE(d.conversations.size(), 1);
        QCOMPARE(d.conversations.first().title, QStringLiteral("Fra anden tablet"));
        QVERIFY(d.conversations.first().openTimeout());
    }
};

QTEST_GUILESS_MAIN(TestDialogue)
#include "tst_dialogue.moc"
