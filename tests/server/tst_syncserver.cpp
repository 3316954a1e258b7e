// The sync service end to end: a real TLS listener on loopback, driven through
// QNetworkAccessManager. Runs against SQLite, and against PostgreSQL under with_postgres.sh.
#include "BodyCoding.h"
#include "Dialogue.h"
#include "Enrollment.h"
#include "Redaction.h"
#include "RequestLimits.h"
#include "ServerFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <memory>
#include <vector>

using namespace feltdialog;
using namespace feltdialog::server;

namespace {

QStringList ids(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << (v.isString() ? v.toString() : v.toObject().value(QLatin1String("id")).toString());
    return out;
}

QStringList idsOf(const QList<QJsonObject> &events)
{
    QStringList out;
    for (const QJsonObject &e : events)
        out << e.value(QLatin1String("id")).toString();
    return out;
}

QString rejectionCode(const ServerFixture::Reply &r, const QJsonObject &event)
{
    for (const QJsonValue &v : r.json.value(QLatin1String("rejected")).toArray())
        if (v.toObject().value(QLatin1String("id")) == event.value(QLatin1String("id")))
            return v.toObject().value(QLatin1String("error")).toString();
    return {};
}

} // namespace

class SyncServerTest : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_fx;

    // A consultant on a visit they started at a facility of their tenant.
    struct StartedVisit
    {
        ServerFixture::Tablet tablet;
        QString facilityId;
        QUuid visitId;
        QList<QJsonObject> events;
    };
    StartedVisit startVisit(const QString &tenantId)
    {
        StartedVisit v{m_fx.enrollNew(tenantId), m_fx.newFacility(tenantId), QUuid::createUuid(), {}};
        v.events << m_fx.visitStarted(v.tablet, v.visitId, v.facilityId)
                 << m_fx.event(
                        v.tablet, v.visitId, EventType::NoteWritten,
                        {{QStringLiteral("noteId"), idString(QUuid::createUuid())},
                         {QStringLiteral("text"), QStringLiteral("Beboerne fortæller om god stemning")}});
        const ServerFixture::Reply r = m_fx.push(v.tablet, v.events);
        if (r.status != 200 || ids(r.json.value(QLatin1String("stored"))).size() != 2)
            qWarning() << "startVisit failed:" << r.status << r.body;
        return v;
    }

    // Sends every push at once, each over its own connection, and waits for all the answers.
    QList<ServerFixture::Reply>
    pushConcurrently(const QList<QPair<const ServerFixture::Tablet *, QList<QJsonObject>>> &pushes)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_fx.certificate()});
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        QList<QNetworkReply *> replies;
        for (const auto &push : pushes) {
            QJsonArray array;
            for (const QJsonObject &e : push.second)
                array.append(e);
            QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/events").arg(m_fx.port())));
            req.setSslConfiguration(tls);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + push.first->token.toLatin1());
            clients.push_back(std::make_unique<QNetworkAccessManager>());
            replies << clients.back()->post(
                req,
                QJsonDocument(QJsonObject{{QStringLiteral("events"), array}}).toJson(QJsonDocument::Compact));
        }
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 120000 && !std::all_of(replies.cbegin(), replies.cend(),
                                                         [](QNetworkReply *r) { return r->isFinished(); }))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        QList<ServerFixture::Reply> out;
        for (QNetworkReply *reply : std::as_const(replies)) {
            ServerFixture::Reply r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            r.json = QJsonDocument::fromJson(r.body).object();
            if (r.status == 0)
                r.networkError = reply->isFinished() ? reply->errorString() : QStringLiteral("timed out");
            reply->abort();
            delete reply;
            out << r;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QString failure;
        QVERIFY2(m_fx.start(&failure), qPrintable(failure));
        qInfo() << "store:" << m_fx.db().describe();
        QCOMPARE(m_fx.db().dialect() == Dialect::Postgres, m_fx.usesPostgres());
    }

    void enrollmentCodeWorksOnceAndAnswersWhoTheTabletBelongsTo()
    {
        const QString tenant = m_fx.newTenant();
        const QString consultant = m_fx.newConsultant(tenant);
        const QString code = m_fx.issueCode(consultant);
        const QString deviceId = idString(QUuid::createUuid());
        // Typed by a person: lower case, with the dash the CLI prints.
        const QString typed = (code.left(5) + QLatin1Char('-') + code.mid(5)).toLower();
        auto r = m_fx.post(QStringLiteral("/v1/enroll"),
                           {{QStringLiteral("code"), typed},
                            {QStringLiteral("deviceName"), QStringLiteral("Tablet 7")},
                            {QStringLiteral("deviceId"), deviceId}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("deviceId")).toString(), deviceId);
        QCOMPARE(r.json.value(QLatin1String("consultantId")).toString(), consultant);
        QCOMPARE(r.json.value(QLatin1String("tenantId")).toString(), tenant);
        QVERIFY(!r.json.value(QLatin1String("consultantName")).toString().isEmpty());
        QVERIFY(!r.json.value(QLatin1String("tenantName")).toString().isEmpty());
        const QString token = r.json.value(QLatin1String("token")).toString();
        QVERIFY(token.size() >= 40);
        QCOMPARE(m_fx.get(QStringLiteral("/v1/reference"), token).status, 200);

        r = m_fx.post(QStringLiteral("/v1/enroll"),
                      {{QStringLiteral("code"), code}, {QStringLiteral("deviceName"), QStringLiteral("x")}});
        QCOMPARE(r.status, 410);
        QCOMPARE(r.error(), QStringLiteral("code_used"));
        r = m_fx.post(QStringLiteral("/v1/enroll"), {{QStringLiteral("code"), QStringLiteral("AAAAABBBBB")},
                                                     {QStringLiteral("deviceName"), QStringLiteral("x")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("unauthenticated"));
        r = m_fx.post(QStringLiteral("/v1/enroll"), {{QStringLiteral("code"), 12345}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("malformed"));
    }

    void storeKeepsOnlyDigestsOfTokensAndCodes()
    {
        const auto tablet = m_fx.enrollNew(m_fx.newTenant());
        QSqlQuery q = m_fx.db().query();
        QVERIFY(m_fx.db()
                    .exec(q, QStringLiteral("SELECT token_hash FROM devices WHERE id = ?"), {tablet.deviceId})
                    .isOk());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), Enrollment::sha256Hex(tablet.token));
    }

    void expiredCodeIsRefused()
    {
        const QString consultant = m_fx.newConsultant(m_fx.newTenant());
        const QString code = m_fx.issueCode(consultant, 1);
        QThread::msleep(5);
        const auto r =
            m_fx.post(QStringLiteral("/v1/enroll"),
                      {{QStringLiteral("code"), code}, {QStringLiteral("deviceName"), QStringLiteral("x")}});
        QCOMPARE(r.status, 410);
        QCOMPARE(r.error(), QStringLiteral("code_expired"));
    }

    void enrollmentAttemptsAreLimitedPerAddress()
    {
        // A second instance on the same store with a low limit and its own minute (a clock a day
        // ahead), so the other tests' attempts do not count here.
        SyncServer limited(m_fx.db(),
                           ServerOptions{3, [] { return QDateTime::currentMSecsSinceEpoch() + 86400000; },
                                         ServerOptions::DefaultWorkers});
        QSslConfiguration tls;
        QVERIFY(SyncServer::loadTls(m_fx.tempPath(QStringLiteral("cert.pem")),
                                    m_fx.tempPath(QStringLiteral("key.pem")), &tls)
                    .isOk());
        quint16 port = 0;
        QVERIFY(limited.listenTls(QHostAddress::LocalHost, 0, tls, &port).isOk());
        const QByteArray body = R"({"code":"WRONGCODE9","deviceName":"x"})";
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_fx.request("POST", QStringLiteral("/v1/enroll"), body, {}, port).status, 401);
        const auto r = m_fx.request("POST", QStringLiteral("/v1/enroll"), body, {}, port);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.error(), QStringLiteral("rate_limited"));
        const int retryAfter = r.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 120,
                 r.header("Retry-After").constData()); // the window slides
    }

    void requestsWithoutAValidTokenAreRefused()
    {
        auto tablet = m_fx.enrollNew(m_fx.newTenant());
        for (const QString &path : {QStringLiteral("/v1/events"), QStringLiteral("/v1/reference")}) {
            auto r = m_fx.request("GET", path);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.error(), QStringLiteral("unauthenticated"));
            r = m_fx.get(path, QStringLiteral("not-a-token"));
            QCOMPARE(r.status, 401);
            QCOMPARE(r.error(), QStringLiteral("unauthenticated"));
        }
        QCOMPARE(m_fx.push(tablet, {}).status, 200);
        QVERIFY(m_fx.directory().revokeDevice(tablet.tenantId, tablet.deviceId).isOk());
        for (const auto &r : {m_fx.push(tablet, {}), m_fx.get(QStringLiteral("/v1/events"), tablet.token),
                              m_fx.get(QStringLiteral("/v1/reference"), tablet.token)}) {
            QCOMPARE(r.status, 401);
            QCOMPARE(r.error(), QStringLiteral("device_revoked"));
        }
    }

    void pushedEventsComeBackOnPullExactlyAsWritten()
    {
        const StartedVisit v = startVisit(m_fx.newTenant());
        const QList<QJsonObject> pulled = m_fx.pullAll(m_fx.secondDevice(v.tablet));
        QCOMPARE(pulled, v.events);
        // The tablet that pushed them holds them: they are not sent back to it (issue 14).
        QVERIFY(m_fx.pullAll(v.tablet).isEmpty());
    }

    void replayedBatchIsAnsweredAsStoredAndStoresNothingNew()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        const auto r = m_fx.push(v.tablet, v.events);
        QCOMPARE(r.status, 200);
        QCOMPARE(ids(r.json.value(QLatin1String("stored"))), idsOf(v.events));
        QVERIFY(r.json.value(QLatin1String("rejected")).toArray().isEmpty());
        QCOMPARE(m_fx.pullAll(m_fx.secondDevice(v.tablet)).size(), 2);
    }

    void theSameEventTwiceInOneBatchIsStoredOnce()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        QJsonObject note = m_fx.event(v.tablet, v.visitId, EventType::NoteWritten,
                                      {{"noteId", idString(QUuid::createUuid())}, {"text", "to gange"}});
        QJsonObject altered = note;
        altered.insert(QStringLiteral("payload"),
                       QJsonObject{{"noteId", idString(QUuid::createUuid())}, {"text", "ændret"}});
        const auto r = m_fx.push(v.tablet, {note, note, altered});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("stored")).toArray().size(), 2); // answered for both copies
        QCOMPARE(rejectionCode(r, altered), QStringLiteral("conflicting_duplicate"));
        QCOMPARE(m_fx.pullAll(m_fx.secondDevice(v.tablet)).size(),
                 3); // VisitStarted, the first note, this one: once
    }

    void differentContentUnderAKnownIdIsRejectedAndTheStoredEventKept()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        QJsonObject altered = v.events.at(1);
        QJsonObject payload = altered.value(QLatin1String("payload")).toObject();
        payload.insert(QStringLiteral("text"), QStringLiteral("Rettet bagefter"));
        altered.insert(QStringLiteral("payload"), payload);
        const auto r = m_fx.push(v.tablet, {altered});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QLatin1String("stored")).toArray().isEmpty());
        QCOMPARE(rejectionCode(r, altered), QStringLiteral("conflicting_duplicate"));
        QCOMPARE(m_fx.pullAll(m_fx.secondDevice(v.tablet)), v.events);
    }

    // The check-in's speaking turns and the undo of an end or a switch reach the office and a
    // colleague's tablet like every other dialogue event.
    void speakingTurnsAndUndoesAreStoredAndPulled()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        auto &t = v.tablet;
        const QList<QJsonObject> events{m_fx.event(t, v.visitId, EventType::SpeakingTimed),
                                        m_fx.event(t, v.visitId, EventType::ConversationResumed),
                                        m_fx.event(t, v.visitId, EventType::PositionSwitchUndone)};
        const auto r = m_fx.push(t, events);
        QCOMPARE(r.status, 200);
        QCOMPARE(ids(r.json.value(QLatin1String("stored"))), idsOf(events));
        QCOMPARE(m_fx.pullAll(m_fx.secondDevice(v.tablet)).size(), v.events.size() + events.size());
    }

    void aRejectedEventDoesNotBlockTheOthersOfItsBatch()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        auto &t = v.tablet;
        const QJsonObject good1 = m_fx.event(t, v.visitId, EventType::TimeoutCalled);
        QJsonObject unknownType = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        unknownType.insert(QStringLiteral("type"), QStringLiteral("TeleportedAway"));
        QJsonObject newerSchema = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        newerSchema.insert(QStringLiteral("schemaVersion"), 2);
        QJsonObject otherAuthor = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        otherAuthor.insert(QStringLiteral("authorId"), QStringLiteral("someone-else"));
        QJsonObject otherDevice = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        otherDevice.insert(QStringLiteral("deviceId"), idString(QUuid::createUuid()));
        QJsonObject numberSeq = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        numberSeq.insert(QStringLiteral("deviceSeq"), 7);
        QJsonObject extraField = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        extraField.insert(QStringLiteral("tenantId"), QStringLiteral("forged"));
        QJsonObject paddedSeq = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        paddedSeq.insert(QStringLiteral("deviceSeq"), QStringLiteral("007"));
        QJsonObject bracedId = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        bracedId.insert(QStringLiteral("id"), QUuid::createUuid().toString());
        QJsonObject payloadArray = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        payloadArray.insert(QStringLiteral("payload"), QJsonArray{1, 2});
        const QJsonObject good2 = m_fx.event(t, v.visitId, EventType::TimeoutEnded);
        // A redaction every reader obeys must name what it removes and why (core/Redaction.h).
        QJsonObject redaction = m_fx.event(t, v.visitId, EventType::ContentRedacted);
        redaction.insert(QStringLiteral("payload"),
                         redactionPayload({{QUuid::fromString(good1.value(QLatin1String("id")).toString()),
                                            {QStringLiteral("reason")}}},
                                          QStringLiteral("navnet skal ud")));
        QJsonObject emptyRedaction = m_fx.event(t, v.visitId, EventType::ContentRedacted);
        emptyRedaction.insert(QStringLiteral("payload"),
                              redactionPayload({}, QStringLiteral("navnet skal ud")));

        const auto r =
            m_fx.push(t, {good1, unknownType, newerSchema, otherAuthor, otherDevice, numberSeq, extraField,
                          paddedSeq, bracedId, payloadArray, good2, redaction, emptyRedaction});
        QCOMPARE(r.status, 200);
        QCOMPARE(ids(r.json.value(QLatin1String("stored"))), idsOf({good1, good2, redaction}));
        QCOMPARE(rejectionCode(r, emptyRedaction), QStringLiteral("invalid_event"));
        QCOMPARE(rejectionCode(r, unknownType), QStringLiteral("unknown_event_type"));
        QCOMPARE(rejectionCode(r, newerSchema), QStringLiteral("unknown_schema_version"));
        QCOMPARE(rejectionCode(r, otherAuthor), QStringLiteral("wrong_author"));
        QCOMPARE(rejectionCode(r, otherDevice), QStringLiteral("wrong_device"));
        for (const QJsonObject &e : {numberSeq, extraField, paddedSeq, bracedId, payloadArray})
            QCOMPARE(rejectionCode(r, e), QStringLiteral("invalid_event"));
        for (const QJsonValue &rejected : r.json.value(QLatin1String("rejected")).toArray())
            QVERIFY(!rejected.toObject().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(m_fx.pullAll(m_fx.secondDevice(v.tablet)).size(), 5);

        // Not even an object: rejected with an empty id, the rest still stored.
        const QJsonObject good3 = m_fx.event(t, v.visitId, EventType::TimeoutCalled);
        const auto r2 = m_fx.post(QStringLiteral("/v1/events"),
                                  {{QStringLiteral("events"), QJsonArray{42, good3}}}, t.token);
        QCOMPARE(ids(r2.json.value(QLatin1String("stored"))), idsOf({good3}));
        QCOMPARE(r2.json.value(QLatin1String("rejected")).toArray().size(), 1);
    }

    void consultantsSeeAndWriteOnlyTheirVisitsInTheirTenant()
    {
        const QString tenant = m_fx.newTenant();
        StartedVisit a = startVisit(tenant);
        auto colleague = m_fx.enrollNew(tenant);
        const QString otherTenant = m_fx.newTenant();
        auto stranger = m_fx.enrollNew(otherTenant);
        const QString strangersFacility = m_fx.newFacility(otherTenant);

        // Same tenant, not assigned: may not write to the visit, sees nothing of it.
        const QJsonObject intrusion = m_fx.event(colleague, a.visitId, EventType::NoteWritten,
                                                 {{QStringLiteral("text"), QStringLiteral("x")}});
        auto r = m_fx.push(colleague, {intrusion});
        QCOMPARE(rejectionCode(r, intrusion), QStringLiteral("visit_not_assigned"));
        QVERIFY(m_fx.pullAll(colleague).isEmpty());

        // Another tenant: a forged visit id, a VisitStarted on it, and a new visit at a facility
        // of the first tenant are all refused; its reference data holds only its own facility.
        const QJsonObject forged = m_fx.event(stranger, a.visitId, EventType::NoteWritten);
        const QJsonObject forgedStart = m_fx.visitStarted(stranger, a.visitId, strangersFacility);
        const QJsonObject foreignFacility = m_fx.visitStarted(stranger, QUuid::createUuid(), a.facilityId);
        const QJsonObject unknownVisit = m_fx.event(stranger, QUuid::createUuid(), EventType::NoteWritten);
        r = m_fx.push(stranger, {forged, forgedStart, foreignFacility, unknownVisit});
        QVERIFY(r.json.value(QLatin1String("stored")).toArray().isEmpty());
        // Another tenant's visit is answered as one the stranger cannot know of, never "another
        // authority's" (tst_serveredges); a facility is not of theirs whether it exists elsewhere or not.
        QCOMPARE(rejectionCode(r, forged), QStringLiteral("visit_not_assigned"));
        QCOMPARE(rejectionCode(r, forgedStart), QStringLiteral("visit_not_assigned"));
        QCOMPARE(rejectionCode(r, foreignFacility), QStringLiteral("wrong_tenant"));
        QCOMPARE(rejectionCode(r, unknownVisit), QStringLiteral("visit_not_assigned"));
        QVERIFY(m_fx.pullAll(stranger).isEmpty());
        const auto ref = m_fx.get(QStringLiteral("/v1/reference"), stranger.token);
        QCOMPARE(ref.json.value(QLatin1String("tenant")).toObject().value(QLatin1String("id")).toString(),
                 otherTenant);
        QCOMPARE(ids(ref.json.value(QLatin1String("facilities"))), QStringList{strangersFacility});

        // The owner's record is untouched.
        QCOMPARE(m_fx.pullAll(m_fx.secondDevice(a.tablet)), a.events);
    }

    void aConsultantAssignedLaterPullsTheVisitsEarlierEvents()
    {
        const QString tenant = m_fx.newTenant();
        StartedVisit a = startVisit(tenant);
        auto b = m_fx.enrollNew(tenant);
        StartedVisit own = startVisit(tenant); // moves the global order on
        QString cursor;
        QVERIFY(m_fx.pullAll(b, {}, &cursor).isEmpty());
        QVERIFY(m_fx.directory().assign(idString(a.visitId), b.consultantId).isOk());
        QCOMPARE(m_fx.pullAll(b, cursor), a.events);
        // And B may now write to it; A pulls B's event.
        const QJsonObject note = m_fx.event(b, a.visitId, EventType::NoteWritten,
                                            {{QStringLiteral("text"), QStringLiteral("Enig")}});
        QCOMPARE(ids(m_fx.push(b, {note}).json.value(QLatin1String("stored"))), idsOf({note}));
        QCOMPARE(m_fx.pullAll(a.tablet).last(), note);
        Q_UNUSED(own);
    }

    void malformedBodiesAreRefusedWhole()
    {
        auto t = m_fx.enrollNew(m_fx.newTenant());
        const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + t.token.toLatin1()}};
        for (const QByteArray &body :
             {QByteArray("{\"events\": [ {\"id\": "), QByteArray("[]"), QByteArray("{}"),
              QByteArray("{\"events\": {}}"), QByteArray("\xff\xfe garbage"), QByteArray()}) {
            const auto r = m_fx.request("POST", QStringLiteral("/v1/events"), body, auth);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.error(), QStringLiteral("malformed"));
            QVERIFY(!r.json.value(QLatin1String("message")).toString().isEmpty());
        }
        for (const QString &query : {QStringLiteral("?after=abc"), QStringLiteral("?limit=0"),
                                     QStringLiteral("?limit=x"), QStringLiteral("?after=-1.2")}) {
            const auto r = m_fx.get(QStringLiteral("/v1/events") + query, t.token);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.error(), QStringLiteral("malformed"));
        }
    }

    void unknownPathsAndMethodsAnswerInJson()
    {
        auto r = m_fx.request("GET", QStringLiteral("/v2/events"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.error(), QStringLiteral("not_found"));
        r = m_fx.request("DELETE", QStringLiteral("/v1/events"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.error(), QStringLiteral("method_not_allowed"));
        r = m_fx.request("GET", QStringLiteral("/v1/enroll"));
        QCOMPARE(r.status, 405);
    }

    void oversizedBodiesAreRefused()
    {
        auto t = m_fx.enrollNew(m_fx.newTenant());
        const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + t.token.toLatin1()}};
        auto r = m_fx.request("POST", QStringLiteral("/v1/events"), QByteArray(MaxBodyBytes + 1, ' '), auth);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.error(), QStringLiteral("body_too_large"));
        // Far over the limit: cut while still arriving, before the HTTP library holds it all.
        r = m_fx.request("POST", QStringLiteral("/v1/events"), QByteArray(3 * MaxBodyBytes, ' '), auth);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.error(), QStringLiteral("body_too_large"));
        // A gzip bomb: 64 MiB of zeros in about 64 KiB; inflating stops at 16 MiB.
        const QByteArray bomb = gzip(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < MaxBodyBytes);
        auto gz = auth;
        gz.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        r = m_fx.request("POST", QStringLiteral("/v1/events"), bomb, gz);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.error(), QStringLiteral("body_too_large"));
        // Still serving afterwards.
        QCOMPARE(m_fx.push(t, {}).status, 200);
    }

    void gzipBodiesAndAnswersRoundTrip()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        const QJsonObject note = m_fx.event(v.tablet, v.visitId, EventType::NoteWritten,
                                            {{QStringLiteral("text"), QStringLiteral("Komprimeret")}});
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{note}}}).toJson();
        const QByteArray auth = "Bearer " + v.tablet.token.toLatin1();
        auto r = m_fx.request(
            "POST", QStringLiteral("/v1/events"), gzip(body),
            {{"Authorization", auth}, {"Content-Encoding", "gzip"}, {"Accept-Encoding", "gzip"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Encoding"), QByteArray("gzip"));
        QByteArray answer;
        QCOMPARE(gunzip(r.body, MaxInflatedBodyBytes, &answer), InflateResult::Ok);
        QCOMPARE(ids(QJsonDocument::fromJson(answer).object().value(QLatin1String("stored"))), idsOf({note}));

        r = m_fx.request("GET", QStringLiteral("/v1/events"), {},
                         {{"Authorization", "Bearer " + m_fx.secondDevice(v.tablet).token.toLatin1()},
                          {"Accept-Encoding", "gzip"}});
        QCOMPARE(r.header("Content-Encoding"), QByteArray("gzip"));
        QCOMPARE(gunzip(r.body, MaxInflatedBodyBytes, &answer), InflateResult::Ok);
        QCOMPARE(QJsonDocument::fromJson(answer).object().value(QLatin1String("events")).toArray().size(), 3);

        r = m_fx.request("POST", QStringLiteral("/v1/events"), body,
                         {{"Authorization", auth}, {"Content-Encoding", "br"}});
        QCOMPARE(r.status, 415);
        QCOMPARE(r.error(), QStringLiteral("unsupported_encoding"));
        r = m_fx.request("POST", QStringLiteral("/v1/events"), body.left(20),
                         {{"Authorization", auth}, {"Content-Encoding", "gzip"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("malformed"));
    }

    void pullPagesThroughTheCursorWithoutGapsOrRepeats()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        QList<QJsonObject> batch;
        for (int i = 0; i < 23; ++i)
            batch << m_fx.event(v.tablet, v.visitId, EventType::PhaseEntered,
                                {{QStringLiteral("phase"), phaseOrder().at(i % 4)}});
        QCOMPARE(ids(m_fx.push(v.tablet, batch).json.value(QLatin1String("stored"))).size(), 23);
        const QList<QJsonObject> all = v.events + batch;
        const ServerFixture::Tablet &reader = m_fx.secondDevice(v.tablet);

        QList<QJsonObject> paged;
        QString cursor;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const auto r = m_fx.get(QStringLiteral("/v1/events?after=%1&limit=10").arg(cursor), reader.token);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &e : r.json.value(QLatin1String("events")).toArray())
                paged << e.toObject();
            more = r.json.value(QLatin1String("more")).toBool();
            cursor = r.json.value(QLatin1String("cursor")).toString();
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(paged, all);
        // At the end: nothing new, the same cursor back.
        const auto end = m_fx.get(QStringLiteral("/v1/events?after=%1").arg(cursor), reader.token);
        QVERIFY(end.json.value(QLatin1String("events")).toArray().isEmpty());
        QCOMPARE(end.json.value(QLatin1String("cursor")).toString(), cursor);
        QCOMPARE(end.json.value(QLatin1String("more")).toBool(), false);
    }

    void referenceDataCarriesAVersionForConditionalRequests()
    {
        const QString tenant = m_fx.newTenant();
        auto t = m_fx.enrollNew(tenant);
        const QString facility = m_fx.newFacility(tenant);
        VisitPlan plan{idString(QUuid::createUuid()),
                       tenant,
                       facility,
                       QStringLiteral("unannounced"),
                       QStringLiteral("2025-05-01"),
                       {QStringLiteral("8.b"), QStringLiteral("3.a")},
                       {t.consultantId}};
        QVERIFY(m_fx.directory().planVisit(plan).isOk());
        auto r = m_fx.get(QStringLiteral("/v1/reference"), t.token);
        QCOMPARE(r.status, 200);
        const QString version = r.json.value(QLatin1String("version")).toString();
        QVERIFY(!version.isEmpty());
        QCOMPARE(r.header("ETag"), '"' + version.toLatin1() + '"');
        QCOMPARE(r.json.value(QLatin1String("consultant")).toObject().value(QLatin1String("id")).toString(),
                 t.consultantId);
        QCOMPARE(ids(r.json.value(QLatin1String("facilities"))), QStringList{facility});
        const QJsonObject visit = r.json.value(QLatin1String("plannedVisits")).toArray().first().toObject();
        QCOMPARE(visit.value(QLatin1String("visitId")).toString(), plan.id);
        QCOMPARE(visit.value(QLatin1String("plannedDate")).toString(), plan.plannedDate);
        QCOMPARE(visit.value(QLatin1String("focusIndicators")).toArray(),
                 QJsonArray({QStringLiteral("8.b"), QStringLiteral("3.a")}));

        const QByteArray auth = "Bearer " + t.token.toLatin1();
        r = m_fx.request("GET", QStringLiteral("/v1/reference"), {},
                         {{"Authorization", auth}, {"If-None-Match", '"' + version.toLatin1() + '"'}});
        QCOMPARE(r.status, 304);
        m_fx.newFacility(tenant);
        r = m_fx.request("GET", QStringLiteral("/v1/reference"), {},
                         {{"Authorization", auth}, {"If-None-Match", version.toLatin1()}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QLatin1String("version")).toString() != version);

        // The planned visit is the consultant's: events on it are accepted without a VisitStarted first.
        const QJsonObject note = m_fx.event(t, QUuid::fromString(plan.id), EventType::NoteWritten);
        QCOMPARE(ids(m_fx.push(t, {note}).json.value(QLatin1String("stored"))), idsOf({note}));
    }

    void aTabletKeepsItsDeviceIdAcrossEnrolments()
    {
        const QString tenant = m_fx.newTenant();
        const QString consultant = m_fx.newConsultant(tenant);
        const QString other = m_fx.newConsultant(tenant);
        const QString deviceId = idString(QUuid::createUuid());
        auto enroll = [&](const QString &who) {
            return m_fx.post(QStringLiteral("/v1/enroll"),
                             {{QStringLiteral("code"), m_fx.issueCode(who)},
                              {QStringLiteral("deviceName"), QStringLiteral("T")},
                              {QStringLiteral("deviceId"), deviceId}});
        };
        const auto first = enroll(consultant);
        QCOMPARE(first.status, 200);
        auto r = enroll(other);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error(), QStringLiteral("device_in_use"));
        QVERIFY(m_fx.directory().revokeDevice(tenant, deviceId).isOk());
        r = enroll(consultant);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("deviceId")).toString(), deviceId);
        const QString oldToken = first.json.value(QLatin1String("token")).toString();
        QCOMPARE(m_fx.get(QStringLiteral("/v1/reference"), oldToken).status, 401);
        QCOMPARE(
            m_fx.get(QStringLiteral("/v1/reference"), r.json.value(QLatin1String("token")).toString()).status,
            200);
    }

    void concurrentPushesStoreEveryEventOnceAndLoseNone()
    {
        // Many tablets push at once, on one shared visit and on visits of their own, the batches
        // overlapping so that the same events arrive in several concurrent requests (a tablet
        // that timed out and resent). The workers must neither store one twice nor lose one.
        // Six requests at once from one device are more than a device may have (they would be
        // answered 429 too_many_requests, tst_serverabuse): the limit is raised for this case.
        m_fx.server().setRequestShares({6, 0});
        const auto restoreShares = qScopeGuard([this] { m_fx.server().setRequestShares({}); });
        const QString tenant = m_fx.newTenant();
        StartedVisit shared = startVisit(tenant);
        const auto note = [this](ServerFixture::Tablet &t, const QUuid &visit, int i) {
            return m_fx.event(t, visit, EventType::NoteWritten,
                              {{QStringLiteral("noteId"), idString(QUuid::createUuid())},
                               {QStringLiteral("text"), QStringLiteral("Notat %1").arg(i)}});
        };
        constexpr int Tablets = 8;
        constexpr int Notes = 30;
        std::vector<ServerFixture::Tablet> tablets;
        QList<QUuid> visits{shared.visitId};
        QList<QList<QJsonObject>> own; // per tablet: VisitStarted of its visit, then notes
        QList<QList<QJsonObject>> onShared;
        for (int t = 0; t < Tablets; ++t) {
            tablets.push_back(m_fx.enrollNew(tenant));
            QVERIFY(m_fx.directory().assign(idString(shared.visitId), tablets.back().consultantId).isOk());
        }
        const QStringList startedIds = idsOf(shared.events);
        QSet<QString> expected(startedIds.cbegin(), startedIds.cend());
        QList<QPair<const ServerFixture::Tablet *, QList<QJsonObject>>> pushes;
        for (int t = 0; t < Tablets; ++t) {
            ServerFixture::Tablet &tablet = tablets[t];
            const QUuid visit = QUuid::createUuid();
            visits << visit;
            QList<QJsonObject> mine{m_fx.visitStarted(tablet, visit, shared.facilityId)};
            QList<QJsonObject> theirs;
            for (int i = 0; i < Notes; ++i) {
                mine << note(tablet, visit, i);
                theirs << note(tablet, shared.visitId, i);
            }
            for (const QString &id : idsOf(mine) + idsOf(theirs))
                expected.insert(id);
            // Three overlapping requests a tablet, and each a second time; every one carries the
            // VisitStarted of the tablet's own visit, so whichever comes first creates the visit.
            const QList<QJsonObject> a = mine.mid(0, 20) + theirs.mid(0, 10);
            const QList<QJsonObject> b = mine.mid(0, 1) + mine.mid(10) + theirs.mid(5, 20);
            const QList<QJsonObject> c = theirs.mid(15) + mine.mid(0, 1) + mine.mid(25);
            for (const auto &batch : {a, b, c, a, b, c})
                pushes.append({&tablet, batch});
            own << mine;
            onShared << theirs;
        }
        const QList<ServerFixture::Reply> replies = pushConcurrently(pushes);
        for (int i = 0; i < replies.size(); ++i) {
            const ServerFixture::Reply &r = replies.at(i);
            QVERIFY2(
                r.status == 200,
                qPrintable(
                    QStringLiteral("%1 %2 %3").arg(r.status).arg(r.networkError, QString::fromUtf8(r.body))));
            QStringList stored = ids(r.json.value(QLatin1String("stored")));
            QStringList sent = idsOf(pushes.at(i).second);
            stored.sort();
            sent.sort();
            QCOMPARE(stored, sent); // stored in its own order: VisitStarted first
            QCOMPARE(r.json.value(QLatin1String("rejected")).toArray().size(), 0);
        }
        // A resend of everything afterwards is answered as stored, and stores nothing new.
        for (int t = 0; t < Tablets; ++t) {
            const auto r = m_fx.push(tablets[t], own.at(t) + onShared.at(t));
            QCOMPARE(r.status, 200);
            QCOMPARE(ids(r.json.value(QLatin1String("stored"))).size(), 2 * Notes + 1);
        }
        // Every event held exactly once, with one place each in the order.
        QStringList marks;
        QVariantList args;
        for (const QUuid &v : std::as_const(visits)) {
            marks << QStringLiteral("?");
            args << idString(v);
        }
        QSqlQuery q = m_fx.db().query();
        QVERIFY(m_fx.db()
                    .exec(q,
                          QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id), COUNT(DISTINCT position) FROM "
                                         "events WHERE visit_id IN (%1)")
                              .arg(marks.join(u',')),
                          args)
                    .isOk());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), expected.size());
        QCOMPARE(q.value(1).toInt(), expected.size());
        QCOMPARE(q.value(2).toInt(), expected.size());
        // And a tablet pulls its visits whole, each event once.
        const QList<QJsonObject> pulled = m_fx.pullAll(m_fx.secondDevice(tablets.front()));
        const QStringList pulledIds = idsOf(pulled);
        QCOMPARE(QSet<QString>(pulledIds.cbegin(), pulledIds.cend()).size(), pulledIds.size());
        QCOMPARE(pulledIds.size(), shared.events.size() + Tablets * Notes + Notes + 1);
    }

    void plainHttpIsOnlyForLoopback()
    {
        SyncServer server(m_fx.db(), ServerOptions{});
        quint16 port = 0;
        QVERIFY(!server.listenPlain(QHostAddress::AnyIPv4, 0, &port).isOk());
        QVERIFY(server.listenPlain(QHostAddress::LocalHost, 0, &port).isOk());
    }
};

QTEST_MAIN(SyncServerTest)
#include "tst_syncserver.moc"
