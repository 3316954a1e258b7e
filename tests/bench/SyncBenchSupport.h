#pragma once

#include "Event.h"
#include "EventStore.h"
#include "ServerDatabase.h"
#include "SyncClient.h"
#include "SyncEngine.h"
#include "VisitRecorder.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <random>

// What the sync benchmarks share: the real feltdialog-server started as a child process over TLS
// on 127.0.0.1, a raw TLS client that moves given request bytes over one connection, and the
// trivial TLS sink that the raw baseline talks to (the benchmark binary itself, started with
// --sink).
namespace feltdialog::bench {

// A new visit as one tablet records it: a VisitStarted at the facility, then Danish notes of
// 50-800 characters (BenchSupport noteText), stamped with the device's next sequence numbers and
// hybrid-clock times seven seconds apart.
QList<Event> newVisitEvents(const QString &deviceId, const QString &authorId, qint64 *nextSeq,
                            const QString &facilityId, int count, std::mt19937 &rng);

// A throwaway certificate for 127.0.0.1 (openssl CLI, EC P-256, like tests/server/ServerFixture).
struct TlsFiles
{
    QString cert;
    QString key;
    QSslCertificate certificate;
};
bool makeCertificate(const QString &dir, TlsFiles *out, QString *failure);

// `feltdialog-server serve` on the given store, in its own process, so its CPU time is its own.
// The store is prepared first from this process: schema, a tenant with one facility, and
// consultants with enrollment codes as the benchmark asks for them.
class ServerProcess
{
public:
    ~ServerProcess();
    // dir: scratch (certificate); location: a SQLite file or a postgresql:// URL.
    bool open(const QString &dir, const QString &location, QString *failure);
    server::ServerDatabase &db() { return *m_db; }
    const TlsFiles &tls() const { return m_tls; }
    const QString &tenantId() const { return m_tenantId; }
    const QString &facilityId() const { return m_facilityId; }
    // A new consultant of the tenant and a one-time enrollment code for them.
    bool newConsultant(QString *consultantId, QString *code);

    // Plain HTTP on loopback instead of TLS (for a benchmark against a peer served the same way);
    // before start().
    void setPlainHttp(bool plain) { m_plain = plain; }
    bool start(QString *failure);
    void stop();
    quint16 port() const { return m_port; }
    SyncEndpoint endpoint() const;
    // User + system CPU seconds the server process has used so far (from /proc).
    double cpuSeconds() const;
    // The server process's peak resident set so far (VmHWM), in kB.
    qint64 peakRssKb() const;

private:
    std::unique_ptr<server::ServerDatabase> m_db;
    QString m_location;
    TlsFiles m_tls;
    QString m_tenantId, m_facilityId;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_plain = false;
};

// A tablet as the sync benchmarks drive it: a sealed store (the tests' cheap PIN cost), its
// recorder, and the real SyncClient and SyncEngine (no automatic retry).
struct Tablet
{
    Tablet(const QString &path, const SyncEndpoint &endpoint);
    bool enroll(const QString &code);
    // One sync run, waited for; `pushedAll` (optional) is called when `toPush` events are confirmed.
    bool sync(const std::function<void()> &pushedAll = {}, qint64 toPush = 0);

    EventStore store;
    std::unique_ptr<VisitRecorder> recorder;
    SyncClient client;
    std::unique_ptr<SyncEngine> engine;
    QByteArray token;
    bool ok = false;
};

// An HTTP/1.1 request as QNetworkAccessManager writes it (the same header set, so the same bytes
// give or take a few characters of header).
QByteArray httpRequest(const QByteArray &method, const QByteArray &pathAndQuery, quint16 port,
                       const QByteArray &token, const QByteArray &body, bool gzipBody);

// One TLS connection to 127.0.0.1:port: sends each request whole, then reads one HTTP response
// (Content-Length framed) before the next, as the engine does. Blocking; the peer is another
// process.
struct RawExchange
{
    QList<QByteArray> requests;
    QList<QByteArray> responses; // filled: each whole response, head and body
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    double seconds = 0; // connect + handshake + every round trip
    QString failure;
};
bool rawExchange(quint16 port, const QSslCertificate &trust, RawExchange *exchange);

// The response body of an HTTP response (after the blank line), and its status.
QByteArray responseBody(const QByteArray &response, int *status = nullptr);

// The sink: started as `<bench> --sink CERT KEY DIR`; accepts one TLS connection on 127.0.0.1 (any
// port, printed as "port N"), answers the k-th request read from it with the bytes of DIR/k, and
// exits when the connection closes. It parses nothing but the head's Content-Length.
int runSink(const QString &cert, const QString &key, const QString &dir);

// Writes the responses for a sink, starts it and returns its port; the process is owned by the
// caller.
bool startSink(const TlsFiles &tls, const QString &dir, const QList<QByteArray> &responses, QProcess *sink,
               quint16 *port, QString *failure);

} // namespace feltdialog::bench
