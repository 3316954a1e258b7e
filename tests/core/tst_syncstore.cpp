// The event log's sync bookkeeping (core/EventStoreSync.cpp): what waits for the server, what it
// confirmed or refused, events arriving from it, and the sealed device token. Also the gzip used
// for request bodies, including a body that would inflate past the limit.
#include "Gzip.h"
#include "KeyVault.h"
#include "Retention.h"
#include "UnlockedStore.h"
#include "VisitRecorder.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace feltdialog;
using testing::kTestPin;

class TestSyncStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
        m_store = std::make_unique<EventStore>();
        QVERIFY(testing::openUnlocked(*m_store, m_path).isOk());
        m_recorder = std::make_unique<VisitRecorder>(
            *m_store, DeviceIdentity{VisitRecorder::ensureDeviceId(*m_store), QStringLiteral("anna")});
        QVERIFY(m_recorder->resume().isOk());
        VisitStart start;
        start.facilityId = QStringLiteral("f1");
        start.facilityName = QStringLiteral("Solhaven");
        QVERIFY(m_recorder->startVisit(start, &m_visit).isOk());
        for (int i = 0; i < 9; ++i)
            QVERIFY(
                m_recorder->writeNote(m_visit, QUuid::createUuid(), QStringLiteral("note %1").arg(i)).isOk());
    }

    void cleanup()
    {
        m_recorder.reset();
        m_store.reset();
        m_dir.reset();
    }

    void newEventsWaitUntilConfirmed()
    {
        qint64 pending = 0;
        QVERIFY(m_store->pendingCount(&pending).isOk());
        QCOMPARE(pending, 10);
        QList<Event> batch;
        QVERIFY(m_store->unconfirmedEvents(4, &batch).isOk());
        QCOMPARE(batch.size(), 4);
        QCOMPARE(batch.first().type, QStringLiteral("VisitStarted")); // oldest first
        QList<QUuid> ids;
        for (const Event &e : batch)
            ids << e.id;
        QVERIFY(m_store->markConfirmed(ids).isOk());
        QVERIFY(m_store->markConfirmed(ids).isOk()); // a repeated answer changes nothing
        QVERIFY(m_store->pendingCount(&pending).isOk());
        QCOMPARE(pending, 6);
        QVERIFY(m_store->unconfirmedEvents(100, &batch).isOk());
        QCOMPARE(batch.size(), 6);
        for (const Event &e : batch)
            QVERIFY(!ids.contains(e.id));
        // Confirmed events are still there: confirming never removes anything.
        qint64 count = 0;
        QVERIFY(m_store->eventCount(&count).isOk());
        QCOMPARE(count, 10);
    }

    void aRefusedEventIsKeptAndSetAside()
    {
        QList<Event> batch;
        QVERIFY(m_store->unconfirmedEvents(100, &batch).isOk());
        const Event refused = batch.at(3);
        QVERIFY(m_store->quarantine(refused.id, QStringLiteral("visit_not_assigned"), QStringLiteral("no"))
                    .isOk());
        QVERIFY(m_store->unconfirmedEvents(100, &batch).isOk());
        QCOMPARE(batch.size(), 9);
        QList<QuarantinedEvent> set;
        QVERIFY(m_store->quarantined(&set).isOk());
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.first().eventId, refused.id);
        QCOMPARE(set.first().error, QStringLiteral("visit_not_assigned"));
        QCOMPARE(set.first().type, refused.type);
        QList<Event> all;
        QVERIFY(m_store->eventsOfVisit(m_visit, &all).isOk());
        QCOMPARE(all.size(), 10);
    }

    void pulledEventsAreStoredConfirmedWithTheirCursor()
    {
        // A colleague's event, and one of our own coming back from the server.
        QList<Event> own;
        QVERIFY(m_store->unconfirmedEvents(1, &own).isOk());
        Event colleague = own.first();
        colleague.id = QUuid::createUuid();
        colleague.deviceId = QStringLiteral("other-tablet");
        colleague.deviceSeq = 1;
        colleague.authorId = QStringLiteral("bo");
        colleague.type = QStringLiteral("NoteWritten");
        colleague.payload = QJsonObject{{"noteId", idString(QUuid::createUuid())}, {"text", "Bos note, æøå"}};
        QVERIFY(m_store->storePulled({colleague, own.first()}, QStringLiteral("cursor"), QStringLiteral("42"))
                    .isOk());
        QVERIFY(m_store->storePulled({colleague}, QStringLiteral("cursor"), QStringLiteral("43"))
                    .isOk()); // again
        QString cursor;
        QVERIFY(m_store->metaValue(QStringLiteral("cursor"), &cursor).isOk());
        QCOMPARE(cursor, QStringLiteral("43"));
        QList<Event> all;
        QVERIFY(m_store->eventsOfVisit(m_visit, &all).isOk());
        QCOMPARE(all.size(), 11); // once, however often it arrives
        qint64 pending = 0;
        QVERIFY(m_store->pendingCount(&pending).isOk());
        QCOMPARE(pending, 9); // the colleague's is not ours to send; our own came back confirmed
        QVERIFY(std::any_of(all.begin(), all.end(), [&](const Event &e) {
            return e.id == colleague.id && e.payload == colleague.payload;
        }));
    }

    // A colleague closing the visit on their tablet closes it here too, drafts and all: text left
    // in a field would otherwise keep the closed visit on the tablet.
    void aVisitClosedBySyncTakesItsFieldDraftsWithIt()
    {
        QVERIFY(m_store->saveFieldDraft({m_visit, QStringLiteral("checkin/p1/hopes"), "halvt skrevet", 4, 1})
                    .isOk());
        const QUuid otherVisit = QUuid::createUuid();
        QVERIFY(m_store->saveFieldDraft({otherVisit, QStringLiteral("checkin/p2/hopes"), "en anden", 0, 2})
                    .isOk());
        QList<Event> own;
        QVERIFY(m_store->unconfirmedEvents(1, &own).isOk());
        Event closed = own.first();
        closed.id = QUuid::createUuid();
        closed.deviceId = QStringLiteral("other-tablet");
        closed.deviceSeq = 1;
        closed.authorId = QStringLiteral("bo");
        closed.type = QString::fromLatin1(EventType::VisitClosed);
        closed.payload = {};
        QVERIFY(m_store->storePulled({closed}, QStringLiteral("cursor"), QStringLiteral("1")).isOk());
        QList<FieldDraft> drafts;
        QVERIFY(m_store->fieldDrafts(m_visit, &drafts).isOk());
        QVERIFY(drafts.isEmpty());
        QVERIFY(m_store->fieldDrafts(otherVisit, &drafts).isOk());
        QCOMPARE(drafts.size(), 1);
    }

    void aForgedCopyRollsTheWholePullBack()
    {
        QList<Event> own;
        QVERIFY(m_store->unconfirmedEvents(2, &own).isOk());
        Event forged = own.at(1);
        forged.id = QUuid::createUuid(); // same device and sequence number, different event
        Event fine = own.at(0);
        fine.id = QUuid::createUuid();
        fine.deviceId = QStringLiteral("other-tablet");
        const Status s = m_store->storePulled({fine, forged}, QStringLiteral("cursor"), QStringLiteral("7"));
        QVERIFY(!s.isOk());
        QString cursor;
        m_store->metaValue(QStringLiteral("cursor"), &cursor);
        QVERIFY(cursor.isEmpty()); // nothing of it stored, the cursor did not move
        QList<Event> all;
        QVERIFY(m_store->eventsOfVisit(m_visit, &all).isOk());
        QCOMPARE(all.size(), 10);
    }

    void theTokenIsSealedAndFollowsAPinChange()
    {
        const QByteArray token = "fd1.device-token-abcdef0123456789";
        QVERIFY(m_store->setSecret(QStringLiteral("sync_token"), token).isOk());
        QByteArray read;
        QVERIFY(m_store->secret(QStringLiteral("sync_token"), &read).isOk());
        QCOMPARE(read, token);
        QCOMPARE(m_store->secret(QStringLiteral("absent"), &read).code(), Status::NotFound);

        KeyVault vault(*m_store, KdfCost::cheapForTests());
        QVERIFY(vault.changePin(kTestPin, QStringLiteral("975310"), {}).isOk());
        QVERIFY(m_store->secret(QStringLiteral("sync_token"), &read).isOk());
        QCOMPARE(read, token);
        m_store->setSealer(nullptr);
        QCOMPARE(m_store->secret(QStringLiteral("sync_token"), &read).code(), Status::Locked);
        m_store.reset();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("device-token")); // never in clear on disk
    }

    void gzipRoundTripAndBomb()
    {
        const QByteArray text =
            QStringLiteral("Beboerne ser ikke ledelsen om aftenen. æøå ").repeated(500).toUtf8();
        const QByteArray packed = gzipCompress(text);
        QVERIFY(packed.size() < text.size() / 10);
        QCOMPARE(packed.left(2), QByteArray("\x1f\x8b")); // gzip, not zlib
        QByteArray out;
        QVERIFY(gzipDecompress(packed, text.size(), &out));
        QCOMPARE(out, text);
        QVERIFY(!gzipDecompress(packed, text.size() - 1, &out)); // one byte over the limit
        const QByteArray bomb = gzipCompress(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 100 * 1024);
        QVERIFY(!gzipDecompress(bomb, 16 * 1024 * 1024, &out));
        QVERIFY(!gzipDecompress("not gzip at all", 1024, &out));
        QVERIFY(!gzipDecompress(packed.left(packed.size() / 2), text.size(), &out)); // cut mid-body
    }

    void closedConfirmedVisitsLeaveAfterTheirTime()
    {
        RetentionPolicy policy; // 30 days
        QList<RetentionEntry> schedule;
        QVERIFY(retentionSchedule(*m_store, policy, &schedule).isOk());
        QVERIFY(schedule.isEmpty()); // open, and nothing confirmed
        QVERIFY(m_recorder->closeVisit(m_visit).isOk());
        QVERIFY(retentionSchedule(*m_store, policy, &schedule).isOk());
        QVERIFY(schedule.isEmpty()); // closed, but the server has none of it yet
        confirmAll();
        QVERIFY(retentionSchedule(*m_store, policy, &schedule).isOk());
        QCOMPARE(schedule.size(), 1);
        const qint64 closedAt = m_recorder->lastEvent().wallTimeMs;
        QCOMPARE(schedule.first().removeAtMs, closedAt + 30LL * 24 * 3600 * 1000);

        QList<QUuid> removed;
        QVERIFY(applyRetention(*m_store, policy, closedAt + 29LL * 24 * 3600 * 1000, &removed).isOk());
        QVERIFY(removed.isEmpty());
        QVERIFY(applyRetention(*m_store, policy, closedAt + 31LL * 24 * 3600 * 1000, &removed).isOk());
        QCOMPARE(removed, QList<QUuid>{m_visit});
        QList<Event> left;
        QVERIFY(m_store->eventsOfVisit(m_visit, &left).isOk());
        QVERIFY(left.isEmpty());

        // A colleague's late event for it is not pulled back into a fragment of a visit.
        Event late = m_recorder->lastEvent();
        late.id = QUuid::createUuid();
        late.deviceId = QStringLiteral("other-tablet");
        QVERIFY(m_store->storePulled({late}, QStringLiteral("cursor"), QStringLiteral("9")).isOk());
        QVERIFY(m_store->eventsOfVisit(m_visit, &left).isOk());
        QVERIFY(left.isEmpty());
    }

    void anythingUnsentKeepsTheVisit()
    {
        QVERIFY(m_recorder->closeVisit(m_visit).isOk());
        confirmAll();
        // A late note written after the confirmation, a refused event, a draft: each keeps it.
        QVERIFY(m_recorder->writeNote(m_visit, QUuid::createUuid(), QStringLiteral("efterskrift")).isOk());
        const qint64 farFuture = QDateTime::currentMSecsSinceEpoch() + 400LL * 24 * 3600 * 1000;
        QList<QUuid> removed;
        QVERIFY(applyRetention(*m_store, {}, farFuture, &removed).isOk());
        QVERIFY(removed.isEmpty());
        confirmAll();
        QList<Event> events;
        QVERIFY(m_store->eventsOfVisit(m_visit, &events).isOk());
        QVERIFY(m_store->quarantine(events.at(2).id, QStringLiteral("invalid_event"), {}).isOk());
        QVERIFY(applyRetention(*m_store, {}, farFuture, &removed).isOk());
        QVERIFY(removed.isEmpty());
        QList<Event> kept; // eventsOfVisit appends
        QVERIFY(m_store->eventsOfVisit(m_visit, &kept).isOk());
        QCOMPARE(kept.size(), 12);
    }

private:
    void confirmAll()
    {
        QList<Event> all;
        QVERIFY(m_store->unconfirmedEvents(1000, &all).isOk());
        QList<QUuid> ids;
        for (const Event &e : all)
            ids << e.id;
        QVERIFY(m_store->markConfirmed(ids).isOk());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<VisitRecorder> m_recorder;
    QUuid m_visit;
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
