#pragma once

#include "PushRequest.h"
#include "ServerDatabase.h"
#include <QHash>

namespace feltdialog::server {

// Hands out positions in the one global event order inside a write transaction (the writer lock
// of ServerDatabase::beginWrite makes them follow commit order). Reads the counter on first use
// and writes it back once in flush(), before the commit.
class LogClock
{
public:
    explicit LogClock(ServerDatabase &db) : m_db(db) {}
    Status next(qint64 *position);
    Status flush();

private:
    ServerDatabase &m_db;
    qint64 m_last = -1;
    bool m_dirty = false;
};

// Where a pull stopped. An event's place in a consultant's stream is the later of its own
// position and the position of the consultant's assignment to its visit, so events of a visit
// assigned after the cursor moved on still arrive; the event's own position breaks ties.
struct PullCursor
{
    qint64 place = 0;
    qint64 position = 0;

    QString toString() const;
    static bool parse(const QString &text, PullCursor *out); // "" is the start
    auto operator<=>(const PullCursor &) const = default;
};

// Who is pushing, as established by the bearer token.
struct Pusher
{
    QString deviceId;
    QString consultantId;
    QString tenantId;
};

struct Rejection
{
    QString id;
    ApiError error;
};

struct PushOutcome
{
    QStringList stored;
    QList<Rejection> rejected;
};

struct PullPage
{
    QList<Event> events;
    PullCursor cursor;
    bool more = false;
};

// The stored events: push (idempotent by id, per-event permission checks, all or nothing) and
// pull (by cursor, only the visits the consultant is assigned to).
class EventLog
{
public:
    explicit EventLog(ServerDatabase &db) : m_db(db) {}

    // A non-ok Status means the store failed and nothing of the batch was stored.
    Status push(const Pusher &pusher, const QList<PushedEvent> &events, qint64 nowMs, PushOutcome *outcome);
    // The events of the reader's consultant's visits after `after`, leaving out those the
    // reader's own device pushed: it holds them (issue 14: a tablet downloaded its pushes again).
    Status pull(const Pusher &reader, const PullCursor &after, int limit, PullPage *page);
    // Whether `cursor` is one a pull gave this consultant (the start always is).
    Status isKnownCursor(const QString &consultantId, const PullCursor &cursor, bool *known);
    // The statements of a pull, for the test that asks the database how it runs them.
    static QString pullStatement();
    static QString streamEndStatement();
    static QString streamAdditionStatement(); // %1..%2: the positions a push stored
    // Every event of one visit, in the order they were stored (for the record export).
    Status visitEvents(const QUuid &visitId, QList<Event> *out);
    // The authority the visit belongs to; empty when the server does not know the visit.
    Status visitTenant(const QUuid &visitId, QString *tenantId);

private:
    struct VisitAccess;
    struct VisitRow;
    enum class LookUp
    {
        BeforeLock, // existence and access read before the writer lock is taken
        UnderLock,  // everything read under the lock
    };
    Status tryPush(const Pusher &pusher, const QList<const PushedEvent *> &order, qint64 nowMs, LookUp lookUp,
                   PushOutcome *outcome, bool *raced);
    Status readVisit(const Pusher &pusher, const QUuid &visitId, VisitRow *out);
    Status visitAccess(const Pusher &pusher, const Event &e, LogClock &clock, VisitAccess *out);
    // The events of `ids` the tenant already holds, in one query per few hundred ids.
    Status storedEvents(const QString &tenantId, const QList<QUuid> &ids, QHash<QUuid, Event> *out);
    // Inserts, skipping ids the store already holds; `inserted` counts the rows really inserted.
    Status insertEvents(const QList<QVariantList> &rows, qsizetype *inserted);
    // Puts the events stored at positions first..last into the streams of the consultants
    // assigned to their visits.
    Status addToStreams(qint64 firstPosition, qint64 lastPosition);

    ServerDatabase &m_db;
};

} // namespace feltdialog::server
