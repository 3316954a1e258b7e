#include "SyncApi.h"

#include "Directory.h"
#include "Enrollment.h"
#include "EventLog.h"
#include "PushRequest.h"
#include "RequestLimits.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncApi, "feltdialog.server.api")

namespace feltdialog::server {

namespace {

ApiResponse ok(const QJsonObject &body)
{
    return {200, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

// Authenticates the request; on failure `response` holds the answer to send.
bool authenticated(ServerDatabase &db, const ApiRequest &request, Pusher *pusher, ApiResponse *response)
{
    ApiError error;
    if (Status s = Enrollment(db).authenticate(request.authorization, pusher, &error); !s.isOk()) {
        *response = ApiResponse::storageFailed(s);
        return false;
    }
    if (error.isError()) {
        *response = ApiResponse::error(error);
        return false;
    }
    return true;
}

QJsonObject facilityJson(const Facility &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("address"), f.address},
            {QStringLiteral("latitude"), f.latitude},
            {QStringLiteral("longitude"), f.longitude}};
}

QJsonObject plannedVisitJson(const VisitPlan &v)
{
    return {{QStringLiteral("visitId"), v.id},
            {QStringLiteral("facilityId"), v.facilityId},
            {QStringLiteral("kind"), v.kind},
            {QStringLiteral("plannedDate"), v.plannedDate},
            {QStringLiteral("focusIndicators"), QJsonArray::fromStringList(v.focusIndicators)},
            {QStringLiteral("consultants"), QJsonArray::fromStringList(v.consultantIds)}};
}

} // namespace

ApiResponse ApiResponse::error(const ApiError &error)
{
    return {error.httpStatus,
            QJsonDocument(QJsonObject{{QStringLiteral("error"), error.code},
                                      {QStringLiteral("message"), error.message}})
                .toJson(QJsonDocument::Compact),
            {}};
}

ApiResponse ApiResponse::storageFailed(const Status &status)
{
    // The detail goes to the server's log only: it may name tables and values.
    qCWarning(lcSyncApi) << "storage failed:" << status.detail();
    return error(apiError(500, "storage_failed",
                          QStringLiteral("the database failed; nothing of the request was stored")));
}

SyncApi::SyncApi(ServerDatabase &db, ServerOptions options) : m_db(db), m_options(std::move(options)) {}

qint64 SyncApi::now() const
{
    return m_options.nowMs ? m_options.nowMs() : QDateTime::currentMSecsSinceEpoch();
}

ApiResponse SyncApi::enroll(const ApiRequest &request)
{
    Enrollment enrollment(m_db);
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QJsonObject o = doc.object();
    const QJsonValue code = o.value(QLatin1String("code"));
    int retryAfter = 0;
    if (Status s = enrollment.countAttempt(request.remoteAddress, code.toString(), now(),
                                           m_options.enrollAttemptsPerMinute, &retryAfter);
        !s.isOk())
        return ApiResponse::storageFailed(s);
    if (retryAfter > 0) {
        ApiResponse r = ApiResponse::error(
            apiError(429, "rate_limited", QStringLiteral("too many enrollment attempts; wait a minute")));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        return r;
    }
    const QJsonValue name = o.value(QLatin1String("deviceName"));
    const QJsonValue deviceId = o.value(QLatin1String("deviceId"));
    const bool deviceIdOk =
        deviceId.isUndefined() || (deviceId.isString() && !QUuid::fromString(deviceId.toString()).isNull() &&
                                   idString(QUuid::fromString(deviceId.toString())) == deviceId.toString());
    if (!doc.isObject() || !code.isString() || !name.isString() || name.toString().size() > 200 ||
        !deviceIdOk)
        return ApiResponse::error(
            apiError(400, "malformed",
                     QStringLiteral("expected {\"code\": string, \"deviceName\": string, "
                                    "\"deviceId\": optional lower-case UUID}")));
    EnrollmentGrant grant;
    ApiError error;
    if (Status s =
            enrollment.enroll({code.toString(), name.toString(), deviceId.toString()}, now(), &grant, &error);
        !s.isOk())
        return ApiResponse::storageFailed(s);
    if (error.isError())
        return ApiResponse::error(error);
    return ok({{QStringLiteral("deviceId"), grant.deviceId},
               {QStringLiteral("token"), grant.token},
               {QStringLiteral("consultantId"), grant.consultantId},
               {QStringLiteral("consultantName"), grant.consultantName},
               {QStringLiteral("tenantId"), grant.tenantId},
               {QStringLiteral("tenantName"), grant.tenantName}});
}

ApiResponse SyncApi::push(const ApiRequest &request)
{
    ApiResponse response;
    Pusher pusher;
    if (!authenticated(m_db, request, &pusher, &response))
        return response;
    const PushRequest parsed = parsePushRequest(request.body);
    if (parsed.malformed.isError())
        return ApiResponse::error(parsed.malformed);
    PushOutcome outcome;
    if (Status s = EventLog(m_db).push(pusher, parsed.events, now(), &outcome); !s.isOk())
        return ApiResponse::storageFailed(s);
    QJsonArray rejected;
    for (const Rejection &r : outcome.rejected)
        rejected.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("error"), r.error.code},
                                    {QStringLiteral("message"), r.error.message}});
    return ok({{QStringLiteral("stored"), QJsonArray::fromStringList(outcome.stored)},
               {QStringLiteral("rejected"), rejected}});
}

ApiResponse SyncApi::pull(const ApiRequest &request)
{
    ApiResponse response;
    Pusher reader;
    if (!authenticated(m_db, request, &reader, &response))
        return response;
    PullCursor after;
    if (!PullCursor::parse(request.query.queryItemValue(QStringLiteral("after")), &after))
        return ApiResponse::error(
            apiError(400, "malformed", QStringLiteral("after: not a cursor this server gave")));
    int limit = DefaultPullLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return ApiResponse::error(
                apiError(400, "malformed", QStringLiteral("limit: expected a positive integer")));
        limit = qMin(limit, MaxPullLimit);
    }
    PullPage page;
    if (Status s = EventLog(m_db).pull(reader.consultantId, after, limit, &page); !s.isOk())
        return ApiResponse::storageFailed(s);
    QJsonArray events;
    for (const Event &e : std::as_const(page.events))
        events.append(e.toJson());
    return ok({{QStringLiteral("events"), events},
               {QStringLiteral("cursor"), page.cursor.toString()},
               {QStringLiteral("more"), page.more}});
}

ApiResponse SyncApi::reference(const ApiRequest &request)
{
    ApiResponse response;
    Pusher reader;
    if (!authenticated(m_db, request, &reader, &response))
        return response;
    Directory directory(m_db);
    Tenant tenant;
    Consultant consultant;
    QList<Facility> facilities;
    QList<VisitPlan> planned;
    Status s = directory.tenant(reader.tenantId, &tenant);
    if (s.isOk())
        s = directory.consultant(reader.consultantId, &consultant);
    if (s.isOk())
        s = directory.facilities(reader.tenantId, &facilities);
    if (s.isOk())
        s = directory.plannedVisitsFor(reader.consultantId, &planned);
    if (!s.isOk())
        return ApiResponse::storageFailed(s);
    QJsonArray facilityList;
    for (const Facility &f : std::as_const(facilities))
        facilityList.append(facilityJson(f));
    QJsonArray visitList;
    for (const VisitPlan &v : std::as_const(planned))
        visitList.append(plannedVisitJson(v));
    QJsonObject body{
        {QStringLiteral("tenant"),
         QJsonObject{{QStringLiteral("id"), tenant.id}, {QStringLiteral("name"), tenant.name}}},
        {QStringLiteral("consultant"),
         QJsonObject{{QStringLiteral("id"), consultant.id}, {QStringLiteral("name"), consultant.name}}},
        {QStringLiteral("facilities"), facilityList},
        {QStringLiteral("plannedVisits"), visitList},
        // Templates and quality models are shipped with the app for now; the server announces none.
        {QStringLiteral("templates"), QJsonArray()},
        {QStringLiteral("qualityModels"), QJsonArray()},
    };
    // The version is a digest of the content itself, so every instance computes the same one and
    // nothing needs invalidating.
    const QByteArray version = QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32);
    const QByteArray etag = '"' + version + '"';
    QByteArray asked = request.ifNoneMatch.trimmed();
    if (asked.startsWith("W/"))
        asked = asked.mid(2);
    if (asked == etag || asked == version)
        return {304, {}, {{QByteArrayLiteral("ETag"), etag}}};
    body.insert(QStringLiteral("version"), QString::fromLatin1(version));
    ApiResponse r = ok(body);
    r.headers.append({QByteArrayLiteral("ETag"), etag});
    return r;
}

} // namespace feltdialog::server
