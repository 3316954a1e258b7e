#include "EventStore.h"
#include "UnlockedStore.h"
#include "VisitRecorder.h"
#include "VisitState.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace feltdialog;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString message = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}
bool fileContains(const QString &path, const QByteArray &marker)
{
    for (const QString &file : {path, path + "-wal"}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker))
            return true;
    }
    return false;
}
VisitStart solhaven()
{
    VisitStart start;
    start.facilityId = QStringLiteral("f1");
    start.facilityName = QStringLiteral("Solhaven");
    return start;
}
} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter)); }

private slots:
    void aNoteIsThereAfterReopening()
    {
        const QString path = freshPath();
        QUuid visitId, noteId = QUuid::createUuid();
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
            VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), "anna"});
            QVERIFY(recorder.resume().isOk());
            QVERIFY(recorder.startVisit(solhaven(), &visitId).isOk());
            QVERIFY(
                recorder.writeNote(visitId, noteId, QStringLiteral("Lederen: supervision hver måned. ÆØÅ"))
                    .isOk());
        }
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        QList<Event> events;
        QVERIFY(store.eventsOfVisit(visitId, &events).isOk());
        QCOMPARE(events.size(), 2);
        const VisitState state = foldVisit(events);
        QCOMPARE(state.notes.first().current().text, QStringLiteral("Lederen: supervision hver måned. ÆØÅ"));
    }

    void sequenceAndClockResumeAfterRestart()
    {
        const QString path = freshPath();
        QString deviceId;
        Event last;
        QUuid visitId;
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
            deviceId = VisitRecorder::ensureDeviceId(store);
            VisitRecorder recorder(store, {deviceId, "anna"}, [] { return qint64(5000); });
            QVERIFY(recorder.resume().isOk());
            QVERIFY(recorder.startVisit(solhaven(), &visitId).isOk());
            QVERIFY(recorder.writeNote(visitId, QUuid::createUuid(), "a").isOk());
            last = recorder.lastEvent();
        }
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        QCOMPARE(VisitRecorder::ensureDeviceId(store), deviceId); // the device keeps its identity
        // The wall clock is now behind the stored events: order must still hold.
        VisitRecorder recorder(store, {deviceId, "anna"}, [] { return qint64(1000); });
        QVERIFY(recorder.resume().isOk());
        QVERIFY(recorder.writeNote(visitId, QUuid::createUuid(), "b").isOk());
        QCOMPARE(recorder.lastEvent().deviceSeq, last.deviceSeq + 1);
        QVERIFY(last.hlc < recorder.lastEvent().hlc);
    }

    void migratesStepwiseFromEveryEarlierVersion()
    {
        for (int from = 0; from < EventStore::SchemaVersion; ++from) {
            const QString path = freshPath();
            const QUuid visitId = QUuid::createUuid();
            {
                EventStore store;
                QVERIFY(store.open(path, from).isOk());
                QCOMPARE(store.schemaVersion(), from);
            }
            if (from >= 1) // an event as versions 1 and 2 wrote it: payload in plain JSON
                rawSql(path,
                       QStringLiteral("INSERT INTO events(id, visit_id, author_id, device_id, device_seq, "
                                      "hlc, wall_time, type, schema_version, payload) VALUES('%1', '%2', "
                                      "'anna', 'dev', 1, 1, 1, 'VisitStarted', 1, "
                                      "CAST('{\"facilityName\":\"Solhaven\"}' AS BLOB))")
                           .arg(idString(QUuid::createUuid()), idString(visitId))
                           .toUtf8()
                           .constData());
            EventStore store;
            const Status s = testing::openUnlocked(store, path); // the first PIN set-up seals old rows
            QVERIFY2(s.isOk(), qPrintable(s.detail()));
            QCOMPARE(store.schemaVersion(), EventStore::SchemaVersion);
            if (from >= 1) {
                QList<Event> events;
                QVERIFY(store.eventsOfVisit(visitId, &events).isOk());
                QCOMPARE(events.size(), 1); // data written at the old version survives
                QCOMPARE(events.first().payload.value("facilityName").toString(), QStringLiteral("Solhaven"));
                QVERIFY(!fileContains(path, "Solhaven"));
            }
            QVERIFY(store.saveDraft({QUuid::createUuid(), QUuid::createUuid(), "kladde", 1}).isOk());
            QVERIFY(store.saveFieldDraft({QUuid::createUuid(), "checkin/p/hopes", "håb", 3, 1}).isOk());
        }
    }

    void aStoreFromANewerAppIsRefusedAndLeftAlone()
    {
        const QString path = freshPath();
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
        }
        rawSql(path, "PRAGMA user_version=99");
        const QByteArray before = fileHash(path);
        EventStore store;
        QCOMPARE(store.open(path).code(), Status::TooNew);
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void anotherProgramsDatabaseIsRefusedAndLeftAlone()
    {
        const QString path = freshPath();
        rawSql(path, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES('x');");
        const QByteArray before = fileHash(path);
        EventStore store;
        const Status s = store.open(path);
        QCOMPARE(s.code(), Status::ForeignDatabase);
        QVERIFY(s.detail().contains(path));
        QCOMPARE(fileHash(path), before);
    }

    void aGarbageFileIsNamedAndMovedAsideNeverDeleted()
    {
        const QString path = freshPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const QByteArray before = fileHash(path);
        EventStore store;
        const Status s = store.open(path);
        QCOMPARE(s.code(), Status::NotADatabase);
        QVERIFY(s.detail().contains(path));
        QString movedTo;
        QVERIFY(EventStore::moveAside(path, &movedTo).isOk());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(fileHash(movedTo), before);
        QVERIFY(testing::openUnlocked(store, path).isOk()); // a fresh store in its place
    }

    void aDamagedPageIsReportedNotSwallowed()
    {
        const QString path = freshPath();
        QUuid visitId;
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
            VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), "anna"});
            QVERIFY(recorder.startVisit(solhaven(), &visitId).isOk());
            for (int i = 0; i < 200; ++i)
                QVERIFY(recorder.writeNote(visitId, QUuid::createUuid(), QString(500, QChar('n'))).isOk());
        }
        rawSql(path, "PRAGMA wal_checkpoint(TRUNCATE)");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096 * 3);
            f.write(QByteArray(4096 * 4, '\xff'));
        }
        EventStore store;
        Status s = testing::openUnlocked(store, path);
        if (s.isOk()) {
            QList<Event> events;
            s = store.eventsOfVisit(visitId, &events);
            if (s.isOk()) {
                QString report;
                s = store.integrityCheck(&report);
            }
        }
        QVERIFY2(s.code() == Status::Corrupt || s.code() == Status::NotADatabase, qPrintable(s.detail()));
    }

    void aFullDiskRefusesTheWriteAndHarmsNothingSaved()
    {
        const QString path = freshPath();
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), "anna"});
        QUuid visitId;
        QVERIFY(recorder.startVisit(solhaven(), &visitId).isOk());
        for (int i = 0; i < 20; ++i)
            QVERIFY(
                recorder.writeNote(visitId, QUuid::createUuid(), QStringLiteral("gemt %1").arg(i)).isOk());
        qint64 pages = 0;
        QVERIFY(store.eventCount(&pages).isOk());
        QVERIFY(store.limitPageCount(1).isOk()); // clamps to the current size: no room to grow

        const QString big(20000, QChar(u'æ'));
        const Status full = recorder.writeNote(visitId, QUuid::createUuid(), big);
        QCOMPARE(full.code(), Status::DiskFull);
        QCOMPARE(store.saveDraft({visitId, QUuid::createUuid(), big, 1}).code(), Status::DiskFull);

        QList<Event> events;
        QVERIFY(store.eventsOfVisit(visitId, &events).isOk());
        QCOMPARE(events.size(), 21);
        QString report;
        QVERIFY2(store.integrityCheck(&report).isOk(), qPrintable(report));

        QVERIFY(store.limitPageCount(1'000'000).isOk()); // space is back
        QVERIFY(recorder.writeNote(visitId, QUuid::createUuid(), big).isOk());
        events.clear();
        QVERIFY(store.eventsOfVisit(visitId, &events).isOk());
        QCOMPARE(events.size(), 22);
        QCOMPARE(foldVisit(events).notes.size(), 21);
    }

    void oneActionIsOneTransaction()
    {
        const QString path = freshPath();
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), "anna"});
        QUuid visitId;
        QVERIFY(recorder.startVisit(solhaven(), &visitId).isOk());
        Event fresh = recorder.lastEvent();
        fresh.id = QUuid::createUuid();
        fresh.deviceSeq += 100;
        const Event duplicate = recorder.lastEvent(); // same id: refused
        QCOMPARE(store.append({fresh, duplicate}).code(), Status::Invalid);
        QList<Event> events;
        QVERIFY(store.eventsOfVisit(visitId, &events).isOk());
        QCOMPARE(events.size(), 1); // the fresh event was rolled back with the duplicate
    }

    // The tags chosen for a note being written are kept, sealed, with its words (a crash once
    // brought the words back untagged); a draft from before that says it holds none.
    void aNoteDraftKeepsItsTagsSealedAndAnOlderOneSaysItHasNone()
    {
        const QString path = freshPath();
        const QUuid visitId = QUuid::createUuid();
        const QUuid olderNote = QUuid::createUuid();
        {
            EventStore store;
            QVERIFY(store.open(path, 2).isOk()); // drafts as version 2 wrote them: text only, unsealed
        }
        rawSql(path, QStringLiteral("INSERT INTO note_drafts(visit_id, note_id, text, updated_wall) "
                                    "VALUES('%1', '%2', CAST('gammel kladde' AS BLOB), 1)")
                         .arg(idString(visitId), idString(olderNote))
                         .toUtf8()
                         .constData());
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        const QUuid noteId = QUuid::createUuid();
        const QJsonObject tags{{"indicatorId", "MARKØR-8.b"}, {"sourceRole", "leader"}};
        QVERIFY(store.saveDraft({visitId, noteId, "Lederen fortæller", 2, tags}).isOk());

        QList<NoteDraft> drafts;
        QVERIFY(store.drafts(visitId, &drafts).isOk());
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).noteId, olderNote);
        QCOMPARE(drafts.at(0).text, QStringLiteral("gammel kladde"));
        QVERIFY(!drafts.at(0).tagsKept);
        QCOMPARE(drafts.at(1).text, QStringLiteral("Lederen fortæller"));
        QCOMPARE(drafts.at(1).tags, tags);
        QVERIFY(drafts.at(1).tagsKept);
        store.close();
        QVERIFY(!fileContains(path, "MARKØR"));
    }

    void finishingADraftRemovesItInTheSameTransaction()
    {
        const QString path = freshPath();
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), "anna"});
        QUuid visitId;
        QVERIFY(recorder.startVisit(solhaven(), &visitId).isOk());
        const QUuid noteId = QUuid::createUuid();
        QVERIFY(store.saveDraft({visitId, noteId, "halv", 1}).isOk());
        QVERIFY(store.saveDraft({visitId, noteId, "halvfærdig", 2}).isOk());
        QList<NoteDraft> drafts;
        QVERIFY(store.drafts(visitId, &drafts).isOk());
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().text, QStringLiteral("halvfærdig"));

        const NoteDraft finished{visitId, noteId, "halvfærdig", 0};
        QVERIFY(recorder.writeNote(visitId, noteId, "halvfærdig", &finished).isOk());
        drafts.clear();
        QVERIFY(store.drafts(visitId, &drafts).isOk());
        QVERIFY(drafts.isEmpty());
    }

    // A check-in hope being typed is kept sealed, comes back after a restart where it was, and goes
    // when the event recording it is written; another field's draft is left alone.
    void aFieldDraftIsSealedRestoredAndSettledWithItsEvent()
    {
        const QString path = freshPath();
        const QString hopes = QStringLiteral("checkin/p1/hopes");
        const QString ownWords = QStringLiteral("wrapup/pt1/ownWords");
        QUuid visitId;
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
            VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), "anna"});
            QVERIFY(recorder.startVisit(solhaven(), &visitId).isOk());
            QVERIFY(store.saveFieldDraft({visitId, hopes, "FELTKANARIE at blive hørt", 5, 1}).isOk());
            QVERIFY(store.saveFieldDraft({visitId, hopes, "FELTKANARIE at blive hørt og set", 9, 2}).isOk());
            QVERIFY(store.saveFieldDraft({visitId, ownWords, "vi forstod det sådan", 20, 3}).isOk());
        }
        QVERIFY(!fileContains(path, "FELTKANARIE"));
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        QList<FieldDraft> drafts;
        QVERIFY(store.fieldDrafts(visitId, &drafts).isOk());
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.first(), (FieldDraft{visitId, hopes, "FELTKANARIE at blive hørt og set", 9, 2}));

        VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), "anna"});
        QVERIFY(recorder.resume().isOk());
        QVERIFY(recorder
                    .record(visitId, EventType::CheckInNoted,
                            {{"participantId", "p1"}, {"hopes", "FELTKANARIE at blive hørt og set"}}, {hopes})
                    .isOk());
        drafts.clear();
        QVERIFY(store.fieldDrafts(visitId, &drafts).isOk());
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().fieldKey, ownWords);

        // Closing the visit takes the drafts of fields it never recorded with it.
        const QUuid otherVisit = QUuid::createUuid();
        QVERIFY(store.saveFieldDraft({otherVisit, ownWords, "en anden", 0, 4}).isOk());
        QVERIFY(recorder.closeVisit(otherVisit).isOk());
        drafts.clear();
        QVERIFY(store.fieldDrafts(otherVisit, &drafts).isOk());
        QVERIFY(drafts.isEmpty());

        // A draft sealed for one field does not open as another's.
        rawSql(path, "UPDATE field_drafts SET field_key='wrapup/pt2/ownWords'");
        drafts.clear();
        QCOMPARE(store.fieldDrafts(visitId, &drafts).code(), Status::Tampered);
        QVERIFY(drafts.isEmpty());
    }

    void anUnreadablePayloadIsReportedAsTampering()
    {
        const QString path = freshPath();
        QUuid visitId;
        {
            EventStore store;
            QVERIFY(testing::openUnlocked(store, path).isOk());
            VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), "anna"});
            QVERIFY(recorder.startVisit(solhaven(), &visitId).isOk());
        }
        rawSql(path, "UPDATE events SET payload = x'00ff10'");
        EventStore store;
        QVERIFY(testing::openUnlocked(store, path).isOk());
        QList<Event> events;
        const Status s = store.eventsOfVisit(visitId, &events);
        QCOMPARE(s.code(), Status::Tampered);
        QVERIFY2(s.detail().startsWith(QLatin1String("event ")), qPrintable(s.detail())); // names the event
        QVERIFY(events.isEmpty()); // nothing half-read is handed out
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
