#include "SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace feltdialog {

SyncEngine::SyncEngine(EventStore *store, SyncClient *client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
}

int SyncEngine::backoffMs(int failures)
{
    return int(std::min<qint64>(2000LL << std::min(failures - 1, 16), 5 * 60 * 1000));
}

void SyncEngine::syncNow()
{
    if (m_state == State::Running) {
        m_again = true;
        return;
    }
    m_retry.stop();
    ++m_run;
    m_eventsSent = m_eventsPulled = m_bytesSent = m_bytesReceived = 0;
    m_cursorReset = false;
    setState(State::Running);
    pushNext();
}

void SyncEngine::restartPush()
{
    m_lastSent = {};
    m_next.reset();
    m_pushedAll = false;
    m_pushRestart = false;
}

void SyncEngine::pushNext()
{
    while (!m_pushFailure && !m_pushRestart && m_pushesInFlight < m_pushDepth) {
        if (!m_next) {
            if (m_pushedAll)
                break;
            PushBatch batch;
            if (!readPushBatch(&batch))
                break;
            if (batch.events.isEmpty()) {
                m_pushedAll = true;
                break;
            }
            m_next = std::move(batch);
        }
        // The server refuses the events of a visit it does not know yet, so a visit's events
        // wait until the batch with its VisitStarted has been answered.
        bool waits = false;
        for (const Event &e : std::as_const(m_next->events))
            waits = waits || m_visitsStarting.contains(e.visitId);
        if (waits)
            break;
        sendPush(std::move(*m_next));
        m_next.reset();
    }
    if (m_pushesInFlight > 0)
        return; // an answer calls again
    if (m_pushFailure) {
        const PushFailure failure = *std::exchange(m_pushFailure, std::nullopt);
        restartPush();
        fail(failure.error, failure.message, failure.retry);
        if (failure.revoked)
            setState(State::Revoked);
    } else if (m_pushRestart) {
        restartPush();
        pushNext();
    } else if (m_pushedAll) {
        restartPush();
        pullNext();
    }
}

// The next batch after the ones in flight; false (and the push failing) if the store cannot say.
bool SyncEngine::readPushBatch(PushBatch *out)
{
    QList<Event> events;
    if (Status s = m_store->unconfirmedEvents(m_batchLimit, &events, m_lastSent); !s.isOk()) {
        pushFailed({QStringLiteral("store"), s.detail(), false});
        return false;
    }
    // Each event is serialised once, and the body joined from those bytes: the same compact JSON
    // as a QJsonDocument of the whole, without building and serialising it a second time.
    QByteArray body = QByteArrayLiteral("{\"events\":[");
    qsizetype taken = 0;
    for (const Event &e : std::as_const(events)) {
        const QByteArray json = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
        if (taken > 0 && body.size() + json.size() + 1 > MaxBatchBytes)
            break;
        if (taken > 0)
            body += ',';
        body += json;
        if (e.type == QLatin1String(EventType::VisitStarted))
            out->startsVisits.insert(e.visitId);
        ++taken;
    }
    body += "]}";
    events.resize(taken);
    out->events = std::move(events);
    out->body = std::move(body);
    return true;
}

void SyncEngine::sendPush(PushBatch batch)
{
    ++m_pushesInFlight;
    m_lastSent = batch.events.constLast().id;
    m_visitsStarting.unite(batch.startsVisits);
    const QByteArray body = std::exchange(batch.body, {});
    m_client->push(body,
                   [this, batch = std::move(batch)](const SyncReply &reply) { onPushed(batch, reply); });
}

void SyncEngine::pushFailed(PushFailure failure)
{
    // The first failure is the one reported; being revoked outweighs any.
    if (!m_pushFailure || failure.revoked)
        m_pushFailure = std::move(failure);
}

void SyncEngine::onPushed(const PushBatch &batch, const SyncReply &reply)
{
    --m_pushesInFlight;
    m_visitsStarting.subtract(batch.startsVisits);
    m_bytesSent += reply.bytesSent;
    m_bytesReceived += reply.bytesReceived;
    if (reply.httpStatus == 401) {
        pushFailed({reply.error, reply.message, false, true});
    } else if (reply.httpStatus == 413 && m_batchLimit > 1) {
        // body_too_large or too_many_events: smaller batches until they fit.
        m_batchLimit = std::max(1, int(batch.events.size() / 2));
        m_pushRestart = true;
    } else if (reply.httpStatus == 429 && m_pushDepth > 1) {
        // This server takes one request of a device at a time: one batch after the other.
        m_pushDepth = 1;
        m_pushRestart = true;
    } else if (!reply.ok()) {
        pushFailed({reply.error, reply.message, true});
    } else {
        // Even when another batch of this run has failed: what the server holds is confirmed,
        // so the next run sends only what was not acknowledged.
        confirmPushed(batch, reply);
    }
    pushNext();
}

bool SyncEngine::confirmPushed(const PushBatch &batch, const SyncReply &reply)
{
    QSet<QUuid> inBatch;
    for (const Event &e : batch.events)
        inBatch.insert(e.id);
    QList<QUuid> stored;
    for (const QJsonValue &id : reply.body.value(QLatin1String("stored")).toArray()) {
        const QUuid uuid = QUuid::fromString(id.toString());
        if (inBatch.remove(uuid)) // only what was sent can be confirmed
            stored.append(uuid);
    }
    for (const QJsonValue &value : reply.body.value(QLatin1String("rejected")).toArray()) {
        const QJsonObject r = value.toObject();
        const QUuid uuid = QUuid::fromString(r.value(QLatin1String("id")).toString());
        if (!inBatch.remove(uuid))
            continue;
        if (Status s = m_store->quarantine(uuid, r.value(QLatin1String("error")).toString(),
                                           r.value(QLatin1String("message")).toString());
            !s.isOk()) {
            pushFailed({QStringLiteral("store"), s.detail(), false});
            return false;
        }
    }
    if (Status s = m_store->markConfirmed(stored); !s.isOk()) {
        pushFailed({QStringLiteral("store"), s.detail(), false});
        return false;
    }
    m_eventsSent += stored.size();
    emit progress();
    if (!inBatch.isEmpty()) {
        // The server answered for some events but not others: they stay unconfirmed and are
        // sent again on the next run rather than in a loop now.
        pushFailed({QStringLiteral("incomplete_answer"),
                    QStringLiteral("%1 event(s) neither stored nor rejected").arg(inBatch.size()), true});
        return false;
    }
    return true;
}

void SyncEngine::pullNext()
{
    QString cursor;
    if (Status s = m_store->metaValue(CursorKey, &cursor); !s.isOk() && s.code() != Status::NotFound) {
        fail(QStringLiteral("store"), s.detail(), false);
        return;
    }
    pullFrom(cursor);
}

void SyncEngine::pullFrom(const QString &cursor)
{
    m_pullCursor = cursor;
    // An answer to a run that has since failed (or been restarted) is dropped: its page was not
    // stored, so the store's cursor still points before it.
    m_client->pull(cursor, PullLimit, [this, run = m_run](const SyncReply &reply) {
        if (run == m_run)
            onPulled(reply);
    });
}

void SyncEngine::onPulled(const SyncReply &reply)
{
    m_bytesReceived += reply.bytesReceived;
    if (reply.httpStatus == 401) {
        fail(reply.error, reply.message, false);
        setState(State::Revoked);
        return;
    }
    if (reply.httpStatus == 400 && reply.error == QLatin1String("malformed") && !m_cursorReset) {
        // The server does not know the cursor (the tablet was enrolled again for another
        // consultant, or the office's store was restored): pull from the start once; what the
        // tablet holds already is skipped by id.
        m_cursorReset = true;
        if (Status s = m_store->setMetaValue(CursorKey, QString()); !s.isOk()) {
            fail(QStringLiteral("store"), s.detail(), false);
            return;
        }
        pullNext();
        return;
    }
    if (!reply.ok()) {
        fail(reply.error, reply.message, true);
        return;
    }
    QList<Event> events;
    QSet<QUuid> visits;
    for (const QJsonValue &value : reply.body.value(QLatin1String("events")).toArray()) {
        Event e = Event::fromJson(value.toObject());
        if (e.id.isNull() || e.visitId.isNull() || e.type.isEmpty() || e.deviceId.isEmpty()) {
            fail(QStringLiteral("malformed_pull"),
                 QStringLiteral("the server sent an event without identity"), true);
            return;
        }
        visits.insert(e.visitId);
        events.append(std::move(e));
    }
    const QString cursor = reply.body.value(QLatin1String("cursor")).toString();
    // Nothing new (the usual re-sync): no transaction, so no fsync'ed commit for a no-op.
    const bool nothingNew = events.isEmpty() && cursor == m_pullCursor;
    const bool more = reply.body.value(QLatin1String("more")).toBool() && !events.isEmpty();
    // The next page is asked for before this one is stored, so the server reads it while the
    // tablet stores; pages are still stored one after the other, in order, and the store's
    // cursor moves only with a stored page.
    if (more)
        pullFrom(cursor);
    if (Status s = nothingNew ? Status::ok() : m_store->storePulled(events, CursorKey, cursor); !s.isOk()) {
        fail(QStringLiteral("store"), s.detail(), false);
        return;
    }
    m_eventsPulled += events.size();
    emit progress();
    if (!visits.isEmpty())
        emit visitsChanged(visits);
    if (!more)
        fetchReference();
}

void SyncEngine::fetchReference()
{
    QString version;
    m_store->metaValue(ReferenceVersionKey, &version);
    m_client->reference(version, [this](const SyncReply &reply) { onReference(reply); });
}

void SyncEngine::onReference(const SyncReply &reply)
{
    m_bytesReceived += reply.bytesReceived;
    if (reply.httpStatus == 401) {
        fail(reply.error, reply.message, false);
        setState(State::Revoked);
        return;
    }
    if (reply.reached && reply.httpStatus == 304) { // unchanged since the last run
        succeed();
        return;
    }
    if (!reply.ok() || !reply.body.value(QLatin1String("facilities")).isArray()) {
        fail(reply.ok() ? QStringLiteral("malformed_reference") : reply.error, reply.message, true);
        return;
    }
    const QByteArray json = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    Status s = m_store->setSecret(ReferenceSecret, json);
    if (s.isOk())
        s = m_store->setMetaValue(ReferenceVersionKey, reply.etag);
    if (!s.isOk()) {
        fail(QStringLiteral("store"), s.detail(), false);
        return;
    }
    emit referenceChanged();
    succeed();
}

void SyncEngine::succeed()
{
    m_failures = 0;
    m_batchLimit = MaxBatchEvents;
    m_pushDepth = PushesInFlight;
    m_lastError.clear();
    m_lastMessage.clear();
    setState(State::Idle);
    emit finished(true);
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

void SyncEngine::fail(const QString &error, const QString &message, bool retry)
{
    m_lastError = error;
    m_lastMessage = message;
    ++m_run; // a page still on its way belongs to the failed run
    ++m_failures;
    m_again = false;
    setState(State::Failed);
    emit finished(false);
    if (retry && m_autoRetry)
        m_retry.start(backoffMs(m_failures));
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

} // namespace feltdialog
