// The push with two batches in flight (issue 14: batch k+1 is sent while the server stores batch
// k). A real tablet against a real feltdialog-server over TLS, on SQLite, and on PostgreSQL when
// FELTDIALOG_TEST_PG_URL names one, with FaultyProxy holding back the connection that carries the
// first batch: a batch that fails while the next one succeeds loses nothing and doubles nothing
// (the tablet sends again exactly what was not acknowledged), and a visit's events never reach the
// server before the batch that starts the visit has been answered.
#include "FaultyProxy.h"
#include "ServerFixture.h"
#include "TabletUnderTest.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace feltdialog;
using testing::FaultyProxy;
using testing::TabletUnderTest;

namespace {

// Long notes, so a few dozen of them make several batches of SyncEngine::MaxBatchBytes.
constexpr int NoteLength = 30'000;
constexpr int Notes = 100;

} // namespace

class TestPushPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString failure;
        QVERIFY2(m_server.start(&failure), qPrintable(failure));
        qInfo("store: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    }

    void aBatchThatFailsIsSentAgainAndTheOnesAfterItAreKept()
    {
        // The tablet's first connection stalls in the middle of the first batch, past the tablet's
        // patience; the batches after it go on a second connection and are stored.
        FaultyProxy proxy(m_server.port());
        auto tablet = tabletThrough(proxy, 120'000);
        QVERIFY(tablet);
        QUuid visit;
        QVERIFY(startVisit(*tablet, &visit));
        QVERIFY(tablet->sync()); // the server knows the visit: its notes may go in any batch
        QList<QUuid> written;
        QVERIFY(writeNotes(*tablet, visit, &written));
        tablet->client.setTransferTimeout(5'000);
        QVERIFY(!tablet->sync());
        QCOMPARE(tablet->engine->lastError(), QStringLiteral("OperationCanceledError"));

        // What the server holds is confirmed on the tablet; what it does not is still waiting.
        const QHash<QUuid, int> held = heldOnServer(visit);
        const qint64 waiting = tablet->pending();
        QVERIFY2(waiting > 0 && waiting < Notes, qPrintable(QString::number(waiting)));
        QCOMPARE(held.size(), 1 + Notes - waiting); // the VisitStarted and the kept batches
        QList<Event> unsent;
        QVERIFY(tablet->store.unconfirmedEvents(Notes, &unsent).isOk());
        for (const Event &e : std::as_const(unsent))
            QVERIFY2(!held.contains(e.id), "an event the server holds is still waiting on the tablet");

        // Next run, the network well: exactly the unacknowledged ones go, each is held once.
        QVERIFY(tablet->sync());
        QCOMPARE(tablet->engine->eventsSent(), waiting);
        QCOMPARE(tablet->pending(), 0);
        const QHash<QUuid, int> after = heldOnServer(visit);
        QCOMPARE(after.size(), 1 + Notes);
        for (const QUuid &id : std::as_const(written))
            QCOMPARE(after.value(id), 1);
    }

    void aVisitsEventsWaitForTheBatchThatStartsIt()
    {
        // The visit is new to the server and its VisitStarted rides in the first batch, which
        // stalls for a while: the other batches must not overtake it, or the server refuses
        // their events as belonging to a visit it does not know.
        FaultyProxy proxy(m_server.port());
        auto tablet = tabletThrough(proxy, 1'500);
        QVERIFY(tablet);
        QVERIFY(tablet->sync()); // nothing to push yet: the connection that will stall is open
        QUuid visit;
        QVERIFY(startVisit(*tablet, &visit));
        QList<QUuid> written;
        QVERIFY(writeNotes(*tablet, visit, &written));
        QVERIFY2(tablet->sync(),
                 qPrintable(tablet->engine->lastError() + u' ' + tablet->engine->lastMessage()));
        QList<QuarantinedEvent> refused;
        QVERIFY(tablet->store.quarantined(&refused).isOk());
        QCOMPARE(refused.size(), 0);
        QCOMPARE(tablet->pending(), 0);
        QCOMPARE(heldOnServer(visit).size(), 1 + Notes);
    }

    void aServerTakingOneRequestAtATimeGetsOneBatchAtATime()
    {
        // An office that set --requests-per-device 1: the second batch in flight is answered 429,
        // and the tablet goes on one batch after the other, in the same run.
        m_server.server().setRequestShares({1, 0});
        FaultyProxy proxy(m_server.port());
        auto tablet = tabletThrough(proxy, 0);
        QVERIFY(tablet);
        QVERIFY(tablet->sync());
        QUuid visit;
        QVERIFY(startVisit(*tablet, &visit));
        QVERIFY(tablet->sync());
        QList<QUuid> written;
        QVERIFY(writeNotes(*tablet, visit, &written));
        const bool ok = tablet->sync();
        m_server.server().setRequestShares({});
        QVERIFY2(ok, qPrintable(tablet->engine->lastError() + u' ' + tablet->engine->lastMessage()));
        QCOMPARE(tablet->engine->eventsSent(), Notes);
        QCOMPARE(tablet->pending(), 0);
        QCOMPARE(heldOnServer(visit).size(), 1 + Notes);
    }

private:
    // An enrolled tablet whose first connection through `proxy` stalls for `stallMs` once it has
    // carried more than a sync without notes does (so in the middle of the first batch of notes);
    // its later connections pass.
    std::unique_ptr<TabletUnderTest> tabletThrough(FaultyProxy &proxy, int stallMs)
    {
        if (!proxy.listen())
            return nullptr;
        proxy.setPlan([stallMs, first = true]() mutable {
            if (!std::exchange(first, false))
                return FaultyProxy::Fault{};
            return FaultyProxy::Fault{FaultyProxy::Fault::HoldRequest, 64 * 1024, stallMs};
        });
        auto tablet = std::make_unique<TabletUnderTest>(SyncEndpoint{
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.port())), {m_server.certificate()}});
        m_tenant = m_server.newTenant();
        m_facility = m_server.newFacility(m_tenant);
        if (!tablet->isOk() || !tablet->enroll(m_server.issueCode(m_server.newConsultant(m_tenant))).ok())
            return nullptr;
        tablet->client.setEndpoint(
            {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port())), {m_server.certificate()}});
        return tablet;
    }

    bool startVisit(TabletUnderTest &tablet, QUuid *visit)
    {
        return tablet.recorder
            ->startVisit({m_facility, QStringLiteral("Bosted"), QStringLiteral("unannounced"), {}, {}, {}},
                         visit)
            .isOk();
    }

    static bool writeNotes(TabletUnderTest &tablet, const QUuid &visit, QList<QUuid> *written)
    {
        // Letters at random, so the batches stay large after gzip as real notes do.
        QRandomGenerator rng(17);
        for (int i = 0; i < Notes; ++i) {
            QString text(NoteLength, QLatin1Char(' '));
            for (QChar &c : text)
                c = QLatin1Char(rng.bounded(6) ? char('a' + rng.bounded(26)) : ' ');
            if (!tablet.recorder->writeNote(visit, QUuid::createUuid(), text).isOk())
                return false;
        }
        // The events' ids, as the server holds them.
        QList<Event> events;
        if (!tablet.store.unconfirmedEvents(Notes + 1, &events).isOk())
            return false;
        for (const Event &e : std::as_const(events))
            if (e.type != QLatin1String(EventType::VisitStarted))
                written->append(e.id);
        return written->size() == Notes;
    }

    // The visit's events on the server by id, with how many rows each has.
    QHash<QUuid, int> heldOnServer(const QUuid &visit)
    {
        QHash<QUuid, int> held;
        QSqlQuery q = m_server.db().query();
        if (!m_server.db()
                 .exec(q, QStringLiteral("SELECT id, count(*) FROM events WHERE visit_id = ? GROUP BY id"),
                       {idString(visit)})
                 .isOk())
            return held;
        while (q.next())
            held.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toInt());
        return held;
    }

    ServerFixture m_server;
    QString m_tenant, m_facility;
};

QTEST_GUILESS_MAIN(TestPushPipeline)
#include "tst_pushpipeline.moc"
