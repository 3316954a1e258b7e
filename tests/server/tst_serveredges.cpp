// Correctness at the edges of the sync service (issue 14 §3): caps on what one push may carry,
// and answers to requests the protocol calls malformed. A real TLS listener on loopback, driven
// through QNetworkAccessManager; against SQLite, and against PostgreSQL under with_postgres.sh.
#include "EventLimits.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace feltdialog;
using namespace feltdialog::server;

namespace {

QString rejectionCode(const ServerFixture::Reply &r, const QJsonObject &event)
{
    for (const QJsonValue &v : r.json.value(QLatin1String("rejected")).toArray())
        if (v.toObject().value(QLatin1String("id")) == event.value(QLatin1String("id")))
            return v.toObject().value(QLatin1String("error")).toString();
    return {};
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
                                 {{QStringLiteral("phase"), i % 4}});
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
};

QTEST_MAIN(ServerEdgesTest)
#include "tst_serveredges.moc"
