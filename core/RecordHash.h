#pragma once

#include "Event.h"

#include <QByteArray>
#include <QList>

namespace feltdialog {

// The fingerprint of a visit's log that a visit record carries, so anyone holding the log can check
// that a record was made from exactly that log. docs/record-format.md defines it byte by byte; a
// checker in another language can recompute it from the definition alone.

// The label that starts the hashed bytes. A new definition gets a new label, never a silent change.
// feltdialog-log/1 hashed the lines themselves; /2 hashes each line's digest, so that a redacted
// record (core/Redaction.h) keeps the hash of the full log. docs/record-format.md has both.
inline constexpr auto LogHashFormat = "feltdialog-log/2";

// One event as one line of compact JSON, keys in sorted order, UTF-8, without the newline.
QByteArray canonicalEventLine(const Event &e);

// The event a canonical line (parsed as JSON) stands for: the way back from a record's JSON, or
// from any export of the log, to events that can be folded and hashed again.
Event eventFromCanonical(const QJsonObject &json);

// One event of the log as the hash sees it: its canonical line (redacted, if it was), and the
// SHA-256 (lowercase hex) of its line as written.
struct CanonicalLine
{
    QByteArray line;
    QByteArray sha256;
    bool redacted = false;
};

// The events in hash order, each exactly once: sorted by (HLC, event id, digest), byte-identical
// duplicates (a retried sync) dropped. Any order or duplication of the same events gives the
// same list.
QList<CanonicalLine> canonicalLogLines(const QList<Event> &events);

// SHA-256 over LogHashFormat + "\n" followed by every line's digest (hex) + "\n"; lowercase hex.
QByteArray logHash(const QList<Event> &events);

} // namespace feltdialog
