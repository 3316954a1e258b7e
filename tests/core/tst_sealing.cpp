#include "KeyVault.h"
#include "UnlockedStore.h"
#include "VisitGenerator.h"
#include "VisitRecorder.h"
#include "VisitState.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace feltdialog;
using testing::kTestPin;

namespace {

void rawSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
    const QString message = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &file : {path, path + "-wal"}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

VisitStart solhaven()
{
    VisitStart start;
    start.facilityId = QStringLiteral("f1");
    start.facilityName = QStringLiteral("Solhaven");
    return start;
}

// A store holding one visit with `notes` notes; returns the visit id.
QUuid writeVisit(EventStore &store, int notes, const QString &prefix = QStringLiteral("note"))
{
    VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), QStringLiteral("anna")});
    if (!recorder.resume().isOk())
        return {};
    QUuid visitId;
    if (!recorder.startVisit(solhaven(), &visitId).isOk())
        return {};
    for (int i = 0; i < notes; ++i) {
        if (!recorder.writeNote(visitId, QUuid::createUuid(), QStringLiteral("%1 %2").arg(prefix).arg(i))
                 .isOk())
            return {};
    }
    return visitId;
}

} // namespace

class TestSealing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("sealed-%1.sqlite").arg(++m_counter)); }

private slots:
    void contentIsSealedOnDiskAndOpensWithThePin()
    {
        const QString path = freshPath();
        QUuid visitId;
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
            visitId = writeVisit(store, 3, QStringLiteral("MARKØR-beboer"));
            QVERIFY(
                store.saveDraft({visitId, QUuid::createUuid(), QStringLiteral("MARKØR-kladde"), 1}).isOk());
        }
        const QByteArray disk = fileBytes(path);
        QVERIFY(!disk.isEmpty());
        QVERIFY(!disk.contains("MARKØR"));
        QVERIFY(!disk.contains("Solhaven"));

        EventStore store;
        QVERIFY(store.open(path).isOk());
        QList<Event> events;
        QCOMPARE(store.eventsOfVisit(visitId, &events).code(), Status::Locked);
        QCOMPARE(store.append(Event{}).code(), Status::Locked);
        KeyVault vault(store, KdfCost::cheapForTests());
        QVERIFY(vault.unlock(kTestPin, {}).isOk());
        QVERIFY(store.eventsOfVisit(visitId, &events).isOk());
        QCOMPARE(events.size(), 4);
        QCOMPARE(foldVisit(events).notes.size(), 3);
        QList<NoteDraft> drafts;
        QVERIFY(store.drafts(visitId, &drafts).isOk());
        QCOMPARE(drafts.first().text, QStringLiteral("MARKØR-kladde"));
        vault.lock();
        QCOMPARE(store.drafts(visitId, &drafts).code(), Status::Locked);
    }

    void aPinHasAtLeastSixDigitsAndNothingElse()
    {
        QVERIFY(KeyVault::isAcceptablePin(QStringLiteral("123456")));
        QVERIFY(KeyVault::isAcceptablePin(QStringLiteral("12345678")));
        QVERIFY(!KeyVault::isAcceptablePin(QStringLiteral("12345")));
        QVERIFY(!KeyVault::isAcceptablePin(QStringLiteral("12345a")));
        QVERIFY(
            !KeyVault::isAcceptablePin(QStringLiteral("١٢٣٤٥٦"))); // Arabic-Indic digits are not on the pad
        EventStore store;
        QVERIFY(store.open(freshPath()).isOk());
        KeyVault vault(store, KdfCost::cheapForTests());
        QCOMPARE(vault.setUp(QStringLiteral("1234"), {}).code(), Status::Invalid);
        bool has = true;
        QVERIFY(vault.hasPin(&has).isOk());
        QVERIFY(!has);
    }

    void wrongPinsAreRefusedWithAGrowingDelayThatSurvivesARestart()
    {
        const QString path = freshPath();
        qint64 now = 1'000'000;
        auto clock = [&now] { return now; };
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
        }
        EventStore store;
        QVERIFY(store.open(path).isOk());
        {
            KeyVault vault(store, KdfCost::cheapForTests(), clock);
            QCOMPARE(vault.unlock(QStringLiteral("000000"), {}).code(), Status::WrongPin);
            QCOMPARE(vault.unlock(QStringLiteral("000001"), {}).code(), Status::WrongPin);
            QCOMPARE(vault.msUntilNextTry(), 0);
            QCOMPARE(vault.unlock(QStringLiteral("000002"), {}).code(), Status::WrongPin);
            QCOMPARE(vault.msUntilNextTry(), 5'000);
            const Status wait = vault.unlock(kTestPin, {}); // even the right PIN waits
            QCOMPARE(wait.code(), Status::TryLater);
            QCOMPARE(wait.detail().toLongLong(), 5'000);
            QVERIFY(!store.isUnlocked());
            now += 5'000;
            QCOMPARE(vault.unlock(QStringLiteral("000003"), {}).code(), Status::WrongPin);
            QCOMPARE(vault.msUntilNextTry(), 10'000); // doubles
        }
        store.close();
        QVERIFY(store.open(path).isOk());
        KeyVault vault(store, KdfCost::cheapForTests(), clock); // as after a restart
        QCOMPARE(vault.failedAttempts(), 4);
        QCOMPARE(vault.unlock(kTestPin, {}).code(), Status::TryLater);
        now -= 3'600'000; // a clock set back an hour must not lock anyone out for an hour
        QVERIFY(vault.msUntilNextTry() <= 10'000);
        now += 3'600'000 + 10'000;
        QVERIFY(vault.unlock(kTestPin, {}).isOk());
        QCOMPARE(vault.failedAttempts(), 0);
    }

    void tamperedCiphertextIsReportedNeverShownAsText()
    {
        const QString path = freshPath();
        QUuid visitId;
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
            visitId = writeVisit(store, 2);
        }
        // Flip one bit in the middle of the last note's ciphertext.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt *read = nullptr;
        sqlite3_prepare_v2(db, "SELECT payload FROM events WHERE device_seq = 3", -1, &read, nullptr);
        QCOMPARE(sqlite3_step(read), SQLITE_ROW);
        QByteArray blob(static_cast<const char *>(sqlite3_column_blob(read, 0)),
                        sqlite3_column_bytes(read, 0));
        sqlite3_finalize(read);
        blob[30] = char(blob[30] ^ 0x01);
        sqlite3_stmt *write = nullptr;
        sqlite3_prepare_v2(db, "UPDATE events SET payload = ? WHERE device_seq = 3", -1, &write, nullptr);
        sqlite3_bind_blob(write, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(write), SQLITE_DONE);
        sqlite3_finalize(write);
        sqlite3_close(db);
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        QList<Event> events;
        const Status s = store.eventsOfVisit(visitId, &events);
        QCOMPARE(s.code(), Status::Tampered);
        QVERIFY(events.isEmpty());
    }

    void payloadsSwappedBetweenEventsDoNotOpen()
    {
        const QString path = freshPath();
        QUuid visitId;
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
            visitId = writeVisit(store, 2);
        }
        // Two notes of the same type, visit and key: only the event id tells them apart.
        rawSql(path, "UPDATE events SET payload = (SELECT payload FROM events WHERE device_seq = 3) "
                     "WHERE device_seq = 2");
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        QList<Event> events;
        QCOMPARE(store.eventsOfVisit(visitId, &events).code(), Status::Tampered);
        // and a plaintext row slipped in where sealed ones belong is refused too
        rawSql(path, "UPDATE events SET payload = CAST('{\"text\":\"forged\"}' AS BLOB), key_id = 0 "
                     "WHERE device_seq = 2");
        QCOMPARE(store.eventsOfVisit(visitId, &events).code(), Status::Tampered);
    }

    void aTruncatedDatabaseGivesAClearErrorNotACrash()
    {
        const QString path = freshPath();
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
            QVERIFY(!writeVisit(store, 300).isNull());
            QVERIFY(store.scrubFreedSpace().isOk()); // everything in the main file, WAL empty
        }
        for (const qint64 keep : {qint64(100), qint64(4096), qint64(4096 * 5)}) {
            const QString copy = freshPath();
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::resize(copy, keep));
            EventStore store;
            Status s = testing::openUnlocked(store, copy);
            if (s.isOk()) {
                QList<Event> events;
                s = store.eventsOfTypes({QString::fromLatin1(EventType::NoteWritten)}, &events);
            }
            if (s.isOk()) {
                QString report;
                s = store.integrityCheck(&report);
            }
            QVERIFY2(!s.isOk(), qPrintable(QStringLiteral("truncated to %1 bytes still reads").arg(keep)));
            QVERIFY2(QList<Status::Code>(
                         {Status::NotADatabase, Status::Corrupt, Status::Tampered, Status::NotFound})
                         .contains(s.code()),
                     qPrintable(s.codeName() + ": " + s.detail()));
        }
    }

    void changingThePinRewrapsTheKeyOnly()
    {
        const QString path = freshPath();
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        const QUuid visitId = writeVisit(store, 5);
        rawSql(path, "CREATE TABLE IF NOT EXISTS snapshot AS SELECT id, payload FROM events");
        KeyVault vault(store, KdfCost::cheapForTests());
        QCOMPARE(vault.changePin(QStringLiteral("999999"), QStringLiteral("135790"), {}).code(),
                 Status::WrongPin);
        QVERIFY(vault.changePin(kTestPin, QStringLiteral("135790"), {}).isOk());
        qint64 unchanged = 0;
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "SELECT count(*) FROM events JOIN snapshot USING(id, payload)", -1, &st,
                           nullptr);
        if (sqlite3_step(st) == SQLITE_ROW)
            unchanged = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        sqlite3_close(db);
        QCOMPARE(unchanged, 6); // no payload was rewritten

        vault.lock();
        QCOMPARE(vault.unlock(kTestPin, {}).code(), Status::WrongPin);
        QVERIFY(vault.unlock(QStringLiteral("135790"), {}).isOk());
        QList<Event> events;
        QVERIFY(store.eventsOfVisit(visitId, &events).isOk());
        QCOMPARE(events.size(), 6);
    }

    void aDeviceSecretIsNeededWhenTheStoreWasSealedWithOne()
    {
        const QString path = freshPath();
        const QByteArray secret(32, '\x07');
        EventStore store;
        QVERIFY(store.open(path).isOk());
        KeyVault vault(store, KdfCost::cheapForTests());
        QVERIFY(vault.setUp(kTestPin, secret).isOk());
        QVERIFY(!writeVisit(store, 1).isNull());
        vault.lock();
        QCOMPARE(vault.unlock(kTestPin, {}).code(), Status::Locked);                       // keystore gone
        QCOMPARE(vault.unlock(kTestPin, QByteArray(32, '\x08')).code(), Status::WrongPin); // another device
        QVERIFY(vault.unlock(kTestPin, secret).isOk());
    }

    void keyRotationOverTenThousandEventsKeepsEveryEventReadable()
    {
        const QString path = freshPath();
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        QList<QUuid> visits;
        for (int v = 0; v < 10; ++v) { // ten realistic visits of 1,000 events from two tablets
            QList<Event> events = testing::generateVisit(1000, quint32(v + 1));
            for (Event &e : events)
                e.deviceId += QString::number(v);
            QVERIFY(store.append(events).isOk());
            visits << events.first().visitId;
        }
        const QUuid draftVisit = visits.first();
        QVERIFY(
            store.saveDraft({draftVisit, QUuid::createUuid(), QStringLiteral("halvt skrevet"), 1}).isOk());
        QHash<QUuid, VisitState> before;
        for (const QUuid &id : visits) {
            QList<Event> events;
            QVERIFY(store.eventsOfVisit(id, &events).isOk());
            QCOMPARE(events.size(), 1000);
            before.insert(id, foldVisit(events));
        }
        const quint32 oldKey = store.sealer()->keyId();

        KeyVault vault(store, KdfCost::cheapForTests());
        const Status rotated = vault.rotateKey(kTestPin, {});
        QVERIFY2(rotated.isOk(), qPrintable(rotated.codeName() + ": " + rotated.detail()));
        QCOMPARE(store.sealer()->keyId(), oldKey + 1);
        vault.lock();
        QVERIFY(vault.unlock(kTestPin, {}).isOk());
        for (const QUuid &id : visits) {
            QList<Event> events;
            QVERIFY(store.eventsOfVisit(id, &events).isOk());
            QVERIFY(foldVisit(events) == before.value(id));
        }
        QList<NoteDraft> drafts;
        QVERIFY(store.drafts(draftVisit, &drafts).isOk());
        QCOMPARE(drafts.first().text, QStringLiteral("halvt skrevet"));
        qint64 count = 0;
        QVERIFY(store.eventCount(&count).isOk());
        QCOMPARE(count, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestSealing)
#include "tst_sealing.moc"
