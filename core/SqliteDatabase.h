#pragma once

#include "Status.h"

#include <QByteArray>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace feltdialog {

// A thin RAII layer over the SQLite C API. We use the C API rather than Qt SQL on the device
// because the note-save path must cost no more than a raw INSERT+COMMIT (see docs/performance.md).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, const QString &value);
    void bind(int index, const QByteArray &blob);
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Returns true while a row is available; check status() after it returns false.
    bool step();
    Status status() const { return m_status; }
    void reset();

    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
};

class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase();

    Status open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    Status exec(const char *sql);
    SqliteStatement prepare(const char *sql, Status *status = nullptr);
    Status pragmaInt(const char *pragma, qint64 *value);
    int changes() const; // rows changed by the last INSERT/UPDATE/DELETE

    Status statusFromCode(int code, const char *context) const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace feltdialog
