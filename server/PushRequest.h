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

// The event types this server version accepts (those of core/Event.h).
bool isKnownEventType(const QString &type);

} // namespace feltdialog::server
