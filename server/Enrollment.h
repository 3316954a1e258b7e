#pragma once

#include "ApiError.h"
#include "EventLog.h"
#include "ServerDatabase.h"

namespace feltdialog::server {

struct EnrollmentGrant
{
    QString deviceId;
    QString token; // in clear only in this answer; the store keeps its SHA-256
    QString consultantId;
    QString consultantName;
    QString tenantId;
    QString tenantName;
};

struct EnrollmentRequest
{
    QString code;
    QString deviceName;
    QString deviceId; // the tablet's own id (as stamped on its events); empty: the server makes one
};

// Devices and their credentials: one-time enrollment codes issued at the office, the device
// token every request carries, and the limit on enrollment attempts (per address and code prefix). Codes and
// tokens are stored only as SHA-256, so a copy of the database enrols nothing.
class Enrollment
{
public:
    static constexpr qint64 DefaultCodeValidityMs = 72LL * 3600 * 1000;
    static constexpr int CodeLength = 10;

    explicit Enrollment(ServerDatabase &db) : m_db(db) {}

    // The code in clear is returned here once and never stored.
    Status issueCode(const QString &consultantId, qint64 validForMs, qint64 nowMs, QString *code,
                     qint64 *expiresMs);

    // A non-ok Status is a store failure; otherwise either `*error` is set or `*grant` is filled.
    Status enroll(const EnrollmentRequest &request, qint64 nowMs, EnrollmentGrant *grant, ApiError *error);

    // Counts one attempt from `address` with `typedCode` against the limit of its bucket (see
    // attemptBucket), in its own transaction so a failed attempt still counts, or sets
    // *retryAfterSeconds when the last 60 s already hold `perMinute` attempts (0: go ahead).
    Status countAttempt(const QString &address, const QString &typedCode, qint64 nowMs, int perMinute,
                        int *retryAfterSeconds);
    static constexpr int AttemptPrefixLength = 2;
    static QString attemptBucket(const QString &address, const QString &typedCode);

    // Reads "Authorization: Bearer <token>". Sets *error (401) for a missing, unknown or revoked token.
    Status authenticate(const QByteArray &authorization, Pusher *pusher, ApiError *error);

    static QString normalizeCode(const QString &typed); // upper case, no spaces or dashes
    static QString displayCode(const QString &code);    // ABCDE-FGHJK
    static QString sha256Hex(const QString &secret);

private:
    ServerDatabase &m_db;
};

} // namespace feltdialog::server
