#pragma once

#include "Status.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace feltdialog::server {

enum class Dialect
{
    Sqlite,
    Postgres,
};

// The server's one connection to its store: a SQLite file (one office, no setup) or a PostgreSQL
// database (several instances may share it). The SQL is the same for both; where the dialects
// differ, the difference is here. The server holds no state between requests besides this store.
class ServerDatabase
{
public:
    // `location`: a file path for SQLite, or postgresql://user[:password]@host[:port]/dbname
    // (query items such as ?sslmode=require are passed on as connection options).
    static Status open(const QString &location, std::unique_ptr<ServerDatabase> *out);
    // Another connection to the same store, for another thread: a Qt SQL connection may only be
    // used by the thread that opened it. Siblings share the in-process writer lock (see beginWrite).
    Status openSibling(std::unique_ptr<ServerDatabase> *out) const;
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    Dialect dialect() const { return m_dialect; }
    QString describe() const; // for logs: driver and database, never a password

    // Runs one statement with positional (?) arguments. On failure returns Status::Io with the
    // driver's text, and the caller rolls back.
    Status exec(QSqlQuery &query, const QString &sql, const QVariantList &args = {});
    Status exec(const QString &sql, const QVariantList &args = {});
    // For a statement run many times in one transaction: prepare once, then bind and run.
    Status prepare(QSqlQuery &query, const QString &sql);
    Status execPrepared(QSqlQuery &query, const QVariantList &args);
    QSqlQuery query() const;

    // A write transaction that excludes every other writer on this store until it ends, so
    // writers are serialised in commit order (see the comment in the .cpp for why).
    Status beginWrite();
    Status commit();
    void rollback();

private:
    ServerDatabase(Dialect dialect, QString connectionName, QString location,
                   std::shared_ptr<QMutex> writers);
    static Status open(const QString &location, std::shared_ptr<QMutex> writers,
                       std::unique_ptr<ServerDatabase> *out);

    Dialect m_dialect;
    QString m_connectionName;
    QString m_location;
    std::shared_ptr<QMutex> m_writers; // SQLite only: writers of this process queue here
    bool m_inTransaction = false;
};

// Rolls back unless committed: every early return of a request leaves nothing half-stored.
class WriteTransaction
{
public:
    explicit WriteTransaction(ServerDatabase &db) : m_db(db) { m_status = db.beginWrite(); }
    ~WriteTransaction()
    {
        if (!m_committed)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    const Status &status() const { return m_status; }
    Status commit()
    {
        Status s = m_db.commit();
        m_committed = s.isOk();
        return s;
    }

private:
    ServerDatabase &m_db;
    Status m_status;
    bool m_committed = false;
};

} // namespace feltdialog::server
