#include "OfficeAccounts.h"

#include "Enrollment.h"

#include <QJsonObject>
#include <QSemaphore>
#include <QUuid>
#include <sodium.h>

namespace feltdialog::server {

namespace {

constexpr auto UserColumns =
    "SELECT u.id, u.tenant_id, t.name, u.login, u.name, u.role, u.password_hash FROM "
    "office_users u JOIN tenants t ON t.id = u.tenant_id WHERE ";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Checked against when a login is unknown, so that the answer takes as long as for a known one
// and its time does not tell which logins exist.
const QString &decoyHash()
{
    static const QString hash = hashPassword(QStringLiteral("no such office account"));
    return hash;
}

// One password hashed or checked at a time in the whole process. Argon2id takes a third of a
// second and 64 MiB, on the request workers the tablets' sync shares, and anyone can ask for it
// (a sign-in, a welcome link): so it never holds more than one worker, and an attempt that finds
// it taken is answered "busy" at once (503 with Retry-After) instead of waiting on a worker.
class PasswordTurn
{
public:
    PasswordTurn() : m_held(gate().tryAcquire()) {}
    ~PasswordTurn()
    {
        if (m_held)
            gate().release();
    }
    PasswordTurn(const PasswordTurn &) = delete;
    PasswordTurn &operator=(const PasswordTurn &) = delete;
    bool held() const { return m_held; }

private:
    static QSemaphore &gate()
    {
        static QSemaphore permits(1);
        return permits;
    }
    bool m_held;
};

Status passwordBusy()
{
    return {Status::TryLater, QStringLiteral("another password is being checked; try again in a moment")};
}

Status hashFailed()
{
    return {Status::Io, QStringLiteral("the password could not be hashed (out of memory)")};
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), std::size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), std::size_t(utf8.size())) == 0;
}

OfficeAccounts::OfficeAccounts(ServerDatabase &db, qint64 nowMs, SignInLimits limits)
    : m_db(db), m_now(nowMs), m_limits(limits)
{}

bool OfficeAccounts::isRole(const QString &role)
{
    return role == QLatin1String("administrator") || role == QLatin1String("team_leader");
}

QString OfficeAccounts::newToken()
{
    sodiumReady();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), std::size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OfficeAccounts::tokenHash(const QString &token)
{
    return Enrollment::sha256Hex(token);
}

Status OfficeAccounts::createUser(const OfficeUser &asGiven, QString *linkToken)
{
    // A login is one person's name to sign in with however it is typed: kept trimmed and in lower
    // case, and a sign-in compared the same way (issue 17).
    OfficeUser user = asGiven;
    user.login = normalLogin(user.login);
    if (!isRole(user.role))
        return {Status::Invalid, QStringLiteral("the role is administrator or team_leader")};
    if (user.login.trimmed().isEmpty() || user.login.size() > 200 || user.name.trimmed().isEmpty())
        return {Status::Invalid, QStringLiteral("a login (1-200 characters) and a name are needed")};
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(q, QStringLiteral("SELECT 1 FROM tenants WHERE id = ?"), {user.tenantId});
        !s.isOk())
        return s;
    if (!q.next())
        return {Status::NotFound, QStringLiteral("no tenant %1").arg(user.tenantId)};
    if (Status s = m_db.exec(q, QStringLiteral("SELECT 1 FROM office_users WHERE login = ?"), {user.login});
        !s.isOk())
        return s;
    if (q.next())
        return {Status::Invalid, QStringLiteral("the login %1 is taken").arg(user.login)};
    q.finish();
    const QString token = newToken();
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO office_users (id, tenant_id, login, name, role, "
                                            "password_hash, created_ms) VALUES (?, ?, ?, ?, ?, NULL, ?)"),
                             {user.id, user.tenantId, user.login, user.name, user.role, m_now});
        !s.isOk())
        return s;
    if (Status s =
            m_db.exec(QStringLiteral("INSERT INTO office_signin_links (token_hash, user_id, created_ms, "
                                     "expires_ms, used_ms) VALUES (?, ?, ?, ?, NULL)"),
                      {tokenHash(token), user.id, m_now, m_now + SignInLinkLifetimeMs});
        !s.isOk())
        return s;
    if (Status s = audit(user.tenantId, {}, QStringLiteral("command line"), QStringLiteral("user.created"),
                         user.login + QLatin1Char(' ') + user.role, QStringLiteral("local"));
        !s.isOk())
        return s;
    if (Status s = tx.commit(); !s.isOk())
        return s;
    *linkToken = token;
    return Status::ok();
}

Status OfficeAccounts::userBy(const QString &column, const QString &value, OfficeUser *user,
                              QString *passwordHash)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(q, QLatin1String(UserColumns) + column + QStringLiteral(" = ?"), {value});
        !s.isOk())
        return s;
    if (!q.next())
        return {Status::NotFound, QStringLiteral("no such office account")};
    *user = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    if (passwordHash)
        *passwordHash = q.value(6).toString();
    return Status::ok();
}

Status OfficeAccounts::startSession(const OfficeUser &user, OfficeSession *session, QString *token)
{
    *token = newToken();
    *session = {user, newToken(), tokenHash(*token)};
    return m_db.exec(
        QStringLiteral("INSERT INTO office_sessions (token_hash, user_id, csrf_token, created_ms, "
                       "last_seen_ms) VALUES (?, ?, ?, ?, ?)"),
        {session->tokenHash, user.id, session->csrfToken, m_now, m_now});
}

Status OfficeAccounts::redeemLink(const QString &token, const QString &password, const QString &address,
                                  OfficeSession *session, QString *sessionToken)
{
    if (password.size() < MinPasswordLength)
        return {Status::Invalid,
                QStringLiteral("the password needs at least %1 characters").arg(MinPasswordLength)};
    // The link first, so a made-up token costs a lookup, not a hash; checked again below, in the
    // transaction that uses it.
    {
        QSqlQuery live = m_db.query();
        if (Status s = m_db.exec(live,
                                 QStringLiteral("SELECT 1 FROM office_signin_links WHERE token_hash = ? AND "
                                                "used_ms IS NULL AND expires_ms > ?"),
                                 {tokenHash(token), m_now});
            !s.isOk())
            return s;
        if (!live.next())
            return {Status::NotFound, QStringLiteral("the link is used or expired")};
    }
    QString hash;
    {
        const PasswordTurn turn;
        if (!turn.held())
            return passwordBusy();
        hash = hashPassword(password); // before the writer lock: it takes a while
    }
    if (hash.isEmpty()) // stored, it would lock the account out with the link used up
        return hashFailed();
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral("SELECT user_id FROM office_signin_links WHERE token_hash = ? AND "
                                     "used_ms IS NULL AND expires_ms > ?"),
                      {tokenHash(token), m_now});
        !s.isOk())
        return s;
    if (!q.next())
        return {Status::NotFound, QStringLiteral("the link is used or expired")};
    OfficeUser user;
    if (Status s = userBy(QStringLiteral("u.id"), q.value(0).toString(), &user, nullptr); !s.isOk())
        return s;
    q.finish();
    if (Status s =
            m_db.exec(QStringLiteral("UPDATE office_signin_links SET used_ms = ? WHERE token_hash = ?"),
                      {m_now, tokenHash(token)});
        !s.isOk())
        return s;
    if (Status s = m_db.exec(QStringLiteral("UPDATE office_users SET password_hash = ? WHERE id = ?"),
                             {hash, user.id});
        !s.isOk())
        return s;
    if (Status s = startSession(user, session, sessionToken); !s.isOk())
        return s;
    if (Status s = audit(user.tenantId, user.id, user.login, QStringLiteral("password.chosen"), {}, address);
        !s.isOk())
        return s;
    return tx.commit();
}

Status OfficeAccounts::failures(const QString &scope, const QString &subject, qint64 *count)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral("SELECT COALESCE(SUM(failures), 0) FROM office_signin_failures WHERE "
                                     "scope = ? AND subject = ? AND minute > ?"),
                      {scope, subject, m_now / 60000 - m_limits.windowMinutes});
        !s.isOk())
        return s;
    *count = q.next() ? q.value(0).toLongLong() : 0;
    return Status::ok();
}

Status OfficeAccounts::countFailure(const QString &scope, const QString &subject)
{
    const qint64 minute = m_now / 60000;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM office_signin_failures WHERE minute <= ?"),
                             {minute - m_limits.windowMinutes});
        !s.isOk())
        return s;
    return m_db.exec(
        QStringLiteral("INSERT INTO office_signin_failures (scope, subject, minute, failures) VALUES "
                       "(?, ?, ?, 1) ON CONFLICT (scope, subject, minute) DO UPDATE SET failures = "
                       "office_signin_failures.failures + 1"),
        {scope, subject, minute});
}

Status OfficeAccounts::signIn(const QString &login, const QString &password, const QString &address,
                              const QString &browserToken, SignInResult *result, int *retryAfterSeconds,
                              OfficeSession *session, QString *sessionToken, QString *newBrowserToken)
{
    OfficeUser user;
    QString hash;
    const Status found = userBy(QStringLiteral("u.login"), normalLogin(login), &user, &hash);
    if (!found.isOk() && found.code() != Status::NotFound)
        return found;
    const bool known = found.isOk();

    // A browser this account signed in from before counts its failures apart from everyone else's.
    bool knownBrowser = false;
    const QString browserHash = browserToken.isEmpty() ? QString() : tokenHash(browserToken);
    if (known && !browserHash.isEmpty()) {
        QSqlQuery q = m_db.query();
        if (Status s = m_db.exec(
                q, QStringLiteral("SELECT 1 FROM office_browsers WHERE token_hash = ? AND user_id = ?"),
                {browserHash, user.id});
            !s.isOk())
            return s;
        knownBrowser = q.next();
    }
    QList<QPair<QString, QString>> counted; // scope, subject
    QList<qint64> limits;
    if (knownBrowser) {
        counted = {{QStringLiteral("browser"), browserHash}};
        limits = {m_limits.perKnownBrowser};
    } else {
        counted = {{QStringLiteral("address"), address}, {QStringLiteral("account"), login.toLower()}};
        limits = {m_limits.perAddress, m_limits.perAccount};
    }
    for (qsizetype i = 0; i < counted.size(); ++i) {
        qint64 n = 0;
        if (Status s = failures(counted[i].first, counted[i].second, &n); !s.isOk())
            return s;
        if (n >= limits[i]) {
            *result = SignInResult::Throttled;
            *retryAfterSeconds = int(60 - (m_now / 1000) % 60); // the oldest minute leaves the window
            return Status::ok();
        }
    }

    bool right = false;
    {
        const PasswordTurn turn;
        if (!turn.held())
            return passwordBusy();
        // An account without a password yet is checked against the decoy too: an empty hash
        // answers at once, and the time would tell that the login exists.
        const bool hasHash = known && !hash.isEmpty();
        right = verifyPassword(hasHash ? hash : decoyHash(), password) && hasHash;
    }
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    if (!right) {
        for (const auto &[scope, subject] : std::as_const(counted))
            if (Status s = countFailure(scope, subject); !s.isOk())
                return s;
        if (known)
            if (Status s =
                    audit(user.tenantId, user.id, user.login, QStringLiteral("signin.failed"), {}, address);
                !s.isOk())
                return s;
        *result = SignInResult::Wrong;
        return tx.commit();
    }
    if (Status s = startSession(user, session, sessionToken); !s.isOk())
        return s;
    if (!knownBrowser) {
        *newBrowserToken = newToken();
        if (Status s =
                m_db.exec(QStringLiteral("INSERT INTO office_browsers (token_hash, user_id, created_ms) "
                                         "VALUES (?, ?, ?)"),
                          {tokenHash(*newBrowserToken), user.id, m_now});
            !s.isOk())
            return s;
    } else {
        *newBrowserToken = browserToken;
    }
    if (Status s = audit(user.tenantId, user.id, user.login, QStringLiteral("signin"), {}, address);
        !s.isOk())
        return s;
    *result = SignInResult::SignedIn;
    return tx.commit();
}

Status OfficeAccounts::session(const QString &token, OfficeSession *out)
{
    if (token.isEmpty())
        return {Status::NotFound, QStringLiteral("no session")};
    const QString hash = tokenHash(token);
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(q,
                             QStringLiteral("SELECT user_id, csrf_token, created_ms, last_seen_ms FROM "
                                            "office_sessions WHERE token_hash = ?"),
                             {hash});
        !s.isOk())
        return s;
    if (!q.next())
        return {Status::NotFound, QStringLiteral("no session")};
    const QString userId = q.value(0).toString();
    const QString csrf = q.value(1).toString();
    const qint64 created = q.value(2).toLongLong();
    const qint64 lastSeen = q.value(3).toLongLong();
    q.finish();
    if (m_now - lastSeen > IdleTimeoutMs || m_now - created > AbsoluteLifetimeMs) {
        m_db.exec(QStringLiteral("DELETE FROM office_sessions WHERE token_hash = ?"), {hash});
        return {Status::NotFound, QStringLiteral("the session ended")};
    }
    if (Status s = userBy(QStringLiteral("u.id"), userId, &out->user, nullptr); !s.isOk())
        return s;
    out->csrfToken = csrf;
    out->tokenHash = hash;
    // Written at most once a minute: a page of requests is one write, not one each.
    if (m_now - lastSeen > 60000)
        return m_db.exec(QStringLiteral("UPDATE office_sessions SET last_seen_ms = ? WHERE token_hash = ?"),
                         {m_now, hash});
    return Status::ok();
}

Status OfficeAccounts::signOut(const OfficeSession &session, const QString &address)
{
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM office_sessions WHERE token_hash = ?"),
                             {session.tokenHash});
        !s.isOk())
        return s;
    if (Status s = audit(session.user.tenantId, session.user.id, session.user.login,
                         QStringLiteral("signout"), {}, address);
        !s.isOk())
        return s;
    return tx.commit();
}

Status OfficeAccounts::changePassword(const OfficeSession &session, const QString &current,
                                      const QString &password, const QString &address, bool *wrong)
{
    *wrong = false;
    if (password.size() < MinPasswordLength)
        return {Status::Invalid,
                QStringLiteral("the password needs at least %1 characters").arg(MinPasswordLength)};
    OfficeUser user;
    QString hash;
    if (Status s = userBy(QStringLiteral("u.id"), session.user.id, &user, &hash); !s.isOk())
        return s;
    QString newHash;
    {
        const PasswordTurn turn;
        if (!turn.held())
            return passwordBusy();
        if (!verifyPassword(hash, current)) {
            *wrong = true;
            return audit(user.tenantId, user.id, user.login, QStringLiteral("password.change_refused"), {},
                         address);
        }
        newHash = hashPassword(password);
    }
    if (newHash.isEmpty())
        return hashFailed();
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    if (Status s = m_db.exec(QStringLiteral("UPDATE office_users SET password_hash = ? WHERE id = ?"),
                             {newHash, user.id});
        !s.isOk())
        return s;
    // Whoever else holds a session of this account (the reason to change it, often) is out.
    if (Status s =
            m_db.exec(QStringLiteral("DELETE FROM office_sessions WHERE user_id = ? AND token_hash <> ?"),
                      {user.id, session.tokenHash});
        !s.isOk())
        return s;
    if (Status s = audit(user.tenantId, user.id, user.login, QStringLiteral("password.changed"), {}, address);
        !s.isOk())
        return s;
    return tx.commit();
}

Status OfficeAccounts::audit(const QString &tenantId, const QString &userId, const QString &actor,
                             const QString &action, const QString &detail, const QString &address)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO office_audit (id, tenant_id, at_ms, user_id, actor, action, detail, "
                       "address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), tenantId, m_now, userId, actor, action, detail,
         address});
}

Status OfficeAccounts::auditEntries(const QString &tenantId, int limit, QJsonArray *out)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral("SELECT at_ms, actor, action, detail, address FROM office_audit WHERE "
                                     "tenant_id = ? ORDER BY at_ms DESC, id LIMIT ?"),
                      {tenantId, limit});
        !s.isOk())
        return s;
    while (q.next())
        out->append(QJsonObject{{"at", isoTime(q.value(0).toLongLong())},
                                {"who", q.value(1).toString()},
                                {"action", q.value(2).toString()},
                                {"detail", q.value(3).toString()},
                                {"address", q.value(4).toString()}});
    return Status::ok();
}

} // namespace feltdialog::server
