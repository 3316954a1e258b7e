#pragma once

#include "Dialogue.h"
#include "Event.h"
#include "LocationStamp.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <memory>

namespace feltdialog {

// One text a note has had. The first version is the NoteWritten; each NoteAmended adds one and
// names the version it replaces, so concurrent amendments from two tablets are both kept.
struct NoteVersion
{
    QUuid eventId;
    QUuid replaces; // null for the first version
    QString text;
    QString authorId;
    HlcTimestamp hlc;
    qint64 wallTimeMs = 0;
    bool operator==(const NoteVersion &) const = default;
};

// What a note is about and where it came from, for evidence coverage and the record.
struct NoteTags
{
    QString conversationId;
    QString indicatorId; // e.g. "8.b"; empty when not yet tagged
    QString sourceRole;  // leader, staff, resident, relative, ...
    QString method;      // "interview" | "observation" | "document"
    QString position;    // "control" | "development" when it was written
    static NoteTags fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    bool operator==(const NoteTags &) const = default;
};

struct Note
{
    QUuid id;
    NoteTags tags;               // from the note, or from the latest amendment that re-tagged it
    QList<NoteVersion> versions; // in fold order; versions.first() is the original
    QList<QUuid> heads;          // versions nothing replaces; more than one is a conflict to resolve

    const NoteVersion &current() const; // the newest head: what is shown until resolved
    bool isAmended() const { return versions.size() > 1; }
    bool hasConflict() const { return heads.size() > 1; }
    bool operator==(const Note &) const = default;
};

// The state of one visit: a pure, deterministic fold of its events. Any order or duplication of
// the same set of events gives an equal state (tests/core/tst_visitfold.cpp proves it).
// A redaction as the record tells it (core/Redaction.h): the words are gone, the fact is not.
struct RedactionEntry
{
    QUuid eventId;
    QString authorId;
    qint64 wallMs = 0;
    QString reason;
    qsizetype events = 0; // how many entries lost words
    bool operator==(const RedactionEntry &) const = default;
};

struct VisitState
{
    QUuid visitId;
    bool started = false;
    QString facilityId;
    QString facilityName;
    QString kind; // "unannounced" | "announced"
    QString templateId;
    QString templateVersion;
    QString qualityModelVersion;
    QStringList focusIndicators; // the office's, for a planned visit; empty: the template's
    QString startedBy;
    qint64 startedWallMs = 0;
    bool closed = false;
    qint64 closedWallMs = 0;
    QList<Note> notes; // in the order they were written
    DialogueState dialogue;
    QList<LocationStamp> locations;   // in fold order
    QList<Event> unknownEvents;       // from a newer app version: kept and shown, never dropped
    QList<QUuid> orphanAmendments;    // amendments whose note never arrived (a sync in progress)
    QList<RedactionEntry> redactions; // in fold order
    qsizetype eventCount = 0;

    const Note *note(const QUuid &id) const;
    QJsonObject toJson() const; // canonical, for comparisons and the audit view
    bool operator==(const VisitState &) const = default;
};

VisitState foldVisit(QList<Event> events);

// The open visit's fold, kept current one event at a time. The tablet's own events are the
// newest in the log (its clock only moves forward), so each is folded onto the state as it is,
// costing that event, not the visit. What cannot be folded that way is folded from the whole
// log again, so the state always equals foldVisit of the events taken (tests/core/
// tst_incrementalfold.cpp): an event that folds before the last one (a colleague's, from a sync),
// a redaction (it changes words already folded), an event a redaction names, or an id seen before
// with another place in the log.
class VisitFold
{
public:
    VisitFold();
    ~VisitFold();
    VisitFold(VisitFold &&) noexcept;
    VisitFold &operator=(VisitFold &&) noexcept;

    enum class Step
    {
        Folded,   // applied to the state as it was
        Refolded, // the whole log folded again
        Known     // the same event again (a retried write or sync): nothing changed
    };
    void reset(QList<Event> events);
    Step append(const Event &event);

    const VisitState &state() const;
    const QList<Event> &events() const; // as written (unredacted), in fold order, each once

private:
    struct Log;
    std::unique_ptr<Log> m_log;
};

} // namespace feltdialog
