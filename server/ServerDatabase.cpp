#include "ServerDatabase.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace feltdialog::server {

namespace {

// Any 64-bit number works as long as every instance uses the same one.
constexpr qint64 WriterLockKey = 0x46656c7464; // "Feltd"

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("feltdialog-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status driverFailure(const QString &what, const QSqlError &error)
{
    return {Status::Io, QStringLiteral("%1: %2").arg(what, error.text())};
}

} // namespace

ServerDatabase::ServerDatabase(Dialect dialect, QString connectionName, QString location,
                               std::shared_ptr<QMutex> writers)
    : m_dialect(dialect), m_connectionName(std::move(connectionName)), m_location(std::move(location)),
      m_writers(std::move(writers))
{}

ServerDatabase::~ServerDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status ServerDatabase::open(const QString &location, std::unique_ptr<ServerDatabase> *out)
{
    return open(location, std::make_shared<QMutex>(), out);
}

Status ServerDatabase::openSibling(std::unique_ptr<ServerDatabase> *out) const
{
    return open(m_location, m_writers, out);
}

Status ServerDatabase::open(const QString &location, std::shared_ptr<QMutex> writers,
                            std::unique_ptr<ServerDatabase> *out)
{
    const QString name = nextConnectionName();
    const bool postgres = location.startsWith(QLatin1String("postgresql://")) ||
                          location.startsWith(QLatin1String("postgres://"));
    std::unique_ptr<ServerDatabase> store(new ServerDatabase(postgres ? Dialect::Postgres : Dialect::Sqlite,
                                                             name, location,
                                                             postgres ? nullptr : std::move(writers)));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return {Status::Io, QStringLiteral("the Qt SQL driver for %1 is not installed")
                                .arg(postgres ? QStringLiteral("PostgreSQL (libqt6sql6-psql)")
                                              : QStringLiteral("SQLite (libqt6sql6-sqlite)"))};
    if (postgres) {
        const QUrl url(location);
        if (!url.isValid() || url.path().size() < 2)
            return {Status::Invalid,
                    QStringLiteral("not a PostgreSQL URL: expected postgresql://user@host:port/dbname")};
        db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        QStringList options;
        for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            options << item.first + QLatin1Char('=') + item.second;
        db.setConnectOptions(options.join(QLatin1Char(';')));
    } else {
        db.setDatabaseName(location);
        // Other instances (or the admin CLI) on the same file wait for the write lock instead of
        // failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return driverFailure(QStringLiteral("cannot open the database %1").arg(store->describe()),
                             db.lastError());
    if (!postgres) {
        // WAL with synchronous=FULL: a committed push survives a power cut, which is what the
        // answer to the tablet promises.
        for (const QString &pragma :
             {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
              QStringLiteral("PRAGMA foreign_keys=ON")}) {
            if (Status s = store->exec(pragma); !s.isOk())
                return s;
        }
    }
    *out = std::move(store);
    return Status::ok();
}

QString ServerDatabase::describe() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_dialect == Dialect::Sqlite)
        return QStringLiteral("SQLite %1").arg(db.databaseName());
    return QStringLiteral("PostgreSQL %1@%2:%3/%4")
        .arg(db.userName(), db.hostName())
        .arg(db.port())
        .arg(db.databaseName());
}

QSqlQuery ServerDatabase::query() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    return q;
}

Status ServerDatabase::exec(QSqlQuery &query, const QString &sql, const QVariantList &args)
{
    if (args.isEmpty()) {
        if (!query.exec(sql))
            return driverFailure(sql.left(80), query.lastError());
        return Status::ok();
    }
    if (!query.prepare(sql))
        return driverFailure(sql.left(80), query.lastError());
    for (const QVariant &arg : args) {
        // A null QString would be bound as SQL NULL; every text column here means "" by it.
        if (arg.typeId() == QMetaType::QString && arg.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(arg);
    }
    if (!query.exec())
        return driverFailure(sql.left(80), query.lastError());
    return Status::ok();
}

Status ServerDatabase::prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return driverFailure(sql.left(80), query.lastError());
    return Status::ok();
}

Status ServerDatabase::execPrepared(QSqlQuery &query, const QVariantList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &arg = args.at(i);
        // A null QString would be bound as SQL NULL; every text column here means "" by it.
        if (arg.typeId() == QMetaType::QString && arg.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, arg);
    }
    if (!query.exec())
        return driverFailure(query.lastQuery().left(80), query.lastError());
    return Status::ok();
}

Status ServerDatabase::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery q = query();
    return exec(q, sql, args);
}

// Writers are serialised, and that is what makes the pull cursor safe. Every event gets its
// position (from log_clock) inside the writing transaction; if two writers could run at once,
// the one with the lower position might commit after the other, and a reader that had already
// moved its cursor past the higher position would never see the lower one. With one writer at a
// time, positions are handed out in commit order, so anything a reader has not seen yet lies
// above its cursor.
//   SQLite: BEGIN IMMEDIATE takes the database's single write lock at once (not at the first
//   write), which also keeps the existence checks of a push and its inserts in one critical
//   section. Other processes on the same file wait (busy timeout). The connections of this process
//   (one per worker thread) first queue on an in-process mutex: SQLite's busy handler polls with
//   sleeps of up to 100 ms, which under load leaves the lock idle while writers sleep, and gives
//   up after the busy timeout.
//   PostgreSQL: a transaction-level advisory lock, taken first thing and released by COMMIT or
//   ROLLBACK, does the same across every instance sharing the database. READ COMMITTED gives each
//   statement a fresh snapshot, so a writer that waited sees everything committed before it.
Status ServerDatabase::beginWrite()
{
    if (m_inTransaction)
        return {Status::Invalid, QStringLiteral("nested write transaction")};
    const QString begin =
        m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (m_writers)
        m_writers->lock();
    if (Status s = exec(begin); !s.isOk()) {
        if (m_writers)
            m_writers->unlock();
        return s;
    }
    m_inTransaction = true;
    if (m_dialect == Dialect::Postgres) {
        if (Status s = exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriterLockKey));
            !s.isOk()) {
            rollback();
            return s;
        }
    }
    return Status::ok();
}

Status ServerDatabase::commit()
{
    if (Status s = exec(QStringLiteral("COMMIT")); !s.isOk()) {
        rollback();
        return s;
    }
    m_inTransaction = false;
    if (m_writers)
        m_writers->unlock();
    return Status::ok();
}

void ServerDatabase::rollback()
{
    if (!m_inTransaction)
        return;
    exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    if (m_writers)
        m_writers->unlock();
}

} // namespace feltdialog::server
