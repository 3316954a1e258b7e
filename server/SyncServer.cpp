#include "SyncServer.h"

#include "BodyCoding.h"
#include "RequestLimits.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace feltdialog::server {

namespace {

constexpr char ReceivedProperty[] = "feltdialogReceived";

// A QTcpServer that lets SyncServer watch each socket before the HTTP library reads from it
// (QSslServer has startedEncryptionHandshake for the same purpose).
class WatchedTcpServer : public QTcpServer
{
public:
    WatchedTcpServer(std::function<void(QTcpSocket *)> watch, QObject *parent)
        : QTcpServer(parent), m_watch(std::move(watch))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_watch(socket);
        addPendingConnection(socket);
    }

private:
    std::function<void(QTcpSocket *)> m_watch;
};

ApiResponse tooLarge(const QString &what)
{
    return ApiResponse::error(apiError(413, "body_too_large", what));
}

} // namespace

SyncServer::SyncServer(ServerDatabase &db, ServerOptions options, QObject *parent)
    : QAbstractHttpServer(parent), m_api(db, std::move(options))
{}

Status SyncServer::loadTls(const QString &certPath, const QString &keyPath, QSslConfiguration *out)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty())
        return {Status::Invalid, QStringLiteral("no PEM certificate in %1").arg(certPath)};
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return {Status::Io, QStringLiteral("cannot read the key %1: %2").arg(keyPath, keyFile.errorString())};
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return {Status::Invalid,
                QStringLiteral("no unencrypted RSA or EC private key (PEM) in %1").arg(keyPath)};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // devices authenticate with their token
    *out = tls;
    return Status::ok();
}

Status SyncServer::listenOn(QTcpServer *server, const QHostAddress &address, quint16 port, quint16 *bound)
{
    if (!server->listen(address, port)) {
        const QString error = server->errorString();
        delete server;
        return {Status::Io,
                QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(error)};
    }
    bind(server);
    *bound = server->serverPort();
    return Status::ok();
}

Status SyncServer::listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                             quint16 *bound)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    connect(server, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket *socket) { guard(socket); });
    return listenOn(server, address, port, bound);
}

Status SyncServer::listenPlain(const QHostAddress &address, quint16 port, quint16 *bound)
{
    if (!address.isLoopback())
        return {Status::Invalid,
                QStringLiteral("plain HTTP is allowed on a loopback address only, not %1; give "
                               "--cert and --key")
                    .arg(address.toString())};
    return listenOn(new WatchedTcpServer([this](QTcpSocket *socket) { guard(socket); }, this), address, port,
                    bound);
}

// The HTTP library keeps a whole request in memory before handing it over. This slot, connected
// before the library's own, counts what arrives on the connection and cuts it once a request
// could no longer be within the limit, so a huge body never gets buffered.
void SyncServer::guard(QTcpSocket *socket)
{
    socket->setProperty(ReceivedProperty, qint64(0));
    connect(socket, &QIODevice::readyRead, this, [this, socket] {
        const qint64 received = socket->property(ReceivedProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(ReceivedProperty, received);
        if (received > MaxBodyBytes + MaxHeaderBytes)
            refuseOversized(socket);
    });
}

void SyncServer::refuseOversized(QTcpSocket *socket)
{
    // Nobody parses this connection any more. What still arrives is read and dropped for a while:
    // closing with unread data would reset the connection and the client would lose the answer.
    disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    socket->setProperty(ReceivedProperty, qint64(0));
    connect(socket, &QIODevice::readyRead, socket, [socket] {
        const qint64 drained = socket->property(ReceivedProperty).toLongLong() + socket->readAll().size();
        socket->setProperty(ReceivedProperty, drained);
        if (drained > 4 * MaxInflatedBodyBytes)
            socket->abort();
    });
    QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
    // A fixed answer written whole (no request object exists to build a responder from).
    const ApiResponse r = tooLarge(QStringLiteral("the request is larger than %1 bytes").arg(MaxBodyBytes));
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(r.json.size()) + "\r\n\r\n" + r.json);
}

ApiResponse SyncServer::dispatch(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const bool events = path == QLatin1String("/v1/events");
    const bool enroll = path == QLatin1String("/v1/enroll");
    const bool reference = path == QLatin1String("/v1/reference");
    if (!events && !enroll && !reference)
        return ApiResponse::error(
            apiError(404, "not_found", QStringLiteral("no such path: %1").arg(path.left(200))));
    const Method method = request.method();
    const bool post = method == Method::Post;
    const bool get = method == Method::Get;
    if ((enroll && !post) || (reference && !get) || (events && !post && !get))
        return ApiResponse::error(
            apiError(405, "method_not_allowed", QStringLiteral("method not allowed here")));

    if (request.body().size() > MaxBodyBytes)
        return tooLarge(QStringLiteral("the body is larger than %1 bytes").arg(MaxBodyBytes));
    ApiRequest api;
    api.query = request.query();
    api.authorization = request.value("authorization");
    api.ifNoneMatch = request.value("if-none-match");
    api.remoteAddress = request.remoteAddress().toString();
    const QByteArray encoding = request.value("content-encoding").trimmed().toLower();
    if (encoding == "gzip") {
        switch (gunzip(request.body(), MaxInflatedBodyBytes, &api.body)) {
        case InflateResult::Ok:
            break;
        case InflateResult::TooLarge:
            return tooLarge(
                QStringLiteral("the body inflates to more than %1 bytes").arg(MaxInflatedBodyBytes));
        case InflateResult::Corrupt:
            return ApiResponse::error(
                apiError(400, "malformed", QStringLiteral("the body is not valid gzip")));
        }
    } else if (encoding.isEmpty() || encoding == "identity") {
        api.body = request.body();
    } else {
        return ApiResponse::error(apiError(415, "unsupported_encoding",
                                           QStringLiteral("Content-Encoding must be gzip or identity")));
    }

    if (enroll)
        return m_api.enroll(api);
    if (reference)
        return m_api.reference(api);
    return post ? m_api.push(api) : m_api.pull(api);
}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setProperty(ReceivedProperty, qint64(0)); // the next request on this connection starts afresh
    ApiResponse response;
    try {
        response = dispatch(request);
    } catch (...) {
        // Nothing below throws by design; if something does (allocation), the transaction was
        // rolled back by its guard and the client may simply retry.
        response = ApiResponse::error(
            apiError(500, "storage_failed", QStringLiteral("internal error; nothing stored")));
    }
    respond(request, socket, std::move(response));
    return true;
}

void SyncServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, ApiResponse::error(apiError(404, "not_found", QStringLiteral("no such path"))));
}

void SyncServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, ApiResponse response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &header : std::as_const(response.headers))
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Cache-Control", "no-store");
    if (response.status == 304) {
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
        return;
    }
    QByteArray body = response.json;
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Vary", "Accept-Encoding");
    if (acceptsGzip(request.value("accept-encoding"))) {
        body = gzip(body);
        responder.writeHeader("Content-Encoding", "gzip");
    }
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace feltdialog::server
