#include "EventVocabulary.h"

namespace feltdialog {

namespace {

using K = FieldKind;

LocalizedText words(const char *da, const char *en)
{
    return {QString::fromUtf8(da), QString::fromUtf8(en)};
}

// The same words whatever the payload says.
std::function<LocalizedText(const QJsonObject &)> always(const char *da, const char *en)
{
    return [w = words(da, en)](const QJsonObject &) { return w; };
}

QString text(const QJsonObject &payload, const char *name)
{
    return payload.value(QLatin1String(name)).toString();
}

const PayloadField kConversation{"conversationId", K::Text};
const PayloadField kParticipant{"participantId", K::Text};

QList<EventDefinition> definitions()
{
    return {
        {EventType::VisitStarted,
         {{"facilityId", K::Text},
          {"facilityName", K::Text},
          {"kind", K::Text},
          {"templateId", K::Text},
          {"templateVersion", K::Text},
          {"qualityModelVersion", K::Text},
          {"focusIndicators", K::Texts}},
         always("Besøg startet", "Visit started")},
        {EventType::NoteWritten,
         {{"noteId", K::Id}, {"text", K::Text}, {"tags", K::Object}},
         always("Note", "Note")},
        {EventType::NoteAmended,
         {{"noteId", K::Id}, {"replaces", K::Id}, {"text", K::Text}, {"tags", K::Object}},
         always("Note rettet", "Note amended")},
        {EventType::VisitClosed, {}, always("Besøg afsluttet", "Visit closed")},
        {EventType::ConversationStarted,
         {kConversation, {"title", K::Text}, {"kind", K::Text}},
         always("Samtale startet", "Conversation started")},
        {EventType::PhaseEntered, {kConversation, {"phase", K::Text}}, always("Fase", "Phase")},
        {EventType::ConversationEnded,
         {kConversation, {"nextSteps", K::Text}},
         always("Samtale afsluttet", "Conversation ended")},
        {EventType::ContractItemSet,
         {kConversation, {"itemId", K::Text}, {"agreed", K::Flag}},
         [](const QJsonObject &p) {
             return p.value(QLatin1String("agreed")).toBool()
                        ? words("Aftalt", "Agreed")
                        : words("Aftale trukket tilbage", "Agreement withdrawn");
         }},
        {EventType::PositionSwitched,
         {kConversation, {"position", K::Text}},
         always("Position skiftet", "Position switched")},
        {EventType::ParticipantJoined,
         {kConversation, kParticipant, {"role", K::Text}, {"label", K::Text}},
         always("Deltager", "Participant")},
        {EventType::CheckInNoted,
         {kConversation, kParticipant, {"hopes", K::Text}, {"uncertainties", K::Text}},
         always("Check-in", "Check-in")},
        {EventType::CheckOutNoted,
         {kConversation, kParticipant, {"gained", K::Text}, {"takesAway", K::Text}},
         always("Check-ud", "Check-out")},
        {EventType::TimeoutCalled,
         {kConversation, {"timeoutId", K::Text}, {"calledBy", K::Text}, {"reason", K::Text}},
         [](const QJsonObject &p) {
             return text(p, "calledBy") == QLatin1String("facility")
                        ? words("Timeout kaldt af tilbuddet", "Timeout called by the facility")
                        : words("Timeout kaldt af konsulenten", "Timeout called by the consultant");
         }},
        {EventType::TimeoutEnded,
         {kConversation, {"timeoutId", K::Text}, {"outcome", K::Text}},
         always("Timeout afsluttet", "Timeout ended")},
        {EventType::FollowUpAsked,
         {kConversation, {"noteId", K::Text}, {"keyword", K::Text}, {"question", K::Text}},
         always("Opfølgning stillet", "Follow-up asked")},
        {EventType::PromptAnswered,
         {kConversation,
          {"promptId", K::Text},
          {"kind", K::Text},
          {"scale", K::Number},
          {"stepUp", K::Text},
          {"text", K::Text}},
         always("Spørgsmål besvaret", "Question answered")},
        {EventType::SummaryPointStated,
         {kConversation, {"pointId", K::Text}, {"text", K::Text}},
         always("Opsamlingspunkt", "Summary point")},
        {EventType::SummaryPointAnswered,
         {kConversation, {"pointId", K::Text}, {"response", K::Text}, {"theirWords", K::Text}},
         [](const QJsonObject &p) {
             return text(p, "response") == QLatin1String("confirmed")
                        ? words("Punkt bekræftet", "Point confirmed")
                        : words("Punkt forstået anderledes", "Point understood differently");
         }},
        {EventType::AgreementMade,
         {kConversation, {"agreementId", K::Text}, {"what", K::Text}, {"who", K::Text}, {"byWhen", K::Text}},
         always("Aftale", "Agreement")},
        {EventType::FindingNoted,
         {kConversation,
          {"findingId", K::Text},
          {"kind", K::Text},
          {"indicatorId", K::Text},
          {"text", K::Text}},
         [](const QJsonObject &p) {
             return text(p, "kind") == QLatin1String("attention")
                        ? words("Opmærksomhedspunkt", "Attention point")
                        : words("Udviklingspunkt", "Development point");
         }},
        {EventType::IndicatorScored,
         {kConversation,
          {"indicatorId", K::Text},
          {"score", K::Number},
          {"rationale", K::Text},
          {"replaces", K::Texts}},
         [](const QJsonObject &p) {
             LocalizedText w = words("Indikator %1 vurderet til %2", "Indicator %1 scored %2");
             const int score = p.value(QLatin1String("score")).toInt();
             w.da = w.da.arg(text(p, "indicatorId")).arg(score);
             w.en = w.en.arg(text(p, "indicatorId")).arg(score);
             return w;
         }},
        // %1: the question in the template's words, which only the reader knows.
        {EventType::QuestionAnswered,
         {kConversation,
          {"questionId", K::Text},
          {"indicatorId", K::Text},
          {"answer", K::Text},
          {"comment", K::Text}},
         always("Spørgsmål besvaret: %1", "Question answered: %1")},
        // %1: the moment (start or end of the visit) in words.
        {EventType::LocationStamped,
         {{"moment", K::Text},
          {"status", K::Text},
          {"source", K::Text},
          {"latitude", K::Number},
          {"longitude", K::Number},
          {"accuracyM", K::Number},
          {"fixAgeMs", K::Number},
          {"reason", K::Text},
          {"address", K::Text},
          {"distanceM", K::Number},
          {"far", K::Flag}},
         always("Stedstempel: %1", "Location stamp: %1")},
        {EventType::ParticipantRemoved,
         {kConversation, kParticipant, {"reason", K::Text}},
         always("Deltager fjernet", "Participant removed")},
        {EventType::ParticipantRenamed,
         {kConversation, kParticipant, {"label", K::Text}, {"reason", K::Text}},
         always("Deltagers navn rettet", "Participant's name corrected")},
        {EventType::SpeakingTimed,
         {kConversation, kParticipant, {"seconds", K::Number}},
         always("Taletid", "Speaking time")},
        {EventType::ConversationResumed,
         {kConversation, {"undoes", K::Id}},
         always("Samtalens afslutning fortrudt", "Ending the conversation undone")},
        {EventType::PositionSwitchUndone,
         {kConversation, {"undoes", K::Id}, {"position", K::Text}},
         always("Positionsskift fortrudt", "Position switch undone")},
        // The targets' own rules (what may be redacted, and why) are core/Redaction's.
        {EventType::ContentRedacted,
         {{"targets", K::Objects}, {"reason", K::Text}},
         always("Ord fjernet fra rapporten", "Words removed from the record")},
    };
}

bool hasKind(const QJsonValue &v, FieldKind kind)
{
    switch (kind) {
    case K::Text:
        return v.isString();
    case K::Number:
        return v.isDouble();
    case K::Flag:
        return v.isBool();
    case K::Id: {
        const QUuid id = QUuid::fromString(v.toString());
        return v.isString() && !id.isNull() && idString(id) == v.toString();
    }
    case K::Texts:
    case K::Objects:
        if (!v.isArray())
            return false;
        for (const QJsonValue &item : v.toArray()) {
            if (kind == K::Texts ? !item.isString() : !item.isObject())
                return false;
        }
        return true;
    case K::Object:
        return v.isObject();
    }
    return false;
}

QString kindWords(FieldKind kind)
{
    switch (kind) {
    case K::Text:
        return QStringLiteral("a string");
    case K::Number:
        return QStringLiteral("a number");
    case K::Flag:
        return QStringLiteral("true or false");
    case K::Id:
        return QStringLiteral("a UUID in lower case without braces");
    case K::Texts:
        return QStringLiteral("an array of strings");
    case K::Object:
        return QStringLiteral("an object");
    case K::Objects:
        return QStringLiteral("an array of objects");
    }
    return {};
}

} // namespace

const PayloadField *EventDefinition::field(QLatin1StringView name) const
{
    for (const PayloadField &f : fields) {
        if (name == QLatin1StringView(f.name))
            return &f;
    }
    return nullptr;
}

const QList<EventDefinition> &eventDefinitions()
{
    static const QList<EventDefinition> all = definitions();
    return all;
}

const EventDefinition *eventDefinition(QStringView type)
{
    for (const EventDefinition &d : eventDefinitions()) {
        if (type == QLatin1StringView(d.type))
            return &d;
    }
    return nullptr;
}

EventPayload::EventPayload(const EventDefinition &definition, const QJsonObject &json)
    : m_definition(definition), m_json(json)
{}

EventPayload EventPayload::of(const Event &e)
{
    static const EventDefinition unknown{"", {}, always("", "")};
    const EventDefinition *d = eventDefinition(e.type);
    Q_ASSERT_X(d, "EventPayload::of", qPrintable(e.type));
    return {d ? *d : unknown, e.payload};
}

QJsonValue EventPayload::value(const char *name, FieldKind kind) const
{
    // A field the definition does not declare, or reads as another kind, is a slip in this
    // version's code, not in the log: caught here in a debug build.
    [[maybe_unused]] const PayloadField *f = m_definition.field(QLatin1StringView(name));
    Q_ASSERT_X(f && f->kind == kind, m_definition.type, name);
    return m_json.value(QLatin1String(name));
}

QString EventPayload::text(const char *name) const
{
    return value(name, K::Text).toString();
}

int EventPayload::number(const char *name) const
{
    return value(name, K::Number).toInt();
}

bool EventPayload::flag(const char *name) const
{
    return value(name, K::Flag).toBool();
}

QUuid EventPayload::id(const char *name) const
{
    return QUuid::fromString(value(name, K::Id).toString());
}

QStringList EventPayload::texts(const char *name) const
{
    QStringList list;
    for (const QJsonValue &v : value(name, K::Texts).toArray())
        list << v.toString();
    return list;
}

bool EventPayload::has(const char *name) const
{
    Q_ASSERT_X(m_definition.field(QLatin1StringView(name)), m_definition.type, name);
    return m_json.contains(QLatin1String(name));
}

QString EventPayload::problem() const
{
    for (const PayloadField &f : m_definition.fields) {
        const auto it = m_json.constFind(QLatin1String(f.name));
        if (it != m_json.constEnd() && !hasKind(*it, f.kind))
            return QStringLiteral("payload.%1: expected %2").arg(QLatin1String(f.name), kindWords(f.kind));
    }
    return {};
}

QJsonObject EventPayload::encode() const
{
    QJsonObject json;
    for (const PayloadField &f : m_definition.fields) {
        if (const auto it = m_json.constFind(QLatin1String(f.name)); it != m_json.constEnd())
            json.insert(QLatin1String(f.name), *it);
    }
    return json;
}

QString payloadProblem(QStringView type, const QJsonObject &payload)
{
    const EventDefinition *d = eventDefinition(type);
    if (!d)
        return QStringLiteral("type: %1 is not known to this version").arg(type.left(100));
    return EventPayload(*d, payload).problem();
}

} // namespace feltdialog
