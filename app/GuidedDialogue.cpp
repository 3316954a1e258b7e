#include "GuidedDialogue.h"

#include "FieldDraft.h"
#include "FieldDrafts.h"
#include "ParticipantLabel.h"
#include "Redaction.h"

#include <QJsonArray>
#include <algorithm>

namespace feltdialog {

namespace {
QString newId()
{
    return idString(QUuid::createUuid());
}
} // namespace

GuidedDialogue::GuidedDialogue(Workspace *workspace, OpenVisit *visit, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_visit(visit)
{
    // The rows first, so a panel reading them on changed() sees the event's.
    connect(m_visit, &OpenVisit::visitRecorded, this, &GuidedDialogue::followConversation);
    connect(m_visit, &OpenVisit::visitChanged, this, &GuidedDialogue::followConversation);
    connect(m_visit, &OpenVisit::visitRecorded, this, &GuidedDialogue::changed);
    connect(m_visit, &OpenVisit::visitChanged, this, &GuidedDialogue::followTemplate);
    connect(m_visit, &OpenVisit::visitChanged, this, &GuidedDialogue::changed);
    // A running speaking turn is recorded before the visit is left or the app locks; a visit
    // changed under it (it should not be) drops it rather than writing it into another visit.
    connect(m_visit, &OpenVisit::aboutToFlush, this, &GuidedDialogue::recordSpeakingTurn);
    connect(m_visit, &OpenVisit::visitChanged, this, [this] {
        if (!m_speaking.participantId.isEmpty()) {
            m_speaking = {};
            emit speakingChanged();
        }
        forgetUndo();
    });
    // An undo takes back the last thing done, never something done after it.
    connect(m_visit, &OpenVisit::visitRecorded, this, [this] {
        if (!m_undo.kind.isEmpty() &&
            (m_visit->events().isEmpty() || m_visit->events().last().id != m_undo.eventId))
            forgetUndo();
    });
    connect(m_workspace, &Workspace::aboutToLock, this, &GuidedDialogue::forgetUndo);
    m_undoWindow.setSingleShot(true);
    connect(&m_undoWindow, &QTimer::timeout, this, &GuidedDialogue::forgetUndo);
    followTemplate();
    followConversation();
}

void GuidedDialogue::followConversation()
{
    const Conversation *c = current();
    m_participants.setParticipants(c ? c->participants : QList<Participant>{});
    m_summaryPoints.setPoints(c ? c->summary : QList<SummaryPoint>{});
    m_agreements.setAgreements(c ? c->agreements : QList<Agreement>{});
    m_findings.setFindings(c ? c->findings : QList<Finding>{});
}

const Conversation *GuidedDialogue::current() const
{
    const QList<Conversation> &all = dialogue().conversations;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!it->ended)
            return &*it;
    }
    return nullptr;
}

QVariantMap GuidedDialogue::state() const
{
    const VisitState &visit = m_visit->state();
    const std::pair<QUuid, qsizetype> of{visit.visitId, visit.eventCount};
    if (of != m_stateMapOf) {
        m_stateMap = visit.dialogue.toJson().toVariantMap();
        m_stateMapOf = of;
    }
    return m_stateMap;
}

QVariantMap GuidedDialogue::conversation() const
{
    const Conversation *c = current();
    if (!c)
        return {};
    const QVariantList all = state().value(QStringLiteral("conversations")).toList();
    for (const QVariant &v : all) {
        if (v.toMap().value(QStringLiteral("id")).toString() == c->id)
            return v.toMap();
    }
    return {};
}

QString GuidedDialogue::conversationId() const
{
    const Conversation *c = current();
    return c ? c->id : QString();
}

DialogueTerms::Phase GuidedDialogue::phase() const
{
    const Conversation *c = current();
    return c ? DialogueTerms::phaseOf(c->phase) : DialogueTerms::NoPhase;
}

DialogueTerms::Position GuidedDialogue::position() const
{
    return DialogueTerms::positionOf(ownPosition().position);
}

DialogueTerms::ConversationKind GuidedDialogue::conversationKind() const
{
    const Conversation *c = current();
    return DialogueTerms::conversationKindOf(c ? c->kind : QString());
}

QVariantMap GuidedDialogue::openTimeout() const
{
    const Conversation *c = current();
    const Timeout *t = c ? c->openTimeout() : nullptr;
    if (!t)
        return {};
    return {{QStringLiteral("id"), t->id},
            {QStringLiteral("calledBy"), t->calledBy},
            {QStringLiteral("caller"), int(DialogueTerms::calledByOf(t->calledBy))},
            {QStringLiteral("reason"), t->reason},
            {QStringLiteral("calledWall"), t->calledWallMs}};
}

bool GuidedDialogue::inConversation(const char *type, QJsonObject payload, const QStringList &settledFields)
{
    const Conversation *c = current();
    if (!c)
        return false;
    payload.insert(QStringLiteral("conversationId"), c->id);
    if (repeatsLatest(type, payload)) // already said, word for word: a second tap records nothing new
        return settledFields.isEmpty() || m_visit->settleFields(settledFields);
    return m_visit->record(type, std::move(payload), settledFields);
}

// The drafts of the fields an intent records (the keys the screens give their fields).
QStringList GuidedDialogue::conversationFields(std::initializer_list<const char *> fields) const
{
    const QString id = conversationId();
    QStringList keys;
    for (const char *field : fields) {
        const QString name = QString::fromLatin1(field);
        const qsizetype slash = name.indexOf(QLatin1Char('/'));
        keys << fieldKey(name.left(slash), id, name.mid(slash + 1));
    }
    return keys;
}

bool GuidedDialogue::repeatsLatest(const char *type, const QJsonObject &payload) const
{
    // What names the thing an event is about (a question, a participant, a note's keyword); an
    // event of the same type about the same thing with the same words is a repeat. Events that mint
    // an id for a new entry (an agreement, a finding, a summary point) compare without it.
    static const QHash<QString, QStringList> about{
        {QString::fromLatin1(EventType::QuestionAnswered), {QStringLiteral("questionId")}},
        {QString::fromLatin1(EventType::PromptAnswered), {QStringLiteral("promptId")}},
        {QString::fromLatin1(EventType::SummaryPointAnswered), {QStringLiteral("pointId")}},
        {QString::fromLatin1(EventType::FollowUpAsked),
         {QStringLiteral("noteId"), QStringLiteral("keyword")}},
        {QString::fromLatin1(EventType::CheckInNoted), {QStringLiteral("participantId")}},
        {QString::fromLatin1(EventType::CheckOutNoted), {QStringLiteral("participantId")}},
        {QString::fromLatin1(EventType::ContractItemSet), {QStringLiteral("itemId")}},
        {QString::fromLatin1(EventType::AgreementMade), {}},
        {QString::fromLatin1(EventType::FindingNoted), {}},
        {QString::fromLatin1(EventType::SummaryPointStated), {}},
    };
    static const QStringList minted{QStringLiteral("agreementId"), QStringLiteral("findingId"),
                                    QStringLiteral("pointId")};
    const QString name = QString::fromLatin1(type);
    const auto keys = about.constFind(name);
    if (keys == about.cend())
        return false;
    const auto withoutMinted = [&name](QJsonObject o) {
        if (name != QLatin1String(EventType::SummaryPointAnswered)) {
            for (const QString &key : minted)
                o.remove(key);
        }
        return o;
    };
    const QJsonObject wanted = withoutMinted(payload);
    const QList<Event> &events = m_visit->events();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->type != name || it->payload.value(QLatin1String("conversationId")) !=
                                    payload.value(QLatin1String("conversationId")))
            continue;
        const bool same = std::all_of(keys->cbegin(), keys->cend(), [&](const QString &key) {
            return it->payload.value(key) == payload.value(key);
        });
        if (same)
            return withoutMinted(it->payload) == wanted; // the latest about the same thing decides
    }
    return false;
}

bool GuidedDialogue::startConversation(const QString &title, const QString &kind)
{
    if (!m_visit->finishNote())
        return false;
    return m_visit->record(EventType::ConversationStarted, {{QStringLiteral("conversationId"), newId()},
                                                            {QStringLiteral("title"), title.trimmed()},
                                                            {QStringLiteral("kind"), kind}});
}

bool GuidedDialogue::enterPhase(const QString &phase)
{
    const Conversation *c = current();
    if (!phaseOrder().contains(phase) || (c && phase == c->phase))
        return false;
    recordSpeakingTurn(); // the timers belong to the check-in: a turn ends with it
    return inConversation(EventType::PhaseEntered, {{QStringLiteral("phase"), phase}});
}

bool GuidedDialogue::endConversation(const QString &nextSteps)
{
    if (!endCurrentConversation(nextSteps, conversationFields({"wrapup/nextSteps"})))
        return false;
    offerUndo(QStringLiteral("end"), EventType::ConversationEnded);
    return true;
}

bool GuidedDialogue::endCurrentConversation(const QString &nextSteps, const QStringList &settledFields)
{
    if (!m_visit->finishNote() || !recordSpeakingTurn())
        return false;
    return inConversation(EventType::ConversationEnded, {{QStringLiteral("nextSteps"), nextSteps.trimmed()}},
                          settledFields);
}

// A closed visit takes no more of the dialogue (OpenVisit::record refuses it), so a conversation
// left going would stay open in the record for good, its wrap-up fields on screen taking words
// that go nowhere. It ends with the visit instead; no undo is offered, as the visit is closed.
bool GuidedDialogue::closeVisit()
{
    if (current()) {
        if (!m_visit->flush()) // every field's typed text into its draft, or stop here
            return false;
        const QString key = conversationFields({"wrapup/nextSteps"}).constFirst();
        const FieldDraft *typed = FieldDrafts::instance() ? FieldDrafts::instance()->draft(key) : nullptr;
        // The draft is settled only when its words are the ones recorded.
        if (!endCurrentConversation(typed ? typed->text : QString(),
                                    typed ? QStringList{key} : QStringList{}))
            return false;
    }
    return m_visit->closeVisit();
}

bool GuidedDialogue::setContractItem(const QString &itemId, bool agreed)
{
    return inConversation(EventType::ContractItemSet,
                          {{QStringLiteral("itemId"), itemId}, {QStringLiteral("agreed"), agreed}});
}

bool GuidedDialogue::switchPosition()
{
    const QString next = ownPosition().position == QLatin1String("control") ? QStringLiteral("development")
                                                                            : QStringLiteral("control");
    QJsonObject payload{{QStringLiteral("position"), next}};
    if (const Conversation *c = current())
        payload.insert(QStringLiteral("conversationId"), c->id);
    if (!m_visit->record(EventType::PositionSwitched, payload))
        return false;
    offerUndo(QStringLiteral("switch"), EventType::PositionSwitched);
    return true;
}

QString GuidedDialogue::recordableLabel(const QString &role, const QString &label) const
{
    return feltdialog::recordableLabel(role, label, visitTemplate());
}

QString GuidedDialogue::addParticipant(const QString &role, const QString &label)
{
    const QString id = newId();
    // A resident's full name never reaches the log: it is reduced to initials here, before recording.
    return inConversation(EventType::ParticipantJoined,
                          {{QStringLiteral("participantId"), id},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("label"), recordableLabel(role, label)}},
                          conversationFields({"checkin/participantLabel"}))
               ? id
               : QString();
}

const Participant *GuidedDialogue::participant(const QString &participantId) const
{
    const Conversation *c = current();
    if (!c)
        return nullptr;
    for (const Participant &p : c->participants) {
        if (p.id == participantId)
            return &p;
    }
    return nullptr;
}

bool GuidedDialogue::renameParticipant(const QString &participantId, const QString &label,
                                       const QString &reason)
{
    // A correction says why, and a resident's corrected name is reduced to initials like the first.
    const Participant *p = participant(participantId);
    const QString to = p ? recordableLabel(p->role, label) : QString();
    if (!p || p->removed || to.isEmpty() || to == p->label || reason.trimmed().isEmpty())
        return false;
    return inConversation(EventType::ParticipantRenamed,
                          {{QStringLiteral("participantId"), participantId},
                           {QStringLiteral("label"), to},
                           {QStringLiteral("reason"), reason.trimmed()}},
                          {fieldKey(QStringLiteral("rename"), participantId, QStringLiteral("label")),
                           fieldKey(QStringLiteral("rename"), participantId, QStringLiteral("reason"))});
}

bool GuidedDialogue::removeParticipant(const QString &participantId, const QString &reason)
{
    const Participant *p = participant(participantId);
    if (!p || p->removed || reason.trimmed().isEmpty())
        return false;
    if (participantId == m_speaking.participantId)
        recordSpeakingTurn();
    return inConversation(
        EventType::ParticipantRemoved,
        {{QStringLiteral("participantId"), participantId}, {QStringLiteral("reason"), reason.trimmed()}},
        {fieldKey(QStringLiteral("remove"), participantId, QStringLiteral("reason"))});
}

bool GuidedDialogue::redactParticipantName(const QString &participantId, const QString &reason)
{
    const Conversation *c = current();
    if (!c || !participant(participantId) || reason.trimmed().isEmpty())
        return false;
    QList<RedactionTarget> targets;
    for (const Event &e : m_visit->events()) {
        const bool joined = e.type == QLatin1String(EventType::ParticipantJoined);
        const bool renamed = e.type == QLatin1String(EventType::ParticipantRenamed);
        if ((joined || renamed) &&
            e.payload.value(QLatin1String("participantId")).toString() == participantId &&
            e.payload.value(QLatin1String("conversationId")).toString() == c->id)
            // a correction's reason often repeats the wrong name ("typed the full name ...")
            targets.append({e.id, joined ? QStringList{QStringLiteral("label")}
                                         : QStringList{QStringLiteral("label"), QStringLiteral("reason")}});
    }
    if (targets.isEmpty())
        return false;
    return m_visit->record(EventType::ContentRedacted, redactionPayload(targets, reason.trimmed()), {});
}

bool GuidedDialogue::noteCheckIn(const QString &participantId, const QString &hopes,
                                 const QString &uncertainties)
{
    return inConversation(
        EventType::CheckInNoted,
        {{QStringLiteral("participantId"), participantId},
         {QStringLiteral("hopes"), hopes.trimmed()},
         {QStringLiteral("uncertainties"), uncertainties.trimmed()}},
        {fieldKey(QStringLiteral("checkin"), participantId, QStringLiteral("hopes")),
         fieldKey(QStringLiteral("checkin"), participantId, QStringLiteral("uncertainties"))});
}

bool GuidedDialogue::noteCheckOut(const QString &participantId, const QString &gained,
                                  const QString &takesAway)
{
    return inConversation(EventType::CheckOutNoted,
                          {{QStringLiteral("participantId"), participantId},
                           {QStringLiteral("gained"), gained.trimmed()},
                           {QStringLiteral("takesAway"), takesAway.trimmed()}},
                          {fieldKey(QStringLiteral("checkout"), participantId, QStringLiteral("gained")),
                           fieldKey(QStringLiteral("checkout"), participantId, QStringLiteral("takesAway"))});
}

bool GuidedDialogue::callTimeout(const QString &calledBy, const QString &reason)
{
    if (!openTimeout().isEmpty())
        return false; // one at a time: the open one is ended first
    return inConversation(EventType::TimeoutCalled,
                          {{QStringLiteral("timeoutId"), newId()},
                           {QStringLiteral("calledBy"), calledBy},
                           {QStringLiteral("reason"), reason.trimmed()}},
                          conversationFields({"timeout/reason"}));
}

bool GuidedDialogue::endTimeout(const QString &outcome)
{
    const QVariantMap open = openTimeout();
    if (open.isEmpty())
        return false;
    return inConversation(
        EventType::TimeoutEnded,
        {{QStringLiteral("timeoutId"), open.value("id").toString()}, {QStringLiteral("outcome"), outcome}});
}

bool GuidedDialogue::answerQuestion(const QString &questionId, const QString &indicatorId,
                                    const QString &answer, const QString &comment)
{
    if (questionId.isEmpty() || answer.trimmed().isEmpty())
        return false;
    return inConversation(
        EventType::QuestionAnswered,
        {{QStringLiteral("questionId"), questionId},
         {QStringLiteral("indicatorId"), indicatorId},
         {QStringLiteral("answer"), answer.trimmed()},
         {QStringLiteral("comment"), comment.trimmed()}},
        {fieldKey(QStringLiteral("question"), conversationId(), questionId + QStringLiteral("/answer")),
         fieldKey(QStringLiteral("question"), conversationId(), questionId + QStringLiteral("/comment"))});
}

bool GuidedDialogue::askFollowUp(const QString &noteId, const QString &keyword, const QString &question)
{
    return inConversation(EventType::FollowUpAsked,
                          {{QStringLiteral("noteId"), noteId},
                           {QStringLiteral("keyword"), keyword.trimmed()},
                           {QStringLiteral("question"), question.trimmed()}},
                          {fieldKey(QStringLiteral("followup"), noteId, QStringLiteral("question"))});
}

bool GuidedDialogue::answerPrompt(const QString &promptId, const QString &kind, int scale,
                                  const QString &stepUp, const QString &text)
{
    if (scale < 0 || scale > 5)
        return false;
    return inConversation(
        EventType::PromptAnswered,
        {{QStringLiteral("promptId"), promptId},
         {QStringLiteral("kind"), kind},
         {QStringLiteral("scale"), scale},
         {QStringLiteral("stepUp"), stepUp.trimmed()},
         {QStringLiteral("text"), text.trimmed()}},
        {fieldKey(QStringLiteral("prompt"), conversationId(), promptId + QStringLiteral("/answer")),
         fieldKey(QStringLiteral("prompt"), conversationId(), promptId + QStringLiteral("/stepUp"))});
}

QString GuidedDialogue::stateSummaryPoint(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QString id = newId();
    return inConversation(EventType::SummaryPointStated,
                          {{QStringLiteral("pointId"), id}, {QStringLiteral("text"), text.trimmed()}},
                          conversationFields({"wrapup/summary"}))
               ? id
               : QString();
}

bool GuidedDialogue::answerSummaryPoint(const QString &pointId, const QString &response,
                                        const QString &theirWords)
{
    if (response != QLatin1String("confirmed") && response != QLatin1String("understood_differently"))
        return false;
    return inConversation(EventType::SummaryPointAnswered,
                          {{QStringLiteral("pointId"), pointId},
                           {QStringLiteral("response"), response},
                           {QStringLiteral("theirWords"), theirWords.trimmed()}},
                          {fieldKey(QStringLiteral("wrapup"), pointId, QStringLiteral("ownWords"))});
}

bool GuidedDialogue::makeAgreement(const QString &what, const QString &who, const QString &byWhen)
{
    if (what.trimmed().isEmpty())
        return false;
    return inConversation(
        EventType::AgreementMade,
        {{QStringLiteral("agreementId"), newId()},
         {QStringLiteral("what"), what.trimmed()},
         {QStringLiteral("who"), who.trimmed()},
         {QStringLiteral("byWhen"), byWhen.trimmed()}},
        conversationFields({"wrapup/agreementWhat", "wrapup/agreementWho", "wrapup/agreementWhen"}));
}

bool GuidedDialogue::noteFinding(const QString &kind, const QString &indicatorId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    return inConversation(EventType::FindingNoted,
                          {{QStringLiteral("findingId"), newId()},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("indicatorId"), indicatorId},
                           {QStringLiteral("text"), text.trimmed()}},
                          conversationFields({"wrapup/finding"}));
}

bool GuidedDialogue::scoreIndicator(const QString &indicatorId, int score, const QString &rationale)
{
    if (score < 1 || score > 5 || rationale.trimmed().isEmpty())
        return false;
    // The new score replaces every score standing now — both, when two were given at once, which
    // is how a disagreement is resolved — and nothing a colleague gives that this tablet has not
    // seen yet.
    const DialogueState &d = m_visit->state().dialogue;
    QJsonArray replaces;
    const QList<IndicatorScore> standing = d.concurrentScores.contains(indicatorId)
                                               ? d.concurrentScores.value(indicatorId)
                                               : QList<IndicatorScore>{d.scores.value(indicatorId)};
    // The same score for the same reason again records nothing new (a second tap on Gem vurdering).
    if (standing.size() == 1 && standing.first().score == score &&
        standing.first().rationale == rationale.trimmed())
        return true;
    for (const IndicatorScore &s : standing) {
        if (!s.eventId.isNull())
            replaces.append(idString(s.eventId));
    }
    return m_visit->record(
        EventType::IndicatorScored,
        {{QStringLiteral("indicatorId"), indicatorId},
         {QStringLiteral("score"), score},
         {QStringLiteral("rationale"), rationale.trimmed()},
         {QStringLiteral("replaces"), replaces}},
        {fieldKey(QStringLiteral("assessment"), indicatorId, QStringLiteral("rationale"))});
}

} // namespace feltdialog
