// One tenant beside another (issue 14 §2): another tenant's reference requests while one tenant's
// tablets all pull the largest page (limit=1000) without a pause, against the same requests on the
// quiet server, in one run. feltdialog-server runs as a child process over TLS on 127.0.0.1 with
// its default settings (BENCH_SERVER_ARGS to change them, BENCH_SERVER_BINARY to run another
// build: the before/after of docs/performance.md).
//
// The busy tenant: one consultant whose visit holds 5,000 events (a VisitStarted and Danish notes
// of 50-800 characters), read by --tablets devices of theirs (default 8), each pulling page after
// page on a new connection each (following its cursor, from the start again at the end), gzip
// taken as the tablet takes it. The other tenant: one consultant's device fetching its
// reference data on a fresh connection each time (TLS handshake included, as a sync run does).
//
//   bench_tenant_fairness [--quick] [--dir DIR] [--tablets N] [--postgres]
#include "BenchSupport.h"
#include "Directory.h"
#include "Enrollment.h"
#include "Gzip.h"
#include "SyncBenchSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_tenant_fairness: %s\n", qPrintable(what));
    std::exit(1);
}

QJsonObject answer(const QByteArray &response, int *status)
{
    QByteArray json = responseBody(response, status);
    QByteArray inflated;
    if (response.left(response.indexOf("\r\n\r\n")).toLower().contains("content-encoding: gzip") &&
        gzipDecompress(json, 256 << 20, &inflated))
        json = inflated;
    return QJsonDocument::fromJson(json).object();
}

// One request on a fresh connection; its answer and how long it took (ms, handshake included).
QJsonObject exchange(const ServerProcess &server, const QByteArray &request, int *status,
                     double *ms = nullptr)
{
    RawExchange x;
    x.requests << request;
    if (!rawExchange(server.port(), server.tls().certificate, &x))
        die(x.failure);
    if (ms)
        *ms = x.seconds * 1000;
    return answer(x.responses.first(), status);
}

// Enrolls a device for the consultant; its token.
QByteArray enroll(ServerProcess &server, const QString &consultantId, const QString &deviceId)
{
    QString code;
    qint64 expires = 0;
    if (!server::Enrollment(server.db())
             .issueCode(consultantId, 3600 * 1000, QDateTime::currentMSecsSinceEpoch(), &code, &expires)
             .isOk())
        die(QStringLiteral("no enrollment code"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                  {QStringLiteral("deviceName"), QStringLiteral("Tablet")},
                                  {QStringLiteral("deviceId"), deviceId}})
            .toJson(QJsonDocument::Compact);
    int status = 0;
    const QJsonObject grant =
        exchange(server, httpRequest("POST", "/v1/enroll", server.port(), {}, body, false), &status);
    if (status != 200)
        die(QStringLiteral("enrollment: HTTP %1").arg(status));
    return grant.value(QLatin1String("token")).toString().toLatin1();
}

// A tablet of the busy tenant: pulls page after page on one connection until told to stop.
struct Puller
{
    QByteArray token;
    std::atomic<int> pages{0};
    std::atomic<int> refused{0};
    QString failure;
};

void pullUntil(const ServerProcess &server, Puller *p, const std::atomic<bool> *stop)
{
    QString cursor;
    while (!*stop) {
        RawExchange x; // a page a connection: each request needs the cursor of the last
        x.requests << httpRequest("GET", "/v1/events?limit=1000&after=" + cursor.toUtf8(), server.port(),
                                  p->token, {}, false);
        if (!rawExchange(server.port(), server.tls().certificate, &x)) {
            p->failure = x.failure;
            return;
        }
        int status = 0;
        QByteArray page = responseBody(x.responses.first(), &status);
        if (status == 429) {
            ++p->refused;
            continue;
        }
        if (status != 200 || !gzipDecompress(QByteArray(page), 256 << 20, &page)) {
            p->failure = QStringLiteral("pull: HTTP %1").arg(status);
            return;
        }
        ++p->pages;
        // The cursor without parsing the page: this process shares the machine with the server.
        const qsizetype at = page.lastIndexOf("\"cursor\":\"");
        const qsizetype end = page.indexOf('"', at + 10);
        cursor = page.endsWith("\"more\":true}") && at >= 0
                     ? QString::fromLatin1(page.mid(at + 10, end - at - 10))
                     : QString();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(argc, argv);
    int tablets = 8;
    bool postgres = false;
    for (int i = 0; i < o.rest.size(); ++i) {
        if (o.rest[i] == QLatin1String("--tablets") && i + 1 < o.rest.size())
            tablets = o.rest[++i].toInt();
        else if (o.rest[i] == QLatin1String("--postgres"))
            postgres = true;
    }
    const int samples = o.quick ? 10 : 300;
    const int events = o.quick ? 1500 : 5000;

    QTemporaryDir dir(o.dir + QStringLiteral("/bench_tenant_fairness-XXXXXX"));
    QString failure;
    ServerProcess server;
    const QString location = postgres ? qEnvironmentVariable("FELTDIALOG_TEST_PG_URL")
                                      : dir.filePath(QStringLiteral("server.sqlite"));
    if (!dir.isValid() || location.isEmpty() || !server.open(dir.path(), location, &failure) ||
        !server.start(&failure))
        die(failure);

    // The busy tenant (the one ServerProcess made): the writer's visit, then the readers.
    QString busyConsultant, unusedCode;
    if (!server.newConsultant(&busyConsultant, &unusedCode))
        die(QStringLiteral("no consultant"));
    const QString writerDevice = idString(QUuid::createUuid());
    const QByteArray writerToken = enroll(server, busyConsultant, writerDevice);
    std::mt19937 rng(20261201);
    qint64 nextSeq = 1;
    const QList<Event> visit =
        newVisitEvents(writerDevice, busyConsultant, &nextSeq, server.facilityId(), events, rng);
    for (qsizetype first = 0; first < visit.size(); first += 500) {
        QJsonArray batch;
        for (const Event &e : visit.mid(first, 500))
            batch.append(e.toJson());
        int status = 0;
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("events"), batch}}).toJson(QJsonDocument::Compact);
        exchange(server, httpRequest("POST", "/v1/events", server.port(), writerToken, body, false), &status);
        if (status != 200)
            die(QStringLiteral("push: HTTP %1").arg(status));
    }
    std::vector<std::unique_ptr<Puller>> pullers;
    for (int i = 0; i < tablets; ++i) {
        pullers.push_back(std::make_unique<Puller>());
        pullers.back()->token = enroll(server, busyConsultant, idString(QUuid::createUuid()));
    }

    // The other tenant: a consultant of its own authority with a facility and a planned visit.
    server::Directory directory(server.db());
    const QString otherTenant = idString(QUuid::createUuid());
    const QString otherConsultant = idString(QUuid::createUuid());
    if (!directory.createTenant({otherTenant, QStringLiteral("Socialtilsyn Syd")}).isOk() ||
        !directory.createConsultant({otherConsultant, otherTenant, QStringLiteral("Konsulent")}).isOk() ||
        !directory
             .putFacilities(otherTenant, {{QStringLiteral("F-1"), QStringLiteral("Bostedet Engen"),
                                           QStringLiteral("botilbud"),
                                           QStringLiteral("Engvej 3, 6000 Kolding"), 55.49, 9.47}})
             .isOk())
        die(QStringLiteral("the other tenant could not be made"));
    const QByteArray otherToken = enroll(server, otherConsultant, idString(QUuid::createUuid()));
    const QByteArray reference = httpRequest("GET", "/v1/reference", server.port(), otherToken, {}, false);

    const auto referenceTimes = [&](std::vector<double> *ms, double *slowest) {
        for (int i = 0; i < samples; ++i) {
            int status = 0;
            double took = 0;
            exchange(server, reference, &status, &took);
            if (status != 200)
                die(QStringLiteral("reference: HTTP %1").arg(status));
            ms->push_back(took);
            *slowest = std::max(*slowest, took);
        }
    };
    std::vector<double> quiet, busy;
    double quietMax = 0, busyMax = 0;
    referenceTimes(&quiet, &quietMax);

    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (auto &p : pullers)
        threads.emplace_back(pullUntil, std::cref(server), p.get(), &stop);
    QElapsedTimer loaded;
    loaded.start();
    const auto pagesSoFar = [&] {
        int n = 0;
        for (const auto &p : pullers)
            n += p->pages;
        return n;
    };
    while (pagesSoFar() < tablets && loaded.elapsed() < 60000) // every tablet is pulling
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const int pagesBefore = pagesSoFar();
    loaded.start();
    referenceTimes(&busy, &busyMax);
    const double busySeconds = loaded.elapsed() / 1000.0;
    const int pages = pagesSoFar() - pagesBefore;
    stop = true;
    for (std::thread &t : threads)
        t.join();
    int refused = 0;
    for (const auto &p : pullers) {
        if (!p->failure.isEmpty())
            die(p->failure);
        refused += p->refused;
    }

    std::printf("another tenant's GET /v1/reference (fresh TLS connection each), %d samples a row; "
                "store: %s; server: %s %s\n",
                samples, postgres ? "PostgreSQL" : "SQLite",
                qPrintable(qEnvironmentVariable("BENCH_SERVER_BINARY", QStringLiteral("this build"))),
                qPrintable(qEnvironmentVariable("BENCH_SERVER_ARGS")));
    Table table(QStringLiteral("ms"));
    table.addSamples(QStringLiteral("quiet server"), summarize(quiet),
                     QStringLiteral("max %1").arg(quietMax, 0, 'f', 1));
    table.addSamples(QStringLiteral("while %1 tablets pull limit=1000").arg(tablets), summarize(busy),
                     QStringLiteral("max %1").arg(busyMax, 0, 'f', 1));
    const Summary q = summarize(quiet);
    const Summary b = summarize(busy);
    table.addRatio(QStringLiteral("busy / quiet"), b.median / q.median, b.p99 / q.p99);
    table.addValue(QStringLiteral("the busy tenant's pages meanwhile"),
                   QStringLiteral("%1 pages/s").arg(pages / busySeconds, 0, 'f', 1),
                   QStringLiteral("%1 refused (429)").arg(refused));
    table.print();
    return 0;
}
