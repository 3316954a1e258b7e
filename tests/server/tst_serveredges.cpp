// Correctness at the edges of the sync service (issue 14 §3): caps on what one push may carry,
// and answers to requests the protocol calls malformed. A real TLS listener on loopback, driven
// through QNetworkAccessManager; against SQLite, and against PostgreSQL under with_postgres.sh.
#include "Dialogue.h"
#include "EventLimits.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace feltdialog;
using namespace feltdialog::server;

namespace {

QJsonObject rejection(const ServerFixture::Reply &r, const QJsonObject &event)
{
    for (const QJsonValue &v : r.json.value(QLatin1String("rejected")).toArray())
        if (v.toObject().value(QLatin1String("id")) == event.value(QLatin1String("id")))
            return v.toObject();
    return {};
}

QString rejectionCode(const ServerFixture::Reply &r, const QJsonObject &event)
{
    return rejection(r, event).value(QLatin1String("error")).toString();
}

// What a push tells about one of its events: stored, or the code and message it was refused with.
QString answerFor(const ServerFixture::Reply &r, const QJsonObject &event)
{
    if (r.json.value(QLatin1String("stored")).toArray().contains(event.value(QLatin1String("id"))))
        return QStringLiteral("stored");
    const QJsonObject refused = rejection(r, event);
    return refused.value(QLatin1String("error")).toString() + QLatin1Char(' ') +
           refused.value(QLatin1String("message")).toString();
}

// The same event under another id, or the event's id on another event.
QJsonObject withId(QJsonObject event, const QJsonValue &id)
{
    event.insert(QStringLiteral("id"), id);
    return event;
}

} // namespace

class ServerEdgesTest : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_fx;

    struct StartedVisit
    {
        ServerFixture::Tablet tablet;
        QUuid visitId;
    };
    StartedVisit startVisit(const QString &tenant)
    {
        StartedVisit v{m_fx.enrollNew(tenant), QUuid::createUuid()};
        const auto r =
            m_fx.push(v.tablet, {m_fx.visitStarted(v.tablet, v.visitId, m_fx.newFacility(tenant))});
        if (r.status != 200)
            qWarning() << "startVisit:" << r.status << r.body;
        return v;
    }

    qint64 eventsOfVisit(const QUuid &visitId)
    {
        QSqlQuery q = m_fx.db().query();
        if (!m_fx.db()
                 .exec(q, QStringLiteral("SELECT COUNT(*) FROM events WHERE visit_id = ?"),
                       {idString(visitId)})
                 .isOk() ||
            !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QJsonObject note(ServerFixture::Tablet &t, const QUuid &visit, const QString &text)
    {
        return m_fx.event(
            t, visit, EventType::NoteWritten,
            {{QStringLiteral("noteId"), idString(QUuid::createUuid())}, {QStringLiteral("text"), text}});
    }

private slots:
    void initTestCase()
    {
        QString failure;
        QVERIFY2(m_fx.start(&failure), qPrintable(failure));
        qInfo() << "store:" << m_fx.db().describe();
    }

    void aPushOverTheEventCapIsRefusedWholeAndOneAtTheCapIsTaken()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        QList<QJsonObject> events;
        for (int i = 0; i < MaxEventsPerPush + 1; ++i)
            events << m_fx.event(v.tablet, v.visitId, EventType::PhaseEntered,
                                 {{QStringLiteral("phase"), phaseOrder().at(i % 4)}});
        const auto over = m_fx.push(v.tablet, events);
        QCOMPARE(over.status, 413);
        QCOMPARE(over.error(), QStringLiteral("too_many_events"));
        QCOMPARE(eventsOfVisit(v.visitId), 1); // only the VisitStarted

        events.removeLast();
        const auto at = m_fx.push(v.tablet, events);
        QCOMPARE(at.status, 200);
        QCOMPARE(at.json.value(QLatin1String("stored")).toArray().size(), MaxEventsPerPush);
        QCOMPARE(eventsOfVisit(v.visitId), MaxEventsPerPush + 1);
    }

    void aNoteLongerThanTheLimitIsRejectedAndTheRestOfItsBatchStored()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        const QJsonObject atLimit = note(v.tablet, v.visitId, QString(MaxNoteLength, QLatin1Char('a')));
        const QJsonObject tooLong = note(v.tablet, v.visitId, QString(MaxNoteLength + 1, QLatin1Char('b')));
        QJsonObject nested = m_fx.event(
            v.tablet, v.visitId, EventType::FindingNoted,
            {{QStringLiteral("details"), QJsonArray{QString(MaxNoteLength + 1, QLatin1Char('c'))}}});
        const auto r = m_fx.push(v.tablet, {atLimit, tooLong, nested});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("stored")).toArray(),
                 QJsonArray{atLimit.value(QLatin1String("id"))});
        QCOMPARE(rejectionCode(r, tooLong), QStringLiteral("text_too_long"));
        QCOMPARE(rejectionCode(r, nested), QStringLiteral("text_too_long"));
        QCOMPARE(eventsOfVisit(v.visitId), 2);
    }

    void cursorsTheServerNeverGaveAreMalformed()
    {
        const QString tenant = m_fx.newTenant();
        StartedVisit v = startVisit(tenant);
        const ServerFixture::Tablet &reader = m_fx.secondDevice(v.tablet);
        QString given;
        QCOMPARE(m_fx.pullAll(reader, {}, &given).size(), 1);
        QCOMPARE(m_fx.get(QStringLiteral("/v1/events?after=") + given, reader.token).status, 200);
        QCOMPARE(m_fx.get(QStringLiteral("/v1/events?after=0.0"), reader.token).status, 200); // the start
        // Another consultant's cursor is not this one's.
        const StartedVisit other = startVisit(tenant);
        QString theirs;
        m_fx.pullAll(m_fx.secondDevice(other.tablet), {}, &theirs);
        for (const QString &cursor :
             {QStringLiteral("999999.5"), QStringLiteral("9223372036854775807.9223372036854775807"),
              QStringLiteral("0") + given, QStringLiteral("+") + given, given + QStringLiteral(".1"),
              QStringLiteral("5.9"), QStringLiteral("-1.0"), QStringLiteral("abc"), theirs}) {
            const auto r =
                m_fx.get(QStringLiteral("/v1/events?after=") + QUrl::toPercentEncoding(cursor), reader.token);
            QVERIFY2(r.status == 400 && r.error() == QLatin1String("malformed"),
                     qPrintable(cursor + QLatin1Char(' ') + QString::number(r.status) +
                                QString::fromUtf8(r.body)));
        }
    }

    void aRejectedEventsIdIsEchoedCut()
    {
        StartedVisit v = startVisit(m_fx.newTenant());
        QJsonObject e = m_fx.event(v.tablet, v.visitId, EventType::TimeoutCalled);
        e.insert(QStringLiteral("id"), QString(1 << 20, QLatin1Char('a')));
        const auto r = m_fx.push(v.tablet, {e});
        QCOMPARE(r.status, 200);
        const QJsonArray rejected = r.json.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).toObject().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_event"));
        QCOMPARE(rejected.at(0).toObject().value(QLatin1String("id")).toString(),
                 QString(64, QLatin1Char('a')));
        QVERIFY2(r.body.size() < 4096, QByteArray::number(r.body.size()).constData());
    }

    void controlCharactersAreMalformedNotAStorageFailure()
    {
        const QString consultant = m_fx.newConsultant(m_fx.newTenant());
        // A NUL (escaped, so valid JSON) in the device's name: PostgreSQL cannot store it.
        auto r = m_fx.post(
            QStringLiteral("/v1/enroll"),
            {{QStringLiteral("code"), m_fx.issueCode(consultant)},
             {QStringLiteral("deviceName"), QStringLiteral("Tab") + QChar(0) + QStringLiteral("let")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("malformed"));
        // A raw control character inside a JSON string (RFC 8259 says it must be escaped).
        const QString code = m_fx.issueCode(consultant);
        r = m_fx.request("POST", QStringLiteral("/v1/enroll"),
                         "{\"code\":\"" + code.toLatin1() + "\",\"deviceName\":\"Tab\x01let\"}");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("malformed"));
        // The code was not spent by either: it still enrols.
        r = m_fx.post(
            QStringLiteral("/v1/enroll"),
            {{QStringLiteral("code"), code}, {QStringLiteral("deviceName"), QStringLiteral("Tablet")}});
        QCOMPARE(r.status, 200);

        StartedVisit v = startVisit(m_fx.newTenant());
        const QJsonObject ok = note(v.tablet, v.visitId, QStringLiteral("ok"));
        QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{ok}}})
                              .toJson(QJsonDocument::Compact);
        body.replace("\"ok\"", "\"o\tk\"");
        r = m_fx.request("POST", QStringLiteral("/v1/events"), body,
                         {{"Authorization", "Bearer " + v.tablet.token.toLatin1()}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("malformed"));
        // An escaped one is fine in a note; in an identity field it is an invalid event.
        const QJsonObject tab = note(v.tablet, v.visitId, QStringLiteral("o\tk"));
        QJsonObject nulAuthor = note(v.tablet, v.visitId, QStringLiteral("x"));
        nulAuthor.insert(QStringLiteral("authorId"), v.tablet.consultantId + QChar(0));
        r = m_fx.push(v.tablet, {tab, nulAuthor});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("stored")).toArray(), QJsonArray{tab.value(QLatin1String("id"))});
        QCOMPARE(rejectionCode(r, nulAuthor), QStringLiteral("invalid_event"));
    }

    void ifNoneMatchTakesAListAndTheWildcard()
    {
        const auto t = m_fx.enrollNew(m_fx.newTenant());
        const auto first = m_fx.get(QStringLiteral("/v1/reference"), t.token);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("ETag");
        QVERIFY(etag.startsWith('"'));
        const auto conditional = [&](const QByteArray &ifNoneMatch) {
            return m_fx
                .request("GET", QStringLiteral("/v1/reference"), {},
                         {{"Authorization", "Bearer " + t.token.toLatin1()}, {"If-None-Match", ifNoneMatch}})
                .status;
        };
        QCOMPARE(conditional(etag), 304);
        QCOMPARE(conditional("\"stale\", " + etag), 304);
        QCOMPARE(conditional("\"stale\",W/" + etag + " "), 304);
        QCOMPARE(conditional("*"), 304);
        QCOMPARE(conditional("\"stale\", \"older\""), 200);
    }

    // Issue 14: a revoked device id was enrolled by another tenant's code, the row moved tenant,
    // and the first tenant's own tablet could not enrol again (409 device_in_use) with its unsent
    // events stranded. Device ids are per tenant; no answer tells one tenant of another's ids.
    void deviceIdsArePerTenantAndNeverSayWhatAnotherTenantHolds()
    {
        const QString tenantA = m_fx.newTenant(), tenantB = m_fx.newTenant();
        const QString anne = m_fx.newConsultant(tenantA), bent = m_fx.newConsultant(tenantB);
        const QString deviceId = idString(QUuid::createUuid());
        const auto enroll = [&](const QString &consultant) {
            return m_fx.post(QStringLiteral("/v1/enroll"),
                             {{QStringLiteral("code"), m_fx.issueCode(consultant)},
                              {QStringLiteral("deviceName"), QStringLiteral("T")},
                              {QStringLiteral("deviceId"), deviceId}});
        };
        auto a = enroll(anne);
        QCOMPARE(a.status, 200);
        // Another tenant with the same id, while A's is active: enrolled, nothing said about A.
        auto b = enroll(bent);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json.value(QLatin1String("deviceId")).toString(), deviceId);
        QCOMPARE(b.json.value(QLatin1String("tenantId")).toString(), tenantB);
        // Both tokens work, each in its own tenant.
        ServerFixture::Tablet tabletA{anne, tenantA, deviceId,
                                      a.json.value(QLatin1String("token")).toString(), 1};
        ServerFixture::Tablet tabletB{bent, tenantB, deviceId,
                                      b.json.value(QLatin1String("token")).toString(), 1};
        QCOMPARE(m_fx.get(QStringLiteral("/v1/reference"), tabletA.token).status, 200);
        QCOMPARE(m_fx.get(QStringLiteral("/v1/reference"), tabletB.token).status, 200);

        // A revokes its tablet; B's is untouched; A's tablet enrols again and its unsent events go.
        QVERIFY(m_fx.directory().revokeDevice(tenantA, deviceId).isOk());
        QCOMPARE(m_fx.get(QStringLiteral("/v1/reference"), tabletA.token).status, 401);
        QCOMPARE(m_fx.get(QStringLiteral("/v1/reference"), tabletB.token).status, 200);
        QCOMPARE(enroll(bent).status, 200); // B again: its own row
        a = enroll(anne);
        QCOMPARE(a.status, 200);
        tabletA.token = a.json.value(QLatin1String("token")).toString();
        const QUuid visit = QUuid::createUuid();
        const auto pushed =
            m_fx.push(tabletA, {m_fx.visitStarted(tabletA, visit, m_fx.newFacility(tenantA))});
        QCOMPARE(pushed.json.value(QLatin1String("stored")).toArray().size(), 1);
        QList<DeviceRecord> devices;
        QVERIFY(m_fx.directory().devices(tenantA, &devices).isOk());
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().consultantId, anne);
        QVERIFY(devices.first().lastPushMs > 0);
        QVERIFY(m_fx.directory().devices(tenantB, &devices).isOk());
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().consultantId, bent);
        QCOMPARE(devices.first().lastPushMs, 0);

        // Within one tenant an active id is still in use for another consultant; and revoking an
        // id enrolled in two tenants needs the tenant.
        const auto other = enroll(m_fx.newConsultant(tenantA));
        QCOMPARE(other.status, 409);
        QCOMPARE(other.error(), QStringLiteral("device_in_use"));
        QCOMPARE(m_fx.directory().revokeDevice(QString(), deviceId).code(), Status::Invalid);
    }

    void anEventIdAnotherTenantHoldsIsAnsweredAsANewOne()
    {
        const QString tenantA = m_fx.newTenant();
        const QString tenantB = m_fx.newTenant();
        StartedVisit a = startVisit(tenantA);
        StartedVisit b = startVisit(tenantB);
        const QJsonObject held = note(a.tablet, a.visitId, QStringLiteral("Anne's note"));
        QCOMPARE(answerFor(m_fx.push(a.tablet, {held}), held), QStringLiteral("stored"));

        // B's tablet pushes its own note under A's event id, and one under a fresh id: both are
        // stored, so nothing tells B that A holds the first id.
        const QJsonObject sameId =
            withId(note(b.tablet, b.visitId, QStringLiteral("Bents note")), held.value(QLatin1String("id")));
        const QJsonObject freshId = note(b.tablet, b.visitId, QStringLiteral("Bents anden note"));
        const auto r = m_fx.push(b.tablet, {sameId, freshId});
        QCOMPARE(r.status, 200);
        QCOMPARE(answerFor(r, sameId), QStringLiteral("stored"));
        QCOMPARE(answerFor(r, freshId), QStringLiteral("stored"));
        QCOMPARE(answerFor(m_fx.push(b.tablet, {sameId}), sameId), QStringLiteral("stored")); // a replay

        // Each authority holds its own event under the id, and reads only its own.
        const auto textOf = [&](const ServerFixture::Tablet &reader) {
            for (const QJsonObject &e : m_fx.pullAll(m_fx.secondDevice(reader)))
                if (e.value(QLatin1String("id")) == held.value(QLatin1String("id")))
                    return e.value(QLatin1String("payload"))
                        .toObject()
                        .value(QLatin1String("text"))
                        .toString();
            return QString();
        };
        QCOMPARE(textOf(a.tablet), QStringLiteral("Anne's note"));
        QCOMPARE(textOf(b.tablet), QStringLiteral("Bents note"));

        // Within one tenant an id is still one event: other content under it is refused.
        const QJsonObject changed =
            withId(note(b.tablet, b.visitId, QStringLiteral("ændret")), held.value(QLatin1String("id")));
        QCOMPARE(rejectionCode(m_fx.push(b.tablet, {changed}), changed),
                 QStringLiteral("conflicting_duplicate"));
    }

    void aVisitAnotherTenantHoldsIsAnsweredAsOneThePusherCannotKnow()
    {
        const QString tenantB = m_fx.newTenant();
        StartedVisit a = startVisit(m_fx.newTenant());
        StartedVisit b = startVisit(tenantB);
        // A note to A's visit is answered exactly as a note to a visit nobody holds.
        const QJsonObject toTheirs = note(b.tablet, a.visitId, QStringLiteral("x"));
        const QJsonObject toNobodys = note(b.tablet, QUuid::createUuid(), QStringLiteral("x"));
        auto r = m_fx.push(b.tablet, {toTheirs, toNobodys});
        QCOMPARE(rejectionCode(r, toTheirs), QStringLiteral("visit_not_assigned"));
        QCOMPARE(answerFor(r, toTheirs), answerFor(r, toNobodys));
        // A VisitStarted under A's visit id is answered as one under a visit of B's own authority
        // that B's consultant is not assigned to: never "another authority".
        StartedVisit colleague = startVisit(tenantB);
        const QJsonObject startTheirs = m_fx.visitStarted(b.tablet, a.visitId, m_fx.newFacility(tenantB));
        const QJsonObject startColleagues =
            m_fx.visitStarted(b.tablet, colleague.visitId, m_fx.newFacility(tenantB));
        r = m_fx.push(b.tablet, {startTheirs, startColleagues});
        QCOMPARE(rejectionCode(r, startTheirs), QStringLiteral("visit_not_assigned"));
        QCOMPARE(answerFor(r, startTheirs), answerFor(r, startColleagues));
        QCOMPARE(eventsOfVisit(a.visitId), 1); // A's visit holds its own VisitStarted only
    }
};

QTEST_MAIN(ServerEdgesTest)
#include "tst_serveredges.moc"
