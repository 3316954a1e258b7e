#include "OfficeConsole.h"

#include "OfficeVisits.h"
#include "RecordJson.h"
#include "VisitRecordSource.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>
#include <optional>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcOffice, "feltdialog.server.office")

namespace feltdialog::server {

namespace {

using Method = QHttpServerRequest::Method;

constexpr char SessionCookie[] = "fd_session";
constexpr char BrowserCookie[] = "fd_browser";

// Scripts, styles, images and fonts from this origin only, never inline; no plug-ins, no framing,
// forms post here only. The console's build has no inline script or style (console/vite.config.ts).
constexpr char ContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

ApiResponse jsonAnswer(int status, const QJsonObject &body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

ApiResponse officeError(int status, const char *code, const QString &message)
{
    return ApiResponse::error(apiError(status, code, message));
}

// Another password is being hashed or checked (OfficeAccounts.cpp says why only one at a time).
ApiResponse passwordBusy(const Status &s)
{
    ApiResponse r = officeError(503, "busy", s.detail());
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    return r;
}

ApiResponse storageFailed(const Status &s)
{
    qCWarning(lcOffice) << "store failed:" << s.detail();
    return officeError(500, "storage_failed",
                       QStringLiteral("the server could not reach its store; try again"));
}

ApiResponse notFound()
{
    return officeError(404, "not_found", QStringLiteral("no such page"));
}

QString cookieValue(const QByteArray &header, const char *name)
{
    for (const QByteArray &part : header.split(';')) {
        const QByteArray kv = part.trimmed();
        const qsizetype eq = kv.indexOf('=');
        if (eq > 0 && kv.left(eq) == name)
            return QString::fromLatin1(kv.mid(eq + 1));
    }
    return {};
}

QByteArray cookie(const char *name, const QString &value, const char *path, qint64 maxAgeSeconds = -1)
{
    QByteArray c =
        QByteArray(name) + '=' + value.toLatin1() + "; Path=" + path + "; Secure; HttpOnly; SameSite=Strict";
    if (maxAgeSeconds >= 0)
        c += "; Max-Age=" + QByteArray::number(maxAgeSeconds);
    return c;
}

QJsonObject sessionJson(const OfficeSession &s)
{
    return {{"user", QJsonObject{{"login", s.user.login},
                                 {"name", s.user.name},
                                 {"role", s.user.role},
                                 {"tenantName", s.user.tenantName}}},
            {"csrf", s.csrfToken}};
}

bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return !x.isEmpty() && x.size() == y.size() &&
           sodium_memcmp(x.constData(), y.constData(), std::size_t(x.size())) == 0;
}

// A change must be JSON (a form of another site cannot send that without the browser asking
// first) and, when the browser names its origin, from this one.
std::optional<ApiResponse> refuseCrossSite(const ApiRequest &r)
{
    if (!r.contentType.trimmed().toLower().startsWith("application/json"))
        return officeError(415, "unsupported_media_type",
                           QStringLiteral("changes are sent as application/json"));
    if (!r.origin.isEmpty()) {
        const qsizetype scheme = r.origin.indexOf("://");
        if (scheme < 0 || r.origin.mid(scheme + 3) != r.host)
            return officeError(403, "cross_site", QStringLiteral("the request came from another site"));
    }
    if (r.body.size() > OfficeConsole::MaxOfficeBodyBytes)
        return officeError(413, "body_too_large", QStringLiteral("the body is too large"));
    return std::nullopt;
}

// A change's body is one JSON object; anything else (cut off, not JSON, a list) is refused as
// malformed rather than read as an empty object and answered as if fields were missing.
std::optional<QJsonObject> bodyObject(const ApiRequest &r)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    return json.object();
}

ApiResponse malformedBody()
{
    return officeError(400, "malformed", QStringLiteral("the body is not a JSON object"));
}

// The file of the console's build for a path under /office/; empty when there is none.
QString assetFile(const QString &path)
{
    static const QRegularExpression asset(QStringLiteral("^/office/assets/[A-Za-z0-9_-]+\\.[a-z0-9]+$"));
    return asset.match(path).hasMatch() ? QStringLiteral(":") + path : QString();
}

QByteArray contentTypeOf(const QString &file)
{
    if (file.endsWith(QLatin1String(".js")))
        return "text/javascript; charset=utf-8";
    if (file.endsWith(QLatin1String(".css")))
        return "text/css; charset=utf-8";
    if (file.endsWith(QLatin1String(".svg")))
        return "image/svg+xml";
    if (file.endsWith(QLatin1String(".png")))
        return "image/png";
    if (file.endsWith(QLatin1String(".woff2")))
        return "font/woff2";
    if (file.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    return "application/octet-stream";
}

ApiResponse secured(ApiResponse r)
{
    static const QList<QPair<QByteArray, QByteArray>> headers{
        {"Content-Security-Policy", ContentSecurityPolicy},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
        {"Strict-Transport-Security", "max-age=31536000"},
    };
    r.headers.append(headers);
    return r;
}

} // namespace

OfficeConsole::OfficeConsole(ServerDatabase &db, qint64 nowMs, SignInLimits limits)
    : m_db(db), m_now(nowMs), m_accounts(db, nowMs, limits)
{}

bool OfficeConsole::isOfficePath(const QString &path)
{
    return path == QLatin1String("/office") || path.startsWith(QLatin1String("/office/"));
}

ApiResponse OfficeConsole::answer(Method method, const QString &path, const ApiRequest &request)
{
    if (path == QLatin1String("/office")) {
        ApiResponse r{308, {}, {{"Location", "/office/"}, {"Content-Type", "text/plain"}}};
        return secured(r);
    }
    if (path.startsWith(QLatin1String("/office/api/")))
        return secured(api(method, path.mid(12), request));
    if (method != Method::Get && method != Method::Head)
        return secured(officeError(405, "method_not_allowed", QStringLiteral("method not allowed here")));
    return secured(page(path, request));
}

Status OfficeConsole::sessionOf(const ApiRequest &request, OfficeSession *out)
{
    return m_accounts.session(cookieValue(request.cookie, SessionCookie), out);
}

ApiResponse OfficeConsole::page(const QString &path, const ApiRequest &request)
{
    const QString file = path.startsWith(QLatin1String("/office/assets/"))
                             ? assetFile(path)
                             : QStringLiteral(":/office/index.html");
    if (file.isEmpty())
        return notFound();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (file.endsWith(QLatin1String("index.html")))
            return officeError(503, "console_missing",
                               QStringLiteral("this server was built without the console"));
        return notFound();
    }
    ApiResponse r{200, f.readAll(), {{"Content-Type", contentTypeOf(file)}}};
    // The pages are one page; which one shows is the path. A visit's page of another tenant (or
    // of none) is answered 404 for a signed-in reader, the same as the API answers for it.
    static const QRegularExpression visitPage(QStringLiteral("^/office/visits/([0-9a-f-]{36})$"));
    static const QRegularExpression knownPage(QStringLiteral("^/office/(welcome|password|audit)?$"));
    if (const QRegularExpressionMatch m = visitPage.match(path); m.hasMatch()) {
        OfficeSession session;
        if (sessionOf(request, &session).isOk()) {
            QSqlQuery q = m_db.query();
            if (Status s = m_db.exec(q, QStringLiteral("SELECT 1 FROM visits WHERE id = ? AND tenant_id = ?"),
                                     {m.captured(1), session.user.tenantId});
                !s.isOk())
                return storageFailed(s);
            if (!q.next())
                r.status = 404;
        }
    } else if (!path.startsWith(QLatin1String("/office/assets/")) && !knownPage.match(path).hasMatch()) {
        r.status = 404;
    }
    return r;
}

ApiResponse OfficeConsole::api(Method method, const QString &route, const ApiRequest &request)
{
    const bool post = method == Method::Post;
    const bool get = method == Method::Get;
    if (post)
        if (std::optional<ApiResponse> refused = refuseCrossSite(request))
            return *refused;
    if (route == QLatin1String("sign-in") && post)
        return signIn(request);
    if (route == QLatin1String("welcome") && post)
        return welcome(request);

    OfficeSession session;
    if (Status s = sessionOf(request, &session); !s.isOk()) {
        if (s.code() != Status::NotFound)
            return storageFailed(s);
        return officeError(401, "signed_out", QStringLiteral("sign in first"));
    }
    if (post && !sameSecret(QString::fromLatin1(request.csrfToken), session.csrfToken))
        return officeError(403, "csrf", QStringLiteral("the request lacks this session's CSRF token"));

    const QString address = request.remoteAddress;
    if (route == QLatin1String("session") && get)
        return jsonAnswer(200, sessionJson(session));
    if (route == QLatin1String("sign-out") && post) {
        if (Status s = m_accounts.signOut(session, address); !s.isOk())
            return storageFailed(s);
        ApiResponse r{204, {}, {{"Set-Cookie", cookie(SessionCookie, {}, "/office/", 0)}}};
        return r;
    }
    if (route == QLatin1String("password") && post) {
        const std::optional<QJsonObject> parsed = bodyObject(request);
        if (!parsed)
            return malformedBody();
        const QJsonObject &body = *parsed;
        bool wrong = false;
        const Status s =
            m_accounts.changePassword(session, body.value(QLatin1String("current")).toString(),
                                      body.value(QLatin1String("password")).toString(), address, &wrong);
        if (s.code() == Status::Invalid)
            return officeError(400, "password_too_short", s.detail());
        if (s.code() == Status::TryLater)
            return passwordBusy(s);
        if (!s.isOk())
            return storageFailed(s);
        if (wrong)
            return officeError(403, "wrong_credentials", QStringLiteral("the current password is not right"));
        return {204, {}, {}};
    }
    if (route == QLatin1String("visits") && get)
        return visits(session, request);
    static const QRegularExpression recordRoute(QStringLiteral("^visits/([0-9a-f-]{36})/record$"));
    if (const QRegularExpressionMatch m = recordRoute.match(route); m.hasMatch() && get)
        return record(session, m.captured(1), request);
    if (route == QLatin1String("audit") && get) {
        if (session.user.role != QLatin1String("administrator"))
            return officeError(403, "forbidden", QStringLiteral("the audit is for administrators"));
        QJsonArray entries;
        if (Status s = m_accounts.auditEntries(session.user.tenantId, 500, &entries); !s.isOk())
            return storageFailed(s);
        return jsonAnswer(200, {{"entries", entries}});
    }
    return notFound();
}

ApiResponse OfficeConsole::signIn(const ApiRequest &request)
{
    const std::optional<QJsonObject> parsed = bodyObject(request);
    if (!parsed)
        return malformedBody();
    const QJsonObject &body = *parsed;
    const QString login = body.value(QLatin1String("login")).toString().trimmed().toLower();
    const QString password = body.value(QLatin1String("password")).toString();
    if (login.isEmpty() || login.size() > 200 || password.isEmpty() || password.size() > 1000)
        return officeError(401, "wrong_credentials", QStringLiteral("wrong login or password"));
    OfficeAccounts::SignInResult result = OfficeAccounts::SignInResult::Wrong;
    int retryAfter = 0;
    OfficeSession session;
    QString token;
    QString browser;
    if (Status s = m_accounts.signIn(login, password, request.remoteAddress,
                                     cookieValue(request.cookie, BrowserCookie), &result, &retryAfter,
                                     &session, &token, &browser);
        !s.isOk())
        return s.code() == Status::TryLater ? passwordBusy(s) : storageFailed(s);
    if (result == OfficeAccounts::SignInResult::Throttled) {
        ApiResponse r =
            officeError(429, "too_many_attempts", QStringLiteral("too many failed sign-ins; wait"));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        return r;
    }
    if (result == OfficeAccounts::SignInResult::Wrong)
        return officeError(401, "wrong_credentials", QStringLiteral("wrong login or password"));
    ApiResponse r = jsonAnswer(200, sessionJson(session));
    r.headers.append({QByteArrayLiteral("Set-Cookie"), cookie(SessionCookie, token, "/office/")});
    r.headers.append({QByteArrayLiteral("Set-Cookie"),
                      cookie(BrowserCookie, browser, "/office/api/sign-in", 365 * 24 * 3600)});
    return r;
}

ApiResponse OfficeConsole::welcome(const ApiRequest &request)
{
    const std::optional<QJsonObject> parsed = bodyObject(request);
    if (!parsed)
        return malformedBody();
    const QJsonObject &body = *parsed;
    OfficeSession session;
    QString token;
    const Status s = m_accounts.redeemLink(body.value(QLatin1String("token")).toString(),
                                           body.value(QLatin1String("password")).toString(),
                                           request.remoteAddress, &session, &token);
    if (s.code() == Status::Invalid)
        return officeError(400, "password_too_short", s.detail());
    if (s.code() == Status::NotFound)
        return officeError(404, "link_used", s.detail());
    if (s.code() == Status::TryLater)
        return passwordBusy(s);
    if (!s.isOk())
        return storageFailed(s);
    ApiResponse r = jsonAnswer(200, sessionJson(session));
    r.headers.append({QByteArrayLiteral("Set-Cookie"), cookie(SessionCookie, token, "/office/")});
    return r;
}

ApiResponse OfficeConsole::visits(const OfficeSession &session, const ApiRequest &request)
{
    const auto value = [&request](const char *name) {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    VisitFilter filter{value("consultant"), value("facility"), value("from"), value("to"), value("status")};
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const auto &[name, d] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}})
        if (!d->isEmpty() && (!day.match(*d).hasMatch() || !QDate::fromString(*d, Qt::ISODate).isValid()))
            return officeError(400, "invalid_date",
                               QStringLiteral("%1: not a date (yyyy-mm-dd)").arg(QLatin1String(name)));
    if (!filter.status.isEmpty() &&
        !QStringList{QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("closed")}
             .contains(filter.status))
        return officeError(400, "invalid_status", QStringLiteral("status: planned, in_progress or closed"));
    VisitPageCursor after;
    const QString cursor = value("after");
    if (!cursor.isEmpty() && !VisitPageCursor::parse(cursor, &after))
        return officeError(400, "malformed", QStringLiteral("after: not a cursor this server gave"));
    int limit = DefaultVisitPage;
    if (const QString text = value("limit"); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > MaxVisitPage)
            return officeError(400, "invalid_limit",
                               QStringLiteral("limit: a number from 1 to %1").arg(MaxVisitPage));
    }
    QJsonObject out;
    if (Status s =
            listVisits(m_db, session.user.tenantId, filter, cursor.isEmpty() ? nullptr : &after, limit, &out);
        !s.isOk())
        return storageFailed(s);
    return jsonAnswer(200, out);
}

ApiResponse OfficeConsole::record(const OfficeSession &session, const QString &visitId,
                                  const ApiRequest &request)
{
    const QUuid id = QUuid::fromString(visitId);
    if (id.isNull())
        return notFound();
    VisitRecord record;
    const Status s = recordFromStore(m_db, id, session.user.tenantId, {}, &record);
    if (s.code() == Status::NotFound)
        return notFound();
    if (!s.isOk())
        return storageFailed(s);
    const bool download = request.query.hasQueryItem(QStringLiteral("download"));
    // Who read which record is part of the audit: the records are about people.
    if (Status a =
            m_accounts.audit(session.user.tenantId, session.user.id, session.user.login,
                             download ? QStringLiteral("record.downloaded") : QStringLiteral("record.read"),
                             visitId, request.remoteAddress);
        !a.isOk())
        return storageFailed(a);
    ApiResponse r{200, recordToJson(record), {}};
    if (download)
        r.headers.append({QByteArrayLiteral("Content-Disposition"),
                          "attachment; filename=\"visit-" + visitId.toLatin1() + ".json\""});
    return r;
}

} // namespace feltdialog::server
