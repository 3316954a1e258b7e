#pragma once

#include "Event.h"
#include "LocalizedText.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace feltdialog {

// The vocabulary of the log: one definition per event type — the fields its payload holds, how
// they are read and checked, and its words for people. The fold, the app's timeline and the
// server's check of a pushed payload all read these, so an event type is added here once.
// docs/record-format.md is the contract for the stored JSON; nothing here changes how it is spelt.

// How a field is spelt in the stored JSON.
enum class FieldKind
{
    Text,    // a string
    Number,  // a JSON number
    Flag,    // true or false
    Id,      // a UUID as a string, lower case without braces (idString)
    Texts,   // an array of strings (ids of other events, indicator ids)
    Object,  // an object the field's own reader checks (a note's tags)
    Objects, // an array of objects (a redaction's targets, checked by core/Redaction)
};

struct PayloadField
{
    const char *name;
    FieldKind kind;
};

struct EventDefinition
{
    const char *type;
    QList<PayloadField> fields;
    // What happened, for a person reading the timeline: the headline, in Danish and English.
    // It may depend on the payload (an agreement made or withdrawn); the readers add the detail
    // that needs their context (the template's words, a participant's role).
    std::function<LocalizedText(const QJsonObject &payload)> words;

    const PayloadField *field(QLatin1StringView name) const;
};

// Every type this version writes and understands, in EventType::All's order.
const QList<EventDefinition> &eventDefinitions();
// nullptr for a type this version does not know (a newer app's).
const EventDefinition *eventDefinition(QStringView type);

// A payload read through its definition. Decoding is lenient as the fold has always been: a
// field missing or of another kind reads as empty, zero or false, so old logs fold the same.
// problem() says, naming the field, what a strict reader (the server) refuses: a declared field
// of another kind than its definition says.
class EventPayload
{
public:
    EventPayload(const EventDefinition &definition, const QJsonObject &json);
    static EventPayload of(const Event &e); // a dialogue event's payload; asserts its type is known

    QString text(const char *name) const;
    int number(const char *name) const;
    bool flag(const char *name) const;
    QUuid id(const char *name) const;
    QStringList texts(const char *name) const;
    bool has(const char *name) const;

    QString problem() const; // empty when every declared field present has its kind
    // The JSON again from the declared fields that are present, as the app writes it: the codec's
    // round trip. Fields a newer app added are not part of this version's vocabulary.
    QJsonObject encode() const;

private:
    QJsonValue value(const char *name, FieldKind kind) const;

    const EventDefinition &m_definition;
    QJsonObject m_json;
};

// The problem with `payload` for an event of `type`, naming the field; empty when it passes.
QString payloadProblem(QStringView type, const QJsonObject &payload);

} // namespace feltdialog
