#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

namespace feltdialog {

// Where the office server is and which certificates to trust. Empty trustedCertificates: the
// system's certificate authorities (a real deployment); otherwise exactly these (tests, an
// authority with its own CA).
struct SyncEndpoint
{
    QUrl baseUrl; // e.g. https://tilsyn.example.dk:8443
    QList<QSslCertificate> trustedCertificates;
};

// One answer from the server, as the engine needs it.
struct SyncReply
{
    bool reached = false; // false: no HTTP answer at all (offline, refused, TLS failure, timeout)
    int httpStatus = 0;
    QString error;   // the protocol's error code on a non-2xx answer, or a network error's name
    QString message; // for the log
    QJsonObject body;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    QString etag;
    bool ok() const { return reached && httpStatus >= 200 && httpStatus < 300; }
};

// The HTTP side of docs/sync-protocol.md over QNetworkAccessManager: TLS, gzip request bodies,
// a transfer timeout, JSON answers and error codes. It knows nothing of the store.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SyncReply &)>;
    static constexpr int TimeoutMs = 30'000;

    explicit SyncClient(QObject *parent = nullptr);
    void setEndpoint(SyncEndpoint endpoint) { m_endpoint = std::move(endpoint); }
    const SyncEndpoint &endpoint() const { return m_endpoint; }
    void setToken(const QByteArray &token) { m_token = token; }
    // How long a request may go without a byte moving before it is given up (TimeoutMs).
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

    void enroll(const QString &code, const QString &deviceId, const QString &deviceName, Callback done);
    void push(const QByteArray &eventsJson, Callback done); // {"events":[...]} as built by the engine
    void pull(const QString &after, int limit, Callback done);
    void reference(const QString &etag, Callback done);

private:
    QNetworkRequest request(const QString &path) const;
    void send(QNetworkReply *reply, qint64 bytesSent, Callback done);

    QNetworkAccessManager m_network;
    SyncEndpoint m_endpoint;
    QByteArray m_token;
    int m_timeoutMs = TimeoutMs;
};

} // namespace feltdialog
