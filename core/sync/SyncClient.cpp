#include "SyncClient.h"

#include "Gzip.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace feltdialog {

SyncClient::SyncClient(QObject *parent) : QObject(parent)
{
    m_network.setAutoDeleteReplies(true);
}

QNetworkRequest SyncClient::request(const QString &path) const
{
    QUrl url = m_endpoint.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QNetworkRequest r(url);
    r.setTransferTimeout(m_timeoutMs);
    // The server speaks HTTP/1.1 (Qt 6.4's QHttpServer). Offering HTTP/2 makes Qt hold every
    // further request until the first connection's handshake has said which protocol it is,
    // which would keep the push's second batch from going on a connection of its own.
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token);
    if (!m_endpoint.trustedCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_endpoint.trustedCertificates);
        r.setSslConfiguration(tls);
    }
    // Qt asks for gzip and inflates the answer itself when it set Accept-Encoding itself.
    return r;
}

void SyncClient::send(QNetworkReply *reply, qint64 bytesSent, Callback done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, bytesSent, done = std::move(done)] {
        SyncReply r;
        r.bytesSent = bytesSent;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        r.reached = status.isValid();
        r.httpStatus = status.toInt();
        const QByteArray data = reply->readAll();
        r.bytesReceived = data.size();
        r.etag = QString::fromLatin1(reply->rawHeader("ETag"));
        const QJsonDocument json = QJsonDocument::fromJson(data);
        if (json.isObject())
            r.body = json.object();
        if (!r.reached) {
            r.error = QString::fromLatin1(
                QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error()));
            r.message = reply->errorString();
        } else if (!r.ok() && r.httpStatus != 304) {
            r.error =
                r.body.value(QLatin1String("error")).toString(QStringLiteral("http_%1").arg(r.httpStatus));
            r.message = r.body.value(QLatin1String("message")).toString(reply->errorString());
        }
        done(r);
    });
}

void SyncClient::enroll(const QString &code, const QString &deviceId, const QString &deviceName,
                        Callback done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{"code", code}, {"deviceId", deviceId}, {"deviceName", deviceName}})
            .toJson(QJsonDocument::Compact);
    send(m_network.post(request(QStringLiteral("/v1/enroll")), body), body.size(), std::move(done));
}

void SyncClient::push(const QByteArray &eventsJson, Callback done)
{
    QNetworkRequest r = request(QStringLiteral("/v1/events"));
    const QByteArray body = gzipCompress(eventsJson);
    r.setRawHeader("Content-Encoding", "gzip");
    send(m_network.post(r, body), body.size(), std::move(done));
}

void SyncClient::pull(const QString &after, int limit, Callback done)
{
    QNetworkRequest r = request(QStringLiteral("/v1/events"));
    QUrl url = r.url();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), after);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    r.setUrl(url);
    send(m_network.get(r), 0, std::move(done));
}

void SyncClient::reference(const QString &etag, Callback done)
{
    QNetworkRequest r = request(QStringLiteral("/v1/reference"));
    if (!etag.isEmpty())
        r.setRawHeader("If-None-Match", etag.toLatin1());
    send(m_network.get(r), 0, std::move(done));
}

} // namespace feltdialog
