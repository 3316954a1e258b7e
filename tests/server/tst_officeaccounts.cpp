// The office console's accounts over time (issue 17): what the browser suite cannot wait for —
// the idle timeout, the absolute lifetime, the sign-in link's expiry, the throttle's window
// moving on — with the clock given, on SQLite and on PostgreSQL like the other server suites.
#include "OfficeAccounts.h"
#include "ServerFixture.h"

#include <QTest>

using namespace feltdialog::server;
using feltdialog::Status;

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 T0 = 1'780'000'000'000; // a fixed moment in 2026
} // namespace

class TestOfficeAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString failure;
        QVERIFY2(m_server.start(&failure), qPrintable(failure));
    }

    void aSessionEndsWhenIdleAndAtItsLifetime()
    {
        QString token;
        const OfficeUser user = newUser(&token);
        OfficeSession session;
        QString sessionToken;
        QVERIFY(at(T0)
                    .redeemLink(token, QStringLiteral("en lang adgangskode"), {}, &session, &sessionToken)
                    .isOk());

        OfficeSession seen;
        QVERIFY(at(T0 + 29 * Minute).session(sessionToken, &seen).isOk());
        QCOMPARE(seen.user.login, user.login);
        // Used at 29 minutes, so idle only from then: 58 minutes is 29 idle, 60 is 31.
        QVERIFY(at(T0 + 58 * Minute).session(sessionToken, &seen).isOk());
        QCOMPARE(at(T0 + 89 * Minute).session(sessionToken, &seen).code(), Status::NotFound);
        // Gone for good: not revived by a later request inside some other window.
        QCOMPARE(at(T0 + 90 * Minute).session(sessionToken, &seen).code(), Status::NotFound);

        // Used every 20 minutes, a session still ends after 12 hours.
        QString second;
        QVERIFY(signIn(user.login, &session, &second, T0) == OfficeAccounts::SignInResult::SignedIn);
        qint64 t = T0;
        for (; t < T0 + OfficeAccounts::AbsoluteLifetimeMs - 20 * Minute; t += 20 * Minute)
            QVERIFY(at(t).session(second, &seen).isOk());
        QCOMPARE(at(T0 + OfficeAccounts::AbsoluteLifetimeMs + Minute).session(second, &seen).code(),
                 Status::NotFound);
    }

    void theSignInLinkIsSpentOnceAndExpires()
    {
        QString token;
        newUser(&token);
        OfficeSession session;
        QString sessionToken;
        QCOMPARE(at(T0).redeemLink(token, QStringLiteral("kort"), {}, &session, &sessionToken).code(),
                 Status::Invalid);
        QVERIFY(at(T0)
                    .redeemLink(token, QStringLiteral("en lang adgangskode"), {}, &session, &sessionToken)
                    .isOk());
        QCOMPARE(at(T0)
                     .redeemLink(token, QStringLiteral("en anden lang kode"), {}, &session, &sessionToken)
                     .code(),
                 Status::NotFound);

        QString unused;
        newUser(&unused);
        QCOMPARE(at(T0 + OfficeAccounts::SignInLinkLifetimeMs + Minute)
                     .redeemLink(unused, QStringLiteral("en lang adgangskode"), {}, &session, &sessionToken)
                     .code(),
                 Status::NotFound);
    }

    void guessingIsRefusedForAWhileThenCheckedAgain()
    {
        QString token;
        const OfficeUser user = newUser(&token);
        OfficeSession session;
        QString sessionToken;
        QVERIFY(at(T0)
                    .redeemLink(token, QStringLiteral("en lang adgangskode"), {}, &session, &sessionToken)
                    .isOk());
        QString browser;
        QVERIFY(signIn(user.login, &session, &sessionToken, T0, {}, &browser) ==
                OfficeAccounts::SignInResult::SignedIn);

        const SignInLimits limits;
        for (int i = 0; i < limits.perAccount; ++i)
            QVERIFY(signIn(user.login, &session, &sessionToken, T0 + i * 1000, QStringLiteral("gæt")) ==
                    OfficeAccounts::SignInResult::Wrong);
        QVERIFY(signIn(user.login, &session, &sessionToken, T0 + Minute) ==
                OfficeAccounts::SignInResult::Throttled);
        // Her own browser is not held back by the stranger's failures.
        QVERIFY(signIn(user.login, &session, &sessionToken, T0 + Minute, {}, &browser, browser) ==
                OfficeAccounts::SignInResult::SignedIn);
        // Once the failures are older than the window, the password is checked again.
        QVERIFY(signIn(user.login, &session, &sessionToken, T0 + (limits.windowMinutes + 1) * Minute) ==
                OfficeAccounts::SignInResult::SignedIn);
    }

    void aPasswordChangeEndsTheOtherSessions()
    {
        QString token;
        const OfficeUser user = newUser(&token);
        OfficeSession mine;
        QString mineToken;
        QVERIFY(
            at(T0).redeemLink(token, QStringLiteral("en lang adgangskode"), {}, &mine, &mineToken).isOk());
        OfficeSession other;
        QString otherToken;
        QVERIFY(signIn(user.login, &other, &otherToken, T0) == OfficeAccounts::SignInResult::SignedIn);
        bool wrong = false;
        QVERIFY(at(T0)
                    .changePassword(mine, QStringLiteral("forkert"), QStringLiteral("en helt ny kode"), {},
                                    &wrong)
                    .isOk());
        QVERIFY(wrong);
        QVERIFY(at(T0)
                    .changePassword(mine, QStringLiteral("en lang adgangskode"),
                                    QStringLiteral("en helt ny kode"), {}, &wrong)
                    .isOk());
        QVERIFY(!wrong);
        OfficeSession seen;
        QVERIFY(at(T0).session(mineToken, &seen).isOk());
        QCOMPARE(at(T0).session(otherToken, &seen).code(), Status::NotFound);
        QVERIFY(signIn(user.login, &other, &otherToken, T0, QStringLiteral("en helt ny kode")) ==
                OfficeAccounts::SignInResult::SignedIn);
    }

    void theAuditCannotBeChangedInTheStore()
    {
        QString token;
        const OfficeUser user = newUser(&token); // its creation is audited
        ServerDatabase &db = m_server.db();
        QSqlQuery q = db.query();
        QVERIFY(db.exec(q, QStringLiteral("SELECT COUNT(*) FROM office_audit WHERE tenant_id = ?"),
                        {user.tenantId})
                    .isOk());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY(!db.exec(QStringLiteral("UPDATE office_audit SET action = 'nothing' WHERE tenant_id = ?"),
                         {user.tenantId})
                     .isOk());
        QVERIFY(
            !db.exec(QStringLiteral("DELETE FROM office_audit WHERE tenant_id = ?"), {user.tenantId}).isOk());
        if (m_server.usesPostgres())
            QVERIFY(!db.exec(QStringLiteral("TRUNCATE office_audit")).isOk());
        QVERIFY(
            db.exec(q, QStringLiteral("SELECT action FROM office_audit WHERE tenant_id = ?"), {user.tenantId})
                .isOk());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("user.created"));
    }

private:
    OfficeAccounts at(qint64 now) { return OfficeAccounts(m_server.db(), now); }

    OfficeUser newUser(QString *linkToken)
    {
        const QString tenant = m_server.newTenant();
        OfficeUser user{QUuid::createUuid().toString(QUuid::WithoutBraces),
                        tenant,
                        {},
                        QStringLiteral("leder-%1").arg(++m_users),
                        QStringLiteral("Leder"),
                        QStringLiteral("team_leader")};
        const Status s = at(T0).createUser(user, linkToken);
        if (!s.isOk())
            qWarning() << s.detail();
        return user;
    }

    OfficeAccounts::SignInResult signIn(const QString &login, OfficeSession *session, QString *token,
                                        qint64 now, const QString &password = {},
                                        QString *newBrowser = nullptr, const QString &browser = {})
    {
        OfficeAccounts::SignInResult result = OfficeAccounts::SignInResult::Wrong;
        int retry = 0;
        QString issued;
        const Status s = at(now).signIn(
            login, password.isEmpty() ? QStringLiteral("en lang adgangskode") : password,
            QStringLiteral("192.0.2.%1").arg(m_users), browser, &result, &retry, session, token, &issued);
        if (!s.isOk())
            qWarning() << s.detail();
        if (newBrowser)
            *newBrowser = issued;
        return result;
    }

    ServerFixture m_server;
    int m_users = 0;
};

QTEST_GUILESS_MAIN(TestOfficeAccounts)
#include "tst_officeaccounts.moc"
