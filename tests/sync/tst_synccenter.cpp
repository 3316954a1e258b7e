// Sync as the app wires it (app/SyncCenter): enrollment with a one-time code from the office,
// the count of what waits, a sync run, a colleague's events folding into the open visit, the
// words shown when the office revokes the tablet — against the real server over TLS.
#include "AppServices.h"
#include "ServerFixture.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace feltdialog;

class TestSyncCenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The visit-start location stamp is then made at once ("no position"), not 20 s later
        // in the middle of the counts below.
        qputenv("FELTDIALOG_POSITION_PLUGIN", "no-such-plugin");
        QString failure;
        QVERIFY2(m_server.start(&failure), qPrintable(failure));
    }

    void enrollSyncAndRevoke()
    {
        QTemporaryDir dir;
        AppServices app(dir.path(), nullptr, KdfCost::cheapForTests());
        QVERIFY(app.workspace().setUpPin(QStringLiteral("246810")).isOk());
        SyncCenter &sync = app.sync();
        sync.setTrustedCertificates({m_server.certificate()});
        QVERIFY(!sync.isEnrolled());

        const QString tenant = m_server.newTenant();
        const QString consultant = m_server.newConsultant(tenant);
        Facility solhaven = *app.workspace().reference().facility(QStringLiteral("demo-solhaven"));
        QVERIFY(m_server.directory()
                    .putFacilities(tenant, {{solhaven.id, solhaven.name, solhaven.kind, solhaven.address,
                                             solhaven.latitude, solhaven.longitude},
                                            {QStringLiteral("birkely"), QStringLiteral("Bostedet Birkely"),
                                             QStringLiteral("botilbud"),
                                             QStringLiteral("Birkevej 4, 8800 Viborg"), 56.45, 9.40}})
                    .isOk());

        // A wrong code is refused with words, and nothing changes.
        QSignalSpy enrolled(&sync, &SyncCenter::enrollFinished);
        sync.enroll(url(), QStringLiteral("WRONG-CODE0"));
        QVERIFY(enrolled.wait(20'000));
        QCOMPARE(enrolled.takeFirst().at(0).toBool(), false);
        QVERIFY(!sync.isEnrolled());

        // The office's code, typed in lower case with its dash.
        sync.enroll(url(), m_server.issueCode(consultant).toLower());
        QVERIFY(enrolled.wait(20'000));
        const QList<QVariant> answer = enrolled.takeFirst();
        QVERIFY2(answer.at(0).toBool(), qPrintable(answer.at(1).toString()));
        QVERIFY(sync.isEnrolled());
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isRunning(), 20'000); // enrolling syncs at once
        // The office's facilities replace the demo's (two demo facilities; the office has these two).
        QCOMPARE(app.workspace().reference().facilities().size(), 2);
        QVERIFY(app.workspace().reference().facility(QStringLiteral("birkely")));
        QVERIFY(!app.workspace().reference().facility(QStringLiteral("demo-engly")));

        // A visit with notes: waiting, then at the office.
        const QString visitId = app.visits().startVisit(QStringLiteral("demo-solhaven"));
        QVERIFY(app.openVisit().open(visitId));
        QVERIFY(app.openVisit().record(EventType::ConversationStarted,
                                       {{"conversationId", "c1"}, {"title", "Leder"}}));
        QTRY_VERIFY(sync.pendingCount() >= 2);
        QVERIFY(sync.statusText().contains(QString::number(sync.pendingCount())));
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isRunning() && sync.pendingCount() == 0, 20'000);
        QVERIFY(sync.problem().isEmpty());
        QList<Event> events;
        QVERIFY(app.workspace().store().eventsOfVisit(QUuid::fromString(visitId), &events).isOk());
        for (const Event &e : events)
            QCOMPARE(e.authorId, consultant); // the enrolled consultant, not the placeholder

        // The office revokes the tablet: sync stops, says what to do, keeps what waits.
        QList<server::DeviceRecord> devices;
        QVERIFY(m_server.directory().devices(tenant, &devices).isOk());
        QCOMPARE(devices.size(), 1);
        QVERIFY(m_server.directory().revokeDevice(devices.first().tenantId, devices.first().id).isOk());
        QVERIFY(app.openVisit().record(EventType::PhaseEntered,
                                       {{"conversationId", "c1"}, {"phase", "checkin"}}));
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(sync.engine().state() == SyncEngine::State::Revoked, 20'000);
        QVERIFY(!sync.problem().isEmpty());
        QCOMPARE(sync.pendingCount(), 1);
    }

    // The office plans a visit with its focus for two consultants; the tablet lists it after a
    // sync, starts it under the office's id with that focus, and the office takes the events.
    void aPlannedVisitIsListedStartedAndSent()
    {
        QTemporaryDir dir;
        AppServices app(dir.path(), nullptr, KdfCost::cheapForTests());
        QVERIFY(app.workspace().setUpPin(QStringLiteral("246810")).isOk());
        SyncCenter &sync = app.sync();
        sync.setTrustedCertificates({m_server.certificate()});
        const QString tenant = m_server.newTenant();
        const QString anna = m_server.newConsultant(tenant), bo = m_server.newConsultant(tenant);
        const QString facility = m_server.newFacility(tenant);
        const QString visitId = idString(QUuid::createUuid());
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QVERIFY(m_server.directory()
                    .planVisit({visitId,
                                tenant,
                                facility,
                                QStringLiteral("unannounced"),
                                today,
                                {QStringLiteral("8.b"), QStringLiteral("9.a")},
                                {anna, bo}})
                    .isOk());

        QSignalSpy enrolled(&sync, &SyncCenter::enrollFinished);
        sync.enroll(url(), m_server.issueCode(anna));
        QVERIFY(enrolled.wait(20'000));
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isRunning(), 20'000);
        PlannedVisitList &planned = app.plannedVisits();
        QCOMPARE(planned.count(), 1);
        const QModelIndex row = planned.index(0);
        QCOMPARE(planned.data(row, PlannedVisitList::VisitIdRole).toString(), visitId);
        QCOMPARE(planned.data(row, PlannedVisitList::FocusRole).toString(), QStringLiteral("8.b, 9.a"));
        QCOMPARE(planned.data(row, PlannedVisitList::ColleaguesRole).toInt(), 1); // Bo, not Anna herself
        QVERIFY(planned.data(row, PlannedVisitList::TodayRole).toBool());
        QVERIFY(!planned.data(row, PlannedVisitList::FacilityNameRole).toString().isEmpty());

        // Locked, the plan is not held in memory; unlocked, it is back from the sealed store.
        app.workspace().lock();
        QCOMPARE(planned.count(), 0);
        QVERIFY(app.workspace().unlock(QStringLiteral("246810")).isOk());
        QCOMPARE(planned.count(), 1);

        QCOMPARE(planned.start(visitId), visitId);
        QCOMPARE(planned.count(), 0); // on the tablet now, with the visits
        QVERIFY(app.visits().holds(QUuid::fromString(visitId)));
        QVERIFY(app.openVisit().open(visitId));
        QCOMPARE(app.openVisit().state().focusIndicators, QStringList({"8.b", "9.a"}));
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isRunning() && sync.pendingCount() == 0, 20'000);
        QCOMPARE(sync.quarantinedCount(), 0); // the office took the start of its own planned visit
        QCOMPARE(planned.count(), 0);
    }

    // Reference data that does not parse names the place that is wrong, and the tablet keeps
    // what it had: the demo's facilities, no planned visits, nothing half-read.
    void badReferenceDataIsRefusedByItsPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        const QByteArray facility = R"({"id":"f1","name":"Solhaven","latitude":56.1,"longitude":9.5})";
        QTest::newRow("not JSON") << QByteArray("{\"facilities\": [") << QStringLiteral("offset");
        QTest::newRow("visit id not a UUID")
            << QByteArray(
                   R"({"facilities":[)" + facility +
                   R"(],"plannedVisits":[{"visitId":"v1","facilityId":"f1","plannedDate":"2026-11-23"}]})")
            << QStringLiteral("$.plannedVisits[0].visitId");
        QTest::newRow("date not a date")
            << QByteArray(R"({"facilities":[)" + facility +
                          R"(],"plannedVisits":[{"visitId":"6a1f3c2e-5d4b-4e8f-9a7c-2b1d0e9f8a71",)"
                          R"("facilityId":"f1","plannedDate":"23.11.2026"}]})")
            << QStringLiteral("$.plannedVisits[0].plannedDate");
        QTest::newRow("focus not strings")
            << QByteArray(R"({"facilities":[)" + facility +
                          R"(],"plannedVisits":[{"visitId":"6a1f3c2e-5d4b-4e8f-9a7c-2b1d0e9f8a71",)"
                          R"("facilityId":"f1","plannedDate":"2026-11-23","focusIndicators":["8.b",7]}]})")
            << QStringLiteral("$.plannedVisits[0].focusIndicators[1]");
        QTest::newRow("facility without a name")
            << QByteArray(R"({"facilities":[{"id":"f1"}],"plannedVisits":[]})")
            << QStringLiteral("$.facilities[0].name");
    }

    void badReferenceDataIsRefusedByItsPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        OfficeReference reference;
        const Status s = parseOfficeReference(json, &reference);
        QVERIFY(!s.isOk());
        QVERIFY2(s.detail().contains(path), qPrintable(s.detail()));

        QTemporaryDir dir;
        AppServices app(dir.path(), nullptr, KdfCost::cheapForTests());
        QVERIFY(app.workspace().setUpPin(QStringLiteral("246810")).isOk());
        QVERIFY(app.workspace().store().setSecret(SyncEngine::ReferenceSecret, json).isOk());
        app.workspace().lock();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^reference data: ")));
        QVERIFY(app.workspace().unlock(QStringLiteral("246810")).isOk());
        QCOMPARE(app.workspace().reference().facilities().size(), ReferenceData::demoFacilities().size());
        QCOMPARE(app.plannedVisits().count(), 0);
    }

private:
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()); }

    ServerFixture m_server;
};

QTEST_GUILESS_MAIN(TestSyncCenter)
#include "tst_synccenter.moc"
