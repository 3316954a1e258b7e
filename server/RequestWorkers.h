#pragma once

#include "ServerDatabase.h"

#include <QThreadPool>
#include <QThreadStorage>
#include <functional>

namespace feltdialog::server {

// A bounded pool of threads that handle requests off the event loop, so that one request's
// parsing, checks and database waits do not hold up every other connection. Qt SQL connections
// belong to the thread that opened them, so each worker opens its own connection to the store on
// first use and closes it when the thread ends (after 30 s idle, or with the pool).
class RequestWorkers
{
public:
    RequestWorkers(const ServerDatabase &store, int threads);
    ~RequestWorkers();
    RequestWorkers(const RequestWorkers &) = delete;
    RequestWorkers &operator=(const RequestWorkers &) = delete;

    // Runs `task` on a worker with that thread's connection; if the connection cannot be opened,
    // `db` is null and `failure` says why (the next task on that thread tries again).
    using Task = std::function<void(ServerDatabase *db, const Status &failure)>;
    void start(Task task);
    void waitForDone();

private:
    const ServerDatabase &m_store;
    // Declared before the pool so that it outlives the pool's threads: QThreadStorage deletes a
    // thread's connection as that thread finishes, in that thread.
    QThreadStorage<ServerDatabase *> m_connections;
    QThreadPool m_pool;
};

} // namespace feltdialog::server
