#pragma once

#include "OfficeAccounts.h"
#include "SyncApi.h"

#include <QHttpServerRequest>

namespace feltdialog::server {

// The office web console under /office/ (issue 17): the pages built from console/ (embedded as the
// Qt resource :/office) and their JSON API under /office/api/. Runs on the sync server's workers
// with their store connections, like the sync endpoints.
//
// Every answer carries a strict Content-Security-Policy (scripts and styles from this origin only,
// never inline; no framing), nosniff and no Referer. Every change (POST) must be JSON from this
// origin, and with a session it must carry the session's CSRF token. Every read is scoped to the
// session's tenant: another tenant's visit answers 404 as one that does not exist.
class OfficeConsole
{
public:
    OfficeConsole(ServerDatabase &db, qint64 nowMs, SignInLimits limits = {});

    static bool isOfficePath(const QString &path);
    ApiResponse answer(QHttpServerRequest::Method method, const QString &path, const ApiRequest &request);

    static constexpr qsizetype MaxOfficeBodyBytes = 16 * 1024; // sign-in and password forms

private:
    ApiResponse page(const QString &path, const ApiRequest &request);
    ApiResponse api(QHttpServerRequest::Method method, const QString &path, const ApiRequest &request);
    ApiResponse signIn(const ApiRequest &request);
    ApiResponse welcome(const ApiRequest &request);
    ApiResponse visits(const OfficeSession &session, const ApiRequest &request);
    ApiResponse record(const OfficeSession &session, const QString &visitId, const ApiRequest &request);
    // The session the request's cookie names; Status::NotFound when there is none.
    Status sessionOf(const ApiRequest &request, OfficeSession *out);

    ServerDatabase &m_db;
    qint64 m_now;
    OfficeAccounts m_accounts;
};

} // namespace feltdialog::server
