#pragma once

#include "ApiError.h"
#include "Event.h"

#include <QByteArray>
#include <QList>

namespace feltdialog::server {

// One element of a push batch after its own validation: either a well-formed event or the reason
// it is not one. `id` is the event id as sent when it could be read, so the tablet can match the
// rejection to its event.
struct PushedEvent
{
    QString id;
    Event event;
    ApiError rejection;
};

struct PushRequest
{
    ApiError malformed; // the body as a whole: not JSON, not {"events": [...]}, or too many events
    QList<PushedEvent> events;
};

// Parses and checks a decoded push body without touching the store: field presence and types,
// canonical number strings (so what is stored reads back byte for byte as it was sent), a known
// schema version and a known event type. Never throws, whatever the input.
PushRequest parsePushRequest(const QByteArray &body);

// RFC 8259 §7: a control character (U+0000-U+001F) inside a JSON string must be escaped. Qt's
// parser accepts one raw, so bodies are checked for it first (then they are 400 malformed).
bool hasRawControlCharacter(const QByteArray &json);
// A string that holds a control character (NUL included: PostgreSQL cannot store one in TEXT).
bool hasControlCharacter(const QString &text);

// The event types this server version accepts (those of core/Event.h).
bool isKnownEventType(const QString &type);

} // namespace feltdialog::server
