#pragma once

#include "EventLimits.h"
#include "EventStore.h"
#include "SyncClient.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>

namespace feltdialog {

// Moves events between this device's log and the office server (docs/sync-protocol.md): pushes
// everything unconfirmed in batches below the server's size limit, marks confirmed only what the
// server says it holds, quarantines what it refuses (one bad event never blocks the others), then
// pulls what colleagues wrote. A run can be cut anywhere and simply started again. Nothing is ever
// deleted here. Transient failures retry with backoff; a revoked device stops until re-enrolled.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Failed,  // will retry (offline, server error); lastError() says why
        Revoked, // the server no longer accepts this device: enroll again
    };
    Q_ENUM(State)

    static constexpr int MaxBatchEvents = MaxEventsPerPush; // fewer round trips and commits a push
    static_assert(MaxBatchEvents <= MaxEventsPerPush);
    static constexpr qsizetype MaxBatchBytes = 1024 * 1024; // uncompressed; the server allows 4 MiB
    static constexpr int PullLimit = 1000; // the server's most: fewer pages, fewer commits a pull
    // Push batches in flight at once: batch k+1 is read, built and sent while the server stores
    // batch k, so the two sides' work and fsync'ed commits overlap. Two is what the server lets a
    // device have (RequestShares::perDevice); a server that allows one answers 429 and gets one.
    static constexpr int PushesInFlight = 2;
    static inline const QString CursorKey = QStringLiteral("sync_pull_cursor");
    // The office's reference data (facilities, planned visits), kept sealed: a planned
    // unannounced visit must not be readable from a lost tablet.
    static inline const QString ReferenceSecret = QStringLiteral("sync_reference");
    static inline const QString ReferenceVersionKey = QStringLiteral("sync_reference_version");

    SyncEngine(EventStore *store, SyncClient *client, QObject *parent = nullptr);

    // Starts a run unless one is under way (then one more follows it). Returns at once.
    void syncNow();
    void setAutoRetry(bool on) { m_autoRetry = on; }
    // Backoff after the n-th failure in a row: 2 s, 4 s, ... up to 5 min.
    static int backoffMs(int failures);

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    QString lastMessage() const { return m_lastMessage; }
    qint64 eventsSent() const { return m_eventsSent; }
    qint64 eventsPulled() const { return m_eventsPulled; }
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

signals:
    void stateChanged();
    void progress();                                 // events or bytes moved
    void visitsChanged(const QSet<QUuid> &visitIds); // pulled events arrived for these visits
    void referenceChanged();                         // new reference data is in the store
    void finished(bool ok);

private:
    struct PushBatch
    {
        QList<Event> events;
        QByteArray body;          // {"events":[...]}
        QSet<QUuid> startsVisits; // visits whose VisitStarted it carries
    };
    struct PushFailure
    {
        QString error, message;
        bool retry = true;
        bool revoked = false;
    };
    void pushNext();
    bool readPushBatch(PushBatch *out);
    void sendPush(PushBatch batch);
    void onPushed(const PushBatch &batch, const SyncReply &reply);
    bool confirmPushed(const PushBatch &batch, const SyncReply &reply);
    void pushFailed(PushFailure failure);
    void restartPush();
    void pullNext();
    void pullFrom(const QString &cursor);
    void onPulled(const SyncReply &reply);
    void fetchReference();
    void onReference(const SyncReply &reply);
    void succeed();
    void fail(const QString &error, const QString &message, bool retry);
    void setState(State state);

    EventStore *m_store;
    SyncClient *m_client;
    State m_state = State::Idle;
    bool m_again = false;
    bool m_autoRetry = true;
    int m_batchLimit = MaxBatchEvents;
    int m_pushDepth = PushesInFlight;
    // The push under way. Events are confirmed only by the answer to their own batch; a run ends
    // (fails, or goes on to the pull) only once every batch it sent has been answered.
    int m_pushesInFlight = 0;
    QUuid m_lastSent;                         // the newest batch in flight ends with this event
    QSet<QUuid> m_visitsStarting;             // their VisitStarted is in flight: their other events wait
    std::optional<PushBatch> m_next;          // read and built, waiting to be sent
    bool m_pushedAll = false;                 // nothing unconfirmed after m_lastSent
    bool m_pushRestart = false;               // from the oldest unconfirmed again once nothing is in flight
    std::optional<PushFailure> m_pushFailure; // the run fails with it once nothing is in flight
    bool m_cursorReset = false;               // this run already started the pull over once
    QString m_pullCursor;                     // the cursor the pull under way was asked from
    quint64 m_run = 0; // counts runs and failures: an answer to an older one is dropped
    int m_failures = 0;
    QTimer m_retry;
    QString m_lastError, m_lastMessage;
    qint64 m_eventsSent = 0, m_eventsPulled = 0, m_bytesSent = 0, m_bytesReceived = 0;
};

} // namespace feltdialog
