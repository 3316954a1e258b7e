#pragma once

#include "SyncEngine.h"
#include "UnlockedStore.h"
#include "VisitRecorder.h"
#include "VisitState.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <memory>

namespace feltdialog::testing {

// One tablet as the app has it: its own sealed store, recorder, sync client and engine, talking
// to a real server over TLS. Kept small so tests read as what the consultants do.
class TabletUnderTest
{
public:
    explicit TabletUnderTest(const SyncEndpoint &endpoint)
    {
        m_path = m_dir.filePath(QStringLiteral("tablet.sqlite"));
        m_ok = openUnlocked(store, m_path).isOk();
        recorder = std::make_unique<VisitRecorder>(
            store, DeviceIdentity{VisitRecorder::ensureDeviceId(store), QStringLiteral("consultant")});
        m_ok = m_ok && recorder->resume().isOk();
        client.setEndpoint(endpoint);
        engine = std::make_unique<SyncEngine>(&store, &client);
        engine->setAutoRetry(false); // the tests decide when to try again
    }
    bool isOk() const { return m_ok; }
    // The store's file; its write-ahead log is beside it (path() + "-wal").
    QString path() const { return m_path; }
    QString deviceId() const { return recorder->identity().deviceId; }

    // Enrolls with a one-time code, as the enrollment dialog does; returns the server's answer.
    SyncReply enroll(const QString &code)
    {
        SyncReply answer;
        bool done = false;
        client.enroll(code, deviceId(), QStringLiteral("Testtablet"), [&](const SyncReply &r) {
            answer = r;
            done = true;
        });
        QDeadlineTimer deadline(20'000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (answer.ok()) {
            client.setToken(answer.body.value(QLatin1String("token")).toString().toUtf8());
            recorder->setAuthorId(answer.body.value(QLatin1String("consultantId")).toString());
        }
        return answer;
    }

    // One sync run to its end; true when it succeeded.
    bool sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        engine->syncNow();
        if (!finished.wait(30'000))
            return false;
        recorder->resume(); // as the app does after a pull: the clock moves past what arrived
        return finished.first().first().toBool();
    }

    VisitState visit(const QUuid &id)
    {
        QList<Event> events;
        store.eventsOfVisit(id, &events);
        return foldVisit(events);
    }
    qint64 pending()
    {
        qint64 n = -1;
        store.pendingCount(&n);
        return n;
    }

    EventStore store;
    std::unique_ptr<VisitRecorder> recorder;
    SyncClient client;
    std::unique_ptr<SyncEngine> engine;

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_ok = false;
};

} // namespace feltdialog::testing
