#include "SqliteDatabase.h"

#include <sqlite3.h>
#include <utility>

namespace feltdialog {

namespace {
Status statusFor(sqlite3 *db, int code, const char *context)
{
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return Status::ok();
    const QString detail = QStringLiteral("%1: %2 (%3)")
                               .arg(QString::fromUtf8(context),
                                    QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code)))
                               .arg(code);
    switch (code & 0xff) {
    case SQLITE_FULL:
        return {Status::DiskFull, detail};
    case SQLITE_NOTADB:
        return {Status::NotADatabase, detail};
    case SQLITE_CORRUPT:
        return {Status::Corrupt, detail};
    case SQLITE_CONSTRAINT:
        return {Status::Invalid, detail};
    default:
        return {Status::Io, detail};
    }
}
} // namespace

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_status(std::move(other.m_status))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_status = std::move(other.m_status);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_status = Status::ok();
        return true;
    }
    m_status = statusFor(m_db, rc, sqlite3_sql(m_stmt));
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_status = Status::ok();
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

Status SqliteDatabase::open(const QString &path)
{
    close();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        Status s = statusFor(m_db, rc, "open");
        close();
        return s;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return Status::ok();
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Status SqliteDatabase::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    sqlite3_free(error);
    return statusFor(m_db, rc, sql);
}

SqliteStatement SqliteDatabase::prepare(const char *sql, Status *status)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (status)
        *status = statusFor(m_db, rc, sql);
    if (rc != SQLITE_OK)
        return {};
    return {m_db, stmt};
}

Status SqliteDatabase::pragmaInt(const char *pragma, qint64 *value)
{
    Status s;
    SqliteStatement stmt = prepare(pragma, &s);
    if (!s.isOk())
        return s;
    if (stmt.step()) {
        *value = stmt.columnInt64(0);
        return Status::ok();
    }
    return stmt.status().isOk() ? Status(Status::Io, QString::fromUtf8(pragma) + QStringLiteral(": no row"))
                                : stmt.status();
}

Status SqliteDatabase::statusFromCode(int code, const char *context) const
{
    return statusFor(m_db, code, context);
}

} // namespace feltdialog
