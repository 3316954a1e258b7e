// Many devices at once (issue 5): N simulated devices, each enrolled with its own token and
// pushing its own new visit (a VisitStarted and Danish notes of 50-800 characters, 200 events in
// all, one request as SyncEngine would send it), all at the same moment, to feltdialog-server
// started as a child process over TLS on 127.0.0.1. Every device is a SyncClient of its own (its
// own QNetworkAccessManager, so its own TLS connection); they all live in this one process.
// Issue target: no request waits more than 10 s.
//
// Store: SQLite in --dir, or with --postgres the database named by FELTDIALOG_TEST_PG_URL
// (tests/server/with_postgres.sh). Each round pushes new visits; after the last, the events the
// server holds are counted against what was sent (nothing lost, nothing twice).
//
//   bench_sync_load [--quick] [--dir DIR] [--devices N] [--events N] [--rounds N] [--postgres]
#include "BenchSupport.h"
#include "Enrollment.h"
#include "SyncBenchSupport.h"
#include "SyncClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

struct Device
{
    QString deviceId;
    QString consultantId;
    std::unique_ptr<SyncClient> client;
    qint64 nextSeq = 1;
};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_sync_load: %s\n", qPrintable(what));
    std::exit(1);
}

// {"events": [...]} for one device's new visit, as SyncEngine builds a batch.
QByteArray visitBody(Device &d, const QString &facilityId, int count, std::mt19937 &rng)
{
    QJsonArray events;
    for (const Event &e : newVisitEvents(d.deviceId, d.consultantId, &d.nextSeq, facilityId, count, rng))
        events.append(e.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(argc, argv);
    int deviceCount = o.quick ? 20 : 500;
    int eventCount = o.quick ? 20 : 200;
    int rounds = o.quick ? 1 : 3;
    bool postgres = false;
    for (qsizetype i = 0; i < o.rest.size(); ++i) {
        const QString &arg = o.rest.at(i);
        const int value = o.rest.value(i + 1).toInt();
        if (arg == QLatin1String("--devices"))
            deviceCount = value;
        else if (arg == QLatin1String("--events"))
            eventCount = value;
        else if (arg == QLatin1String("--rounds"))
            rounds = value;
        else if (arg == QLatin1String("--postgres"))
            postgres = true;
    }
    if (postgres && qEnvironmentVariableIsEmpty("FELTDIALOG_TEST_PG_URL"))
        die(QStringLiteral("--postgres: run under tests/server/with_postgres.sh (FELTDIALOG_TEST_PG_URL)"));

    QTemporaryDir dir(o.dir + QStringLiteral("/bench_sync_load-XXXXXX"));
    QString failure;
    ServerProcess server;
    const QString location = postgres ? qEnvironmentVariable("FELTDIALOG_TEST_PG_URL")
                                      : dir.filePath(QStringLiteral("server.sqlite"));
    if (!dir.isValid() || !server.open(dir.path(), location, &failure) || !server.start(&failure))
        die(failure);
    // Each device enrolled in process (the enrollment endpoint is not what is measured here).
    std::vector<Device> devices(static_cast<std::size_t>(deviceCount));
    server::Enrollment enrollment(server.db());
    for (Device &d : devices) {
        QString code;
        d.deviceId = idString(QUuid::createUuid());
        server::EnrollmentGrant grant;
        server::ApiError error;
        if (!server.newConsultant(&d.consultantId, &code))
            die(QStringLiteral("cannot make a consultant"));
        if (Status s = enrollment.enroll({code, QStringLiteral("Tablet"), d.deviceId},
                                         QDateTime::currentMSecsSinceEpoch(), &grant, &error);
            !s.isOk() || error.isError())
            die(s.detail() + error.message);
        d.client = std::make_unique<SyncClient>();
        d.client->setEndpoint(server.endpoint());
        d.client->setToken(grant.token.toUtf8());
    }

    std::mt19937 rng(20261124);
    std::vector<double> latencies, throughputs, walls;
    double maxLatency = 0;
    qint64 sentEvents = 0, storedEvents = 0;
    QMap<QString, int> errors;
    double serverCpu = 0, wallTotal = 0;
    for (int round = 0; round < rounds; ++round) {
        QList<QByteArray> bodies;
        for (Device &d : devices)
            bodies << visitBody(d, server.facilityId(), eventCount, rng);
        QEventLoop loop;
        int outstanding = deviceCount;
        qint64 stored = 0;
        QElapsedTimer wall;
        const double cpuBefore = server.cpuSeconds();
        wall.start();
        for (int i = 0; i < deviceCount; ++i) {
            const qint64 sentAt = wall.nsecsElapsed();
            devices[std::size_t(i)].client->push(bodies.at(i), [&, sentAt](const SyncReply &reply) {
                const double latency = double(wall.nsecsElapsed() - sentAt) / 1e9;
                latencies.push_back(latency);
                maxLatency = std::max(maxLatency, latency);
                const qsizetype n = reply.body.value(QLatin1String("stored")).toArray().size();
                stored += n;
                if (!reply.ok())
                    ++errors[reply.error.isEmpty() ? QStringLiteral("http_%1").arg(reply.httpStatus)
                                                   : reply.error];
                else if (n != eventCount)
                    ++errors[QStringLiteral("stored %1 of %2").arg(n).arg(eventCount)];
                if (--outstanding == 0)
                    loop.quit();
            });
        }
        QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
        loop.exec();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        if (outstanding > 0)
            errors[QStringLiteral("no answer within 600 s")] += outstanding;
        serverCpu += server.cpuSeconds() - cpuBefore;
        wallTotal += seconds;
        walls.push_back(seconds);
        throughputs.push_back(double(stored) / seconds);
        sentEvents += qint64(deviceCount) * eventCount;
        storedEvents += stored;
    }
    server.stop();

    qint64 held = -1;
    QSqlQuery q = server.db().query();
    if (server.db().exec(q, QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id) FROM events")).isOk() &&
        q.next())
        held = q.value(0).toLongLong() == q.value(1).toLongLong() ? q.value(0).toLongLong() : -2;

    std::printf(
        "%d devices x %d events pushed at once (one request each), %d rounds; server: feltdialog-server "
        "serve on %s, child process; clients: %d SyncClients in one process\n",
        deviceCount, eventCount, rounds, postgres ? "PostgreSQL" : "SQLite (WAL, synchronous=FULL)",
        deviceCount);
    Table table(QStringLiteral("s"));
    const Summary t = summarize(throughputs);
    table.addValue(QStringLiteral("throughput, events/s (per round)"),
                   QStringLiteral("%1").arg(t.median, 0, 'f', 0),
                   QStringLiteral("slowest round %1")
                       .arg(*std::min_element(throughputs.begin(), throughputs.end()), 0, 'f', 0));
    table.addSamples(QStringLiteral("round: first request sent to last answer"), summarize(walls));
    table.addSamples(
        QStringLiteral("request latency"), summarize(latencies),
        QStringLiteral("max %1 s: <= 10 s %2").arg(maxLatency, 0, 'f', 2).arg(verdict(maxLatency, 10)));
    table.addValue(QStringLiteral("server CPU / wall"),
                   QStringLiteral("%1").arg(serverCpu / wallTotal, 0, 'f', 2),
                   QStringLiteral("%1 s of %2 s").arg(serverCpu, 0, 'f', 1).arg(wallTotal, 0, 'f', 1));
    QStringList errorText;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        errorText << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
    table.addValue(QStringLiteral("errors"),
                   QString::number(std::accumulate(errors.begin(), errors.end(), 0)),
                   errorText.join(QStringLiteral(", ")));
    // A request that failed was not answered: its device keeps the events and sends them again.
    // What must hold: every event the server said it stored is there, and none is there twice.
    const bool intact = held >= storedEvents;
    table.addValue(QStringLiteral("events sent / answered as stored / held"),
                   QStringLiteral("%1 / %2 / %3").arg(sentEvents).arg(storedEvents).arg(held),
                   intact ? QStringLiteral("every stored event held, none twice")
                          : QStringLiteral("LOST OR DUPLICATED"));
    table.print();
    return intact ? 0 : 1; // errors under load are figures, not failures
}
