#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

namespace feltdialog::testing {

// A TCP proxy between tablets and the server that breaks connections on purpose. TLS passes
// through untouched (the proxy sees only ciphertext), so what it can do is what a bad mobile
// network does: refuse, cut the request or the answer at any byte, hold traffic back (which
// reorders two tablets' requests), or pass. A cut answer after the server committed is the
// interesting case: the tablet must send again, and the server must not store twice.
class FaultyProxy : public QObject
{
    Q_OBJECT
public:
    struct Fault
    {
        enum Kind
        {
            Pass,
            Refuse,      // close the connection at once
            CutRequest,  // forward `bytes` bytes towards the server, then close both sides
            CutResponse, // forward `bytes` bytes back to the tablet, then close both sides
            Delay,       // hold everything back `delayMs` first
            HoldRequest, // forward `bytes` bytes towards the server, hold the rest back `delayMs`
        } kind = Pass;
        qint64 bytes = 0;
        int delayMs = 0;
    };
    // Chooses the fault for each new connection (seeded by the test).
    using Plan = std::function<Fault()>;

    explicit FaultyProxy(quint16 serverPort, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_listener.serverPort(); }
    void setPlan(Plan plan) { m_plan = std::move(plan); }
    int connections() const { return m_connections; }
    int faults() const { return m_faults; }

private:
    void accept();

    QTcpServer m_listener;
    quint16 m_serverPort;
    Plan m_plan;
    int m_connections = 0;
    int m_faults = 0;
};

} // namespace feltdialog::testing
