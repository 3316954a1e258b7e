#include "FaultyProxy.h"

#include <QTimer>

namespace feltdialog::testing {

namespace {

// One proxied connection: two sockets and the fault that applies to it.
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *tablet, quint16 serverPort, FaultyProxy::Fault fault, QObject *parent)
        : QObject(parent), m_tablet(tablet), m_fault(fault)
    {
        tablet->setParent(this);
        m_server = new QTcpSocket(this);
        connect(m_tablet, &QTcpSocket::readyRead, this, [this] { pump(m_tablet, m_server, m_up, true); });
        connect(m_server, &QTcpSocket::readyRead, this, [this] { pump(m_server, m_tablet, m_down, false); });
        connect(m_server, &QTcpSocket::connected, this, [this] {
            m_serverUp = true;
            pump(m_tablet, m_server, m_up, true);
        });
        // One side hung up: pass on what is left, then hang up the other side too.
        connect(m_tablet, &QTcpSocket::disconnected, this, [this] { closeBoth(false); });
        connect(m_server, &QTcpSocket::disconnected, this, [this] {
            pump(m_server, m_tablet, m_down, false);
            closeBoth(false);
        });
        connect(m_server, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                closeBoth(true); // the server is down: the tablet sees the connection drop
        });
        const int delay = m_fault.kind == FaultyProxy::Fault::Delay ? m_fault.delayMs : 0;
        QTimer::singleShot(delay, this, [this, serverPort] {
            m_released = true;
            m_server->connectToHost(QHostAddress::LocalHost, serverPort);
        });
    }

private:
    void pump(QTcpSocket *from, QTcpSocket *to, qint64 &forwarded, bool upstream)
    {
        if (!m_released || !m_serverUp || m_closed || (upstream && m_holding))
            return; // held back; read later when released
        QByteArray data = from->readAll();
        if (upstream && m_fault.kind == FaultyProxy::Fault::HoldRequest && !m_held &&
            forwarded + data.size() >= m_fault.bytes) {
            // A request stalled in the middle (a slow or lost link): what is held back goes on
            // after the delay, unless the tablet has given up and hung up by then.
            const qint64 now = m_fault.bytes - forwarded;
            to->write(data.left(now));
            forwarded += now;
            m_held = m_holding = true;
            QTimer::singleShot(m_fault.delayMs, this, [this, rest = data.mid(now)] {
                m_holding = false;
                if (m_closed)
                    return;
                m_up += rest.size();
                m_server->write(rest);
                pump(m_tablet, m_server, m_up, true);
            });
            return;
        }
        const bool cuts = upstream ? m_fault.kind == FaultyProxy::Fault::CutRequest
                                   : m_fault.kind == FaultyProxy::Fault::CutResponse;
        if (cuts && forwarded + data.size() >= m_fault.bytes) {
            to->write(data.left(m_fault.bytes - forwarded));
            to->flush();
            closeBoth(true);
            return;
        }
        forwarded += data.size();
        to->write(data);
    }

    void closeBoth(bool cut)
    {
        if (m_closed)
            return;
        m_closed = true;
        for (QTcpSocket *s : {m_tablet, m_server}) {
            if (cut)
                s->abort();
            else
                s->disconnectFromHost(); // after what is still buffered has been written
        }
        QTimer::singleShot(cut ? 0 : 5000, this, &QObject::deleteLater);
    }

    QTcpSocket *m_tablet;
    QTcpSocket *m_server = nullptr;
    FaultyProxy::Fault m_fault;
    qint64 m_up = 0, m_down = 0;
    bool m_released = false, m_serverUp = false, m_closed = false;
    bool m_held = false, m_holding = false; // HoldRequest: has held back, is holding back
};

} // namespace

FaultyProxy::FaultyProxy(quint16 serverPort, QObject *parent) : QObject(parent), m_serverPort(serverPort)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultyProxy::accept);
}

bool FaultyProxy::listen()
{
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

void FaultyProxy::accept()
{
    while (QTcpSocket *tablet = m_listener.nextPendingConnection()) {
        ++m_connections;
        const Fault fault = m_plan ? m_plan() : Fault{};
        if (fault.kind != Fault::Pass && fault.kind != Fault::Delay)
            ++m_faults;
        if (fault.kind == Fault::Refuse) {
            tablet->abort();
            tablet->deleteLater();
            continue;
        }
        new Pipe(tablet, m_serverPort, fault, this);
    }
}

} // namespace feltdialog::testing
