#pragma once

#include "ApiError.h"
#include "ServerDatabase.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <functional>

namespace feltdialog::server {

struct ServerOptions
{
    int enrollAttemptsPerMinute = 10;
    std::function<qint64()> nowMs; // empty: the system clock; called from the worker threads
    int workers = DefaultWorkers;  // threads answering requests, each with its own database connection

    static constexpr int DefaultWorkers = 4;
};

// A request as the endpoints see it: the body already decoded (gzip undone, limits checked).
struct ApiRequest
{
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QByteArray ifNoneMatch;
    QString remoteAddress;
    // Read by the office console only (OfficeConsole.h).
    QByteArray cookie;
    QByteArray csrfToken; // X-CSRF-Token
    QByteArray origin;
    QByteArray host;
    QByteArray contentType;
};

struct ApiResponse
{
    int status = 200;
    QByteArray json; // the body (JSON unless the headers name another Content-Type); empty for 304
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse error(const ApiError &error);
    static ApiResponse storageFailed(const Status &status);
};

// The endpoints of docs/sync-protocol.md, free of HTTP plumbing (SyncServer does that).
class SyncApi
{
public:
    SyncApi(ServerDatabase &db, ServerOptions options);

    ApiResponse enroll(const ApiRequest &request);    // POST /v1/enroll
    ApiResponse push(const ApiRequest &request);      // POST /v1/events
    ApiResponse pull(const ApiRequest &request);      // GET /v1/events
    ApiResponse reference(const ApiRequest &request); // GET /v1/reference

private:
    qint64 now() const;

    ServerDatabase &m_db;
    ServerOptions m_options;
};

} // namespace feltdialog::server
