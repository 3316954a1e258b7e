#include "RequestWorkers.h"

namespace feltdialog::server {

RequestWorkers::RequestWorkers(const ServerDatabase &store, int threads) : m_store(store)
{
    m_pool.setMaxThreadCount(qMax(1, threads));
}

RequestWorkers::~RequestWorkers()
{
    waitForDone();
}

void RequestWorkers::waitForDone()
{
    m_pool.waitForDone();
}

void RequestWorkers::start(Task task)
{
    m_pool.start([this, task = std::move(task)] {
        if (!m_connections.hasLocalData()) {
            std::unique_ptr<ServerDatabase> db;
            if (Status s = m_store.openSibling(&db); !s.isOk()) {
                task(nullptr, s);
                return;
            }
            m_connections.setLocalData(db.release());
        }
        task(m_connections.localData(), Status::ok());
    });
}

} // namespace feltdialog::server
