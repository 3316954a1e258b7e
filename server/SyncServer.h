#pragma once

#include "Status.h"
#include "SyncApi.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

namespace feltdialog::server {

// The HTTP side of the sync service on Qt HTTP Server: routing, the body limits and gzip, JSON
// errors for everything that is not 2xx. HTTP itself is parsed by the library, never here.
class SyncServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SyncServer(ServerDatabase &db, ServerOptions options, QObject *parent = nullptr);

    // Reads a PEM certificate (chain) and private key.
    static Status loadTls(const QString &certPath, const QString &keyPath, QSslConfiguration *out);

    Status listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, quint16 *bound);
    // Plain HTTP is for development and tests on this machine only: refused off loopback.
    Status listenPlain(const QHostAddress &address, quint16 port, quint16 *bound);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Status listenOn(QTcpServer *server, const QHostAddress &address, quint16 port, quint16 *bound);
    void guard(QTcpSocket *socket);
    void refuseOversized(QTcpSocket *socket);
    ApiResponse dispatch(const QHttpServerRequest &request);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, ApiResponse response);

    SyncApi m_api;
};

} // namespace feltdialog::server
