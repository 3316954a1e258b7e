// libFuzzer target: the server's endpoints as a stranger or an enrolled tablet reaches them, over a
// real SQLite store: an enroll body, the pull query (cursor and limit), the reference request's
// query and If-None-Match, and a push body. The first byte picks the endpoint, the rest is the
// input. Whatever arrives, the answer is a clear client error or a success: never a crash, never
// 500 (a store error reached by input, like a NUL that PostgreSQL refuses), never a body that is not
// JSON, and a pull's next cursor is always one the server can read back.
#include "Directory.h"
#include "Enrollment.h"
#include "EventLog.h"
#include "Schema.h"
#include "ServerDatabase.h"
#include "SyncApi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace feltdialog;
using namespace feltdialog::server;

namespace {

struct Service
{
    QTemporaryDir dir;
    std::unique_ptr<ServerDatabase> db;
    std::unique_ptr<SyncApi> api;
    QByteArray bearer;
    qint64 clock = 1'800'000'000'000;
};

Service &service()
{
    static Service *s = [] {
        static int argc = 1;
        static char name[] = "fuzz_sync_api";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv); // Qt SQL loads its driver through the application
        auto *s = new Service;
        if (!ServerDatabase::open(s->dir.filePath(QStringLiteral("server.sqlite")), &s->db).isOk() ||
            !migrate(*s->db).isOk())
            std::abort();
        Directory directory(*s->db);
        directory.createTenant({QStringLiteral("t1"), QStringLiteral("Socialtilsyn Fuzz")});
        directory.createConsultant({QStringLiteral("c1"), QStringLiteral("t1"), QStringLiteral("Anna")});
        directory.putFacilities(QStringLiteral("t1"),
                                {{QStringLiteral("f1"), QStringLiteral("Bosted"), QStringLiteral("botilbud"),
                                  QStringLiteral("Vej 1"), 56.15, 10.2}});
        // The clock moves a minute per input, so the enrollment limit never answers for the fuzzer.
        s->api = std::make_unique<SyncApi>(*s->db, ServerOptions{10, [s] { return s->clock; }, 1});
        QString code;
        qint64 expires = 0;
        Enrollment(*s->db).issueCode(QStringLiteral("c1"), 3'600'000, s->clock, &code, &expires);
        ApiRequest enroll;
        enroll.body = QJsonDocument(QJsonObject{{"code", code}, {"deviceName", "Fuzz"}}).toJson();
        enroll.remoteAddress = QStringLiteral("127.0.0.1");
        const ApiResponse r = s->api->enroll(enroll);
        const QString token = QJsonDocument::fromJson(r.json).object().value("token").toString();
        if (r.status != 200 || token.isEmpty())
            std::abort();
        s->bearer = "Bearer " + token.toLatin1();
        return s;
    }();
    return *s;
}

void check(const ApiResponse &r)
{
    if (r.status >= 500 && r.status != 503)
        std::abort(); // input reached the store as an error
    if (r.status < 200 || (r.status >= 300 && r.status != 304 && r.status < 400))
        std::abort();
    if (r.status != 304 && QJsonDocument::fromJson(r.json).isNull())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Service &s = service();
    s.clock += 60'000;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    ApiRequest request;
    request.remoteAddress = QStringLiteral("192.0.2.7");
    switch (data[0] % 4) {
    case 0:
        request.body = input;
        check(s.api->enroll(request));
        break;
    case 1: {
        request.authorization = s.bearer;
        request.query = QUrlQuery(QString::fromUtf8(input));
        const ApiResponse r = s.api->pull(request);
        check(r);
        if (r.status == 200) {
            const QString next = QJsonDocument::fromJson(r.json).object().value("cursor").toString();
            PullCursor cursor;
            if (!PullCursor::parse(next, &cursor))
                std::abort();
        }
        break;
    }
    case 2: {
        request.authorization = s.bearer;
        const qsizetype split = input.indexOf('\n');
        request.ifNoneMatch = split < 0 ? input : input.left(split);
        request.query = QUrlQuery(QString::fromUtf8(split < 0 ? QByteArray() : input.mid(split + 1)));
        check(s.api->reference(request));
        break;
    }
    default:
        request.authorization = s.bearer;
        request.body = input;
        check(s.api->push(request));
        break;
    }
    return 0;
}
