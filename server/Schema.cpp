#include "Schema.h"

#include <QDateTime>
#include <QStringList>
#include <algorithm>

namespace feltdialog::server {

namespace {

// The audit is append-only in the store itself, not only in the server's code: a change or a
// removal of a row is refused by the database, whoever asks.
QStringList appendOnlyAudit(Dialect dialect)
{
    if (dialect == Dialect::Sqlite)
        return {
            QStringLiteral("CREATE TRIGGER office_audit_no_update BEFORE UPDATE ON office_audit BEGIN SELECT "
                           "RAISE(ABORT, 'office_audit is append-only'); END"),
            QStringLiteral("CREATE TRIGGER office_audit_no_delete BEFORE DELETE ON office_audit BEGIN SELECT "
                           "RAISE(ABORT, 'office_audit is append-only'); END"),
        };
    return {
        QStringLiteral("CREATE FUNCTION office_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                       "'BEGIN RAISE EXCEPTION ''office_audit is append-only''; END'"),
        QStringLiteral(
            "CREATE TRIGGER office_audit_no_change BEFORE UPDATE OR DELETE ON office_audit FOR EACH ROW "
            "EXECUTE FUNCTION office_audit_append_only()"),
        QStringLiteral("CREATE TRIGGER office_audit_no_truncate BEFORE TRUNCATE ON office_audit FOR EACH "
                       "STATEMENT EXECUTE FUNCTION office_audit_append_only()"),
    };
}

// The same SQL serves SQLite and PostgreSQL: BIGINT, TEXT and DOUBLE PRECISION mean the same to
// both; where they differ (triggers), the step says so. Step N takes a store of version N-1 to
// version N. A released step never changes.
QStringList stepSql(int version, Dialect dialect)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral(
                "CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_ms BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE consultants (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES "
                "tenants(id), name TEXT NOT NULL, created_ms BIGINT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE facilities (tenant_id TEXT NOT NULL REFERENCES tenants(id), id TEXT NOT NULL, "
                "name TEXT NOT NULL, kind TEXT NOT NULL, address TEXT NOT NULL, latitude DOUBLE "
                "PRECISION NOT NULL, longitude DOUBLE PRECISION NOT NULL, PRIMARY KEY (tenant_id, id))"),
            // planned_date is NULL for a visit a tablet started on its own (created on first push).
            QStringLiteral(
                "CREATE TABLE visits (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), "
                "facility_id TEXT NOT NULL, kind TEXT NOT NULL, planned_date TEXT, focus_indicators TEXT "
                "NOT NULL, created_by TEXT NOT NULL, created_ms BIGINT NOT NULL)"),
            // An assignment takes a position in the event order, so a consultant assigned later
            // pulls the visit's earlier events after their cursor (see EventLog::pull).
            QStringLiteral(
                "CREATE TABLE assignments (visit_id TEXT NOT NULL REFERENCES visits(id), consultant_id TEXT "
                "NOT NULL REFERENCES consultants(id), position BIGINT NOT NULL, PRIMARY KEY (visit_id, "
                "consultant_id))"),
            QStringLiteral("CREATE INDEX assignments_by_consultant ON assignments (consultant_id, visit_id)"),
            QStringLiteral(
                "CREATE TABLE devices (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), "
                "consultant_id TEXT NOT NULL REFERENCES consultants(id), name TEXT NOT NULL, token_hash TEXT "
                "NOT NULL UNIQUE, enrolled_ms BIGINT NOT NULL, revoked_ms BIGINT, last_push_ms BIGINT)"),
            QStringLiteral(
                "CREATE TABLE enrollment_codes (code_hash TEXT PRIMARY KEY, consultant_id TEXT NOT NULL "
                "REFERENCES consultants(id), created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL, "
                "used_ms BIGINT, device_id TEXT)"),
            QStringLiteral(
                "CREATE TABLE enrollment_attempts (address TEXT NOT NULL, minute BIGINT NOT NULL, attempts "
                "BIGINT NOT NULL, PRIMARY KEY (address, minute))"),
            QStringLiteral("CREATE TABLE log_clock (id BIGINT PRIMARY KEY, last_position BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO log_clock (id, last_position) VALUES (1, 0)"),
            // Events exactly as the tablet wrote them; `position` is the server's commit order.
            QStringLiteral(
                "CREATE TABLE events (position BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, visit_id TEXT "
                "NOT NULL REFERENCES visits(id), author_id TEXT NOT NULL, device_id TEXT NOT NULL, "
                "device_seq BIGINT NOT NULL, hlc BIGINT NOT NULL, wall_time_ms BIGINT NOT NULL, type TEXT "
                "NOT NULL, payload TEXT NOT NULL, schema_version BIGINT NOT NULL, received_ms BIGINT NOT "
                "NULL, received_from TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX events_by_visit ON events (visit_id, position)"),
        };
    case 2:
        // Each consultant's pull order kept as rows, so a pull is an index range from its cursor
        // instead of a sort of every event of the consultant's visits (issue 14). `place` is the
        // later of the event's position and the consultant's assignment to its visit (see
        // EventLog::pull); device_id lets a pull leave out the puller's own events.
        return {
            QStringLiteral(
                "CREATE TABLE consultant_stream (consultant_id TEXT NOT NULL REFERENCES consultants(id), "
                "place BIGINT NOT NULL, position BIGINT NOT NULL REFERENCES events(position), device_id "
                "TEXT NOT NULL, PRIMARY KEY (consultant_id, place, position))"),
            QStringLiteral(
                "INSERT INTO consultant_stream (consultant_id, place, position, device_id) SELECT "
                "a.consultant_id, CASE WHEN a.position > e.position THEN a.position ELSE e.position END, "
                "e.position, e.device_id FROM events e JOIN assignments a ON a.visit_id = e.visit_id"),
        };
    case 3:
        // A device id belongs to its tenant (issue 14): another tenant's enrollment code took over
        // a revoked id, moved its row and stranded the first tenant's tablet. Keyed by tenant and
        // id, each authority has its own, and nothing tells one that an id exists in another.
        return {
            QStringLiteral(
                "CREATE TABLE tenant_devices (tenant_id TEXT NOT NULL REFERENCES tenants(id), id TEXT NOT "
                "NULL, consultant_id TEXT NOT NULL REFERENCES consultants(id), name TEXT NOT NULL, "
                "token_hash "
                "TEXT NOT NULL UNIQUE, enrolled_ms BIGINT NOT NULL, revoked_ms BIGINT, last_push_ms BIGINT, "
                "PRIMARY KEY (tenant_id, id))"),
            QStringLiteral(
                "INSERT INTO tenant_devices (tenant_id, id, consultant_id, name, token_hash, enrolled_ms, "
                "revoked_ms, last_push_ms) SELECT tenant_id, id, consultant_id, name, token_hash, "
                "enrolled_ms, revoked_ms, last_push_ms FROM devices"),
            QStringLiteral("DROP TABLE devices"),
            QStringLiteral("ALTER TABLE tenant_devices RENAME TO devices"),
        };
    case 4:
        // An event id belongs to its tenant (issue 14), as device ids do since step 3: with ids
        // unique across the store, a push of an id another authority holds was refused as
        // `conflicting_duplicate`, which told the pusher that the id exists elsewhere. Each
        // tenant's events now have their own ids; the stream is rebuilt only because it refers to
        // the events table.
        return {
            QStringLiteral(
                "CREATE TABLE tenant_events (position BIGINT PRIMARY KEY, tenant_id TEXT NOT NULL "
                "REFERENCES tenants(id), id TEXT NOT NULL, visit_id TEXT NOT NULL REFERENCES visits(id), "
                "author_id TEXT NOT NULL, device_id TEXT NOT NULL, device_seq BIGINT NOT NULL, hlc BIGINT "
                "NOT NULL, wall_time_ms BIGINT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, "
                "schema_version BIGINT NOT NULL, received_ms BIGINT NOT NULL, received_from TEXT NOT NULL, "
                "UNIQUE (tenant_id, id))"),
            QStringLiteral(
                "INSERT INTO tenant_events (position, tenant_id, id, visit_id, author_id, device_id, "
                "device_seq, hlc, wall_time_ms, type, payload, schema_version, received_ms, received_from) "
                "SELECT e.position, v.tenant_id, e.id, e.visit_id, e.author_id, e.device_id, e.device_seq, "
                "e.hlc, e.wall_time_ms, e.type, e.payload, e.schema_version, e.received_ms, "
                "e.received_from FROM events e JOIN visits v ON v.id = e.visit_id"),
            QStringLiteral(
                "CREATE TABLE tenant_stream (consultant_id TEXT NOT NULL REFERENCES consultants(id), "
                "place BIGINT NOT NULL, position BIGINT NOT NULL REFERENCES tenant_events(position), "
                "device_id TEXT NOT NULL, PRIMARY KEY (consultant_id, place, position))"),
            QStringLiteral("INSERT INTO tenant_stream (consultant_id, place, position, device_id) SELECT "
                           "consultant_id, place, position, device_id FROM consultant_stream"),
            QStringLiteral("DROP TABLE consultant_stream"),
            QStringLiteral("DROP TABLE events"),
            QStringLiteral("ALTER TABLE tenant_events RENAME TO events"),
            QStringLiteral("ALTER TABLE tenant_stream RENAME TO consultant_stream"),
            QStringLiteral("CREATE INDEX events_by_visit ON events (visit_id, position)"),
        };
    case 5:
        // The office web console (issue 17): office accounts per tenant, their one-time sign-in
        // links, sessions and the browsers they signed in from (all by SHA-256, never the token),
        // failed sign-ins counted per minute, and the append-only audit of office actions.
        return QStringList{
                   QStringLiteral(
                       "CREATE TABLE office_users (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES "
                       "tenants(id), login TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL, "
                       "password_hash TEXT, created_ms BIGINT NOT NULL)"),
                   QStringLiteral(
                       "CREATE TABLE office_signin_links (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL "
                       "REFERENCES office_users(id), created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL, "
                       "used_ms BIGINT)"),
                   QStringLiteral(
                       "CREATE TABLE office_sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL "
                       "REFERENCES office_users(id), csrf_token TEXT NOT NULL, created_ms BIGINT NOT NULL, "
                       "last_seen_ms BIGINT NOT NULL)"),
                   QStringLiteral("CREATE INDEX office_sessions_by_user ON office_sessions (user_id)"),
                   QStringLiteral(
                       "CREATE TABLE office_browsers (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL "
                       "REFERENCES office_users(id), created_ms BIGINT NOT NULL)"),
                   QStringLiteral(
                       "CREATE TABLE office_signin_failures (scope TEXT NOT NULL, subject TEXT NOT NULL, "
                       "minute "
                       "BIGINT NOT NULL, failures BIGINT NOT NULL, PRIMARY KEY (scope, subject, minute))"),
                   QStringLiteral(
                       "CREATE TABLE office_audit (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES "
                       "tenants(id), at_ms BIGINT NOT NULL, user_id TEXT NOT NULL, actor TEXT NOT NULL, "
                       "action TEXT "
                       "NOT NULL, detail TEXT NOT NULL, address TEXT NOT NULL)"),
                   QStringLiteral("CREATE INDEX office_audit_by_tenant ON office_audit (tenant_id, at_ms)"),
               } +
               appendOnlyAudit(dialect);
    case 6:
        // The office's visit list reads a page from an index (issue 17): newest first per tenant
        // (or per facility of the tenant), and each listed visit's start and close from its own
        // events by type, not a scan of the tenant's events. Logins are kept trimmed and in lower
        // case (a sign-in is compared so); one that would then equal another's is left as it was,
        // for an administrator to rename.
        return {
            QStringLiteral("CREATE INDEX visits_by_tenant_created ON visits (tenant_id, created_ms, id)"),
            QStringLiteral(
                "CREATE INDEX visits_by_facility_created ON visits (tenant_id, facility_id, created_ms, id)"),
            QStringLiteral("CREATE INDEX events_by_visit_type ON events (visit_id, type, wall_time_ms)"),
            QStringLiteral(
                "UPDATE office_users SET login = lower(trim(login)) WHERE NOT EXISTS (SELECT 1 FROM "
                "office_users o WHERE o.id <> office_users.id AND lower(trim(o.login)) = "
                "lower(trim(office_users.login)))"),
        };
    default:
        return {};
    }
}

} // namespace

Status migrate(ServerDatabase &db)
{
    return migrateTo(db, CurrentSchemaVersion);
}

Status migrateTo(ServerDatabase &db, int target)
{
    WriteTransaction tx(db);
    if (!tx.status().isOk())
        return tx.status();
    if (Status s =
            db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY "
                                   "KEY, applied_ms BIGINT NOT NULL)"));
        !s.isOk())
        return s;
    QSqlQuery q = db.query();
    if (Status s = db.exec(q, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
        !s.isOk())
        return s;
    const int current = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (current > CurrentSchemaVersion)
        return {Status::TooNew,
                QStringLiteral("the database has schema version %1; this server knows up to %2")
                    .arg(current)
                    .arg(CurrentSchemaVersion)};
    for (int version = current + 1; version <= std::min(target, CurrentSchemaVersion); ++version) {
        for (const QString &sql : stepSql(version, db.dialect())) {
            if (Status s = db.exec(sql); !s.isOk())
                return s;
        }
        if (Status s =
                db.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_ms) VALUES (?, ?)"),
                        {version, QDateTime::currentMSecsSinceEpoch()});
            !s.isOk())
            return s;
    }
    return tx.commit();
}

} // namespace feltdialog::server
