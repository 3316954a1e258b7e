#pragma once

#include "ServerDatabase.h"

#include <QJsonArray>
#include <QString>

namespace feltdialog::server {

// Who may use the office console (issue 17): accounts per tenant with a role, passwords as
// Argon2id (libsodium's crypto_pwhash_str), sessions and one-time sign-in links as random tokens
// of which the store keeps only the SHA-256, so a copy of the store signs nobody in. Everything is
// in the store, not in memory: several server instances behind a balancer share it.
struct OfficeUser
{
    QString id;
    QString tenantId;
    QString tenantName;
    QString login;
    QString name;
    QString role; // "administrator" | "team_leader"
};

struct OfficeSession
{
    OfficeUser user;
    QString csrfToken; // sent with every change (X-CSRF-Token); a page of another site cannot read it
    QString tokenHash;
};

struct SignInLimits
{
    // Failed sign-ins counted over this many minutes.
    int windowMinutes = 15;
    // From browsers this account has not signed in from: after this many failures for the account,
    // further tries are refused until the window moves on, whatever the password.
    int perAccount = 10;
    // From one address, for every account together (one guesser trying many accounts).
    int perAddress = 30;
    // From a browser the account signed in from before (its browser cookie): its own count, so a
    // stranger's guessing neither uses it up nor shuts the account's owner out.
    int perKnownBrowser = 10;
};

class OfficeAccounts
{
public:
    static constexpr qint64 IdleTimeoutMs = 30 * 60 * 1000;        // no request for 30 minutes
    static constexpr qint64 AbsoluteLifetimeMs = 12 * 3600 * 1000; // a working day, then sign in again
    static constexpr qint64 SignInLinkLifetimeMs = 7 * 24 * 3600 * 1000;
    static constexpr int MinPasswordLength = 12;

    OfficeAccounts(ServerDatabase &db, qint64 nowMs, SignInLimits limits = {});

    static bool isRole(const QString &role);
    // A login as it is stored and compared: trimmed, in lower case.
    static QString normalLogin(const QString &login) { return login.trimmed().toLower(); }

    // A new account without a password, and the one-time link token that lets its owner choose one.
    Status createUser(const OfficeUser &user, QString *linkToken);
    // Sets the password of the link's account and signs it in. Status::NotFound: used or expired.
    Status redeemLink(const QString &token, const QString &password, const QString &address,
                      OfficeSession *session, QString *sessionToken);

    enum class SignInResult
    {
        SignedIn,
        Wrong,     // unknown login or wrong password: the answer does not say which
        Throttled, // too many failures: nothing was checked
    };
    // `browserToken`: the browser cookie this client sent (may be empty); on success a new one is
    // in *newBrowserToken.
    Status signIn(const QString &login, const QString &password, const QString &address,
                  const QString &browserToken, SignInResult *result, int *retryAfterSeconds,
                  OfficeSession *session, QString *sessionToken, QString *newBrowserToken);

    // The live session of this token; Status::NotFound when none is (ended, idle or too old).
    Status session(const QString &token, OfficeSession *out);
    Status signOut(const OfficeSession &session, const QString &address);
    // *wrong when `current` is not the password. Other sessions of the account end.
    Status changePassword(const OfficeSession &session, const QString &current, const QString &password,
                          const QString &address, bool *wrong);

    // Appends to the audit; `userId` and `actor` empty for an action of nobody signed in.
    Status audit(const QString &tenantId, const QString &userId, const QString &actor, const QString &action,
                 const QString &detail, const QString &address);
    Status auditEntries(const QString &tenantId, int limit, QJsonArray *out);

    static QString newToken(); // 32 random bytes, base64url
    static QString tokenHash(const QString &token);

private:
    Status startSession(const OfficeUser &user, OfficeSession *session, QString *token);
    Status userBy(const QString &column, const QString &value, OfficeUser *user, QString *passwordHash);
    Status failures(const QString &scope, const QString &subject, qint64 *count);
    Status countFailure(const QString &scope, const QString &subject);

    ServerDatabase &m_db;
    qint64 m_now;
    SignInLimits m_limits;
};

// Argon2id with libsodium's interactive limits (64 MiB, two passes): a guess costs the server as
// much as the guesser, and four workers hashing at once stay within a small office server.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);

} // namespace feltdialog::server
