#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace feltdialog::server {

// systemd's service protocol (sd_notify, without libsystemd): READY=1 once the server listens,
// and, when the unit sets WatchdogSec=, WATCHDOG=1 only after the server answered its own
// `GET /health` on its real port. A process that is alive but no longer accepts or answers (as
// Qt's QSslServer left it after 30 silent connections) stops the pings and is restarted; a
// living event loop alone is not enough. Does nothing outside systemd (no NOTIFY_SOCKET).
class ServiceWatchdog : public QObject
{
public:
    explicit ServiceWatchdog(QObject *parent = nullptr);

    // `address` and `port` are where the server listens (any-address: probed on loopback).
    void serverReady(const QHostAddress &address, quint16 port, bool tls);

private:
    void probe();
    void notify(const QByteArray &state);

    QByteArray m_socketPath;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_tls = false;
    int m_intervalMs = 0;
    QTimer m_timer;
    QTcpSocket *m_probe = nullptr;
};

} // namespace feltdialog::server
