#include "Dialogue.h"

#include "EventVocabulary.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace feltdialog {

QString phaseId(Phase phase)
{
    switch (phase) {
    case Phase::Contract:
        return QStringLiteral("contract");
    case Phase::CheckIn:
        return QStringLiteral("checkin");
    case Phase::Conversation:
        return QStringLiteral("conversation");
    case Phase::WrapUp:
        return QStringLiteral("wrapup");
    }
    return {};
}

std::optional<Phase> phaseFromId(QStringView id)
{
    for (const Phase phase : {Phase::Contract, Phase::CheckIn, Phase::Conversation, Phase::WrapUp}) {
        if (id == phaseId(phase))
            return phase;
    }
    return std::nullopt;
}

const QStringList &phaseOrder()
{
    static const QStringList order{phaseId(Phase::Contract), phaseId(Phase::CheckIn),
                                   phaseId(Phase::Conversation), phaseId(Phase::WrapUp)};
    return order;
}

QStringList Conversation::skippedPhases() const
{
    qsizetype furthest = -1;
    for (const QString &p : phasesEntered)
        furthest = std::max(furthest, phaseOrder().indexOf(p));
    QStringList skipped;
    for (qsizetype i = 0; i < furthest; ++i) {
        if (!phasesEntered.contains(phaseOrder().at(i)))
            skipped << phaseOrder().at(i);
    }
    return skipped;
}

const Timeout *Conversation::openTimeout() const
{
    for (const Timeout &t : timeouts) {
        if (t.outcome.isEmpty())
            return &t;
    }
    return nullptr;
}

const Conversation *DialogueState::conversation(const QString &id) const
{
    for (const Conversation &c : conversations) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

namespace {

// Entities are created by their first mention in fold order: an event about a conversation
// synced from another tablet may be folded before the start is known, and must not be lost.
Conversation &conversationFor(DialogueState &s, const QString &id)
{
    for (Conversation &c : s.conversations) {
        if (c.id == id)
            return c;
    }
    Conversation c;
    c.id = id;
    s.conversations.append(c);
    return s.conversations.last();
}

template <typename T> T &byId(QList<T> &list, const QString &id)
{
    for (T &item : list) {
        if (item.id == id)
            return item;
    }
    T item;
    item.id = id;
    list.append(item);
    return list.last();
}

void enterPhase(Conversation &c, const QString &phase)
{
    c.phase = phase;
    if (!c.phasesEntered.contains(phase))
        c.phasesEntered << phase;
}

} // namespace

bool foldDialogueEvent(DialogueState &s, const Event &e)
{
    const QString &t = e.type;
    const auto is = [&t](const char *name) { return t == QLatin1String(name); };
    // The payload read through the event's definition (core/EventVocabulary.h), as the server
    // checks it; a type this version does not know is no dialogue event.
    const EventDefinition *definition = eventDefinition(t);
    if (!definition)
        return false;
    const EventPayload payload(*definition, e.payload);
    const auto conversation = [&s, &payload]() -> Conversation & {
        return conversationFor(s, payload.text("conversationId"));
    };

    if (is(EventType::ConversationStarted)) {
        Conversation &c = conversation();
        if (c.startedWallMs == 0) { // a second start of one id is malformed; the first stands
            c.title = payload.text("title");
            c.kind = payload.text("kind");
            c.startedWallMs = e.wallTimeMs;
            if (c.phase.isEmpty())
                enterPhase(c, phaseId(Phase::Contract));
        }
    } else if (is(EventType::PhaseEntered)) {
        enterPhase(conversation(), payload.text("phase"));
    } else if (is(EventType::ConversationEnded)) {
        Conversation &c = conversation();
        if (!c.ended) {
            c.ended = true;
            c.endedWallMs = e.wallTimeMs;
            c.endedBy = e.id;
            c.nextSteps = payload.text("nextSteps");
        }
    } else if (is(EventType::ConversationResumed)) {
        // Only the end it names: an undo that arrives after a later end (another tablet's) is moot.
        // The next steps stay as written, for the wrap-up to show again.
        Conversation &c = conversation();
        if (c.ended && c.endedBy == payload.id("undoes")) {
            c.ended = false;
            c.endedWallMs = 0;
            c.endedBy = {};
        }
    } else if (is(EventType::ContractItemSet)) {
        conversation().contract.insert(payload.text("itemId"), payload.flag("agreed"));
    } else if (is(EventType::PositionSwitched)) {
        SpokenPosition &p = s.positions[e.authorId];
        p.beforeLastSwitch = p.position;
        p.lastSwitch = e.id;
        p.position = payload.text("position");
        ++p.switches;
    } else if (is(EventType::PositionSwitchUndone)) {
        // An author undoes only their own switch: the one it names, if it is still their latest.
        SpokenPosition &p = s.positions[e.authorId];
        if (!p.lastSwitch.isNull() && p.lastSwitch == payload.id("undoes")) {
            p.position = p.beforeLastSwitch;
            p.lastSwitch = {};
            --p.switches;
        }
    } else if (is(EventType::ParticipantJoined)) {
        Participant &p = byId(conversation().participants, payload.text("participantId"));
        p.role = payload.text("role");
        p.label = payload.text("label");
    } else if (is(EventType::ParticipantRenamed)) {
        Participant &p = byId(conversation().participants, payload.text("participantId"));
        p.corrections.append(
            {p.label, payload.text("label"), payload.text("reason"), e.authorId, e.wallTimeMs});
        p.label = payload.text("label");
    } else if (is(EventType::ParticipantRemoved)) {
        Participant &p = byId(conversation().participants, payload.text("participantId"));
        if (!p.removed) {
            p.removed = true;
            p.removal = {p.label, {}, payload.text("reason"), e.authorId, e.wallTimeMs};
        }
    } else if (is(EventType::CheckInNoted)) {
        Participant &p = byId(conversation().participants, payload.text("participantId"));
        p.hopes = payload.text("hopes");
        p.uncertainties = payload.text("uncertainties");
    } else if (is(EventType::SpeakingTimed)) {
        // A turn is at most a day: a broken clock or a forged event adds nothing absurd.
        const int seconds = payload.number("seconds");
        if (seconds > 0 && seconds <= 24 * 3600)
            byId(conversation().participants, payload.text("participantId")).speakingSeconds += seconds;
    } else if (is(EventType::CheckOutNoted)) {
        Participant &p = byId(conversation().participants, payload.text("participantId"));
        p.gained = payload.text("gained");
        p.takesAway = payload.text("takesAway");
    } else if (is(EventType::TimeoutCalled)) {
        Timeout &to = byId(conversation().timeouts, payload.text("timeoutId"));
        to.calledBy = payload.text("calledBy");
        to.reason = payload.text("reason");
        to.calledWallMs = e.wallTimeMs;
    } else if (is(EventType::TimeoutEnded)) {
        Timeout &to = byId(conversation().timeouts, payload.text("timeoutId"));
        to.outcome = payload.text("outcome");
        to.endedWallMs = e.wallTimeMs;
    } else if (is(EventType::FollowUpAsked)) {
        conversation().followUps.append(
            {payload.text("noteId"), payload.text("keyword"), payload.text("question")});
    } else if (is(EventType::PromptAnswered)) {
        conversation().prompts.append({payload.text("promptId"), payload.text("kind"),
                                       payload.number("scale"), payload.text("stepUp"),
                                       payload.text("text")});
    } else if (is(EventType::SummaryPointStated)) {
        byId(conversation().summary, payload.text("pointId")).text = payload.text("text");
    } else if (is(EventType::SummaryPointAnswered)) {
        SummaryPoint &p = byId(conversation().summary, payload.text("pointId"));
        p.response =
            payload.text("response"); // a later answer (a change of mind) replaces; the log keeps both
        p.theirWords = payload.text("theirWords");
    } else if (is(EventType::AgreementMade)) {
        Agreement &a = byId(conversation().agreements, payload.text("agreementId"));
        a.what = payload.text("what");
        a.who = payload.text("who");
        a.byWhen = payload.text("byWhen");
    } else if (is(EventType::FindingNoted)) {
        Finding &f = byId(conversation().findings, payload.text("findingId"));
        f.kind = payload.text("kind");
        f.indicatorId = payload.text("indicatorId");
        f.text = payload.text("text");
    } else if (is(EventType::QuestionAnswered)) {
        QList<QuestionAnswer> &answers = conversation().answers;
        const QuestionAnswer answer{payload.text("questionId"), payload.text("indicatorId"),
                                    payload.text("answer"), payload.text("comment")};
        auto it = std::find_if(answers.begin(), answers.end(), [&answer](const QuestionAnswer &a) {
            return a.questionId == answer.questionId;
        });
        if (it != answers.end())
            *it = answer;
        else
            answers.append(answer);
    } else if (is(EventType::IndicatorScored)) {
        IndicatorScore score{
            payload.number("score"), payload.text("rationale"), e.id, e.authorId, e.wallTimeMs, {},
            !payload.has("replaces")};
        for (const QString &id : payload.texts("replaces"))
            score.replaces.append(QUuid::fromString(id));
        s.scoreHistory[payload.text("indicatorId")].append(std::move(score));
    } else {
        return false;
    }
    return true;
}

void settleScores(DialogueState &s)
{
    s.scores.clear();
    s.concurrentScores.clear();
    for (auto it = s.scoreHistory.cbegin(); it != s.scoreHistory.cend(); ++it)
        settleScore(s, it.key());
}

void settleScore(DialogueState &s, const QString &indicatorId)
{
    const QList<IndicatorScore> history = s.scoreHistory.value(indicatorId);
    s.scores.remove(indicatorId);
    s.concurrentScores.remove(indicatorId);
    if (history.isEmpty())
        return;
    // A score replaced by any other stands no more, whichever was folded first (a replacing
    // score can arrive before the one it replaced when a tablet's clock runs behind).
    QSet<QUuid> replaced;
    for (qsizetype i = 0; i < history.size(); ++i) {
        for (const QUuid &id : history.at(i).replaces)
            replaced.insert(id);
        if (history.at(i).replacesAll) {
            for (qsizetype j = 0; j < i; ++j)
                replaced.insert(history.at(j).eventId);
        }
    }
    QList<IndicatorScore> heads;
    for (const IndicatorScore &score : history) {
        if (!replaced.contains(score.eventId))
            heads.append(score);
    }
    if (heads.isEmpty()) // only a malformed log can replace every score; show the last one
        heads.append(history.last());
    s.scores.insert(indicatorId, heads.last());
    if (heads.size() > 1)
        s.concurrentScores.insert(indicatorId, heads);
}

QJsonObject DialogueState::toJson() const
{
    QJsonArray list;
    for (const Conversation &c : conversations) {
        QJsonArray participantsJson, timeoutsJson, summaryJson, agreementsJson, findingsJson, promptsJson,
            followUpsJson, answersJson;
        for (const QuestionAnswer &a : c.answers)
            answersJson.append(QJsonObject{{"questionId", a.questionId},
                                           {"indicatorId", a.indicatorId},
                                           {"answer", a.answer},
                                           {"comment", a.comment}});
        for (const Participant &p : c.participants)
            participantsJson.append(QJsonObject{{"id", p.id},
                                                {"role", p.role},
                                                {"label", p.label},
                                                {"hopes", p.hopes},
                                                {"uncertainties", p.uncertainties},
                                                {"gained", p.gained},
                                                {"takesAway", p.takesAway},
                                                {"speakingSeconds", p.speakingSeconds},
                                                {"removed", p.removed},
                                                {"removedReason", p.removal.reason},
                                                {"corrected", !p.corrections.isEmpty()}});
        for (const Timeout &to : c.timeouts)
            timeoutsJson.append(QJsonObject{{"id", to.id},
                                            {"calledBy", to.calledBy},
                                            {"reason", to.reason},
                                            {"outcome", to.outcome},
                                            {"calledWall", QString::number(to.calledWallMs)},
                                            {"endedWall", QString::number(to.endedWallMs)}});
        for (const SummaryPoint &p : c.summary)
            summaryJson.append(QJsonObject{
                {"id", p.id}, {"text", p.text}, {"response", p.response}, {"theirWords", p.theirWords}});
        for (const Agreement &a : c.agreements)
            agreementsJson.append(
                QJsonObject{{"id", a.id}, {"what", a.what}, {"who", a.who}, {"byWhen", a.byWhen}});
        for (const Finding &f : c.findings)
            findingsJson.append(QJsonObject{
                {"id", f.id}, {"kind", f.kind}, {"indicatorId", f.indicatorId}, {"text", f.text}});
        for (const PromptAnswer &p : c.prompts)
            promptsJson.append(QJsonObject{{"promptId", p.promptId},
                                           {"kind", p.kind},
                                           {"scale", p.scale},
                                           {"stepUp", p.stepUp},
                                           {"text", p.text}});
        for (const FollowUp &f : c.followUps)
            followUpsJson.append(
                QJsonObject{{"noteId", f.noteId}, {"keyword", f.keyword}, {"question", f.question}});
        QJsonObject contractJson;
        for (auto it = c.contract.cbegin(); it != c.contract.cend(); ++it)
            contractJson.insert(it.key(), it.value());
        list.append(QJsonObject{{"id", c.id},
                                {"title", c.title},
                                {"kind", c.kind},
                                {"startedWall", QString::number(c.startedWallMs)},
                                {"ended", c.ended},
                                {"endedWall", QString::number(c.endedWallMs)},
                                {"phase", c.phase},
                                {"phasesEntered", QJsonArray::fromStringList(c.phasesEntered)},
                                {"phasesSkipped", QJsonArray::fromStringList(c.skippedPhases())},
                                {"contract", contractJson},
                                {"participants", participantsJson},
                                {"timeouts", timeoutsJson},
                                {"summary", summaryJson},
                                {"agreements", agreementsJson},
                                {"findings", findingsJson},
                                {"prompts", promptsJson},
                                {"followUps", followUpsJson},
                                {"answers", answersJson},
                                {"nextSteps", c.nextSteps}});
    }
    QJsonObject scoresJson;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        QJsonObject score{{"score", it->score}, {"rationale", it->rationale}};
        QJsonArray concurrent;
        for (const IndicatorScore &c : concurrentScores.value(it.key()))
            concurrent.append(QJsonObject{{"score", c.score},
                                          {"rationale", c.rationale},
                                          {"event", c.eventId.toString(QUuid::WithoutBraces)}});
        if (!concurrent.isEmpty())
            score.insert("concurrent", concurrent);
        scoresJson.insert(it.key(), score);
    }
    QJsonObject positionsJson;
    int positionSwitches = 0;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        positionsJson.insert(it.key(), it->position);
        positionSwitches += it->switches;
    }
    return {{"positions", positionsJson},
            {"positionSwitches", positionSwitches},
            {"conversations", list},
            {"scores", scoresJson}};
}

} // namespace feltdialog
