#include "SyncBenchSupport.h"

#include "BenchSupport.h"
#include "Directory.h"
#include "Enrollment.h"
#include "Schema.h"
#include "UnlockedStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <unistd.h>

namespace feltdialog::bench {

QList<Event> newVisitEvents(const QString &deviceId, const QString &authorId, qint64 *nextSeq,
                            const QString &facilityId, int count, std::mt19937 &rng)
{
    const QUuid visitId = QUuid::createUuid();
    qint64 wall = QDateTime::currentMSecsSinceEpoch() - 7000LL * count;
    QList<Event> events;
    for (int i = 0; i < count; ++i) {
        Event e;
        e.id = QUuid::createUuid();
        e.visitId = visitId;
        e.authorId = authorId;
        e.deviceId = deviceId;
        e.deviceSeq = (*nextSeq)++;
        wall += 7000;
        e.wallTimeMs = wall;
        e.hlc = {wall, 0};
        if (i == 0) {
            e.type = QString::fromLatin1(EventType::VisitStarted);
            e.payload = {{QStringLiteral("facilityId"), facilityId},
                         {QStringLiteral("facilityName"), QStringLiteral("Botilbuddet Solhaven")},
                         {QStringLiteral("kind"), QStringLiteral("unannounced")},
                         {QStringLiteral("templateId"), QString()},
                         {QStringLiteral("templateVersion"), QString()},
                         {QStringLiteral("qualityModelVersion"), QString()}};
        } else {
            e.type = QString::fromLatin1(EventType::NoteWritten);
            e.payload = {{QStringLiteral("noteId"), idString(QUuid::createUuid())},
                         {QStringLiteral("text"), noteText(rng, 50, 800)}};
        }
        events << e;
    }
    return events;
}

bool makeCertificate(const QString &dir, TlsFiles *out, QString *failure)
{
    out->cert = QDir(dir).filePath(QStringLiteral("cert.pem"));
    out->key = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), out->key, QStringLiteral("-out"), out->cert, QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        *failure = QStringLiteral("openssl could not make a certificate: ") +
                   QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    out->certificate = QSslCertificate::fromPath(out->cert).value(0);
    return !out->certificate.isNull();
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::open(const QString &dir, const QString &location, QString *failure)
{
    if (!makeCertificate(dir, &m_tls, failure))
        return false;
    m_location = location;
    Status s = server::ServerDatabase::open(location, &m_db);
    if (s.isOk())
        s = server::migrate(*m_db);
    m_tenantId = idString(QUuid::createUuid());
    m_facilityId = idString(QUuid::createUuid());
    server::Directory directory(*m_db);
    if (s.isOk())
        s = directory.createTenant({m_tenantId, QStringLiteral("Socialtilsyn Midt")});
    if (s.isOk())
        s = directory.putFacilities(
            m_tenantId, {{m_facilityId, QStringLiteral("Botilbuddet Solhaven"), QStringLiteral("botilbud"),
                          QStringLiteral("Vestergade 1, 8000 Aarhus C"), 56.15, 10.2}});
    if (!s.isOk())
        *failure = s.detail();
    return s.isOk();
}

bool ServerProcess::newConsultant(QString *consultantId, QString *code)
{
    *consultantId = idString(QUuid::createUuid());
    qint64 expires = 0;
    return server::Directory(*m_db)
               .createConsultant({*consultantId, m_tenantId, QStringLiteral("Konsulent")})
               .isOk() &&
           server::Enrollment(*m_db)
               .issueCode(*consultantId, 3600'000, QDateTime::currentMSecsSinceEpoch(), code, &expires)
               .isOk();
}

SyncEndpoint ServerProcess::endpoint() const
{
    if (m_plain)
        return {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)), {}};
    return {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)), {m_tls.certificate}};
}

bool ServerProcess::start(QString *failure)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // BENCH_SERVER_BINARY in the environment runs another build of the server (a before/after).
    const QStringList transport =
        m_plain ? QStringList{QStringLiteral("--allow-plain-http-on-loopback")}
                : QStringList{QStringLiteral("--cert"), m_tls.cert, QStringLiteral("--key"), m_tls.key};
    m_process.start(qEnvironmentVariable("BENCH_SERVER_BINARY", QStringLiteral(BENCH_SERVER_BINARY)),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_location} + transport +
                        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--enroll-attempts-per-minute"), QStringLiteral("1000000"),
                                    // every simulated tablet connects from 127.0.0.1: not one address's share
                                    QStringLiteral("--max-connections-per-address"),
                                    QStringLiteral("100000")} +
                        // e.g. BENCH_SERVER_ARGS="--workers 2", to compare server settings
                        qEnvironmentVariable("BENCH_SERVER_ARGS").split(u' ', Qt::SkipEmptyParts));
    if (!m_process.waitForStarted(10000)) {
        *failure = QStringLiteral("feltdialog-server did not start: ") + m_process.errorString();
        return false;
    }
    // "feltdialog-server listening on https://127.0.0.1:PORT (...)"
    QByteArray line;
    QElapsedTimer waited;
    waited.start();
    while (!line.contains('\n') && waited.elapsed() < 20000) {
        if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
            break;
        line += m_process.readAllStandardOutput();
    }
    const qsizetype colon = line.lastIndexOf(':', line.indexOf(" ("));
    m_port = quint16(line.mid(colon + 1, line.indexOf(" (") - colon - 1).toUInt());
    if (m_port == 0) {
        *failure = QStringLiteral("feltdialog-server did not say where it listens: ") +
                   QString::fromUtf8(line) + QString::fromLocal8Bit(m_process.readAllStandardError());
        return false;
    }
    return true;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

double ServerProcess::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces, so split after its ')').
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()); // utime, stime
    return ticks / double(sysconf(_SC_CLK_TCK));
}

qint64 ServerProcess::peakRssKb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

Tablet::Tablet(const QString &path, const SyncEndpoint &endpoint)
{
    ok = testing::openUnlocked(store, path).isOk();
    recorder = std::make_unique<VisitRecorder>(
        store, DeviceIdentity{VisitRecorder::ensureDeviceId(store), QStringLiteral("consultant")});
    ok = ok && recorder->resume().isOk();
    client.setEndpoint(endpoint);
    engine = std::make_unique<SyncEngine>(&store, &client);
    engine->setAutoRetry(false);
}

bool Tablet::enroll(const QString &code)
{
    QEventLoop loop;
    SyncReply answer;
    client.enroll(code, recorder->identity().deviceId, QStringLiteral("Benchtablet"),
                  [&](const SyncReply &r) {
                      answer = r;
                      loop.quit();
                  });
    loop.exec();
    if (!answer.ok())
        return false;
    token = answer.body.value(QLatin1String("token")).toString().toUtf8();
    client.setToken(token);
    recorder->setAuthorId(answer.body.value(QLatin1String("consultantId")).toString());
    return true;
}

bool Tablet::sync(const std::function<void()> &pushedAll, qint64 toPush)
{
    QEventLoop loop;
    bool succeeded = false;
    QMetaObject::Connection progress;
    if (pushedAll)
        progress = QObject::connect(engine.get(), &SyncEngine::progress, [&] {
            if (engine->eventsSent() == toPush && engine->eventsPulled() == 0)
                pushedAll();
        });
    const auto finished = QObject::connect(engine.get(), &SyncEngine::finished, [&](bool success) {
        succeeded = success;
        loop.quit();
    });
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    engine->syncNow();
    loop.exec();
    QObject::disconnect(progress);
    QObject::disconnect(finished);
    return succeeded;
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &pathAndQuery, quint16 port,
                       const QByteArray &token, const QByteArray &body, bool gzipBody)
{
    QByteArray r = method + ' ' + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                   "\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    if (gzipBody)
        r += "Content-Encoding: gzip\r\n";
    if (method == "POST")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "Connection: Keep-Alive\r\nAccept-Encoding: gzip, deflate\r\nAccept-Language: en-US,*\r\n"
         "User-Agent: Mozilla/5.0\r\n\r\n";
    return r + body;
}

namespace {

// Length of the first whole HTTP message in `buffer` (head + Content-Length body), or 0 while
// it is incomplete.
qsizetype messageLength(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + length;
    return buffer.size() >= total ? total : 0;
}

} // namespace

QByteArray responseBody(const QByteArray &response, int *status)
{
    if (status)
        *status = response.mid(9, 3).toInt();
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : response.mid(headEnd + 4);
}

bool rawExchange(quint16 port, const QSslCertificate &trust, RawExchange *x)
{
    x->responses.clear();
    x->bytesSent = x->bytesReceived = 0;
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({trust});
    socket.setSslConfiguration(tls);
    QElapsedTimer timer;
    timer.start();
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(30000)) {
        x->failure = QStringLiteral("TLS connect: ") + socket.errorString();
        return false;
    }
    QByteArray buffer;
    for (const QByteArray &request : std::as_const(x->requests)) {
        socket.write(request);
        x->bytesSent += request.size();
        qsizetype length = 0;
        while ((length = messageLength(buffer)) == 0) {
            if (socket.bytesToWrite() > 0)
                socket.waitForBytesWritten(30000);
            else if (!socket.waitForReadyRead(30000)) {
                x->failure = QStringLiteral("no response: ") + socket.errorString();
                return false;
            }
            buffer += socket.readAll();
        }
        x->responses << buffer.left(length);
        x->bytesReceived += length;
        buffer.remove(0, length);
    }
    x->seconds = double(timer.nsecsElapsed()) / 1e9;
    socket.disconnectFromHost();
    return true;
}

int runSink(const QString &cert, const QString &key, const QString &dir)
{
    QList<QByteArray> responses;
    for (int k = 0;; ++k) {
        QFile f(QDir(dir).filePath(QString::number(k)));
        if (!f.open(QIODevice::ReadOnly))
            break;
        responses << f.readAll();
    }
    QFile keyFile(key);
    if (!keyFile.open(QIODevice::ReadOnly))
        return 1;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromPath(cert));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslServer server;
    server.setSslConfiguration(tls);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
        auto *socket = static_cast<QSslSocket *>(server.nextPendingConnection());
        auto buffer = std::make_shared<QByteArray>();
        auto next = std::make_shared<qsizetype>(0);
        const auto serve = [socket, buffer, next, &responses] {
            *buffer += socket->readAll();
            while (const qsizetype length = messageLength(*buffer)) {
                buffer->remove(0, length);
                socket->write(responses.value((*next)++));
            }
        };
        QObject::connect(socket, &QIODevice::readyRead, socket, serve);
        QObject::connect(socket, &QAbstractSocket::disconnected, qApp, &QCoreApplication::quit);
        serve(); // what arrived with the handshake
    });
    std::printf("port %u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

bool startSink(const TlsFiles &tls, const QString &dir, const QList<QByteArray> &responses, QProcess *sink,
               quint16 *port, QString *failure)
{
    QDir().mkpath(dir);
    for (qsizetype k = 0; k < responses.size(); ++k) {
        QFile f(QDir(dir).filePath(QString::number(k)));
        if (!f.open(QIODevice::WriteOnly) || f.write(responses.at(k)) != responses.at(k).size()) {
            *failure = QStringLiteral("cannot write ") + f.fileName();
            return false;
        }
    }
    sink->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--sink"), tls.cert, tls.key, dir});
    QByteArray line;
    while (!line.contains('\n') && sink->waitForReadyRead(10000))
        line += sink->readAllStandardOutput();
    *port = quint16(line.trimmed().mid(5).toUInt());
    if (*port == 0) {
        *failure = QStringLiteral("the sink did not start");
        return false;
    }
    return true;
}

} // namespace feltdialog::bench
