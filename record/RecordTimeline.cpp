// The appendix: the whole log in the order the fold reads it, so a reader can follow every step,
// every amendment with its full text, and every event a newer app wrote.
#include "EventVocabulary.h"
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

// What happened, and the words that go with it. The headline is the event's own (Danish) words
// from core/EventVocabulary.h, as the app's timeline shows them; the record adds what it knows
// beside them: the conversation, the participant, the template's question.
std::pair<QString, QString> describe(const VisitRecord &r, const Event &e)
{
    const EventDefinition *definition = eventDefinition(e.type);
    if (!definition)
        return {QStringLiteral("Ukendt hændelse fra en nyere version: ") + e.type,
                QString::fromUtf8(e.payloadBytes())};
    const QString words = definition->words(e.payload).da;
    const auto is = [&e](const char *type) { return e.type == QLatin1String(type); };
    const auto in = [&](const QString &what) {
        return what + QStringLiteral(" – ") + conversationTitle(r, e);
    };
    const auto about = [&](const QString &what) {
        return in(what + QStringLiteral(": ") + participant(r, e));
    };
    if (is(EventType::VisitStarted))
        return {words, field(e, "facilityName")};
    if (is(EventType::IndicatorScored))
        return {words, field(e, "rationale")};
    if (is(EventType::NoteWritten)) {
        const QString indicator = e.payload.value("tags").toObject().value("indicatorId").toString();
        return {words + QStringLiteral(" – ") + t::indicator(r, indicator), field(e, "text")};
    }
    if (is(EventType::NoteAmended)) {
        const QUuid replaces = QUuid::fromString(field(e, "replaces"));
        QString when;
        for (const Event &other : r.log) {
            if (other.id == replaces)
                when = t::timeWithSeconds(other.wallTimeMs);
        }
        return {words + QStringLiteral(" (erstatter versionen fra kl. %1)")
                            .arg(when.isEmpty() ? field(e, "replaces") : when),
                field(e, "text")};
    }
    if (is(EventType::ContentRedacted)) {
        const qsizetype n = redactionTargets(e.payload).size();
        return {words + QStringLiteral(" (%1 %2)")
                            .arg(n)
                            .arg(n == 1 ? QStringLiteral("registrering") : QStringLiteral("registreringer")),
                QStringLiteral("Begrundelse: %1").arg(field(e, "reason"))};
    }
    if (is(EventType::LocationStamped))
        return {words.arg(t::locationMoment(field(e, "moment")).toLower()),
                t::locationStatus(field(e, "status")) +
                    (field(e, "reason").isEmpty() ? QString() : QStringLiteral(" – ") + field(e, "reason"))};
    if (is(EventType::ConversationStarted))
        return {words, field(e, "title")};
    if (is(EventType::ConversationEnded))
        return {in(words), field(e, "nextSteps")};
    if (is(EventType::PhaseEntered))
        return {in(words), t::phase(field(e, "phase"))};
    if (is(EventType::ContractItemSet))
        return {in(words), contractItem(r, e)};
    if (is(EventType::PositionSwitched))
        return {words, t::position(field(e, "position"))};
    if (is(EventType::ParticipantJoined))
        return {in(words), participant(r, e)};
    if (is(EventType::ParticipantRenamed) || is(EventType::ParticipantRemoved))
        return {about(words), QStringLiteral("Begrundelse: %1").arg(field(e, "reason"))};
    if (is(EventType::CheckInNoted))
        return {about(words),
                QStringLiteral("Håb: %1 Usikkerheder: %2").arg(field(e, "hopes"), field(e, "uncertainties"))};
    if (is(EventType::CheckOutNoted))
        return {about(words), QStringLiteral("Fik ud af samtalen: %1 Tager med sig: %2")
                                  .arg(field(e, "gained"), field(e, "takesAway"))};
    if (is(EventType::SpeakingTimed))
        return {about(words), t::duration(qint64(e.payload.value("seconds").toInt()) * 1000)};
    if (is(EventType::ConversationResumed))
        return {in(words),
                QStringLiteral("Samtalen blev genoptaget få sekunder efter, at den blev afsluttet.")};
    if (is(EventType::PositionSwitchUndone))
        return {words, QStringLiteral("Tilbage til ") + t::position(field(e, "position")).toLower()};
    if (is(EventType::TimeoutCalled))
        return {in(words), field(e, "reason")};
    if (is(EventType::TimeoutEnded))
        return {in(words), t::timeoutOutcome(field(e, "outcome"))};
    if (is(EventType::FollowUpAsked))
        return {in(words + QStringLiteral(" på »%1«").arg(field(e, "keyword"))), field(e, "question")};
    if (is(EventType::PromptAnswered)) {
        const int scale = e.payload.value("scale").toInt();
        return {in(words), scale > 0
                               ? QStringLiteral("%1 af 5. Et trin op: %2").arg(scale).arg(field(e, "stepUp"))
                               : field(e, "text")};
    }
    if (is(EventType::QuestionAnswered)) {
        const auto [question, answer] = questionAnswer(r, e);
        const QString comment = field(e, "comment");
        return {in(words.arg(QStringLiteral("»%1«").arg(question))),
                comment.isEmpty() ? answer : answer + QStringLiteral(" – ") + comment};
    }
    if (is(EventType::SummaryPointStated) || is(EventType::FindingNoted))
        return {in(is(EventType::FindingNoted)
                       ? words + QStringLiteral(" (") + field(e, "indicatorId") + QLatin1Char(')')
                       : words),
                field(e, "text")};
    if (is(EventType::SummaryPointAnswered))
        return {in(words), field(e, "theirWords")};
    if (is(EventType::AgreementMade))
        return {in(words), QStringLiteral("%1 Hvem: %2. Hvornår: %3.")
                               .arg(field(e, "what"), field(e, "who"), field(e, "byWhen"))};
    return {words, {}};
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
