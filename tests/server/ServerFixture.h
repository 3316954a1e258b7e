#pragma once

#include "Directory.h"
#include "Event.h"
#include "ServerDatabase.h"
#include "SyncServer.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <memory>

// A sync server in this process listening on 127.0.0.1 over TLS with a certificate made for the
// run (openssl CLI), and a client that trusts exactly that certificate. The store is SQLite in a
// scratch directory, or the PostgreSQL database named by FELTDIALOG_TEST_PG_URL
// (tests/server/with_postgres.sh sets it).
class ServerFixture
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError; // empty when an HTTP answer arrived

        QByteArray header(const QByteArray &name) const;
        QString error() const { return json.value(QLatin1String("error")).toString(); }
    };

    // A consultant with an enrolled device: what a tablet holds after enrollment.
    struct Tablet
    {
        QString consultantId;
        QString tenantId;
        QString deviceId;
        QString token;
        qint64 nextSeq = 1;
    };

    // Starts everything; `failure` says what did not start.
    bool start(QString *failure);
    bool usesPostgres() const;

    feltdialog::server::ServerDatabase &db() { return *m_db; }
    feltdialog::server::SyncServer &server() { return *m_server; }
    feltdialog::server::Directory directory() { return feltdialog::server::Directory(*m_db); }
    quint16 port() const { return m_port; }
    const QSslCertificate &certificate() const { return m_certificate; }

    Reply request(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, quint16 port = 0);
    Reply get(const QString &pathAndQuery, const QString &token);
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {});

    // Fresh ids every call, so every test case has its own tenant and nothing leaks between them.
    QString newTenant();
    QString newConsultant(const QString &tenantId);
    QString newFacility(const QString &tenantId);
    QString issueCode(const QString &consultantId, qint64 validForMs = 3600 * 1000);
    Tablet enrollNew(const QString &tenantId); // new consultant + code + POST /v1/enroll
    // Another tablet of the same consultant (one per consultant, made on first use): it pulls
    // everything the first pushed, which the first itself is not sent back.
    const Tablet &secondDevice(const Tablet &tablet);

    // An event as the tablet writes it (Event::toJson), with the tablet's next sequence number.
    QJsonObject event(Tablet &tablet, const QUuid &visitId, const char *type,
                      const QJsonObject &payload = {});
    QJsonObject visitStarted(Tablet &tablet, const QUuid &visitId, const QString &facilityId);
    Reply push(const Tablet &tablet, const QList<QJsonObject> &events);
    // Every event the tablet may see from the start, following the cursor page by page.
    QList<QJsonObject> pullAll(const Tablet &tablet, const QString &after = {}, QString *cursor = nullptr);

    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<feltdialog::server::ServerDatabase> m_db;
    std::unique_ptr<feltdialog::server::SyncServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QSslCertificate m_certificate;
    quint16 m_port = 0;
    QHash<QString, Tablet> m_secondDevices; // by consultant
};
