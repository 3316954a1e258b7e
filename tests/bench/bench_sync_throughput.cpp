// Sync throughput (issue 5): a tablet pushes a 10,000-event visit and a colleague's tablet pulls
// it, through the real SyncEngine and SyncClient (QNetworkAccessManager, gzip) over TLS on
// 127.0.0.1 to the real feltdialog-server, started as a child process on SQLite so that its CPU
// time is its own. Each round uses two freshly enrolled tablets with sealed stores; the pushing
// tablet's visit (a VisitStarted, then Danish notes of 50-800 characters) is appended to its
// sealed store untimed.
//
// Baseline, measured in the same run after every round: the same bytes moved raw. The request
// bytes are the engine's own batches (gzip bodies, byte for byte; the HTTP head as Qt writes it)
// and the response bytes are the server's own answers to them, recorded by replaying the requests
// to the server (a replayed push is answered identically). The timed raw run sends them over one
// plain QSslSocket to a trivial TLS sink process that answers the k-th request with the k-th
// recorded response, one request at a time like the engine. Target: ours / raw <= 2.
//
//   bench_sync_throughput [--quick] [--dir DIR] [--rounds N] [--events N]
#include "BenchSupport.h"
#include "Directory.h"
#include "Gzip.h"
#include "SyncBenchSupport.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <cstdio>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

// The push bodies exactly as SyncEngine::pushNext builds them: oldest first, at most
// MaxBatchEvents and MaxBatchBytes a batch, gzip'd as SyncClient::push sends them.
QList<QByteArray> engineBatches(EventStore &store)
{
    QList<Event> all;
    store.unconfirmedEvents(1 << 30, &all);
    QList<QByteArray> bodies;
    qsizetype at = 0;
    while (at < all.size()) {
        QByteArray body = QByteArrayLiteral("{\"events\":[");
        qsizetype taken = 0;
        for (qsizetype i = at; i < all.size() && taken < SyncEngine::MaxBatchEvents; ++i) {
            const QByteArray json = QJsonDocument(all.at(i).toJson()).toJson(QJsonDocument::Compact);
            if (taken > 0 && body.size() + json.size() + 1 > SyncEngine::MaxBatchBytes)
                break;
            body += (taken > 0 ? "," : "") + json;
            ++taken;
        }
        at += taken;
        bodies << gzipCompress(body + "]}");
    }
    return bodies;
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_sync_throughput: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && QByteArray(argv[1]) == "--sink")
        return runSink(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                       QString::fromLocal8Bit(argv[4]));
    const Options o = parseOptions(argc, argv);
    int rounds = o.quick ? 1 : 7;
    int eventCount = o.quick ? 300 : 10'000;
    for (qsizetype i = 0; i + 1 < o.rest.size(); ++i) {
        if (o.rest.at(i) == QLatin1String("--rounds"))
            rounds = o.rest.at(i + 1).toInt();
        if (o.rest.at(i) == QLatin1String("--events"))
            eventCount = o.rest.at(i + 1).toInt();
    }
    const int warmups = o.quick ? 0 : 1;

    QTemporaryDir dir(o.dir + QStringLiteral("/bench_sync_throughput-XXXXXX"));
    QString failure;
    ServerProcess server;
    if (!dir.isValid() || !server.open(dir.path(), dir.filePath(QStringLiteral("server.sqlite")), &failure) ||
        !server.start(&failure))
        die(failure);
    const TlsFiles &tls = server.tls();
    const SyncEndpoint endpoint = server.endpoint();

    std::mt19937 rng(20261124);
    std::vector<double> pushOurs, pushRaw, pushRatio, pullOurs, pullRaw, pullRatio, pushServerCpu,
        pullServerCpu;
    qint64 pushBytes = 0, pullBytes = 0;
    bool bytesIdentical = true;
    for (int round = 0; round < warmups + rounds; ++round) {
        Tablet a(dir.filePath(QStringLiteral("a%1.sqlite").arg(round)), endpoint);
        Tablet b(dir.filePath(QStringLiteral("b%1.sqlite").arg(round)), endpoint);
        QString consultantA, codeA, consultantB, codeB;
        if (!a.ok || !b.ok || !server.newConsultant(&consultantA, &codeA) ||
            !server.newConsultant(&consultantB, &codeB) || !a.enroll(codeA) || !b.enroll(codeB))
            die(QStringLiteral("a tablet could not open or enroll"));
        // The visit is written in one transaction (10,000 fsync'ed single saves would take most
        // of the run); the events are those the recorder makes, sealed in the tablet's store.
        qint64 nextSeq = 1;
        const QList<Event> visit = newVisitEvents(a.recorder->identity().deviceId, consultantA, &nextSeq,
                                                  server.facilityId(), eventCount, rng);
        const QUuid visitId = visit.first().visitId;
        if (!a.store.append(visit).isOk())
            die(QStringLiteral("recording failed"));

        // Push, ours: from syncNow to the last batch confirmed in the tablet's store.
        const QList<QByteArray> bodies = engineBatches(a.store);
        QElapsedTimer timer;
        double pushSeconds = 0;
        double cpuBefore = server.cpuSeconds();
        double pushCpu = 0;
        qint64 engineBytes = 0;
        timer.start();
        const bool pushed = a.sync(
            [&] {
                pushSeconds = double(timer.nsecsElapsed()) / 1e9;
                pushCpu = server.cpuSeconds() - cpuBefore;
                engineBytes = a.engine->bytesSent();
            },
            eventCount);
        if (!pushed || pushSeconds == 0)
            die(QStringLiteral("push failed: ") + a.engine->lastError() + QLatin1Char(' ') +
                a.engine->lastMessage());

        // Pull, ours: the colleague, assigned to the visit, syncs with nothing to push.
        if (Status s = server::Directory(server.db()).assign(idString(visitId), consultantB); !s.isOk())
            die(s.detail());
        cpuBefore = server.cpuSeconds();
        timer.start();
        if (!b.sync() || b.engine->eventsPulled() != eventCount)
            die(QStringLiteral("pull failed: %1 events, %2")
                    .arg(b.engine->eventsPulled())
                    .arg(b.engine->lastError()));
        const double pullSeconds = double(timer.nsecsElapsed()) / 1e9;
        const double pullCpu = server.cpuSeconds() - cpuBefore;

        // The same bytes, recorded from the server, then timed against the sink.
        RawExchange push;
        for (const QByteArray &body : bodies)
            push.requests << httpRequest("POST", "/v1/events", server.port(), a.token, body, true);
        qint64 bodyBytes = 0;
        for (const QByteArray &body : bodies)
            bodyBytes += body.size();
        bytesIdentical = bytesIdentical && bodyBytes == engineBytes;
        if (!rawExchange(server.port(), tls.certificate, &push))
            die(push.failure);
        RawExchange pull;
        QString cursor;
        for (;;) {
            RawExchange one;
            one.requests << httpRequest("GET",
                                        "/v1/events?after=" + cursor.toUtf8() +
                                            "&limit=" + QByteArray::number(SyncEngine::PullLimit),
                                        server.port(), b.token, {}, false);
            if (!rawExchange(server.port(), tls.certificate, &one))
                die(one.failure);
            QByteArray json;
            int status = 0;
            gzipDecompress(responseBody(one.responses.first(), &status), 64 << 20, &json);
            const QJsonObject page = QJsonDocument::fromJson(json).object();
            if (status != 200)
                die(QStringLiteral("raw pull: HTTP %1").arg(status));
            pull.requests << one.requests.first();
            pull.responses << one.responses.first();
            cursor = page.value(QLatin1String("cursor")).toString();
            if (!page.value(QLatin1String("more")).toBool())
                break;
        }
        const QList<QByteArray> pullResponses = pull.responses;
        double rawSeconds[2] = {};
        RawExchange *exchanges[2] = {&push, &pull};
        const QList<QByteArray> recorded[2] = {push.responses, pullResponses};
        for (int k = 0; k < 2; ++k) {
            QProcess sink;
            quint16 port = 0;
            if (!startSink(tls, dir.filePath(QStringLiteral("sink%1-%2").arg(round).arg(k)), recorded[k],
                           &sink, &port, &failure))
                die(failure);
            if (!rawExchange(port, tls.certificate, exchanges[k]))
                die(exchanges[k]->failure);
            rawSeconds[k] = exchanges[k]->seconds;
            sink.waitForFinished(10000);
        }
        if (round < warmups)
            continue;
        pushOurs.push_back(pushSeconds);
        pullOurs.push_back(pullSeconds);
        pushRaw.push_back(rawSeconds[0]);
        pullRaw.push_back(rawSeconds[1]);
        pushRatio.push_back(pushSeconds / rawSeconds[0]);
        pullRatio.push_back(pullSeconds / rawSeconds[1]);
        pushServerCpu.push_back(pushCpu);
        pullServerCpu.push_back(pullCpu);
        pushBytes = push.bytesSent + push.bytesReceived;
        pullBytes = pull.bytesSent + pull.bytesReceived;
    }
    server.stop();

    std::printf("%d events a round (VisitStarted + Danish notes of 50-800 characters), %d rounds after %d "
                "warm-up; server: feltdialog-server serve on SQLite (WAL, synchronous=FULL), child process\n",
                eventCount, rounds, warmups);
    std::printf("bytes a round on the wire (HTTP, before TLS): push %.2f MB, pull %.2f MB; raw request "
                "bodies identical to the engine's: %s\n",
                double(pushBytes) / 1e6, double(pullBytes) / 1e6, bytesIdentical ? "yes" : "NO");
    Table times(QStringLiteral("ms"));
    // Rates from times: the slowest round's rate stands in the p99 column's place.
    const auto direction = [&](const QString &name, const QString &oursName, const QString &rawName,
                               const std::vector<double> &oursSeconds, const std::vector<double> &rawSeconds,
                               const std::vector<double> &ratios, const std::vector<double> &serverCpu) {
        const auto ms = [](std::vector<double> seconds) {
            for (double &v : seconds)
                v *= 1000;
            return summarize(std::move(seconds));
        };
        const Summary ours = ms(oursSeconds), r = ms(rawSeconds), q = summarize(ratios);
        times.addSamples(name + QStringLiteral(", ") + oursName, ours,
                         QStringLiteral("%1 / %2 events/s (median / slowest round)")
                             .arg(1000 * double(eventCount) / ours.median, 0, 'f', 0)
                             .arg(1000 * double(eventCount) / ours.p99, 0, 'f', 0));
        times.addSamples(name + QStringLiteral(", ") + rawName, r,
                         QStringLiteral("%1 events/s").arg(1000 * double(eventCount) / r.median, 0, 'f', 0));
        times.addRatio(name + QStringLiteral(" ratio ours / raw"), q.median, q.p99,
                       QStringLiteral("target <= 2: ") + verdict(q.median, 2));
        times.addSamples(QStringLiteral("server CPU during the ") + name, ms(serverCpu));
    };
    direction(QStringLiteral("push"), QStringLiteral("SyncEngine -> server"),
              QStringLiteral("same bytes raw to a TLS sink"), pushOurs, pushRaw, pushRatio, pushServerCpu);
    direction(QStringLiteral("pull"), QStringLiteral("server -> SyncEngine"),
              QStringLiteral("same bytes raw from a TLS sink"), pullOurs, pullRaw, pullRatio, pullServerCpu);
    times.print();
    return bytesIdentical ? 0 : 1;
}
