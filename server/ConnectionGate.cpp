#include "ConnectionGate.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslSocket>
#include <cerrno>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcConnections, "feltdialog.server.connections")

namespace feltdialog::server {

namespace {

constexpr char WatchProperty[] = "feltdialogWatch";

// An IPv4 client seen on a dual-stack socket (::ffff:a.b.c.d) counts as that IPv4 address.
QString peerKey(qintptr descriptor)
{
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&peer), &length) != 0)
        return QStringLiteral("?");
    QHostAddress address(reinterpret_cast<const sockaddr *>(&peer));
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ipv4).toString() : address.toString();
}

int openSpare()
{
    return ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

} // namespace

ConnectionWatch::ConnectionWatch(QTcpSocket *socket, const ConnectionLimits &limits, Step first)
    : QObject(socket), m_socket(socket), m_limits(limits), m_step(first)
{
    socket->setProperty(WatchProperty, QVariant::fromValue<QObject *>(this));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::expire);
    // An answer still on its way out is progress: the idle clock starts when it stops moving.
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_step == Step::Idle && m_inWork == 0)
            arm();
    });
    arm();
}

ConnectionWatch *ConnectionWatch::of(const QTcpSocket *socket)
{
    return static_cast<ConnectionWatch *>(socket->property(WatchProperty).value<QObject *>());
}

void ConnectionWatch::encrypted()
{
    m_step = Step::Idle;
    arm();
}

bool ConnectionWatch::wantsBytes() const
{
    return m_step == Step::Idle || m_step == Step::Headers;
}

void ConnectionWatch::received(const QByteArray &unread)
{
    if (m_step == Step::Idle) {
        m_step = Step::Headers;
        m_tail.clear();
        arm();
    }
    if (m_step != Step::Headers)
        return;
    // The headers end at the first empty line. The HTTP library reads only up to the end of a
    // request, so what it leaves unread starts the next one and is seen here again.
    const QByteArray window = m_tail + unread;
    if (window.contains("\r\n\r\n")) {
        m_step = Step::Body;
        arm();
    } else {
        m_tail = window.right(3);
    }
}

void ConnectionWatch::requestComplete()
{
    ++m_inWork;
    m_step = Step::Idle;
    m_tail.clear();
    arm();
}

void ConnectionWatch::answered()
{
    m_inWork = qMax(0, m_inWork - 1);
    arm();
}

bool ConnectionWatch::isIdle() const
{
    return (m_step == Step::Handshake || m_step == Step::Idle) && m_inWork == 0;
}

void ConnectionWatch::arm()
{
    switch (m_step) {
    case Step::Handshake:
        m_timer.start(m_limits.handshakeTimeoutMs);
        return;
    case Step::Headers:
        m_timer.start(m_limits.headerTimeoutMs);
        return;
    case Step::Body:
        m_timer.start(m_limits.bodyTimeoutMs);
        return;
    case Step::Idle:
        // While the workers answer, the server is the one taking time: no deadline.
        if (m_inWork > 0)
            m_timer.stop();
        else
            m_timer.start(m_limits.idleTimeoutMs);
        return;
    }
}

void ConnectionWatch::expire()
{
    static constexpr const char *Names[] = {"handshake", "idle", "header", "body"};
    qCDebug(lcConnections) << "cutting" << m_socket->peerAddress().toString() << "after the"
                           << Names[int(m_step)] << "timeout";
    if (m_step == Step::Idle) {
        // A keep-alive connection ends politely; one that does not drain goes anyway.
        m_socket->disconnectFromHost();
        QTimer::singleShot(1000, m_socket, [socket = m_socket] { socket->abort(); });
        return;
    }
    m_socket->abort();
}

ConnectionGate::ConnectionGate(const ConnectionLimits &limits, std::optional<QSslConfiguration> tls,
                               Watch watch, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_tls(std::move(tls)), m_watch(std::move(watch)),
      m_spareDescriptor(openSpare())
{
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_ready)
            m_ready->setEnabled(true);
    });
}

bool ConnectionGate::open(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    // Qt's accept loop stays off (see acceptReady); it turns itself on again in
    // nextPendingConnection, which is why that turns it off once more.
    pauseAccepting();
    m_ready = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_ready, &QSocketNotifier::activated, this, &ConnectionGate::acceptReady);
    return true;
}

QTcpSocket *ConnectionGate::nextPendingConnection()
{
    // Only one notifier may watch a descriptor: ours rests while Qt's is briefly on.
    if (!m_ready)
        return QTcpServer::nextPendingConnection();
    m_ready->setEnabled(false);
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    pauseAccepting();
    m_ready->setEnabled(!m_resume.isActive());
    return socket;
}

// Qt 6.4's accept loop retries at once when accept fails with EMFILE (the listening socket stays
// readable), spinning a core for as long as the descriptors are gone. This one accepts a batch
// per wake-up and, out of descriptors, frees some or turns the waiting clients away and rests.
void ConnectionGate::acceptReady()
{
    for (int batch = 0; batch < 64; ++batch) {
        const int descriptor =
            ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (descriptor >= 0) {
            incomingConnection(descriptor);
            continue;
        }
        switch (errno) {
        case EINTR:
        case ECONNABORTED:
        case EPROTO:
            continue; // that client is gone; the next may be there
        case EAGAIN:
#if EAGAIN != EWOULDBLOCK
        case EWOULDBLOCK:
#endif
            return;
        case EMFILE:
        case ENFILE:
        case ENOBUFS:
        case ENOMEM:
            outOfDescriptors();
            return;
        default:
            m_ready->setEnabled(false);
            m_resume.start(100);
            return;
        }
    }
}

ConnectionGate::~ConnectionGate()
{
    // The sockets are children of this server; they go now, while the books they update exist.
    for (auto &[serial, open] : m_open)
        open.socket->disconnect(this);
    qDeleteAll(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
    if (m_spareDescriptor >= 0)
        ::close(m_spareDescriptor);
}

int ConnectionGate::connectionBudget(int workers)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 10000;
    // Kept for the database (SQLite: the file, its WAL and shared memory per worker; PostgreSQL:
    // one socket), the listening socket, the spare descriptor, Qt's and OpenSSL's own, and logs.
    const long reserved = 64 + 8L * workers;
    return int(qBound(16L, long(limit.rlim_cur) - reserved, 1000000L));
}

void ConnectionGate::raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

void ConnectionGate::incomingConnection(qintptr descriptor)
{
    const QString address = peerKey(descriptor);
    // A full address makes room among its own connections only: silent connections from an office
    // NAT do not keep its tablets out, and no address can take more than its share.
    if (m_perAddress.value(address) >= m_limits.perAddress && !makeRoom(address)) {
        ::close(int(descriptor)); // refused: the client sees the connection closed at once
        note("refused a connection: the client address holds its limit of busy connections");
        return;
    }
    if (openConnections() >= m_limits.total && !makeRoom()) {
        ::close(int(descriptor));
        note("refused a connection: every connection is busy with a request");
        return;
    }
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    auto *watch = new ConnectionWatch(socket, m_limits,
                                      m_tls ? ConnectionWatch::Step::Handshake : ConnectionWatch::Step::Idle);
    track(socket, address, watch);
    if (!m_tls) {
        m_watch(socket);
        addPendingConnection(socket);
        return;
    }
    auto *tlsSocket = static_cast<QSslSocket *>(socket);
    tlsSocket->setSslConfiguration(*m_tls);
    // Until the handshake is done the socket is this server's to delete; then the HTTP library's.
    const QMetaObject::Connection closed =
        connect(tlsSocket, &QAbstractSocket::disconnected, tlsSocket, &QObject::deleteLater);
    const QMetaObject::Connection failed = connect(tlsSocket, &QAbstractSocket::errorOccurred, tlsSocket,
                                                   [tlsSocket] { tlsSocket->deleteLater(); });
    connect(tlsSocket, &QSslSocket::encrypted, this, [this, tlsSocket, watch, closed, failed] {
        disconnect(closed);
        disconnect(failed);
        watch->encrypted();
        m_watch(tlsSocket);
        addPendingConnection(tlsSocket);
    });
    tlsSocket->startServerEncryption();
}

void ConnectionGate::track(QTcpSocket *socket, const QString &address, ConnectionWatch *watch)
{
    const quint64 serial = ++m_serial;
    m_open.emplace(serial, Open{socket, watch, address});
    ++m_perAddress[address];
    connect(socket, &QObject::destroyed, this, [this, serial] { forget(serial); });
}

bool ConnectionGate::forget(quint64 serial)
{
    const auto it = m_open.find(serial);
    if (it == m_open.end())
        return false;
    const auto count = m_perAddress.find(it->second.address);
    if (count != m_perAddress.end() && --*count <= 0)
        m_perAddress.erase(count);
    m_open.erase(it);
    return true;
}

// Cuts the oldest connection (of `address`, if given) that is waiting for a handshake or a request,
// so that a new client gets in when all are taken; one with a request half-sent or in work stays.
bool ConnectionGate::makeRoom(const QString &address)
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if (!it->second.watch->isIdle() || (!address.isEmpty() && it->second.address != address))
            continue;
        QTcpSocket *socket = it->second.socket;
        forget(it->first);
        socket->abort(); // closes the descriptor now
        socket->deleteLater();
        note("cut an idle connection to make room: at a limit of open connections");
        return true;
    }
    return false;
}

void ConnectionGate::outOfDescriptors()
{
    // Idle connections go in a batch so the clients in the backlog get in now, not one per
    // retry; with none to cut, the waiting clients are told no rather than left hanging.
    m_ready->setEnabled(false);
    int freed = 0;
    while (freed < 16 && makeRoom())
        ++freed;
    if (freed == 0)
        shedWaitingClients();
    note("out of file descriptors: cut idle connections or turned waiting clients away");
    m_resume.start(freed > 0 ? 0 : 250);
}

void ConnectionGate::shedWaitingClients()
{
    if (m_spareDescriptor < 0)
        return;
    ::close(m_spareDescriptor);
    for (int shed = 0; shed < 64; ++shed) {
        const int waiting = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
        if (waiting < 0)
            break;
        ::close(waiting);
    }
    m_spareDescriptor = openSpare();
}

// Said at most once every 10 s, with how often it happened meanwhile: a flood must not flood the log.
void ConnectionGate::note(const char *what)
{
    ++m_notes;
    if (m_lastNote.isValid() && m_lastNote.elapsed() < 10000)
        return;
    qCWarning(lcConnections).noquote()
        << what
        << QStringLiteral("(%1 time(s) since the last note; %2 open)").arg(m_notes).arg(openConnections());
    m_notes = 0;
    m_lastNote.start();
}

} // namespace feltdialog::server
