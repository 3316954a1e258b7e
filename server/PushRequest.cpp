#include "PushRequest.h"

#include "EventLimits.h"
#include "EventVocabulary.h"
#include "Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace feltdialog::server {

namespace {

constexpr qsizetype MaxIdentityLength = 200;
constexpr qsizetype MaxEchoedIdLength = 64;

ApiError invalid(const QString &what)
{
    return apiError(400, "invalid_event", what);
}

// A UUID exactly as Event::toJson writes it (lower case, no braces): anything else would be
// stored in a form the tablet did not send.
bool readUuid(const QJsonObject &o, const char *key, QUuid *out, ApiError *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QUuid id = QUuid::fromString(v.toString());
    if (!v.isString() || id.isNull() || idString(id) != v.toString()) {
        *error = invalid(
            QStringLiteral("%1: expected a UUID in lower case without braces").arg(QLatin1String(key)));
        return false;
    }
    *out = id;
    return true;
}

bool readIdentity(const QJsonObject &o, const char *key, QString *out, ApiError *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > MaxIdentityLength ||
        hasControlCharacter(v.toString())) {
        *error = invalid(QStringLiteral("%1: expected a non-empty string of at most %2 characters, no "
                                        "control characters")
                             .arg(QLatin1String(key))
                             .arg(MaxIdentityLength));
        return false;
    }
    *out = v.toString();
    return true;
}

// 64-bit counters travel as decimal strings (JSON numbers lose precision above 2^53). Only the
// canonical spelling is accepted, so the stored value reads back as the same string.
bool readCounter(const QJsonObject &o, const char *key, qint64 *out, ApiError *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (!v.isString() || !ok || n < 0 || QString::number(n) != v.toString()) {
        *error = invalid(QStringLiteral("%1: expected a non-negative integer as a decimal string")
                             .arg(QLatin1String(key)));
        return false;
    }
    *out = n;
    return true;
}

const QSet<QString> &allowedKeys()
{
    static const QSet<QString> keys{QStringLiteral("id"),        QStringLiteral("visitId"),
                                    QStringLiteral("authorId"),  QStringLiteral("deviceId"),
                                    QStringLiteral("deviceSeq"), QStringLiteral("hlc"),
                                    QStringLiteral("wallTime"),  QStringLiteral("type"),
                                    QStringLiteral("payload"),   QStringLiteral("schemaVersion")};
    return keys;
}

// A note's text, and every other string in a payload, at most MaxNoteLength characters: the
// editor stops there, so a longer one was not typed in the app.
bool textsWithinLimit(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().size() <= MaxNoteLength;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!textsWithinLimit(it.value()))
                return false;
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (!textsWithinLimit(v))
                return false;
    }
    return true;
}

PushedEvent parseEvent(const QJsonValue &value)
{
    PushedEvent pushed;
    if (!value.isObject()) {
        pushed.rejection = invalid(QStringLiteral("an event must be a JSON object"));
        return pushed;
    }
    const QJsonObject o = value.toObject();
    // Echoed in a rejection so the tablet can match it; a real id is 36 characters, and a
    // megabyte sent as one is not sent back.
    pushed.id = o.value(QLatin1String("id")).toString().left(MaxEchoedIdLength);

    // The schema version first: a newer tablet's event may carry fields this server cannot know.
    const QJsonValue version = o.value(QLatin1String("schemaVersion"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v < 1 || v != double(qint64(v))) {
        pushed.rejection = invalid(QStringLiteral("schemaVersion: expected a positive integer"));
        return pushed;
    }
    if (v != Event::CurrentSchemaVersion) {
        pushed.rejection = apiError(400, "unknown_schema_version",
                                    QStringLiteral("schema version %1 is newer than this server knows (%2)")
                                        .arg(qint64(v))
                                        .arg(Event::CurrentSchemaVersion));
        return pushed;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowedKeys().contains(it.key())) {
            pushed.rejection = invalid(QStringLiteral("unknown field %1").arg(it.key()));
            return pushed;
        }
    }

    Event &e = pushed.event;
    ApiError &error = pushed.rejection;
    if (!readUuid(o, "id", &e.id, &error) || !readUuid(o, "visitId", &e.visitId, &error) ||
        !readIdentity(o, "authorId", &e.authorId, &error) ||
        !readIdentity(o, "deviceId", &e.deviceId, &error) ||
        !readCounter(o, "deviceSeq", &e.deviceSeq, &error) ||
        !readCounter(o, "wallTime", &e.wallTimeMs, &error))
        return pushed;
    qint64 hlc = 0;
    if (!readCounter(o, "hlc", &hlc, &error))
        return pushed;
    e.hlc = HlcTimestamp::fromPacked(hlc);

    const QJsonValue type = o.value(QLatin1String("type"));
    if (!type.isString() || type.toString().isEmpty()) {
        error = invalid(QStringLiteral("type: expected a non-empty string"));
        return pushed;
    }
    if (!isKnownEventType(type.toString())) {
        error = apiError(
            400, "unknown_event_type",
            QStringLiteral("event type %1 is not known to this server").arg(type.toString().left(100)));
        return pushed;
    }
    e.type = type.toString();

    const QJsonValue payload = o.value(QLatin1String("payload"));
    if (!payload.isObject()) {
        error = invalid(QStringLiteral("payload: expected an object"));
        return pushed;
    }
    if (!textsWithinLimit(payload)) {
        error = apiError(400, "text_too_long",
                         QStringLiteral("a text in payload is longer than %1 characters").arg(MaxNoteLength));
        return pushed;
    }
    e.payload = payload.toObject();
    e.schemaVersion = int(v);
    // Each field as the event's definition spells it (core/EventVocabulary.h): what the fold and
    // every reader will read. Fields a definition does not name are kept, as they always were.
    if (const QString problem = payloadProblem(e.type, e.payload); !problem.isEmpty()) {
        error = invalid(problem);
        return pushed;
    }
    // A redaction every reader will obey must say what it removes and why (core/Redaction.h).
    if (QString problem; e.type == QLatin1String(EventType::ContentRedacted) &&
                         redactionTargets(e.payload, &problem).isEmpty())
        error = invalid(QStringLiteral("payload: ") + problem);
    return pushed;
}

} // namespace

bool hasRawControlCharacter(const QByteArray &json)
{
    bool inString = false;
    bool escaped = false;
    for (const char ch : json) {
        const auto c = static_cast<unsigned char>(ch);
        if (!inString) {
            inString = c == '"';
        } else if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return true;
        }
    }
    return false;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

bool isKnownEventType(const QString &type)
{
    static const QSet<QString> known = [] {
        QSet<QString> s;
        for (const char *name : EventType::All)
            s.insert(QString::fromLatin1(name));
        return s;
    }();
    return known.contains(type);
}

PushRequest parsePushRequest(const QByteArray &body)
{
    PushRequest request;
    if (hasRawControlCharacter(body)) {
        request.malformed = apiError(400, "malformed",
                                     QStringLiteral("body is not JSON: a control character inside a "
                                                    "string must be escaped (RFC 8259)"));
        return request;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        request.malformed = apiError(400, "malformed",
                                     QStringLiteral("body is not JSON (offset %1: %2)")
                                         .arg(parseError.offset)
                                         .arg(parseError.errorString()));
        return request;
    }
    const QJsonValue events = doc.object().value(QLatin1String("events"));
    if (!doc.isObject() || !events.isArray()) {
        request.malformed = apiError(400, "malformed", QStringLiteral("expected {\"events\": [...]}"));
        return request;
    }
    const QJsonArray array = events.toArray();
    if (array.size() > MaxEventsPerPush) {
        request.malformed = apiError(
            413, "too_many_events",
            QStringLiteral("%1 events in one push; at most %2").arg(array.size()).arg(MaxEventsPerPush));
        return request;
    }
    request.events.reserve(array.size());
    for (const QJsonValue &v : array)
        request.events.append(parseEvent(v));
    return request;
}

} // namespace feltdialog::server
