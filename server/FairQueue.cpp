#include "FairQueue.h"

namespace feltdialog::server {

FairQueue::FairQueue(RequestWorkers &workers, int workerCount, QObject *parent)
    : QObject(parent), m_workers(workers), m_workerCount(qMax(1, workerCount))
{}

void FairQueue::setShares(const RequestShares &shares)
{
    m_shares = shares;
    dispatch();
}

int FairQueue::workersPerShare() const
{
    // By default one worker is kept for the others: a tenant pulling with all its tablets at once
    // still leaves another tenant's request a worker to start on at once.
    const int cap = m_shares.workersPerShare > 0 ? m_shares.workersPerShare : m_workerCount - 1;
    return qBound(1, cap, m_workerCount);
}

bool FairQueue::deviceIsBusy(const QByteArray &device) const
{
    return !device.isEmpty() && m_deviceLoad.value(device) >= m_shares.perDevice;
}

void FairQueue::submit(const RequestOwner &owner, Job job)
{
    Share &share = m_queues[owner.share];
    share.waiting.push_back({owner.device, std::move(job)});
    if (!owner.device.isEmpty())
        ++m_deviceLoad[owner.device];
    if (!share.inRotation) {
        share.inRotation = true;
        m_rotation.push_back(owner.share);
    }
    dispatch();
}

void FairQueue::dispatch()
{
    const int cap = workersPerShare();
    // One pass over the rotation finds a share that may start, or none can.
    for (size_t looked = 0; m_running < m_workerCount && looked < m_rotation.size();) {
        const QString key = m_rotation.front();
        m_rotation.pop_front();
        Share &share = m_queues[key];
        if (share.running >= cap) {
            m_rotation.push_back(key); // its turn comes again once one of its own finishes
            ++looked;
            continue;
        }
        run(key, share);
        if (share.waiting.empty())
            share.inRotation = false;
        else
            m_rotation.push_back(key); // served: to the back of the line
        looked = 0;
    }
}

void FairQueue::run(const QString &key, Share &share)
{
    Waiting next = std::move(share.waiting.front());
    share.waiting.pop_front();
    ++share.running;
    ++m_running;
    m_workers.start([this, key, device = next.device, job = std::move(next.job)](ServerDatabase *db,
                                                                                 const Status &failure) {
        std::function<void()> then = job(db, failure);
        QMetaObject::invokeMethod(
            this,
            [this, key, device, then = std::move(then)] {
                giveBack(key, device);
                then();
            },
            Qt::QueuedConnection);
    });
}

void FairQueue::giveBack(const QString &key, const QByteArray &device)
{
    --m_running;
    if (!device.isEmpty()) {
        if (--m_deviceLoad[device] <= 0)
            m_deviceLoad.remove(device);
    }
    const auto share = m_queues.find(key);
    if (share != m_queues.end() && --share->running == 0 && share->waiting.empty())
        m_queues.erase(share); // shares come and go with their requests: memory stays bounded
    dispatch();
}

} // namespace feltdialog::server
