// The office console's visit list (issue 17): pages of it through /office/api/visits as the
// console asks for them (newest first, every visit once, "Vis flere" following the cursor), the
// filters done by the database, and its cost that of the page, not of the history (the database
// is asked how it runs the statement: EXPLAIN, never a timing). Also the office API's bad input:
// a body that is not a JSON object, a date that does not exist, and logins as they are typed. On
// SQLite, and on PostgreSQL under with_postgres.sh.
#include "Dialogue.h"
#include "OfficeAccounts.h"
#include "OfficeVisits.h"
#include "ServerFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace feltdialog;
using namespace feltdialog::server;

namespace {

constexpr int StartedAtA = 120; // by Anna at facility A; the first ClosedAtA of them closed
constexpr int ClosedAtA = 30;
constexpr int InMarch = 20;      // of Anna's, started on 2026-03-02 (UTC)
constexpr int StartedAtB = 40;   // by Bo at facility B
constexpr int PlannedForBo = 10; // planned at B for 2026-03-02, nothing on them yet
const QString March2 = QStringLiteral("2026-03-02");

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

class TestOfficeVisits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString failure;
        QVERIFY2(m_fx.start(&failure), qPrintable(failure));
        qInfo() << "store:" << m_fx.db().describe();
        m_tenant = m_fx.newTenant();
        m_facilityA = m_fx.newFacility(m_tenant);
        m_facilityB = m_fx.newFacility(m_tenant);
        ServerFixture::Tablet anna = m_fx.enrollNew(m_tenant), bo = m_fx.enrollNew(m_tenant);
        m_anna = anna.consultantId;
        m_bo = bo.consultantId;
        const qint64 march2 = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
        QList<QJsonObject> batch;
        for (int i = 0; i < StartedAtA + StartedAtB; ++i) {
            const bool atA = i < StartedAtA;
            ServerFixture::Tablet &tablet = atA ? anna : bo;
            const QUuid visit = QUuid::createUuid();
            QJsonObject start = m_fx.visitStarted(tablet, visit, atA ? m_facilityA : m_facilityB);
            if (atA && i >= StartedAtA - InMarch)
                start.insert(QStringLiteral("wallTime"), QString::number(march2));
            batch = {start, m_fx.event(tablet, visit, EventType::PhaseEntered,
                                       {{QStringLiteral("phase"), phaseOrder().at(0)}})};
            if (atA && i < ClosedAtA)
                batch << m_fx.event(tablet, visit, EventType::VisitClosed);
            QCOMPARE(m_fx.push(tablet, batch).status, 200);
        }
        for (int i = 0; i < PlannedForBo; ++i)
            QVERIFY(m_fx.directory()
                        .planVisit({QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    m_tenant,
                                    m_facilityB,
                                    QStringLiteral("announced"),
                                    March2,
                                    {},
                                    {m_bo}})
                        .isOk());
        // Another authority's visits: never listed here, and enough of a history around the
        // tenant's that the planners have a choice to make.
        const QString other = m_fx.newTenant();
        ServerFixture::Tablet stranger = m_fx.enrollNew(other);
        const QString strangerFacility = m_fx.newFacility(other);
        batch.clear();
        for (int i = 0; i < 2000; ++i) {
            batch << m_fx.visitStarted(stranger, QUuid::createUuid(), strangerFacility);
            if (batch.size() == 1000) {
                QCOMPARE(m_fx.push(stranger, batch).status, 200);
                batch.clear();
            }
        }
        QVERIFY(m_fx.db().exec(QStringLiteral("ANALYZE")).isOk());
        m_cookie = teamLeaderSession(QStringLiteral("leder"));
        QVERIFY(!m_cookie.isEmpty());
    }

    void theListPagesThroughEveryVisitNewestFirst()
    {
        QStringList seen;
        int pages = 0;
        for (QString after;;) {
            const QJsonObject page = list(QStringLiteral("limit=50") +
                                          (after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
            const QJsonArray visits = page.value(QLatin1String("visits")).toArray();
            QVERIFY(visits.size() <= 50);
            for (const QJsonValue &v : visits)
                seen << v.toObject().value(QLatin1String("id")).toString();
            ++pages;
            if (page.value(QLatin1String("next")).isNull())
                break;
            after = page.value(QLatin1String("next")).toString();
            QVERIFY(pages < 10);
        }
        const int all = StartedAtA + StartedAtB + PlannedForBo;
        QCOMPARE(pages, (all + 49) / 50);
        QCOMPARE(seen.size(), all);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), all);
        // Newest first: the planned ones came last, so they lead.
        QJsonArray first =
            list(QStringLiteral("limit=%1").arg(PlannedForBo)).value(QLatin1String("visits")).toArray();
        for (const QJsonValue &v : first)
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("planned"));
        // The default page is DefaultVisitPage.
        QCOMPARE(list({}).value(QLatin1String("visits")).toArray().size(), DefaultVisitPage);
    }

    void theFiltersAreTheDatabases()
    {
        QCOMPARE(countAll(QStringLiteral("facility=") + m_facilityB), StartedAtB + PlannedForBo);
        QCOMPARE(countAll(QStringLiteral("consultant=") + m_anna), StartedAtA);
        QCOMPARE(countAll(QStringLiteral("consultant=") + m_bo), StartedAtB + PlannedForBo);
        QCOMPARE(countAll(QStringLiteral("status=closed")), ClosedAtA);
        QCOMPARE(countAll(QStringLiteral("status=planned")), PlannedForBo);
        QCOMPARE(countAll(QStringLiteral("status=in_progress")), StartedAtA + StartedAtB - ClosedAtA);
        // A day: the visits started then, and those planned for it that have not started.
        QCOMPARE(countAll(QStringLiteral("from=%1&to=%1").arg(March2)), InMarch + PlannedForBo);
        QCOMPARE(countAll(QStringLiteral("from=%1&to=%1&facility=%2").arg(March2, m_facilityA)), InMarch);
        QCOMPARE(countAll(QStringLiteral("to=2026-03-01")), 0);
        QCOMPARE(countAll(QStringLiteral("from=2026-03-03")), StartedAtA + StartedAtB - InMarch);
        // Small pages of a filter still hold every match once.
        QCOMPARE(countAll(QStringLiteral("status=closed&consultant=%1").arg(m_anna), 7), ClosedAtA);
        const QJsonObject closed = list(QStringLiteral("status=closed&limit=1"))
                                       .value(QLatin1String("visits"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(closed.value(QLatin1String("eventCount")).toInt(), 3);
        QCOMPARE(closed.value(QLatin1String("consultants"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 m_anna);
    }

    void badInputIsRefusedNamingTheField()
    {
        const auto refused = [this](const QString &query, const char *error, const char *field) {
            const ServerFixture::Reply r = officeGet(QStringLiteral("/office/api/visits?") + query);
            if (r.status != 400 || r.error() != QLatin1String(error) ||
                !r.json.value(QLatin1String("message")).toString().startsWith(QLatin1String(field))) {
                qWarning() << query << r.status << r.body;
                return false;
            }
            return true;
        };
        QVERIFY(refused(QStringLiteral("from=2024-13-45"), "invalid_date", "from"));
        QVERIFY(refused(QStringLiteral("to=2024-02-30"), "invalid_date", "to"));
        QVERIFY(refused(QStringLiteral("from=2.3.2024"), "invalid_date", "from"));
        QVERIFY(refused(QStringLiteral("status=open"), "invalid_status", "status"));
        QVERIFY(refused(QStringLiteral("limit=0"), "invalid_limit", "limit"));
        QVERIFY(refused(QStringLiteral("limit=201"), "invalid_limit", "limit"));
        QVERIFY(refused(QStringLiteral("after=12.x.y"), "malformed", "after"));

        // A change whose body is not a JSON object is malformed, not read as {}.
        for (const QByteArray &body :
             {QByteArray("{\"login\": \"leder\""), QByteArray("[1]"), QByteArray("login=leder")}) {
            const ServerFixture::Reply signIn = m_fx.request("POST", QStringLiteral("/office/api/sign-in"),
                                                             body, {{"Content-Type", "application/json"}});
            QCOMPARE(signIn.status, 400);
            QCOMPARE(signIn.error(), QStringLiteral("malformed"));
            const ServerFixture::Reply welcome = m_fx.request("POST", QStringLiteral("/office/api/welcome"),
                                                              body, {{"Content-Type", "application/json"}});
            QCOMPARE(welcome.error(), QStringLiteral("malformed"));
            const ServerFixture::Reply password =
                m_fx.request("POST", QStringLiteral("/office/api/password"), body,
                             {{"Content-Type", "application/json"},
                              {"Cookie", m_cookie.toLatin1()},
                              {"X-CSRF-Token", m_csrf}});
            QCOMPARE(password.status, 400);
            QCOMPARE(password.error(), QStringLiteral("malformed"));
        }
    }

    void aLoginIsTrimmedAndLowerCased()
    {
        const QString cookie = teamLeaderSession(QStringLiteral("  Bo.Leder@Kommune.DK "));
        QVERIFY(!cookie.isEmpty());
        QSqlQuery q = m_fx.db().query();
        QVERIFY(m_fx.db()
                    .exec(q,
                          QStringLiteral("SELECT login FROM office_users WHERE tenant_id = ? AND name = ?"),
                          {m_tenant, QStringLiteral("  Bo.Leder@Kommune.DK ")})
                    .isOk());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("bo.leder@kommune.dk"));
        const ServerFixture::Reply signIn =
            m_fx.request("POST", QStringLiteral("/office/api/sign-in"),
                         R"({"login": " BO.LEDER@kommune.dk", "password": "en lang adgangskode"})",
                         {{"Content-Type", "application/json"}});
        QCOMPARE(signIn.status, 200);
    }

    void theListIsAnIndexRangeNotAScanOfTheHistory()
    {
        const VisitPageCursor middle{QDateTime::currentMSecsSinceEpoch(), QStringLiteral("ffffffff")};
        const QList<VisitFilter> filters{
            {},
            {{}, m_facilityB, {}, {}, {}},
            {m_anna, {}, {}, {}, {}},
            {{}, {}, {}, {}, QStringLiteral("closed")},
            {{}, {}, {}, {}, QStringLiteral("in_progress")},
            {{}, {}, {}, {}, QStringLiteral("planned")},
            {{}, {}, March2, March2, {}},
        };
        for (const VisitFilter &filter : filters) {
            for (const VisitPageCursor *after : {static_cast<const VisitPageCursor *>(nullptr), &middle}) {
                QVariantList values;
                const QString sql =
                    visitPageStatement(filter, after != nullptr, &values, m_tenant, after, 50);
                const QString text = plan(sql, values).join(u'\n');
                QVERIFY2(!text.isEmpty(), "no plan");
                // Never a scan of the events: each listed visit's events come from its own index
                // range, so what the store holds elsewhere costs nothing.
                QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("(SCAN e\\b|Seq Scan on events)"))),
                         qPrintable(text));
                // The whole list, and a facility's, come from an index in the list's order: no sort,
                // nothing read before the cursor. (A consultant, a day or a state is checked per
                // visit of the tenant until the page is full; the planner may then sort the few it
                // expects to match. That reads the tenant's visits, never their events.)
                if (filter.consultantId.isEmpty() && filter.from.isEmpty() && filter.status.isEmpty()) {
                    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE"), Qt::CaseInsensitive) &&
                                 !text.contains(QLatin1String("Sort"), Qt::CaseSensitive),
                             qPrintable(text));
                    QVERIFY2(text.contains(
                                 QRegularExpression(QStringLiteral("visits_by_(tenant|facility)_created"))),
                             qPrintable(text));
                }
            }
        }
    }

private:
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

    // A team leader of the tenant with a password, signed in: the session's cookie.
    QString teamLeaderSession(const QString &login)
    {
        OfficeAccounts accounts(m_fx.db(), QDateTime::currentMSecsSinceEpoch());
        const OfficeUser user{QUuid::createUuid().toString(QUuid::WithoutBraces),
                              m_tenant,
                              {},
                              login,
                              login,
                              QStringLiteral("team_leader")};
        QString link;
        OfficeSession session;
        QString token;
        if (!accounts.createUser(user, &link).isOk() ||
            !accounts.redeemLink(link, QStringLiteral("en lang adgangskode"), {}, &session, &token).isOk())
            return {};
        m_csrf = session.csrfToken.toLatin1();
        return QStringLiteral("fd_session=") + token;
    }

    ServerFixture::Reply officeGet(const QString &path)
    {
        return m_fx.request("GET", path, {}, {{"Cookie", m_cookie.toLatin1()}});
    }

    QJsonObject list(const QString &query)
    {
        const ServerFixture::Reply r = officeGet(QStringLiteral("/office/api/visits?") + query);
        if (r.status != 200)
            qWarning() << query << r.status << r.body.left(300);
        return r.json;
    }

    // Every visit a filter lists, page by page.
    int countAll(const QString &query, int limit = 50)
    {
        int n = 0;
        for (QString after;;) {
            const QJsonObject page = list(query + QStringLiteral("&limit=%1").arg(limit) +
                                          (after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
            n += page.value(QLatin1String("visits")).toArray().size();
            if (!page.value(QLatin1String("next")).isString())
                return n;
            after = page.value(QLatin1String("next")).toString();
        }
    }

    ServerFixture m_fx;
    QString m_tenant, m_facilityA, m_facilityB, m_anna, m_bo;
    QString m_cookie;
    QByteArray m_csrf;
};

QTEST_GUILESS_MAIN(TestOfficeVisits)
#include "tst_officevisits.moc"
