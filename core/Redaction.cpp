#include "Redaction.h"

#include "RecordHash.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>

namespace feltdialog {

namespace {

// Per event type, the fields that hold a person's words. A type added later that carries words
// adds its fields here; one that does not needs nothing.
const QHash<QString, QStringList> &wordFields()
{
    static const QHash<QString, QStringList> fields{
        {EventType::NoteWritten, {"text"}},
        {EventType::NoteAmended, {"text"}},
        {EventType::ConversationStarted, {"title"}},
        {EventType::ConversationEnded, {"nextSteps"}},
        {EventType::ParticipantJoined, {"label"}},
        {EventType::ParticipantRenamed, {"label", "reason"}},
        {EventType::ParticipantRemoved, {"reason"}},
        {EventType::CheckInNoted, {"hopes", "uncertainties"}},
        {EventType::CheckOutNoted, {"gained", "takesAway"}},
        {EventType::TimeoutCalled, {"reason"}},
        {EventType::FollowUpAsked, {"keyword", "question"}},
        {EventType::PromptAnswered, {"stepUp", "text"}},
        {EventType::SummaryPointStated, {"text"}},
        {EventType::SummaryPointAnswered, {"theirWords"}},
        {EventType::AgreementMade, {"what", "who", "byWhen"}},
        {EventType::FindingNoted, {"text"}},
        {EventType::QuestionAnswered, {"comment"}},
        {EventType::IndicatorScored, {"rationale"}},
    };
    return fields;
}

bool anyTypeAllows(const QString &field)
{
    for (const QStringList &fields : wordFields()) {
        if (fields.contains(field))
            return true;
    }
    return false;
}

QList<RedactionTarget> refuse(QString *problem, const QString &why)
{
    if (problem)
        *problem = why;
    return {};
}

} // namespace

QString redactedText()
{
    return QStringLiteral("█████");
}

QStringList redactableFields(const QString &type)
{
    return wordFields().value(type);
}

QJsonObject redactionPayload(const QList<RedactionTarget> &targets, const QString &reason)
{
    QJsonArray list;
    for (const RedactionTarget &t : targets)
        list.append(QJsonObject{{QStringLiteral("event"), idString(t.event)},
                                {QStringLiteral("fields"), QJsonArray::fromStringList(t.fields)}});
    return {{QStringLiteral("targets"), list}, {QStringLiteral("reason"), reason}};
}

QList<RedactionTarget> redactionTargets(const QJsonObject &payload, QString *problem)
{
    // At most this many events per redaction: a name corrected a few times, a note amended often.
    constexpr qsizetype MaxTargets = 1000;
    const QJsonArray list = payload.value(QLatin1String("targets")).toArray();
    if (list.isEmpty() || list.size() > MaxTargets)
        return refuse(problem, QStringLiteral("targets must list 1 to 1000 events"));
    if (payload.value(QLatin1String("reason")).toString().trimmed().isEmpty())
        return refuse(problem, QStringLiteral("a redaction says why (reason)"));
    QList<RedactionTarget> targets;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        RedactionTarget t{QUuid::fromString(o.value(QLatin1String("event")).toString()), {}};
        if (t.event.isNull() || idString(t.event) != o.value(QLatin1String("event")).toString())
            return refuse(problem, QStringLiteral("a target's event is not a lowercase UUID"));
        const QJsonArray fields = o.value(QLatin1String("fields")).toArray();
        for (const QJsonValue &f : fields) {
            if (!anyTypeAllows(f.toString()))
                return refuse(problem, QStringLiteral("a target names a field that holds no words"));
            t.fields.append(f.toString());
        }
        if (t.fields.isEmpty())
            return refuse(problem, QStringLiteral("a target names no fields"));
        targets.append(std::move(t));
    }
    return targets;
}

void applyRedactions(QList<Event> &events)
{
    // (visit, event id) -> fields, from every redaction in the log; a redaction reaches only
    // events of its own visit.
    QHash<std::pair<QUuid, QUuid>, QStringList> redacted;
    for (const Event &e : std::as_const(events)) {
        if (e.type != QLatin1String(EventType::ContentRedacted))
            continue;
        for (const RedactionTarget &t : redactionTargets(e.payload)) {
            QStringList &fields = redacted[{e.visitId, t.event}];
            for (const QString &f : t.fields) {
                if (!fields.contains(f))
                    fields.append(f);
            }
        }
    }
    const QString bar = redactedText();
    for (Event &e : events) {
        const auto it = redacted.constFind({e.visitId, e.id});
        if (it == redacted.constEnd()) {
            // a digest read back from a record stands only for an event a redaction names; any
            // other is hashed from its line, so a forged digest shows as a changed hash
            e.redactedFromSha256.clear();
            continue;
        }
        const QStringList allowed = redactableFields(e.type);
        QJsonObject payload = e.payload;
        for (const QString &field : *it) {
            const QJsonValue value = payload.value(field);
            if (allowed.contains(field) && value.isString() && value.toString() != bar)
                payload.insert(field, bar);
        }
        if (payload == e.payload)
            continue;
        if (e.redactedFromSha256.isEmpty())
            e.redactedFromSha256 =
                QCryptographicHash::hash(canonicalEventLine(e), QCryptographicHash::Sha256).toHex();
        e.payload = payload;
    }
}

} // namespace feltdialog
