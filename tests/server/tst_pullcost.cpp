// What a pull costs (issue 14 §2): it depends on the page it returns, not on the history. The
// database is asked how it runs a pull (EXPLAIN) for a consultant with a long history; timings
// are never asserted here. Runs against SQLite, and against PostgreSQL under with_postgres.sh.
#include "Dialogue.h"
#include "Enrollment.h"
#include "EventLog.h"
#include "Schema.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <memory>

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
            batch << m_fx.event(tablet, visit, EventType::PhaseEntered,
                                {{QStringLiteral("phase"), phaseOrder().at(i % 4)}});
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
                batch << m_fx.event(busy, id, EventType::PhaseEntered,
                                    {{QStringLiteral("phase"), phaseOrder().at(i % 4)}});
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
            more << m_fx.event(mine, visit, EventType::PhaseEntered,
                               {{QStringLiteral("phase"), phaseOrder().at(i % 4)}});
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

    // A store written before issue 14 (schema version 1) gets its streams from its events and
    // assignments and keeps its devices, tokens included, when the server is upgraded.
    void aStoreOfVersionOneIsUpgradedWithItsStreamsDevicesAndEventsTenants()
    {
        std::unique_ptr<ServerDatabase> old;
        QString location = m_fx.tempPath(QStringLiteral("version1.sqlite"));
        if (m_fx.usesPostgres()) {
            const QString name = QStringLiteral("v1_") + idString(QUuid::createUuid()).left(8);
            QVERIFY(m_fx.db().exec(QStringLiteral("CREATE DATABASE ") + name).isOk());
            location = qEnvironmentVariable("FELTDIALOG_TEST_PG_URL").section(u'/', 0, -2) + u'/' + name;
        }
        QVERIFY(ServerDatabase::open(location, &old).isOk());
        QVERIFY(migrateTo(*old, 1).isOk());
        const QString visit = idString(QUuid::createUuid());
        const auto event = [&](int position, const QString &author, const QString &device) {
            return old->exec(
                QStringLiteral("INSERT INTO events (position, id, visit_id, author_id, device_id, "
                               "device_seq, hlc, wall_time_ms, type, payload, schema_version, "
                               "received_ms, received_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'NoteWritten', "
                               "'{\"text\":\"før\"}', 1, 0, ?)"),
                {position, idString(QUuid::createUuid()), visit, author, device, position,
                 qint64(position) << 16, position, device});
        };
        for (const QString &sql :
             {QStringLiteral("INSERT INTO tenants VALUES ('t', 'Tilsyn', 0)"),
              QStringLiteral("INSERT INTO consultants VALUES ('anne', 't', 'Anne', 0)"),
              QStringLiteral("INSERT INTO consultants VALUES ('bo', 't', 'Bo', 0)"),
              QStringLiteral(
                  "INSERT INTO facilities VALUES ('t', 'f', 'Bosted', 'botilbud', 'Vej 1', 56, 9)"),
              QStringLiteral(
                  "INSERT INTO visits VALUES ('%1', 't', 'f', 'unannounced', NULL, '[]', 'anne', 0)")
                  .arg(visit),
              QStringLiteral("INSERT INTO assignments VALUES ('%1', 'anne', 1)").arg(visit),
              QStringLiteral("INSERT INTO assignments VALUES ('%1', 'bo', 5)").arg(visit),
              QStringLiteral("INSERT INTO devices VALUES ('dev-a', 't', 'anne', 'A', '%1', 0, NULL, 7)")
                  .arg(Enrollment::sha256Hex(QStringLiteral("token-a"))),
              QStringLiteral("INSERT INTO devices VALUES ('dev-b', 't', 'bo', 'B', '%1', 0, NULL, NULL)")
                  .arg(Enrollment::sha256Hex(QStringLiteral("token-b"))),
              QStringLiteral("UPDATE log_clock SET last_position = 6")})
            QVERIFY2(old->exec(sql).isOk(), qPrintable(sql));
        for (int position : {2, 3, 4})
            QVERIFY(event(position, QStringLiteral("anne"), QStringLiteral("dev-a")).isOk());
        QVERIFY(event(6, QStringLiteral("bo"), QStringLiteral("dev-b")).isOk());

        QVERIFY(migrate(*old).isOk());
        // Each event now belongs to its visit's tenant (schema step 4: event ids per tenant).
        QSqlQuery owned = old->query();
        QVERIFY(old->exec(owned, QStringLiteral("SELECT COUNT(*) FROM events WHERE tenant_id = 't'")).isOk());
        QVERIFY(owned.next());
        QCOMPARE(owned.value(0).toInt(), 4);
        owned.finish();
        Pusher anne, bo;
        ApiError error;
        QVERIFY(Enrollment(*old).authenticate("Bearer token-a", &anne, &error).isOk() && !error.isError());
        QVERIFY(Enrollment(*old).authenticate("Bearer token-b", &bo, &error).isOk() && !error.isError());
        QCOMPARE(anne.deviceId, QStringLiteral("dev-a"));
        QCOMPARE(bo.tenantId, QStringLiteral("t"));
        PullPage page;
        QVERIFY(EventLog(*old).pull(bo, {}, 100, &page).isOk());
        QCOMPARE(page.events.size(), 3); // Anne's three, at Bo's assignment; not his own
        QCOMPARE(page.cursor.toString(), QStringLiteral("6.6")); // past his own
        QVERIFY(EventLog(*old).pull(anne, {}, 100, &page).isOk());
        QCOMPARE(page.events.size(), 1);
        QCOMPARE(page.events.first().authorId, QStringLiteral("bo"));
        // A cursor an old server gave (the place of the last event delivered) is still known.
        bool known = false;
        QVERIFY(EventLog(*old).isKnownCursor(QStringLiteral("bo"), {5, 4}, &known).isOk());
        QVERIFY(known);
    }
};

QTEST_MAIN(PullCostTest)
#include "tst_pullcost.moc"
