// Two consultants on one visit, each with a real tablet (sealed store, recorder, SyncClient,
// SyncEngine) against a real feltdialog-server over TLS — on SQLite, and on PostgreSQL when
// FELTDIALOG_TEST_PG_URL names one (tests/server/with_postgres.sh). Issue 5: both push, each gets
// the other's events, concurrent changes to one field are kept as a conflict to resolve, a
// refused event is quarantined without blocking the rest, a revoked tablet stops and loses
// nothing, and a repeated run sends nothing twice.
#include "EventLimits.h"
#include "OfficeReference.h"
#include "RecordModel.h"
#include "ServerFixture.h"
#include "TabletUnderTest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <QTest>

using namespace feltdialog;
using testing::TabletUnderTest;

class TestTwoTablets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString failure;
        QVERIFY2(m_server.start(&failure), qPrintable(failure));
        qInfo("store: %s", m_server.usesPostgres() ? "PostgreSQL" : "SQLite");
    }

    void twoConsultantsConvergeOnOneVisit()
    {
        const QString tenant = m_server.newTenant();
        const QString facility = m_server.newFacility(tenant);
        TabletUnderTest anna(endpoint()), bo(endpoint());
        QVERIFY(anna.isOk() && bo.isOk());
        const QString annaId = m_server.newConsultant(tenant), boId = m_server.newConsultant(tenant);
        QVERIFY(anna.enroll(m_server.issueCode(annaId)).ok());
        QVERIFY(bo.enroll(m_server.issueCode(boId)).ok());

        // Anna starts the visit and writes; her tablet sends it.
        QUuid visit;
        QVERIFY(
            anna.recorder
                ->startVisit({facility, QStringLiteral("Bosted"), QStringLiteral("unannounced"), {}, {}, {}},
                             &visit)
                .isOk());
        const QUuid shared = QUuid::createUuid();
        QVERIFY(anna.recorder->writeNote(visit, shared, QStringLiteral("Lederen: supervision hver 6. uge"))
                    .isOk());
        for (int i = 0; i < 40; ++i)
            QVERIFY(anna.recorder->writeNote(visit, QUuid::createUuid(), QStringLiteral("Anna %1 æøå").arg(i))
                        .isOk());
        QVERIFY(anna.sync());
        QCOMPARE(anna.pending(), 0);
        QCOMPARE(anna.engine->eventsSent(), 42);

        // The office adds Bo to the visit; his tablet receives all of it.
        QVERIFY(m_server.directory().assign(idString(visit), boId).isOk());
        const QString stranger = m_server.newConsultant(m_server.newTenant());
        QVERIFY(bo.sync());
        QCOMPARE(bo.visit(visit), anna.visit(visit));
        // Bo's tablet knows who wrote them: Anna by the name the office gave her.
        QByteArray reference;
        QVERIFY(bo.store.secret(SyncEngine::ReferenceSecret, &reference).isOk());
        OfficeReference office;
        QVERIFY(parseOfficeReference(reference, &office).isOk());
        server::Consultant annaAtTheOffice;
        QVERIFY(m_server.directory().consultant(annaId, &annaAtTheOffice).isOk());
        QCOMPARE(office.colleagues.value(bo.visit(visit).notes.first().versions.first().authorId),
                 annaAtTheOffice.name);
        QVERIFY(office.colleagues.contains(boId));
        QVERIFY(!office.colleagues.contains(stranger)); // another authority's people stay there

        // Both amend the same note without seeing each other; both write more.
        const NoteVersion original = anna.visit(visit).note(shared)->current();
        QVERIFY(anna.recorder
                    ->amendNote(visit, shared, original, QStringLiteral("Lederen: supervision hver 4. uge"))
                    .isOk());
        QVERIFY(bo.recorder
                    ->amendNote(visit, shared, original, QStringLiteral("Lederen: supervision hver 8. uge"))
                    .isOk());
        QVERIFY(bo.recorder
                    ->writeNote(visit, QUuid::createUuid(), QStringLiteral("Bos observation i fællesrummet"))
                    .isOk());
        // Both score 8.b, neither having seen a score: two scores stand, on both tablets.
        const auto score = [&visit](TabletUnderTest &t, int value, const QString &why, QJsonArray replaces) {
            return t.recorder
                ->record(visit, EventType::IndicatorScored,
                         {{QStringLiteral("indicatorId"), QStringLiteral("8.b")},
                          {QStringLiteral("score"), value},
                          {QStringLiteral("rationale"), why},
                          {QStringLiteral("replaces"), replaces}})
                .isOk();
        };
        QVERIFY(score(anna, 3, QStringLiteral("Supervision er planlagt, ikke i gang"), {}));
        QVERIFY(score(bo, 4, QStringLiteral("Personalet beskriver fast supervision"), {}));
        QVERIFY(bo.sync());
        QVERIFY(anna.sync());
        QVERIFY(bo.sync());
        QCOMPARE(anna.visit(visit), bo.visit(visit));
        const QList<IndicatorScore> standing = anna.visit(visit).dialogue.concurrentScores.value("8.b");
        QCOMPARE(standing.size(), 2);

        // Anna keeps Bo's score after talking it over; both tablets then show that one score.
        QVERIFY(score(anna, 4,
                      standing.at(0).score == 4 ? standing.at(0).rationale : standing.at(1).rationale,
                      {idString(standing.at(0).eventId), idString(standing.at(1).eventId)}));
        QVERIFY(anna.recorder->closeVisit(visit).isOk());
        QVERIFY(anna.sync());
        QVERIFY(bo.sync());

        const VisitState a = anna.visit(visit), b = bo.visit(visit);
        QCOMPARE(a, b);
        QVERIFY(a.dialogue.concurrentScores.isEmpty());
        QCOMPARE(a.dialogue.scores.value("8.b").score, 4);
        QCOMPARE(a.dialogue.scoreHistory.value("8.b").size(), 3); // the disagreement stays in the log
        QCOMPARE(a.notes.size(), 42);
        const Note *note = a.note(shared);
        QVERIFY(note->hasConflict()); // both amendments kept, shown to resolve
        QCOMPARE(note->versions.size(), 3);
        QVERIFY(a.closed);
        QCOMPARE(anna.pending(), 0);
        QCOMPARE(bo.pending(), 0);

        // A repeated run sends and stores nothing twice.
        QVERIFY(anna.sync());
        QCOMPARE(anna.engine->eventsSent(), 0);
        QList<Event> all;
        QVERIFY(anna.store.eventsOfVisit(visit, &all).isOk());
        QCOMPARE(all.size(), a.eventCount);
        QCOMPARE(m_server.pullAll(m_serverTablet(tenant)).size(), 0); // another consultant sees none of it

        // The office exports the record from what it holds: the same log as on the tablets, so
        // the same hash; the authority and the consultants by name from the server's tables.
        const QString json = m_server.tempPath(QStringLiteral("record.json"));
        const QString pdf = m_server.tempPath(QStringLiteral("record.pdf"));
        QProcess exporter;
        exporter.start(QStringLiteral(FELTDIALOG_SERVER_BINARY),
                       {QStringLiteral("export"), QStringLiteral("--db"), storeLocation(),
                        QStringLiteral("--visit"), idString(visit), QStringLiteral("--json"), json,
                        QStringLiteral("--pdf"), pdf});
        QVERIFY(exporter.waitForFinished(120'000));
        QVERIFY2(exporter.exitCode() == 0, exporter.readAllStandardError().constData());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
        QList<Event> held;
        QVERIFY(anna.store.eventsOfVisit(visit, &held).isOk());
        QCOMPARE(record.value("log").toObject().value("sha256").toString().toLatin1(),
                 buildVisitRecord(held, {}).logHash);
        const QByteArray text = QJsonDocument(record).toJson();
        QVERIFY(text.contains("Lederen: supervision hver 8. uge"));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        QProcess missing;
        missing.start(QStringLiteral(FELTDIALOG_SERVER_BINARY),
                      {QStringLiteral("export"), QStringLiteral("--db"), storeLocation(),
                       QStringLiteral("--visit"), idString(QUuid::createUuid()), QStringLiteral("--json"),
                       QStringLiteral("-")});
        QVERIFY(missing.waitForFinished(60'000));
        QCOMPARE(missing.exitCode(), 1); // a visit it does not hold: said, not an empty record
    }

    // Issue 16: each consultant speaks from their own position (the double-role model of 002's
    // appendix): Anna stepping into the development position, synced to Bo's tablet, leaves Bo in
    // the control position there, and Bo's own switches never move Anna's.
    void aPositionSwitchMovesOnlyTheSwitchersPositionOnEveryTablet()
    {
        const QString tenant = m_server.newTenant();
        TabletUnderTest anna(endpoint()), bo(endpoint());
        QVERIFY(anna.isOk() && bo.isOk());
        const QString annaId = m_server.newConsultant(tenant), boId = m_server.newConsultant(tenant);
        QVERIFY(anna.enroll(m_server.issueCode(annaId)).ok());
        QVERIFY(bo.enroll(m_server.issueCode(boId)).ok());
        QUuid visit;
        QVERIFY(anna.recorder
                    ->startVisit({m_server.newFacility(tenant),
                                  QStringLiteral("Bosted"),
                                  QStringLiteral("unannounced"),
                                  {},
                                  {},
                                  {}},
                                 &visit)
                    .isOk());
        const auto switchTo = [&visit](TabletUnderTest &t, const QString &position) {
            return t.recorder
                ->record(visit, EventType::PositionSwitched, {{QStringLiteral("position"), position}})
                .isOk();
        };
        QVERIFY(switchTo(anna, QStringLiteral("development")));
        QVERIFY(anna.sync());
        QVERIFY(m_server.directory().assign(idString(visit), boId).isOk());
        QVERIFY(bo.sync());
        const QString annaAuthor = anna.recorder->identity().authorId,
                      boAuthor = bo.recorder->identity().authorId;
        QVERIFY(annaAuthor != boAuthor);
        QCOMPARE(bo.visit(visit).dialogue.positionOf(annaAuthor).position, QStringLiteral("development"));
        QCOMPARE(bo.visit(visit).dialogue.positionOf(boAuthor).position, QStringLiteral("control"));

        // Bo steps into development and back to control; Anna's tablet learns of Bo's position only.
        QVERIFY(switchTo(bo, QStringLiteral("development")));
        QVERIFY(switchTo(bo, QStringLiteral("control")));
        QVERIFY(bo.sync());
        QVERIFY(anna.sync());
        const VisitState a = anna.visit(visit), b = bo.visit(visit);
        QCOMPARE(a, b);
        QCOMPARE(a.dialogue.positionOf(annaAuthor).position, QStringLiteral("development"));
        QCOMPARE(a.dialogue.positionOf(boAuthor).position, QStringLiteral("control"));
        QCOMPARE(a.dialogue.positionOf(boAuthor).switches, 2);
        QCOMPARE(a.dialogue.positionOf(annaAuthor).switches, 1);
    }

    // Issue 14: the server takes at most MaxEventsPerPush events a push, so a tablet with more
    // sends them in several; it is not sent them back, and a colleague receives them all.
    void moreEventsThanOnePushMayCarryGoInSeveralAndAreNotPulledBack()
    {
        const QString tenant = m_server.newTenant();
        TabletUnderTest anna(endpoint()), bo(endpoint());
        QVERIFY(anna.isOk() && bo.isOk());
        const QString annaId = m_server.newConsultant(tenant), boId = m_server.newConsultant(tenant);
        QVERIFY(anna.enroll(m_server.issueCode(annaId)).ok());
        QVERIFY(bo.enroll(m_server.issueCode(boId)).ok());
        QUuid visit;
        QVERIFY(anna.recorder
                    ->startVisit({m_server.newFacility(tenant),
                                  QStringLiteral("Bosted"),
                                  QStringLiteral("unannounced"),
                                  {},
                                  {},
                                  {}},
                                 &visit)
                    .isOk());
        const int notes = MaxEventsPerPush + 100;
        for (int i = 0; i < notes; ++i)
            QVERIFY(anna.recorder->writeNote(visit, QUuid::createUuid(), QStringLiteral("Note %1").arg(i))
                        .isOk());
        QVERIFY(anna.sync());
        QCOMPARE(anna.pending(), 0);
        QCOMPARE(anna.engine->eventsSent(), notes + 1);
        QCOMPARE(anna.engine->eventsPulled(), 0);
        QVERIFY(m_server.directory().assign(idString(visit), boId).isOk());
        QVERIFY(bo.sync());
        QCOMPARE(bo.engine->eventsPulled(), notes + 1);
        QCOMPARE(bo.visit(visit), anna.visit(visit));

        // A cursor the server does not know (400 malformed: say the office restored its store)
        // makes the tablet pull from the start once, not fail on every run.
        QVERIFY(bo.store.setMetaValue(SyncEngine::CursorKey, QStringLiteral("999999.5")).isOk());
        QVERIFY(anna.recorder->writeNote(visit, QUuid::createUuid(), QStringLiteral("Efter")).isOk());
        QVERIFY(anna.sync());
        QVERIFY2(bo.sync(), qPrintable(bo.engine->lastError()));
        QCOMPARE(bo.visit(visit), anna.visit(visit));
        QString cursor;
        QVERIFY(bo.store.metaValue(SyncEngine::CursorKey, &cursor).isOk());
        QVERIFY(cursor != QLatin1String("999999.5"));
    }

    // Issue 14: a re-sync with nothing new on either side writes nothing to the tablet's store
    // (it committed the unchanged pull cursor, an fsync each time), and still ends well.
    void aResyncWithNothingNewLeavesTheTabletsStoreUntouched()
    {
        const QString tenant = m_server.newTenant();
        TabletUnderTest anna(endpoint()), bo(endpoint());
        QVERIFY(anna.isOk() && bo.isOk());
        const QString annaId = m_server.newConsultant(tenant), boId = m_server.newConsultant(tenant);
        QVERIFY(anna.enroll(m_server.issueCode(annaId)).ok());
        QVERIFY(bo.enroll(m_server.issueCode(boId)).ok());
        QUuid visit;
        QVERIFY(anna.recorder
                    ->startVisit({m_server.newFacility(tenant),
                                  QStringLiteral("Bosted"),
                                  QStringLiteral("unannounced"),
                                  {},
                                  {},
                                  {}},
                                 &visit)
                    .isOk());
        QVERIFY(anna.recorder->writeNote(visit, QUuid::createUuid(), QStringLiteral("Tavshedspligt")).isOk());
        QVERIFY(anna.sync());
        QVERIFY(m_server.directory().assign(idString(visit), boId).isOk());
        QVERIFY(bo.sync());
        QCOMPARE(bo.engine->eventsPulled(), 2);

        const auto files = [&bo] {
            QByteArray bytes;
            for (const QString &name : {bo.path(), bo.path() + QStringLiteral("-wal")}) {
                QFile f(name);
                if (f.open(QIODevice::ReadOnly))
                    bytes += QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
            }
            return bytes;
        };
        const QByteArray before = files();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(bo.sync());
            QCOMPARE(bo.engine->eventsPulled(), 0);
        }
        QCOMPARE(files(), before);

        // Something new still arrives, and moves the cursor.
        QVERIFY(anna.recorder->writeNote(visit, QUuid::createUuid(), QStringLiteral("Opfølgning")).isOk());
        QVERIFY(anna.sync());
        QVERIFY(bo.sync());
        QCOMPARE(bo.engine->eventsPulled(), 1);
        QVERIFY(files() != before);
        QCOMPARE(bo.visit(visit), anna.visit(visit));
    }

    void aRefusedEventIsQuarantinedAndTheRestGoThrough()
    {
        const QString tenant = m_server.newTenant(), otherTenant = m_server.newTenant();
        const QString facility = m_server.newFacility(tenant), foreign = m_server.newFacility(otherTenant);
        TabletUnderTest anna(endpoint());
        QVERIFY(anna.enroll(m_server.issueCode(m_server.newConsultant(tenant))).ok());
        QUuid good, bad;
        QVERIFY(
            anna.recorder
                ->startVisit({facility, QStringLiteral("Bosted"), QStringLiteral("unannounced"), {}, {}, {}},
                             &good)
                .isOk());
        QVERIFY(anna.recorder
                    ->startVisit(
                        {foreign, QStringLiteral("Fremmed"), QStringLiteral("unannounced"), {}, {}, {}}, &bad)
                    .isOk());
        QVERIFY(
            anna.recorder->writeNote(bad, QUuid::createUuid(), QStringLiteral("på et andet tilsyns tilbud"))
                .isOk());
        QVERIFY(anna.recorder->writeNote(good, QUuid::createUuid(), QStringLiteral("god note")).isOk());
        QVERIFY(anna.sync());
        QCOMPARE(anna.pending(), 0);
        QList<QuarantinedEvent> refused;
        QVERIFY(anna.store.quarantined(&refused).isOk());
        QCOMPARE(refused.size(), 2);
        for (const QuarantinedEvent &q : refused)
            QCOMPARE(q.visitId, bad);
        QCOMPARE(anna.visit(bad).notes.size(), 1); // kept on the tablet, word for word
        QCOMPARE(anna.engine->eventsSent(), 2);
        // Events before enrollment carry the placeholder author: refused, not lost.
        TabletUnderTest demo(endpoint());
        QUuid demoVisit;
        QVERIFY(
            demo.recorder
                ->startVisit({facility, QStringLiteral("Bosted"), QStringLiteral("unannounced"), {}, {}, {}},
                             &demoVisit)
                .isOk());
        QVERIFY(demo.enroll(m_server.issueCode(m_server.newConsultant(tenant))).ok());
        QVERIFY(demo.sync());
        QVERIFY(demo.store.quarantined(&refused).isOk());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().error, QStringLiteral("wrong_author"));
    }

    void aRevokedTabletStopsAndKeepsEverything()
    {
        const QString tenant = m_server.newTenant();
        const QString facility = m_server.newFacility(tenant);
        TabletUnderTest anna(endpoint());
        QVERIFY(anna.enroll(m_server.issueCode(m_server.newConsultant(tenant))).ok());
        QUuid visit;
        QVERIFY(
            anna.recorder
                ->startVisit({facility, QStringLiteral("Bosted"), QStringLiteral("unannounced"), {}, {}, {}},
                             &visit)
                .isOk());
        QVERIFY(anna.sync());
        QVERIFY(m_server.directory().revokeDevice(QString(), anna.deviceId()).isOk());
        QVERIFY(anna.recorder->writeNote(visit, QUuid::createUuid(), QStringLiteral("efter tilbagekaldelsen"))
                    .isOk());
        QVERIFY(!anna.sync());
        QCOMPARE(anna.engine->state(), SyncEngine::State::Revoked);
        QCOMPARE(anna.engine->lastError(), QStringLiteral("device_revoked"));
        QCOMPARE(anna.pending(), 1); // still here, still waiting
    }

    void anUnreachableServerIsAFailureToRetry()
    {
        SyncEndpoint nowhere = endpoint();
        nowhere.baseUrl.setPort(1); // nothing listens there
        TabletUnderTest anna(nowhere);
        anna.client.setToken("whatever");
        QUuid visit;
        QVERIFY(anna.recorder
                    ->startVisit({QStringLiteral("f"),
                                  QStringLiteral("Bosted"),
                                  QStringLiteral("unannounced"),
                                  {},
                                  {},
                                  {}},
                                 &visit)
                    .isOk());
        QVERIFY(!anna.sync());
        QCOMPARE(anna.engine->state(), SyncEngine::State::Failed);
        QCOMPARE(anna.engine->lastError(), QStringLiteral("ConnectionRefusedError"));
        QCOMPARE(anna.pending(), 1);
        QVERIFY(SyncEngine::backoffMs(1) < SyncEngine::backoffMs(3));
        QCOMPARE(SyncEngine::backoffMs(40), 5 * 60 * 1000);
    }

private:
    QString storeLocation() const
    {
        return m_server.usesPostgres() ? qEnvironmentVariable("FELTDIALOG_TEST_PG_URL")
                                       : m_server.tempPath(QStringLiteral("server.sqlite"));
    }
    SyncEndpoint endpoint() const
    {
        return {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.port())), {m_server.certificate()}};
    }
    ServerFixture::Tablet m_serverTablet(const QString &tenant) { return m_server.enrollNew(tenant); }

    ServerFixture m_server;
};

QTEST_GUILESS_MAIN(TestTwoTablets)
#include "tst_twotablets.moc"
