#pragma once

#include "RequestLimits.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QSocketNotifier>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <functional>
#include <map>
#include <optional>

namespace feltdialog::server {

// One accepted connection's clock: the step it is at and that step's deadline (ConnectionLimits).
// A child of its socket. SyncServer tells it what the HTTP side sees; the gate tells it about TLS.
class ConnectionWatch : public QObject
{
public:
    enum class Step
    {
        Handshake,
        Idle,
        Headers,
        Body
    };

    ConnectionWatch(QTcpSocket *socket, const ConnectionLimits &limits, Step first);
    static ConnectionWatch *of(const QTcpSocket *socket); // null for a socket no gate accepted

    void encrypted();                        // the TLS handshake is done: waiting for a request
    bool wantsBytes() const;                 // still looking for the start or the end of the headers
    void received(const QByteArray &unread); // bytes the HTTP library has not read yet
    void requestComplete();                  // a whole request reached SyncServer
    void answered();                         // one answer was written
    // Nothing half-sent and nothing in work: it may be cut to make room for a new client.
    bool isIdle() const;

private:
    void arm();
    void expire();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    Step m_step;
    int m_inWork = 0;
    QByteArray m_tail; // the last bytes scanned, for an end of headers split across reads
    QTimer m_timer;
};

// The listening socket of SyncServer, TLS or plain. It accepts every connection itself and does
// the server side of the TLS handshake with its own deadline, handing only encrypted sockets to
// the HTTP library. (Qt 6.4's QSslServer counts sockets still in their handshake against
// maxPendingConnections and never resumes accepting when one of them goes away: 30 silent
// connections stopped the server for good.) It caps connections per client address and in all,
// cuts an idle one to make room when full, and on a file-descriptor shortage pauses accepting and
// tries again shortly instead of spinning.
class ConnectionGate : public QTcpServer
{
    Q_OBJECT
public:
    using Watch = std::function<void(QTcpSocket *)>; // called before the HTTP library sees a socket

    // `tls` empty: plain TCP (SyncServer allows that on loopback only). `limits.total` must be set.
    ConnectionGate(const ConnectionLimits &limits, std::optional<QSslConfiguration> tls, Watch watch,
                   QObject *parent);
    ~ConnectionGate() override;

    // listen() and start accepting (by this gate's own loop, not Qt's).
    bool open(const QHostAddress &address, quint16 port);
    int openConnections() const { return int(m_open.size()); }
    QTcpSocket *nextPendingConnection() override;

    // Connections the file-descriptor limit leaves room for next to `workers` database connections.
    static int connectionBudget(int workers);
    // Raises the soft file-descriptor limit to the hard one (systemd starts services at 1024).
    static void raiseDescriptorLimit();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void track(QTcpSocket *socket, const QString &address, ConnectionWatch *watch);
    bool forget(quint64 serial);
    bool makeRoom(const QString &address = {});
    void acceptReady();
    void outOfDescriptors();
    void shedWaitingClients();
    void note(const char *what);

    ConnectionLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    Watch m_watch;
    struct Open
    {
        QTcpSocket *socket;
        ConnectionWatch *watch;
        QString address;
    };
    std::map<quint64, Open> m_open; // by accept order: the oldest first
    QHash<QString, int> m_perAddress;
    quint64 m_serial = 0;
    int m_spareDescriptor = -1;         // given up on EMFILE so that a waiting client can be told no
    QSocketNotifier *m_ready = nullptr; // the listening socket is readable: clients wait
    QTimer m_resume;
    QElapsedTimer m_lastNote;
    int m_notes = 0;
};

} // namespace feltdialog::server
