#include "ServiceWatchdog.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <cstddef>
#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace feltdialog::server {

ServiceWatchdog::ServiceWatchdog(QObject *parent) : QObject(parent)
{
    m_socketPath = qgetenv("NOTIFY_SOCKET");
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    const QByteArray pid = qgetenv("WATCHDOG_PID");
    if (ok && usec > 0 && (pid.isEmpty() || pid.toLongLong() == QCoreApplication::applicationPid()))
        m_intervalMs = int(qBound(qint64(100), usec / 1000 / 3, qint64(600000))); // three tries per period
    connect(&m_timer, &QTimer::timeout, this, &ServiceWatchdog::probe);
}

void ServiceWatchdog::serverReady(const QHostAddress &address, quint16 port, bool tls)
{
    m_address = address == QHostAddress::AnyIPv4 || address == QHostAddress::Any
                    ? QHostAddress(QHostAddress::LocalHost)
                : address == QHostAddress::AnyIPv6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                   : address;
    m_port = port;
    m_tls = tls;
    notify("READY=1");
    if (m_intervalMs > 0 && !m_socketPath.isEmpty()) {
        m_timer.start(m_intervalMs);
        probe();
    }
}

void ServiceWatchdog::probe()
{
    // The previous probe still without an answer: it earned no ping, and goes.
    if (m_probe) {
        m_probe->abort();
        m_probe->deleteLater();
    }
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_probe = socket;
    auto answer = std::make_shared<QByteArray>();
    connect(socket, &QIODevice::readyRead, this, [this, socket, answer] {
        *answer += socket->readAll();
        if (answer->size() < 12)
            return;
        if (answer->startsWith("HTTP/1.1 200"))
            notify("WATCHDOG=1");
        if (m_probe == socket)
            m_probe = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    });
    if (m_tls) {
        auto *tlsSocket = static_cast<QSslSocket *>(socket);
        tlsSocket->setPeerVerifyMode(QSslSocket::VerifyNone); // its own port on this machine
        tlsSocket->connectToHostEncrypted(m_address.toString(), m_port);
    } else {
        socket->connectToHost(m_address, m_port);
    }
    socket->write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
}

void ServiceWatchdog::notify(const QByteArray &state)
{
    if (m_socketPath.isEmpty())
        return;
    sockaddr_un address{};
    if (m_socketPath.size() >= qsizetype(sizeof address.sun_path))
        return;
    address.sun_family = AF_UNIX;
    memcpy(address.sun_path, m_socketPath.constData(), size_t(m_socketPath.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0'; // an abstract socket
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return;
    ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
             reinterpret_cast<sockaddr *>(&address),
             socklen_t(offsetof(sockaddr_un, sun_path) + size_t(m_socketPath.size())));
    ::close(fd);
}

} // namespace feltdialog::server
