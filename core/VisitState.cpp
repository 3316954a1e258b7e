#include "VisitState.h"

#include "Redaction.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace feltdialog {

const NoteVersion &Note::current() const
{
    // heads are kept in fold order, so the last head is the newest
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (heads.contains(it->eventId))
            return *it;
    }
    return versions.last();
}

const Note *VisitState::note(const QUuid &id) const
{
    for (const Note &n : notes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

NoteTags NoteTags::fromJson(const QJsonObject &json)
{
    const auto field = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    return {field("conversationId"), field("indicatorId"), field("sourceRole"), field("method"),
            field("position")};
}

QJsonObject NoteTags::toJson() const
{
    QJsonObject json;
    const auto put = [&json](const char *key, const QString &value) {
        if (!value.isEmpty()) // absent rather than empty: an untagged note stays small
            json.insert(QLatin1String(key), value);
    };
    put("conversationId", conversationId);
    put("indicatorId", indicatorId);
    put("sourceRole", sourceRole);
    put("method", method);
    put("position", position);
    return json;
}

namespace {

QUuid uuidField(const QJsonObject &payload, const char *key)
{
    return QUuid::fromString(payload.value(QLatin1String(key)).toString());
}

class Folder
{
public:
    explicit Folder(VisitState &state) : m_state(state) {}

    void apply(const Event &e)
    {
        const QString &t = e.type;
        if (t == QLatin1String(EventType::VisitStarted))
            visitStarted(e);
        else if (t == QLatin1String(EventType::NoteWritten))
            noteWritten(e);
        else if (t == QLatin1String(EventType::NoteAmended))
            noteAmended(e);
        else if (t == QLatin1String(EventType::VisitClosed))
            visitClosed(e);
        else if (t == QLatin1String(EventType::LocationStamped))
            locationStamped(e);
        else if (t == QLatin1String(EventType::ContentRedacted))
            m_state.redactions.append({e.id, e.authorId, e.wallTimeMs,
                                       e.payload.value(QLatin1String("reason")).toString(),
                                       redactionTargets(e.payload).size()});
        else if (!foldDialogueEvent(m_state.dialogue, e))
            m_state.unknownEvents.append(e);
    }

    void finish()
    {
        settleScores(m_state.dialogue);
        listOrphans();
    }

    // What finish() does, for one more event folded onto a finished state: only what it touched.
    void finishAfter(const Event &e)
    {
        if (e.type == QLatin1String(EventType::IndicatorScored))
            settleScore(m_state.dialogue, e.payload.value(QLatin1String("indicatorId")).toString());
        else if (e.type == QLatin1String(EventType::NoteWritten) ||
                 e.type == QLatin1String(EventType::NoteAmended))
            listOrphans();
    }

private:
    void visitStarted(const Event &e)
    {
        // Started once per visit; should two devices both start it, the first in fold order wins
        // and the other remains in the log for the audit view.
        if (m_state.started)
            return;
        m_state.started = true;
        m_state.facilityId = e.payload.value(QLatin1String("facilityId")).toString();
        m_state.facilityName = e.payload.value(QLatin1String("facilityName")).toString();
        m_state.kind = e.payload.value(QLatin1String("kind")).toString();
        m_state.templateId = e.payload.value(QLatin1String("templateId")).toString();
        m_state.templateVersion = e.payload.value(QLatin1String("templateVersion")).toString();
        m_state.qualityModelVersion = e.payload.value(QLatin1String("qualityModelVersion")).toString();
        for (const QJsonValue &id : e.payload.value(QLatin1String("focusIndicators")).toArray())
            m_state.focusIndicators << id.toString();
        m_state.startedBy = e.authorId;
        m_state.startedWallMs = e.wallTimeMs;
    }

    void noteWritten(const Event &e)
    {
        const QUuid noteId = uuidField(e.payload, "noteId");
        if (m_noteIndex.contains(noteId))
            return; // a second NoteWritten for one note id is malformed; the first stands
        Note note;
        note.id = noteId;
        note.tags = NoteTags::fromJson(e.payload.value(QLatin1String("tags")).toObject());
        note.versions.append(version(e, QUuid()));
        note.heads.append(e.id);
        m_noteIndex.insert(noteId, m_state.notes.size());
        m_state.notes.append(std::move(note));
        // amendments that arrived before their note (possible mid-sync) now attach
        const QList<Event> waiting = m_pendingAmendments.values(noteId);
        m_pendingAmendments.remove(noteId);
        QList<Event> ordered = waiting;
        std::sort(ordered.begin(), ordered.end(), foldsBefore);
        for (const Event &a : std::as_const(ordered))
            noteAmended(a);
    }

    void noteAmended(const Event &e)
    {
        const QUuid noteId = uuidField(e.payload, "noteId");
        auto it = m_noteIndex.constFind(noteId);
        if (it == m_noteIndex.constEnd()) {
            m_pendingAmendments.insert(noteId, e);
            return;
        }
        Note &note = m_state.notes[*it];
        const QUuid replaces = uuidField(e.payload, "replaces");
        note.versions.append(version(e, replaces));
        note.heads.removeAll(replaces);
        note.heads.append(e.id);
        if (e.payload.contains(QLatin1String("tags")))
            note.tags = NoteTags::fromJson(e.payload.value(QLatin1String("tags")).toObject());
    }

    void locationStamped(const Event &e)
    {
        LocationStamp stamp = LocationStamp::fromPayload(e.payload);
        stamp.wallTimeMs = e.wallTimeMs;
        stamp.authorId = e.authorId;
        m_state.locations.append(stamp);
    }

    void visitClosed(const Event &e)
    {
        if (m_state.closed)
            return;
        m_state.closed = true;
        m_state.closedWallMs = e.wallTimeMs;
    }

    static NoteVersion version(const Event &e, const QUuid &replaces)
    {
        return {e.id,       replaces, e.payload.value(QLatin1String("text")).toString(),
                e.authorId, e.hlc,    e.wallTimeMs};
    }

    void listOrphans()
    {
        QList<Event> orphans = m_pendingAmendments.values();
        std::sort(orphans.begin(), orphans.end(), foldsBefore);
        m_state.orphanAmendments.clear();
        for (const Event &e : std::as_const(orphans))
            m_state.orphanAmendments.append(e.id);
    }

    VisitState &m_state;
    QHash<QUuid, qsizetype> m_noteIndex;
    QMultiHash<QUuid, Event> m_pendingAmendments;
};

QJsonObject versionJson(const NoteVersion &v)
{
    return {{QStringLiteral("event"), idString(v.eventId)},
            {QStringLiteral("replaces"), v.replaces.isNull() ? QString() : idString(v.replaces)},
            {QStringLiteral("text"), v.text},
            {QStringLiteral("author"), v.authorId},
            {QStringLiteral("hlc"), v.hlc.toString()}};
}

void sortUnique(QList<Event> &events)
{
    std::sort(events.begin(), events.end(), foldsBefore);
    // the same event may arrive twice (a retried sync); identity is its id
    events.erase(std::unique(events.begin(), events.end(),
                             [](const Event &a, const Event &b) { return a.id == b.id; }),
                 events.end());
}

void foldSorted(const QList<Event> &events, VisitState &state, Folder &folder)
{
    if (!events.isEmpty())
        state.visitId = events.first().visitId;
    state.eventCount = events.size();
    for (const Event &e : events)
        folder.apply(e);
    folder.finish();
}

bool isRedaction(const Event &e)
{
    return e.type == QLatin1String(EventType::ContentRedacted);
}

} // namespace

VisitState foldVisit(QList<Event> events)
{
    sortUnique(events);
    applyRedactions(events); // every reader sees the log with redacted words gone
    VisitState state;
    Folder folder(state);
    foldSorted(events, state, folder);
    return state;
}

struct VisitFold::Log
{
    QList<Event> events;           // as written, in fold order
    QHash<QUuid, qsizetype> index; // event id -> its place in events
    QSet<QUuid> redacted;          // events a redaction in the log names
    VisitState state;
    Folder folder{state};
};

VisitFold::VisitFold() : m_log(std::make_unique<Log>()) {}
VisitFold::~VisitFold() = default;
VisitFold::VisitFold(VisitFold &&) noexcept = default;
VisitFold &VisitFold::operator=(VisitFold &&) noexcept = default;

const VisitState &VisitFold::state() const
{
    return m_log->state;
}

const QList<Event> &VisitFold::events() const
{
    return m_log->events;
}

void VisitFold::reset(QList<Event> events)
{
    auto log = std::make_unique<Log>();
    sortUnique(events);
    log->events = std::move(events);
    bool anyRedaction = false;
    for (qsizetype i = 0; i < log->events.size(); ++i) {
        const Event &e = log->events.at(i);
        log->index.insert(e.id, i);
        if (isRedaction(e)) {
            anyRedaction = true;
            for (const RedactionTarget &t : redactionTargets(e.payload))
                log->redacted.insert(t.event);
        }
    }
    if (anyRedaction) { // the words go from a copy: events() keeps the log as written
        QList<Event> read = log->events;
        applyRedactions(read);
        foldSorted(read, log->state, log->folder);
    } else {
        foldSorted(log->events, log->state, log->folder);
    }
    m_log = std::move(log);
}

VisitFold::Step VisitFold::append(const Event &e)
{
    Log &log = *m_log;
    if (const auto known = log.index.constFind(e.id); known != log.index.constEnd()) {
        const Event &held = log.events.at(*known);
        if (!foldsBefore(held, e) && !foldsBefore(e, held))
            return Step::Known;
    }
    const bool inOrder = log.events.isEmpty() || foldsBefore(log.events.constLast(), e);
    if (!inOrder || isRedaction(e) || log.redacted.contains(e.id) || log.index.contains(e.id)) {
        QList<Event> events = log.events;
        events.append(e);
        reset(std::move(events));
        return Step::Refolded;
    }
    log.index.insert(e.id, log.events.size());
    log.events.append(e);
    if (log.state.visitId.isNull())
        log.state.visitId = e.visitId;
    ++log.state.eventCount;
    log.folder.apply(e);
    log.folder.finishAfter(e);
    return Step::Folded;
}

QJsonObject VisitState::toJson() const
{
    QJsonArray notesJson;
    for (const Note &n : notes) {
        QJsonArray versionsJson;
        for (const NoteVersion &v : n.versions)
            versionsJson.append(versionJson(v));
        QJsonArray headsJson;
        for (const QUuid &h : n.heads)
            headsJson.append(idString(h));
        notesJson.append(QJsonObject{{QStringLiteral("id"), idString(n.id)},
                                     {QStringLiteral("tags"), n.tags.toJson()},
                                     {QStringLiteral("versions"), versionsJson},
                                     {QStringLiteral("heads"), headsJson}});
    }
    QJsonArray unknown;
    for (const Event &e : unknownEvents)
        unknown.append(e.toJson());
    QJsonArray locationsJson;
    for (const LocationStamp &l : locations)
        locationsJson.append(l.toPayload());
    QJsonArray orphans;
    for (const QUuid &id : orphanAmendments)
        orphans.append(idString(id));
    QJsonObject json{{QStringLiteral("visitId"), idString(visitId)},
                     {QStringLiteral("started"), started},
                     {QStringLiteral("facilityId"), facilityId},
                     {QStringLiteral("facilityName"), facilityName},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("templateId"), templateId},
                     {QStringLiteral("templateVersion"), templateVersion},
                     {QStringLiteral("qualityModelVersion"), qualityModelVersion},
                     {QStringLiteral("focusIndicators"), QJsonArray::fromStringList(focusIndicators)},
                     {QStringLiteral("startedBy"), startedBy},
                     {QStringLiteral("startedWall"), QString::number(startedWallMs)},
                     {QStringLiteral("closed"), closed},
                     {QStringLiteral("closedWall"), QString::number(closedWallMs)},
                     {QStringLiteral("notes"), notesJson},
                     {QStringLiteral("dialogue"), dialogue.toJson()},
                     {QStringLiteral("locations"), locationsJson},
                     {QStringLiteral("unknownEvents"), unknown},
                     {QStringLiteral("orphanAmendments"), orphans},
                     {QStringLiteral("eventCount"), double(eventCount)}};
    QJsonArray redactionsJson;
    for (const RedactionEntry &r : redactions)
        redactionsJson.append(QJsonObject{{QStringLiteral("event"), idString(r.eventId)},
                                          {QStringLiteral("author"), r.authorId},
                                          {QStringLiteral("wall"), QString::number(r.wallMs)},
                                          {QStringLiteral("reason"), r.reason},
                                          {QStringLiteral("events"), double(r.events)}});
    if (!redactionsJson.isEmpty()) // absent when there are none, as before redaction existed
        json.insert(QStringLiteral("redactions"), redactionsJson);
    return json;
}

} // namespace feltdialog
