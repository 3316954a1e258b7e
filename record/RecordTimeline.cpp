// The appendix: the whole log in the order the fold reads it, so a reader can follow every step,
// every amendment with its full text, and every event a newer app wrote.
#include "RecordLabels.h"
#include "RecordSections.h"
#include "Redaction.h"

namespace feltdialog {

namespace t = recordtext;

namespace {

QString field(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

QString conversationTitle(const VisitRecord &r, const Event &e)
{
    const QString id = field(e, "conversationId");
    for (const RecordConversation &rc : r.conversations) {
        if (rc.conversation.id == id)
            return rc.conversation.title;
    }
    return id;
}

QString participant(const VisitRecord &r, const Event &e)
{
    const QString id = field(e, "participantId");
    for (const RecordConversation &rc : r.conversations) {
        for (const Participant &p : rc.conversation.participants) {
            if (p.id == id)
                return QStringLiteral("%1 (%2)").arg(p.label, t::role(r, p.role).toLower());
        }
    }
    return id;
}

// The question in the template's words and the answer in Danish, not the log's codes ("8b-ekstern",
// "not_relevant"); the question's id only where the template does not know it.
std::pair<QString, QString> questionAnswer(const VisitRecord &r, const Event &e)
{
    const QString id = field(e, "questionId");
    for (const RecordConversation &rc : r.conversations) {
        for (const RecordAnswer &a : rc.answers) {
            if (a.answer.questionId == id && !a.questionText.isEmpty())
                return {a.questionText, t::answer(a.answerType, field(e, "answer"))};
        }
    }
    return {id, t::answer({}, field(e, "answer"))};
}

QString contractItem(const VisitRecord &r, const Event &e)
{
    const QString id = field(e, "itemId");
    for (const RecordConversation &rc : r.conversations) {
        for (const RecordContractItem &item : rc.contract) {
            if (item.id == id)
                return item.title;
        }
    }
    return id;
}

// What happened, and the words that go with it.
std::pair<QString, QString> describe(const VisitRecord &r, const Event &e)
{
    const auto is = [&e](const char *type) { return e.type == QLatin1String(type); };
    const auto in = [&](const QString &what) {
        return what + QStringLiteral(" – ") + conversationTitle(r, e);
    };
    if (is(EventType::VisitStarted))
        return {QStringLiteral("Besøget startet"), field(e, "facilityName")};
    if (is(EventType::VisitClosed))
        return {QStringLiteral("Besøget afsluttet"), {}};
    if (is(EventType::NoteWritten)) {
        const QString indicator = e.payload.value("tags").toObject().value("indicatorId").toString();
        return {QStringLiteral("Note skrevet – ") + t::indicator(r, indicator), field(e, "text")};
    }
    if (is(EventType::NoteAmended)) {
        const QUuid replaces = QUuid::fromString(field(e, "replaces"));
        QString when;
        for (const Event &other : r.log) {
            if (other.id == replaces)
                when = t::timeWithSeconds(other.wallTimeMs);
        }
        return {QStringLiteral("Note rettet (erstatter versionen fra kl. %1)")
                    .arg(when.isEmpty() ? field(e, "replaces") : when),
                field(e, "text")};
    }
    if (is(EventType::ContentRedacted))
        return {QStringLiteral("Ord fjernet fra rapporten (%1 %2)")
                    .arg(redactionTargets(e.payload).size())
                    .arg(redactionTargets(e.payload).size() == 1 ? QStringLiteral("registrering")
                                                                 : QStringLiteral("registreringer")),
                QStringLiteral("Begrundelse: %1").arg(field(e, "reason"))};
    if (is(EventType::LocationStamped))
        return {QStringLiteral("Stedfæstet: ") + t::locationMoment(field(e, "moment")).toLower(),
                t::locationStatus(field(e, "status")) +
                    (field(e, "reason").isEmpty() ? QString() : QStringLiteral(" – ") + field(e, "reason"))};
    if (is(EventType::ConversationStarted))
        return {QStringLiteral("Samtale startet"), field(e, "title")};
    if (is(EventType::ConversationEnded))
        return {in(QStringLiteral("Samtale afsluttet")), field(e, "nextSteps")};
    if (is(EventType::PhaseEntered))
        return {in(QStringLiteral("Fase")), t::phase(field(e, "phase"))};
    if (is(EventType::ContractItemSet))
        return {in(e.payload.value("agreed").toBool() ? QStringLiteral("Kontraktpunkt aftalt")
                                                      : QStringLiteral("Kontraktpunkt ikke aftalt")),
                contractItem(r, e)};
    if (is(EventType::PositionSwitched))
        return {QStringLiteral("Positionsskift"), t::position(field(e, "position"))};
    if (is(EventType::ParticipantJoined))
        return {in(QStringLiteral("Deltager")), participant(r, e)};
    if (is(EventType::ParticipantRenamed))
        return {in(QStringLiteral("Deltagers navn rettet: ") + participant(r, e)),
                QStringLiteral("Begrundelse: %1").arg(field(e, "reason"))};
    if (is(EventType::ParticipantRemoved))
        return {in(QStringLiteral("Deltager fjernet: ") + participant(r, e)),
                QStringLiteral("Begrundelse: %1").arg(field(e, "reason"))};
    if (is(EventType::CheckInNoted))
        return {in(QStringLiteral("Check-in: ") + participant(r, e)),
                QStringLiteral("Håb: %1 Usikkerheder: %2").arg(field(e, "hopes"), field(e, "uncertainties"))};
    if (is(EventType::CheckOutNoted))
        return {in(QStringLiteral("Check-ud: ") + participant(r, e)), field(e, "takesAway")};
    if (is(EventType::SpeakingTimed))
        return {in(QStringLiteral("Taletid i check-in: ") + participant(r, e)),
                t::duration(qint64(e.payload.value("seconds").toInt()) * 1000)};
    if (is(EventType::ConversationResumed))
        return {in(QStringLiteral("Afslutning fortrudt")),
                QStringLiteral("Samtalen blev genoptaget få sekunder efter, at den blev afsluttet.")};
    if (is(EventType::PositionSwitchUndone))
        return {QStringLiteral("Positionsskift fortrudt"),
                QStringLiteral("Tilbage til ") + t::position(field(e, "position")).toLower()};
    if (is(EventType::TimeoutCalled))
        return {in(QStringLiteral("Timeout kaldt af ") + t::calledBy(field(e, "calledBy")).toLower()),
                field(e, "reason")};
    if (is(EventType::TimeoutEnded))
        return {in(QStringLiteral("Timeout slut")), t::timeoutOutcome(field(e, "outcome"))};
    if (is(EventType::FollowUpAsked))
        return {in(QStringLiteral("Opfølgende spørgsmål på »%1«").arg(field(e, "keyword"))),
                field(e, "question")};
    if (is(EventType::PromptAnswered)) {
        const int scale = e.payload.value("scale").toInt();
        return {in(QStringLiteral("Spørgsmål besvaret")),
                scale > 0 ? QStringLiteral("%1 af 5. Et trin op: %2").arg(scale).arg(field(e, "stepUp"))
                          : field(e, "text")};
    }
    if (is(EventType::QuestionAnswered)) {
        const auto [question, answer] = questionAnswer(r, e);
        const QString comment = field(e, "comment");
        return {in(QStringLiteral("Svar på »%1«").arg(question)),
                comment.isEmpty() ? answer : answer + QStringLiteral(" – ") + comment};
    }
    if (is(EventType::SummaryPointStated))
        return {in(QStringLiteral("Opsummeringspunkt")), field(e, "text")};
    if (is(EventType::SummaryPointAnswered))
        return {in(t::summaryResponse(field(e, "response"))), field(e, "theirWords")};
    if (is(EventType::AgreementMade))
        return {in(QStringLiteral("Aftale")),
                QStringLiteral("%1 Hvem: %2. Hvornår: %3.")
                    .arg(field(e, "what"), field(e, "who"), field(e, "byWhen"))};
    if (is(EventType::FindingNoted))
        return {in(t::findingKind(field(e, "kind")) + QStringLiteral(" (") + field(e, "indicatorId") +
                   QLatin1Char(')')),
                field(e, "text")};
    if (is(EventType::IndicatorScored))
        return {QStringLiteral("Indikator %1 bedømt til %2")
                    .arg(field(e, "indicatorId"))
                    .arg(e.payload.value("score").toInt()),
                field(e, "rationale")};
    return {QStringLiteral("Ukendt hændelse fra en nyere version: ") + e.type,
            QString::fromUtf8(e.payloadBytes())};
}

} // namespace

std::pair<QString, QString> timelineWords(const VisitRecord &r, const Event &e)
{
    return describe(r, e);
}

void writeTimeline(RecordDocument &doc, const VisitRecord &r)
{
    doc.heading(1, QStringLiteral("Bilag: Hele tidslinjen"));
    doc.paragraph(
        QStringLiteral("Alle %1 hændelser i loggen i den rækkefølge, de indgår i besøget (hybrid logisk "
                       "ur, enhed, nummer), med hver rettelse og dens fulde tekst. Tid er "
                       "enhedens egen klokke.")
            .arg(r.log.size()));
    QList<QList<RecordCell>> rows;
    for (const Event &e : r.log) {
        const auto [what, detail] = describe(r, e);
        rows.append(
            {t::timeWithSeconds(e.wallTimeMs),
             QStringLiteral("%1\n%2 nr. %3").arg(t::consultant(r, e.authorId), e.deviceId).arg(e.deviceSeq),
             RecordCell(what, true), detail});
    }
    doc.table(
        {QStringLiteral("Tid"), QStringLiteral("Af"), QStringLiteral("Hændelse"), QStringLiteral("Indhold")},
        rows, {10, 17, 28, 45});
}

} // namespace feltdialog
