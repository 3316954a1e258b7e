#include "SyncServer.h"

#include "BodyCoding.h"
#include "ConnectionGate.h"
#include "Enrollment.h"
#include "OfficeConsole.h"
#include "RequestLimits.h"

#include <QDateTime>

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <algorithm>
#include <deque>
#include <memory>

Q_LOGGING_CATEGORY(lcSyncServer, "feltdialog.server.http")

namespace feltdialog::server {

namespace {

constexpr char ReceivedProperty[] = "feltdialogReceived";
constexpr char ConnectionProperty[] = "feltdialogConnection";
constexpr qsizetype MaxKnownDevices = 100000;

// The store cannot be reached now (a worker could not open its connection: out of file
// descriptors, the database restarting): nothing was done, and the client may come back soon.
ApiResponse unavailable(const Status &why)
{
    qCWarning(lcSyncServer) << "database unavailable:" << why.detail();
    ApiResponse r =
        ApiResponse::error(apiError(503, "unavailable",
                                    QStringLiteral("the server cannot reach its database just now; "
                                                   "nothing was stored, try again shortly")));
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")});
    return r;
}

// A device with more requests at once than RequestShares::perDevice: a tablet sends one at a time.
ApiResponse tooManyRequests()
{
    ApiResponse r = ApiResponse::error(
        apiError(429, "too_many_requests",
                 QStringLiteral("this device has too many requests in progress; nothing of this one "
                                "was done, send it again once an earlier one is answered")));
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    return r;
}

// The bearer token's SHA-256 as the store keeps it; empty without a token.
QByteArray deviceKey(const QByteArray &authorization)
{
    const QByteArray token = authorization.mid(7).trimmed();
    if (authorization.left(7).toLower() != "bearer " || token.isEmpty())
        return {};
    return Enrollment::sha256Hex(QString::fromLatin1(token)).toLatin1();
}

// The tenant of the device whose token has this hash; empty when none has it.
QString tenantOfDevice(ServerDatabase &db, const QByteArray &device)
{
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT tenant_id FROM devices WHERE token_hash = ?"),
                 {QString::fromLatin1(device)})
             .isOk() ||
        !q.next())
        return {};
    return q.value(0).toString();
}

ApiResponse tooLarge(const QString &what)
{
    return ApiResponse::error(apiError(413, "body_too_large", what));
}

// A request as copied off its connection for a worker thread.
struct IncomingRequest
{
    QString path;
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QByteArray contentEncoding;
    bool gzipAnswer = false;
    ApiRequest api; // body as sent (gzip is undone on the worker)
};

IncomingRequest copyRequest(const QHttpServerRequest &request)
{
    IncomingRequest r;
    r.path = request.url().path();
    r.method = request.method();
    r.contentEncoding = request.value("content-encoding").trimmed().toLower();
    r.gzipAnswer = acceptsGzip(request.value("accept-encoding"));
    r.api.query = request.query();
    r.api.authorization = request.value("authorization");
    r.api.ifNoneMatch = request.value("if-none-match");
    r.api.remoteAddress = request.remoteAddress().toString();
    r.api.body = request.body();
    if (OfficeConsole::isOfficePath(r.path)) {
        r.api.cookie = request.value("cookie");
        r.api.csrfToken = request.value("x-csrf-token");
        r.api.origin = request.value("origin");
        r.api.host = request.value("host");
        r.api.contentType = request.value("content-type");
    }
    return r;
}

// GET /health for the service manager and load balancers: answered by a worker with its own
// database connection after a query, so a 200 says the whole way (accept, TLS, workers, store)
// works. No token: it tells nothing but that the service is up.
ApiResponse health(ServerDatabase &db)
{
    if (Status s = db.exec(QStringLiteral("SELECT 1")); !s.isOk())
        return unavailable(s);
    return {200, QByteArrayLiteral(R"({"status":"ok"})"), {}};
}

// TLS 1.3 as OpenSSL offers it; on TLS 1.2 only ephemeral ECDH key exchange (forward secrecy) with
// an AEAD cipher: no CBC with SHA-1 MACs, no static-RSA key exchange.
QList<QSslCipher> forwardSecretAeadCiphers()
{
    QList<QSslCipher> kept;
    for (const QSslCipher &c : QSslConfiguration::supportedCiphers()) {
        const QString name = c.name();
        const bool tls13 = c.protocol() == QSsl::TlsV1_3;
        const bool aead =
            name.contains(QLatin1String("-GCM-")) || name.contains(QLatin1String("CHACHA20-POLY1305"));
        if (tls13 || (c.protocol() == QSsl::TlsV1_2 && name.startsWith(QLatin1String("ECDHE-")) && aead))
            kept.append(c);
    }
    return kept;
}

// Runs on a worker thread: decodes the body and calls the endpoint.
ApiResponse dispatch(ServerDatabase &db, const ServerOptions &options, IncomingRequest request)
{
    using Method = QHttpServerRequest::Method;
    const QString &path = request.path;
    const bool events = path == QLatin1String("/v1/events");
    const bool enroll = path == QLatin1String("/v1/enroll");
    const bool reference = path == QLatin1String("/v1/reference");
    if (path == QLatin1String("/health") && request.method == Method::Get)
        return health(db);
    if (OfficeConsole::isOfficePath(path)) {
        // A browser sends its small forms as they are; a compressed body is not one of ours.
        if (!request.contentEncoding.isEmpty() && request.contentEncoding != "identity")
            return ApiResponse::error(apiError(415, "unsupported_encoding",
                                               QStringLiteral("the console takes no Content-Encoding")));
        const qint64 now = options.nowMs ? options.nowMs() : QDateTime::currentMSecsSinceEpoch();
        return OfficeConsole(db, now).answer(request.method, path, request.api);
    }
    if (!events && !enroll && !reference)
        return ApiResponse::error(
            apiError(404, "not_found", QStringLiteral("no such path: %1").arg(path.left(200))));
    const Method method = request.method;
    const bool post = method == Method::Post;
    const bool get = method == Method::Get;
    if ((enroll && !post) || (reference && !get) || (events && !post && !get))
        return ApiResponse::error(
            apiError(405, "method_not_allowed", QStringLiteral("method not allowed here")));

    ApiRequest &api = request.api;
    if (api.body.size() > MaxBodyBytes)
        return tooLarge(QStringLiteral("the body is larger than %1 bytes").arg(MaxBodyBytes));
    if (request.contentEncoding == "gzip") {
        QByteArray inflated;
        switch (gunzip(api.body, MaxInflatedBodyBytes, &inflated)) {
        case InflateResult::Ok:
            api.body = std::move(inflated);
            break;
        case InflateResult::TooLarge:
            return tooLarge(
                QStringLiteral("the body inflates to more than %1 bytes").arg(MaxInflatedBodyBytes));
        case InflateResult::Corrupt:
            return ApiResponse::error(
                apiError(400, "malformed", QStringLiteral("the body is not valid gzip")));
        }
    } else if (!request.contentEncoding.isEmpty() && request.contentEncoding != "identity") {
        return ApiResponse::error(apiError(415, "unsupported_encoding",
                                           QStringLiteral("Content-Encoding must be gzip or identity")));
    }

    SyncApi endpoints(db, options);
    if (enroll)
        return endpoints.enroll(api);
    if (reference)
        return endpoints.reference(api);
    return post ? endpoints.push(api) : endpoints.pull(api);
}

ApiResponse answer(ServerDatabase &db, const ServerOptions &options, const IncomingRequest &request)
{
    try {
        return dispatch(db, options, request);
    } catch (...) {
        // Nothing below throws by design; if something does (allocation), the transaction was
        // rolled back by its guard and the client may simply retry.
        return ApiResponse::error(
            apiError(500, "storage_failed", QStringLiteral("internal error; nothing stored")));
    }
}

// The headers every answer carries, and the body gzipped when the client takes it (on the worker:
// compressing is work the event loop should not do).
void finish(ApiResponse *response, bool gzipAnswer)
{
    response->headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    // No body at all on these (a gzip of nothing is still 20 bytes, which the client would read
    // as the start of its next answer).
    if (response->status == 304 || response->status == 204) {
        response->json.clear();
        return;
    }
    const bool typed = std::any_of(response->headers.cbegin(), response->headers.cend(),
                                   [](const auto &h) { return h.first == "Content-Type"; });
    if (!typed)
        response->headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response->headers.append({QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding")});
    if (gzipAnswer) {
        response->json = gzip(response->json);
        response->headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
    }
}

// A fixed answer written whole (no request object exists to build a responder from).
void writeTooLarge(QTcpSocket *socket)
{
    const ApiResponse r = tooLarge(QStringLiteral("the request is larger than %1 bytes").arg(MaxBodyBytes));
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(r.json.size()) + "\r\n\r\n" + r.json);
}

} // namespace

// The requests of one connection, answered one at a time and in order (HTTP/1.1 allows a client
// to send its next request before the answer to the last). A child of the socket: it goes when
// the connection goes.
class Connection : public QObject
{
public:
    explicit Connection(QTcpSocket *socket) : QObject(socket) {}

    struct Pending
    {
        IncomingRequest incoming;
        QHttpServerResponder responder;
    };
    std::deque<std::unique_ptr<Pending>> waiting; // the front one is at a worker while busy
    bool busy = false;
    bool refuseWhenAnswered = false; // an oversized request came while earlier ones were in work
};

SyncServer::SyncServer(ServerDatabase &db, ServerOptions options, QObject *parent)
    : QAbstractHttpServer(parent), m_options(std::move(options)), m_turns(m_workers, m_options.workers),
      m_workers(db, m_options.workers)
{
    // The devices enrolled so far are placed in their tenants' turns from the start, so that after
    // a restart one tenant's first requests do not share a queue with another's (behind one NAT
    // or balancer address). Those enrolled later are learned as they come; a failure here only
    // means learning them all that way.
    QSqlQuery q = db.query();
    if (db.exec(q, QStringLiteral("SELECT token_hash, tenant_id FROM devices WHERE revoked_ms IS NULL"))
            .isOk()) {
        while (q.next() && m_tenantOfDevice.size() < MaxKnownDevices)
            m_tenantOfDevice.insert(q.value(0).toString().toLatin1(), q.value(1).toString());
    }
}

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
    tls.setCiphers(forwardSecretAeadCiphers());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // devices authenticate with their token
    *out = tls;
    return Status::ok();
}

void SyncServer::setConnectionLimits(const ConnectionLimits &limits)
{
    m_limits = limits;
}

void SyncServer::setRequestShares(const RequestShares &shares)
{
    m_turns.setShares(shares);
}

RequestOwner SyncServer::ownerOf(const QByteArray &authorization, const QString &remoteAddress) const
{
    RequestOwner owner{{}, deviceKey(authorization)};
    const QString tenant = owner.device.isEmpty() ? QString() : m_tenantOfDevice.value(owner.device);
    // Until a worker has seen the device (enrollment, its first request since the start, a token
    // nobody holds), its requests share the turns of their client address.
    owner.share =
        tenant.isEmpty() ? QStringLiteral("address ") + remoteAddress : QStringLiteral("tenant ") + tenant;
    return owner;
}

Status SyncServer::listenOn(std::optional<QSslConfiguration> tls, const QHostAddress &address, quint16 port,
                            quint16 *bound)
{
    ConnectionLimits limits = m_limits;
    if (limits.total <= 0)
        limits.total = ConnectionGate::connectionBudget(m_options.workers);
    auto *gate = new ConnectionGate(
        limits, std::move(tls), [this](QTcpSocket *socket) { guard(socket); }, this);
    if (!gate->open(address, port)) {
        const QString error = gate->errorString();
        delete gate;
        return {Status::Io,
                QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(error)};
    }
    bind(gate);
    *bound = gate->serverPort();
    return Status::ok();
}

Status SyncServer::listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                             quint16 *bound)
{
    return listenOn(tls, address, port, bound);
}

Status SyncServer::listenPlain(const QHostAddress &address, quint16 port, quint16 *bound)
{
    if (!address.isLoopback())
        return {Status::Invalid,
                QStringLiteral("plain HTTP is allowed on a loopback address only, not %1; give "
                               "--cert and --key")
                    .arg(address.toString())};
    return listenOn(std::nullopt, address, port, bound);
}

// The HTTP library keeps a whole request in memory before handing it over. This slot, connected
// before the library's own, counts what arrives on the connection and cuts it once a request
// could no longer be within the limit, so a huge body never gets buffered.
void SyncServer::guard(QTcpSocket *socket)
{
    socket->setProperty(ReceivedProperty, qint64(0));
    ConnectionWatch *watch = ConnectionWatch::of(socket);
    connect(socket, &QIODevice::readyRead, this, [this, socket, watch] {
        if (watch && watch->wantsBytes())
            watch->received(socket->peek(socket->bytesAvailable()));
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
    // Answers leave in request order: with earlier requests of this connection still at the
    // workers, the refusal waits for their answers (startNext writes it).
    auto *connection = static_cast<Connection *>(socket->property(ConnectionProperty).value<QObject *>());
    if (connection && connection->busy)
        connection->refuseWhenAnswered = true;
    else
        writeTooLarge(socket);
}

SyncServer::~SyncServer()
{
    m_workers.waitForDone();
}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setProperty(ReceivedProperty, qint64(0)); // the next request on this connection starts afresh
    if (ConnectionWatch *watch = ConnectionWatch::of(socket))
        watch->requestComplete();
    auto *connection = static_cast<Connection *>(socket->property(ConnectionProperty).value<QObject *>());
    if (!connection) {
        connection = new Connection(socket);
        socket->setProperty(ConnectionProperty, QVariant::fromValue<QObject *>(connection));
    }
    // Everything the workers need is copied here: the request object belongs to the connection
    // and is reused for its next request.
    connection->waiting.push_back(std::make_unique<Connection::Pending>(
        Connection::Pending{copyRequest(request), makeResponder(request, socket)}));
    if (!connection->busy)
        startNext(connection);
    return true;
}

void SyncServer::startNext(Connection *connection)
{
    connection->busy = !connection->waiting.empty();
    if (!connection->busy) {
        if (connection->refuseWhenAnswered) {
            connection->refuseWhenAnswered = false;
            writeTooLarge(static_cast<QTcpSocket *>(connection->parent()));
        }
        return;
    }
    const IncomingRequest &incoming = connection->waiting.front()->incoming;
    const RequestOwner owner = ownerOf(incoming.api.authorization, incoming.api.remoteAddress);
    const QPointer<Connection> target(connection);
    if (m_turns.deviceIsBusy(owner.device)) {
        ApiResponse refused = tooManyRequests();
        finish(&refused, incoming.gzipAnswer);
        QMetaObject::invokeMethod(
            this, [this, target, refused = std::move(refused)] { deliver(target, refused); },
            Qt::QueuedConnection);
        return;
    }
    const bool placed = m_tenantOfDevice.contains(owner.device) || owner.device.isEmpty();
    // The worker reports back to the server, which outlives every task (its destructor waits for
    // them); the connection may be gone by then, which only the event loop's thread can tell.
    m_turns.submit(owner, [this, target, incoming, placed, device = owner.device,
                           options = m_options](ServerDatabase *db, const Status &failure) {
        ApiResponse response = db ? answer(*db, options, incoming) : unavailable(failure);
        finish(&response, incoming.gzipAnswer);
        const QString tenant = db && !placed ? tenantOfDevice(*db, device) : QString();
        return [this, target, response = std::move(response), device, tenant] {
            if (!tenant.isEmpty()) {
                if (m_tenantOfDevice.size() >= MaxKnownDevices)
                    m_tenantOfDevice.clear(); // relearned as they come
                m_tenantOfDevice.insert(device, tenant);
            }
            deliver(target, response);
        };
    });
}

void SyncServer::deliver(const QPointer<Connection> &connection, const ApiResponse &response)
{
    // A client that went away gets nothing; what a push stored stays stored, and the tablet is
    // told so when it sends the events again.
    if (!connection)
        return;
    const std::unique_ptr<Connection::Pending> done = std::move(connection->waiting.front());
    connection->waiting.pop_front();
    QHttpServerResponder &responder = done->responder;
    if (responder.socket()->isOpen()) {
        responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        for (const auto &header : std::as_const(response.headers))
            responder.writeHeader(header.first, header.second);
        responder.writeHeader("Content-Length", QByteArray::number(response.json.size()));
        responder.writeBody(response.json);
    }
    if (ConnectionWatch *watch = ConnectionWatch::of(static_cast<QTcpSocket *>(connection->parent())))
        watch->answered();
    startNext(connection);
}

void SyncServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiResponse response = ApiResponse::error(apiError(404, "not_found", QStringLiteral("no such path")));
    finish(&response, acceptsGzip(request.value("accept-encoding")));
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &header : std::as_const(response.headers))
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.json.size()));
    responder.writeBody(response.json);
}

} // namespace feltdialog::server
