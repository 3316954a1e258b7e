#pragma once

#include "Event.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace feltdialog {

// Redaction: where a person's name (or other words) must not remain in the record at all, a
// ContentRedacted event names the events and fields whose words go, and why. The log keeps every
// event as written (it is the legal log, sealed on the tablet, in the office store), but every
// reader — the app's screens, the record's PDF and JSON, the office export — folds the log with
// the named words replaced. The record's log hash (feltdialog-log/2, core/RecordHash.h) is taken
// over each event's digest, and a redacted event carries the digest of its line as written, so a
// redacted record has the same hash as the full log: whoever holds the full log can check it, and
// no one can change an unredacted word without the hash saying so (docs/record-format.md).

// What stands in the place of redacted words: a blacked-out bar reads the same in every language
// and cannot be mistaken for anything a person typed.
QString redactedText();

// The payload fields of `type` that hold words a person typed — the only fields a redaction may
// name. Ids, codes and times stay: the fold needs them, and they name no one.
QStringList redactableFields(const QString &type);

struct RedactionTarget
{
    QUuid event;
    QStringList fields;
};

// A ContentRedacted payload for `targets`, and the way back. The reader returns an empty list and
// says why when the payload is malformed: no targets, an id that is not a UUID, a field that no
// event type allows, or no reason.
QJsonObject redactionPayload(const QList<RedactionTarget> &targets, const QString &reason);
QList<RedactionTarget> redactionTargets(const QJsonObject &payload, QString *problem = nullptr);

// Applies every ContentRedacted event in `events` (one visit's log, any order) to the events it
// names in the same visit: each named field that holds text becomes redactedText(), and the event's
// `redactedFromSha256` keeps the digest of its canonical line as written (unless it already holds
// one: an event read back from a redacted record). Applying twice changes nothing more.
void applyRedactions(QList<Event> &events);

} // namespace feltdialog
