// What a pull costs (issue 14 §2): it depends on the page it returns, not on the history. The
// database is asked how it runs a pull (EXPLAIN) for a consultant with a long history; timings
// are never asserted here. Runs against SQLite, and against PostgreSQL under with_postgres.sh.
#include "EventLog.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace feltdialog;
using namespace feltdialog::server;

namespace {

QString sqlLiteral(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    return QString::number(v.toLongLong());
}

// The statement with its values written in: PostgreSQL cannot prepare an EXPLAIN.
QString withValues(const QString &sql, const QVariantList &values)
{
    QString out;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?') && next < values.size())
            out += sqlLiteral(values.at(next++));
        else
            out += c;
    }
    return out;
}

} // namespace

class PullCostTest : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_fx;

    QStringList plan(const QString &sql, const QVariantList &values)
    {
        const bool sqlite = m_fx.db().dialect() == Dialect::Sqlite;
        QSqlQuery q = m_fx.db().query();
        const Status s =
            m_fx.db().exec(q, (sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN ")) +
                                  withValues(sql, values));
        if (!s.isOk())
            qWarning() << s.detail();
        QStringList lines;
        while (q.next())
            lines << q.value(sqlite ? 3 : 0).toString();
        return lines;
    }

    // A consultant whose visit holds `count` events, pushed in batches the server takes.
    QPair<ServerFixture::Tablet, QUuid> longHistory(const QString &tenant, int count)
    {
        ServerFixture::Tablet tablet = m_fx.enrollNew(tenant);
        const QUuid visit = QUuid::createUuid();
        QList<QJsonObject> batch{m_fx.visitStarted(tablet, visit, m_fx.newFacility(tenant))};
        for (int i = 1; i < count; ++i) {
            batch << m_fx.event(tablet, visit, EventType::PhaseEntered, {{QStringLiteral("phase"), i % 4}});
            if (batch.size() == 500 || i == count - 1) {
                const ServerFixture::Reply r = m_fx.push(tablet, batch);
                if (r.status != 200 || r.json.value(QLatin1String("stored")).toArray().size() != batch.size())
                    qWarning() << "push failed:" << r.status << r.body.left(300);
                batch.clear();
            }
        }
        return {tablet, visit};
    }

private slots:
    void initTestCase()
    {
        QString failure;
        QVERIFY2(m_fx.start(&failure), qPrintable(failure));
        qInfo() << "store:" << m_fx.db().describe();
    }

    void aPullIsAnIndexRangeFromTheCursorNotASortOfTheHistory()
    {
        const QString tenant = m_fx.newTenant();
        const auto [pusher, visit] = longHistory(tenant, 4000);
        const ServerFixture::Tablet &big = m_fx.secondDevice(pusher); // reads what the first pushed
        // A colleague assigned later gets the visit's history at the assignment's place; a small
        // consultant of the same tenant has one short visit.
        ServerFixture::Tablet colleague = m_fx.enrollNew(tenant);
        QVERIFY(m_fx.directory().assign(idString(visit), colleague.consultantId).isOk());
        longHistory(tenant, 20);
        // Many events a visit (an office's year, scaled down): 40 visits of 500 events.
        ServerFixture::Tablet busy = m_fx.enrollNew(tenant);
        const QString facility = m_fx.newFacility(tenant);
        QList<QJsonObject> batch;
        for (int v = 0; v < 40; ++v) {
            const QUuid id = QUuid::createUuid();
            batch << m_fx.visitStarted(busy, id, facility);
            for (int i = 1; i < 500; ++i)
                batch << m_fx.event(busy, id, EventType::PhaseEntered, {{QStringLiteral("phase"), i % 4}});
            if (batch.size() == 1000) {
                QCOMPARE(m_fx.push(busy, batch).json.value(QLatin1String("stored")).toArray().size(), 1000);
                batch.clear();
            }
        }
        QVERIFY(m_fx.db().exec(QStringLiteral("ANALYZE")).isOk());
        QCOMPARE(m_fx.pullAll(big).size(), 4000);

        // From the start, and from a cursor in the middle of the history, for both long histories.
        const ServerFixture::Reply page = m_fx.get(QStringLiteral("/v1/events?limit=1000"), big.token);
        QCOMPARE(page.status, 200);
        const QString middle = page.json.value(QLatin1String("cursor")).toString();
        PullCursor at;
        QVERIFY(PullCursor::parse(middle, &at));
        // (For the small consultant a sort of its 20 events may well be the cheaper plan, and the
        // planner is free to choose it: that cost is the page's.)
        for (const ServerFixture::Tablet *reader : QList<const ServerFixture::Tablet *>{&big, &colleague}) {
            for (const PullCursor &after : {PullCursor{}, at}) {
                const QStringList lines =
                    plan(EventLog::pullStatement(),
                         {reader->consultantId, after.place, after.position, reader->deviceId, 101});
                const QString text = lines.join(u'\n');
                QVERIFY2(!lines.isEmpty(), "no plan");
                QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE"), Qt::CaseInsensitive) &&
                             !text.contains(QLatin1String("Sort"), Qt::CaseSensitive),
                         qPrintable(text));
                QVERIFY2(text.contains(QRegularExpression(QStringLiteral(
                             "(SEARCH s USING (COVERING )?INDEX sqlite_autoindex_consultant_stream|Index.* "
                             "on consultant_stream)"))),
                         qPrintable(text));
            }
        }
        // A push's cost does not grow with the store either: its events go into the streams by
        // their range of positions, each looking up its visit's assignments, never a scan of
        // every assignment or event (SQLite scanned all assignments until told the join order).
        const QStringList addition =
            plan(EventLog::streamAdditionStatement().arg(at.position).arg(at.position + 10), {});
        const QString additionText = addition.join(u'\n');
        QVERIFY2(!addition.isEmpty(), "no plan");
        QVERIFY2(
            !additionText.contains(QRegularExpression(QStringLiteral("(SCAN [ae]\\b|Seq Scan on events)"))),
            qPrintable(additionText));

        // And the stream delivers what the history holds: every event once, in order.
        QCOMPARE(m_fx.pullAll(colleague).size(), 4000);
    }

    void aTabletIsNotSentItsOwnEventsBackAndItsCursorMovesPastThem()
    {
        const QString tenant = m_fx.newTenant();
        auto [mine, visit] = longHistory(tenant, 600);
        ServerFixture::Tablet colleague = m_fx.enrollNew(tenant);
        QVERIFY(m_fx.directory().assign(idString(visit), colleague.consultantId).isOk());
        const QJsonObject theirs = m_fx.event(colleague, visit, EventType::NoteWritten,
                                              {{QStringLiteral("noteId"), idString(QUuid::createUuid())},
                                               {QStringLiteral("text"), QStringLiteral("Set fra døren")}});
        QCOMPARE(m_fx.push(colleague, {theirs}).status, 200);
        QList<QJsonObject> more;
        for (int i = 0; i < 600; ++i)
            more << m_fx.event(mine, visit, EventType::PhaseEntered, {{QStringLiteral("phase"), i % 4}});
        QCOMPARE(m_fx.push(mine, more.mid(0, 500)).status, 200);
        QCOMPARE(m_fx.push(mine, more.mid(500)).status, 200);

        // Small pages: what comes back is the colleague's one note, in one page, and the cursor
        // lands at the end of the stream, past the 1,200 events the tablet pushed itself.
        const ServerFixture::Reply first = m_fx.get(QStringLiteral("/v1/events?limit=100"), mine.token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("events")).toArray(), QJsonArray{theirs});
        QCOMPARE(first.json.value(QLatin1String("more")).toBool(), false);
        const QString cursor = first.json.value(QLatin1String("cursor")).toString();
        QSqlQuery end = m_fx.db().query();
        QVERIFY(m_fx.db().exec(end, EventLog::streamEndStatement(), {mine.consultantId}).isOk());
        QVERIFY(end.next());
        const PullCursor streamEnd{end.value(0).toLongLong(), end.value(1).toLongLong()};
        QCOMPARE(cursor, streamEnd.toString());

        // The next pull starts there; the colleague gets everything the tablet pushed.
        const QJsonObject reply = m_fx.event(colleague, visit, EventType::TimeoutCalled);
        QCOMPARE(m_fx.push(colleague, {reply}).status, 200);
        QCOMPARE(m_fx.pullAll(mine, cursor), QList<QJsonObject>{reply});
        QCOMPARE(m_fx.pullAll(colleague).size(), 1200);
    }
};

QTEST_MAIN(PullCostTest)
#include "tst_pullcost.moc"
