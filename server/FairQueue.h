#pragma once

#include "RequestLimits.h"
#include "RequestWorkers.h"

#include <QHash>
#include <QObject>
#include <deque>

namespace feltdialog::server {

// Whose a request is, as far as the event loop can tell before a worker has authenticated it.
struct RequestOwner
{
    QString share;     // "tenant <id>" once the device's tenant is known, else "address <client address>"
    QByteArray device; // the SHA-256 of the bearer token (as the store keeps it); empty without one
};

// The turns of the request workers, shared fairly (issue 14): each tenant (or, for requests the
// server cannot place yet, each client address) has its own queue, the queues are served
// round-robin, and no share holds more than RequestShares::workersPerShare workers at once. So one
// tenant's backlog never stands in front of another tenant's request, and another tenant always
// finds a worker free. Lives on the event loop's thread; the workers report back to it.
class FairQueue : public QObject
{
public:
    FairQueue(RequestWorkers &workers, int workerCount, QObject *parent = nullptr);

    void setShares(const RequestShares &shares);
    const RequestShares &shares() const { return m_shares; }

    // Whether the device already has as many requests queued or at a worker as it may.
    bool deviceIsBusy(const QByteArray &device) const;

    // Runs on a worker; returns what is then done with its result on the event loop's thread.
    using Job = std::function<std::function<void()>(ServerDatabase *db, const Status &failure)>;
    // Queues `job` in the owner's share; it runs on a worker when that share's turn comes. Its
    // continuation runs once the turn is given back, so a device's next request (sent when the
    // answer arrives) never finds the device still counted busy with this one.
    void submit(const RequestOwner &owner, Job job);

private:
    struct Waiting
    {
        QByteArray device;
        Job job;
    };
    struct Share
    {
        std::deque<Waiting> waiting;
        int running = 0;
        bool inRotation = false;
    };

    int workersPerShare() const;
    void dispatch();
    void run(const QString &key, Share &share);
    void giveBack(const QString &key, const QByteArray &device);

    RequestWorkers &m_workers;
    int m_workerCount;
    RequestShares m_shares;
    int m_running = 0;
    QHash<QString, Share> m_queues;
    std::deque<QString> m_rotation;      // shares with requests waiting, the next one to serve in front
    QHash<QByteArray, int> m_deviceLoad; // requests queued or in work, by device
};

} // namespace feltdialog::server
