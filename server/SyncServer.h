#pragma once

#include "FairQueue.h"
#include "RequestLimits.h"
#include "RequestWorkers.h"
#include "Status.h"
#include "SyncApi.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <optional>

namespace feltdialog::server {

class Connection;

// The HTTP side of the sync service on Qt HTTP Server: routing, the body limits and gzip, JSON
// errors for everything that is not 2xx. HTTP itself is parsed by the library, never here.
//
// Requests are answered by a pool of worker threads (ServerOptions::workers), each with its own
// connection to the store; the event loop only moves bytes. Writers still take turns (the writer
// lock of ServerDatabase::beginWrite), but decoding, checks and reads run side by side. The
// workers' turns are shared fairly between tenants, and each device's requests are bounded
// (FairQueue, RequestShares).
class SyncServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `db` is the store the workers open their connections to; it must outlive the server.
    SyncServer(ServerDatabase &db, ServerOptions options, QObject *parent = nullptr);
    ~SyncServer() override; // waits for the requests the workers are handling

    // Reads a PEM certificate (chain) and private key.
    static Status loadTls(const QString &certPath, const QString &keyPath, QSslConfiguration *out);

    // The timeouts and connection caps of the listeners made after this (before: the defaults).
    void setConnectionLimits(const ConnectionLimits &limits);
    // How many requests a device may have at once and how many workers a tenant may hold.
    void setRequestShares(const RequestShares &shares);

    Status listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, quint16 *bound);
    // Plain HTTP is for development and tests on this machine only: refused off loopback.
    Status listenPlain(const QHostAddress &address, quint16 port, quint16 *bound);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Status listenOn(std::optional<QSslConfiguration> tls, const QHostAddress &address, quint16 port,
                    quint16 *bound);
    void guard(QTcpSocket *socket);
    void refuseOversized(QTcpSocket *socket);
    void startNext(Connection *connection);
    void deliver(const QPointer<Connection> &connection, const ApiResponse &response);
    RequestOwner ownerOf(const QByteArray &authorization, const QString &remoteAddress) const;

    ServerOptions m_options;
    ConnectionLimits m_limits;
    // The tenant of each device token (its SHA-256): read at the start, and learned from the store
    // by the workers for devices enrolled since. The event loop places a request in its tenant's
    // share before anyone has authenticated it.
    // Only the turn depends on it, never what a request may do.
    QHash<QByteArray, QString> m_tenantOfDevice;
    FairQueue m_turns;        // refers to the workers; their tasks report to it
    RequestWorkers m_workers; // last: destroyed (waited for) first
};

} // namespace feltdialog::server
