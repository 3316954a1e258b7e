#include "ServerFixture.h"

#include "Enrollment.h"
#include "Schema.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

using namespace feltdialog;
using namespace feltdialog::server;

namespace {

QString newId()
{
    return idString(QUuid::createUuid());
}

} // namespace

QByteArray ServerFixture::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool ServerFixture::usesPostgres() const
{
    return !qEnvironmentVariableIsEmpty("FELTDIALOG_TEST_PG_URL");
}

bool ServerFixture::start(QString *failure)
{
    if (!m_dir.isValid()) {
        *failure = QStringLiteral("no scratch directory");
        return false;
    }
    // An EC key is made in milliseconds; the client below trusts this certificate and no other.
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        *failure = QStringLiteral("openssl could not make a certificate: ") +
                   QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    const QString location = usesPostgres() ? qEnvironmentVariable("FELTDIALOG_TEST_PG_URL")
                                            : m_dir.filePath(QStringLiteral("server.sqlite"));
    Status s = ServerDatabase::open(location, &m_db);
    if (s.isOk())
        s = migrate(*m_db);
    QSslConfiguration tls;
    if (s.isOk())
        s = SyncServer::loadTls(cert, key, &tls);
    if (s.isOk()) {
        m_server =
            std::make_unique<SyncServer>(*m_db, ServerOptions{1000, {}, ServerOptions::DefaultWorkers});
        s = m_server->listenTls(QHostAddress::LocalHost, 0, tls, &m_port);
    }
    if (!s.isOk()) {
        *failure = s.detail();
        return false;
    }
    m_certificate = QSslCertificate::fromPath(cert).value(0);
    m_network = std::make_unique<QNetworkAccessManager>();
    return true;
}

ServerFixture::Reply ServerFixture::request(const QByteArray &verb, const QString &pathAndQuery,
                                            const QByteArray &body,
                                            const QList<QPair<QByteArray, QByteArray>> &headers, quint16 port)
{
    QNetworkRequest req(
        QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port ? port : m_port).arg(pathAndQuery)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_certificate});
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network->sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    if (!reply->isFinished())
        r.networkError = QStringLiteral("timed out");
    else if (r.status == 0)
        r.networkError = reply->errorString();
    reply->abort();
    reply->deleteLater();
    return r;
}

ServerFixture::Reply ServerFixture::get(const QString &pathAndQuery, const QString &token)
{
    return request("GET", pathAndQuery, {}, {{"Authorization", "Bearer " + token.toLatin1()}});
}

ServerFixture::Reply ServerFixture::post(const QString &path, const QJsonObject &body, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QString ServerFixture::newTenant()
{
    const QString id = newId();
    directory().createTenant({id, QStringLiteral("Socialtilsyn ") + id.left(4)});
    return id;
}

QString ServerFixture::newConsultant(const QString &tenantId)
{
    const QString id = newId();
    directory().createConsultant({id, tenantId, QStringLiteral("Konsulent ") + id.left(4)});
    return id;
}

QString ServerFixture::newFacility(const QString &tenantId)
{
    const QString id = newId();
    directory().putFacilities(tenantId,
                              {{id, QStringLiteral("Bosted ") + id.left(4), QStringLiteral("botilbud"),
                                QStringLiteral("Vestergade 1, 8000 Aarhus C"), 56.15, 10.2}});
    return id;
}

QString ServerFixture::issueCode(const QString &consultantId, qint64 validForMs)
{
    QString code;
    qint64 expires = 0;
    Enrollment(*m_db).issueCode(consultantId, validForMs, QDateTime::currentMSecsSinceEpoch(), &code,
                                &expires);
    return code;
}

ServerFixture::Tablet ServerFixture::enrollNew(const QString &tenantId)
{
    Tablet t;
    t.tenantId = tenantId;
    t.consultantId = newConsultant(tenantId);
    const Reply r =
        post(QStringLiteral("/v1/enroll"), {{QStringLiteral("code"), issueCode(t.consultantId)},
                                            {QStringLiteral("deviceName"), QStringLiteral("Tablet")}});
    t.deviceId = r.json.value(QLatin1String("deviceId")).toString();
    t.token = r.json.value(QLatin1String("token")).toString();
    return t;
}

const ServerFixture::Tablet &ServerFixture::secondDevice(const Tablet &tablet)
{
    if (const auto known = m_secondDevices.constFind(tablet.consultantId); known != m_secondDevices.cend())
        return *known;
    Tablet t = tablet;
    const Reply r =
        post(QStringLiteral("/v1/enroll"), {{QStringLiteral("code"), issueCode(t.consultantId)},
                                            {QStringLiteral("deviceName"), QStringLiteral("Tablet 2")}});
    t.deviceId = r.json.value(QLatin1String("deviceId")).toString();
    t.token = r.json.value(QLatin1String("token")).toString();
    t.nextSeq = 1;
    return *m_secondDevices.insert(tablet.consultantId, t);
}

QJsonObject ServerFixture::event(Tablet &tablet, const QUuid &visitId, const char *type,
                                 const QJsonObject &payload)
{
    Event e;
    e.id = QUuid::createUuid();
    e.visitId = visitId;
    e.authorId = tablet.consultantId;
    e.deviceId = tablet.deviceId;
    e.deviceSeq = tablet.nextSeq++;
    e.wallTimeMs = QDateTime::currentMSecsSinceEpoch();
    e.hlc = {e.wallTimeMs, 0};
    e.type = QString::fromLatin1(type);
    e.payload = payload;
    return e.toJson();
}

QJsonObject ServerFixture::visitStarted(Tablet &tablet, const QUuid &visitId, const QString &facilityId)
{
    return event(tablet, visitId, EventType::VisitStarted,
                 {{QStringLiteral("facilityId"), facilityId},
                  {QStringLiteral("kind"), QStringLiteral("unannounced")}});
}

ServerFixture::Reply ServerFixture::push(const Tablet &tablet, const QList<QJsonObject> &events)
{
    QJsonArray array;
    for (const QJsonObject &e : events)
        array.append(e);
    return post(QStringLiteral("/v1/events"), {{QStringLiteral("events"), array}}, tablet.token);
}

QList<QJsonObject> ServerFixture::pullAll(const Tablet &tablet, const QString &after, QString *cursor)
{
    QList<QJsonObject> events;
    QString at = after;
    for (int page = 0; page < 100; ++page) {
        const Reply r = get(QStringLiteral("/v1/events?after=%1").arg(at), tablet.token);
        if (r.status != 200)
            break;
        for (const QJsonValue &v : r.json.value(QLatin1String("events")).toArray())
            events << v.toObject();
        at = r.json.value(QLatin1String("cursor")).toString();
        if (!r.json.value(QLatin1String("more")).toBool())
            break;
    }
    if (cursor)
        *cursor = at;
    return events;
}
