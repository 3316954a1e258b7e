#include "Enrollment.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace feltdialog::server {

namespace {

// 31 characters without look-alikes (no I, L, O, 0, 1): 10 of them are about 2^49 codes.
constexpr char CodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString Enrollment::sha256Hex(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Enrollment::normalizeCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed)
        if (!c.isSpace() && c != QLatin1Char('-'))
            code += c.toUpper();
    return code;
}

QString Enrollment::displayCode(const QString &code)
{
    return code.left(5) + QLatin1Char('-') + code.mid(5);
}

Status Enrollment::issueCode(const QString &consultantId, qint64 validForMs, qint64 nowMs, QString *code,
                             qint64 *expiresMs)
{
    QString fresh;
    constexpr int AlphabetSize = int(sizeof(CodeAlphabet) - 1);
    for (int i = 0; i < CodeLength; ++i)
        fresh += QLatin1Char(CodeAlphabet[QRandomGenerator::system()->bounded(AlphabetSize)]);
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(q, QStringLiteral("SELECT 1 FROM consultants WHERE id = ?"), {consultantId});
        !s.isOk())
        return s;
    if (!q.next())
        return {Status::NotFound, QStringLiteral("no consultant %1").arg(consultantId)};
    q.finish();
    if (Status s =
            m_db.exec(QStringLiteral("INSERT INTO enrollment_codes (code_hash, consultant_id, created_ms, "
                                     "expires_ms) VALUES (?, ?, ?, ?)"),
                      {sha256Hex(fresh), consultantId, nowMs, nowMs + validForMs});
        !s.isOk())
        return s;
    if (Status s = tx.commit(); !s.isOk())
        return s;
    *code = fresh;
    *expiresMs = nowMs + validForMs;
    return Status::ok();
}

Status Enrollment::enroll(const EnrollmentRequest &request, qint64 nowMs, EnrollmentGrant *grant,
                          ApiError *error)
{
    const QString codeHash = sha256Hex(normalizeCode(request.code));
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral("SELECT k.consultant_id, k.expires_ms, k.used_ms, c.name, t.id, t.name "
                                     "FROM enrollment_codes k JOIN consultants c ON c.id = k.consultant_id "
                                     "JOIN tenants t ON t.id = c.tenant_id WHERE k.code_hash = ?"),
                      {codeHash});
        !s.isOk())
        return s;
    if (!q.next()) {
        *error = apiError(401, "unauthenticated", QStringLiteral("unknown enrollment code"));
        return Status::ok();
    }
    if (!q.value(2).isNull()) {
        *error = apiError(410, "code_used", QStringLiteral("this enrollment code was used already"));
        return Status::ok();
    }
    if (q.value(1).toLongLong() <= nowMs) {
        *error = apiError(410, "code_expired", QStringLiteral("this enrollment code has expired"));
        return Status::ok();
    }
    EnrollmentGrant g{request.deviceId.isEmpty() ? idString(QUuid::createUuid()) : request.deviceId,
                      newToken(),
                      q.value(0).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString()};
    q.finish();

    // A tablet keeps its device id across enrolments (its unsent events carry it). Another
    // consultant may take it over only once the office has revoked it.
    QSqlQuery d = m_db.query();
    if (Status s = m_db.exec(d, QStringLiteral("SELECT consultant_id, revoked_ms FROM devices WHERE id = ?"),
                             {g.deviceId});
        !s.isOk())
        return s;
    const bool known = d.next();
    if (known && d.value(0).toString() != g.consultantId && d.value(1).isNull()) {
        *error = apiError(409, "device_in_use",
                          QStringLiteral("this device is enrolled for another consultant; revoke it first"));
        return Status::ok();
    }
    d.finish();
    const QVariantList values{g.tenantId,         g.consultantId, request.deviceName,
                              sha256Hex(g.token), nowMs,          g.deviceId};
    const QString write =
        known ? QStringLiteral("UPDATE devices SET tenant_id = ?, consultant_id = ?, name = ?, "
                               "token_hash = ?, enrolled_ms = ?, revoked_ms = NULL WHERE id = ?")
              : QStringLiteral("INSERT INTO devices (tenant_id, consultant_id, name, token_hash, "
                               "enrolled_ms, id) VALUES (?, ?, ?, ?, ?, ?)");
    if (Status s = m_db.exec(write, values); !s.isOk())
        return s;
    QSqlQuery use = m_db.query();
    if (Status s = m_db.exec(use,
                             QStringLiteral("UPDATE enrollment_codes SET used_ms = ?, device_id = ? WHERE "
                                            "code_hash = ? AND used_ms IS NULL"),
                             {nowMs, g.deviceId, codeHash});
        !s.isOk())
        return s;
    if (use.numRowsAffected() != 1)
        return {Status::Io, QStringLiteral("enrollment code changed under the writer lock")};
    if (Status s = tx.commit(); !s.isOk())
        return s;
    *grant = g;
    return Status::ok();
}

QString Enrollment::attemptBucket(const QString &address, const QString &typedCode)
{
    return address + QLatin1Char(' ') + normalizeCode(typedCode).left(AttemptPrefixLength);
}

Status Enrollment::countAttempt(const QString &address, const QString &typedCode, qint64 nowMs, int perMinute,
                                int *retryAfterSeconds)
{
    // One bucket per client address and code prefix: a stranger guessing from the office's NAT
    // address (or the load balancer's) fills the buckets of the prefixes they guess, not the one
    // of the code a tablet holds. Guessing stays hopeless: an address gets at most perMinute tries
    // on each of the 31^2 prefixes, against 31^8 codes behind each.
    //
    // The window slides: the count of the previous minute still weighs by the share of it that
    // falls inside the last 60 s, so a burst at a minute's end does not buy a fresh allowance a
    // second later. Refused attempts do not count: a client retrying too early is not kept out
    // longer for it. The prefix kept in the table is of a code typed, not of one issued, and a
    // right code is used up by the attempt.
    const QString bucket = attemptBucket(address, typedCode);
    const qint64 minute = nowMs / 60000;
    WriteTransaction tx(m_db);
    if (!tx.status().isOk())
        return tx.status();
    if (Status s =
            m_db.exec(QStringLiteral("DELETE FROM enrollment_attempts WHERE minute < ?"), {minute - 1});
        !s.isOk())
        return s;
    QSqlQuery q = m_db.query();
    if (Status s = m_db.exec(
            q,
            QStringLiteral(
                "SELECT minute, attempts FROM enrollment_attempts WHERE address = ? AND minute >= ?"),
            {bucket, minute - 1});
        !s.isOk())
        return s;
    qint64 previous = 0;
    qint64 current = 0;
    while (q.next())
        (q.value(0).toLongLong() == minute ? current : previous) = q.value(1).toLongLong();
    q.finish();
    // The attempts of the 60 s before `t`, as the two minute counts tell it.
    const auto recent = [&](qint64 t) {
        const qint64 m = t / 60000;
        const double stillInside = 1.0 - double(t % 60000) / 60000.0;
        if (m == minute)
            return double(current) + double(previous) * stillInside;
        return m == minute + 1 ? double(current) * stillInside : 0.0;
    };
    *retryAfterSeconds = 0;
    if (recent(nowMs) + 1 > perMinute) {
        for (int wait = 1; wait <= 120 && *retryAfterSeconds == 0; ++wait)
            if (recent(nowMs + wait * 1000LL) + 1 <= perMinute)
                *retryAfterSeconds = wait;
        return tx.commit();
    }
    if (Status s =
            m_db.exec(QStringLiteral("INSERT INTO enrollment_attempts (address, minute, attempts) VALUES (?, "
                                     "?, 1) ON CONFLICT (address, minute) DO UPDATE SET attempts = "
                                     "enrollment_attempts.attempts + 1"),
                      {bucket, minute});
        !s.isOk())
        return s;
    return tx.commit();
}

Status Enrollment::authenticate(const QByteArray &authorization, Pusher *pusher, ApiError *error)
{
    const QByteArray scheme = authorization.left(7);
    const QByteArray token = authorization.mid(7).trimmed();
    if (scheme.toLower() != "bearer " || token.isEmpty()) {
        *error = apiError(401, "unauthenticated", QStringLiteral("missing Authorization: Bearer <token>"));
        return Status::ok();
    }
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.exec(q,
                      QStringLiteral("SELECT id, consultant_id, tenant_id, revoked_ms FROM devices WHERE "
                                     "token_hash = ?"),
                      {sha256Hex(QString::fromLatin1(token))});
        !s.isOk())
        return s;
    if (!q.next()) {
        *error = apiError(401, "unauthenticated", QStringLiteral("unknown device token"));
        return Status::ok();
    }
    if (!q.value(3).isNull()) {
        *error = apiError(401, "device_revoked",
                          QStringLiteral("this device was revoked; ask the office for a new code"));
        return Status::ok();
    }
    *pusher = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return Status::ok();
}

} // namespace feltdialog::server
