// Our side of the comparison with PouchDB -> pouchdb-server (issue 14 §2), driven by
// tests/bench/pouchdb/run.js, which alternates one round of this with one round of PouchDB and
// prints the table. Not run by ctest: it is one half of a benchmark run by hand.
//
//   bench_sync_peer --notes FILE [--events N]
//       writes the notes of a visit as our tablets send them (one event's JSON a line), so that
//       PouchDB is given documents of the same shape and the very same texts
//   bench_sync_peer --round [--plain] [--events N] [--clients N] [--client-events N] [--noops N]
//       one round against a fresh feltdialog-server (a child process, SQLite, TLS or with --plain
//       plain HTTP on loopback); prints one line of JSON with the figures in milliseconds:
//       push   a tablet holding N unsent notes: one sync run, syncNow() to finished
//       pull   a colleague's tablet, assigned to the visit: one sync run that stores the N notes
//       noop   the colleague syncs again with nothing new: median of --noops runs
//       clients  --clients tablets, each holding --client-events unsent notes of its own visit, all
//              started at once: events/s from the first start to the last finish, slowest run
//       rss    the server's peak resident set (VmHWM) at the end of the round, kB
//       pushServerCpu, pullServerCpu   the server's CPU time during the push and the pull, ms
//       pushTabletCpu, pullTabletCpu   this process's (the tablet's) CPU time during them, ms
#include "BenchSupport.h"
#include "Directory.h"
#include "SyncBenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_sync_peer: %s\n", qPrintable(what));
    std::exit(1);
}

// This process's CPU time (the tablets': user + system), in ms; wall time on a shared machine
// mostly measures the other users, CPU time what a change saved.
double ownCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return 1000.0 * double(t.tv_sec) + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int optionValue(const QStringList &rest, const QString &name, int fallback)
{
    const qsizetype at = rest.indexOf(name);
    return at >= 0 && at + 1 < rest.size() ? rest.at(at + 1).toInt() : fallback;
}

std::unique_ptr<Tablet> enrolledTablet(ServerProcess &server, const QString &path, QString *consultant)
{
    auto tablet = std::make_unique<Tablet>(path, server.endpoint());
    QString code;
    if (!tablet->ok || !server.newConsultant(consultant, &code) || !tablet->enroll(code))
        die(QStringLiteral("a tablet could not open or enroll"));
    return tablet;
}

// A tablet with a new visit of `count` unsent events, written untimed in one transaction.
std::unique_ptr<Tablet> tabletWithVisit(ServerProcess &server, const QString &path, int count,
                                        std::mt19937 &rng, QUuid *visitId)
{
    QString consultant;
    auto tablet = enrolledTablet(server, path, &consultant);
    qint64 nextSeq = 1;
    const QList<Event> visit = newVisitEvents(tablet->recorder->identity().deviceId, consultant, &nextSeq,
                                              server.facilityId(), count, rng);
    if (!tablet->store.append(visit).isOk())
        die(QStringLiteral("recording failed"));
    if (visitId)
        *visitId = visit.first().visitId;
    return tablet;
}

int writeNotes(const QString &path, int count)
{
    std::mt19937 rng(20261201);
    qint64 nextSeq = 1;
    const QString device = idString(QUuid::createUuid());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write ") + path);
    for (const Event &e : newVisitEvents(device, idString(QUuid::createUuid()), &nextSeq,
                                         idString(QUuid::createUuid()), count, rng))
        out.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n');
    return out.error() == QFile::NoError ? 0 : 1;
}

// The clients' figures: all start at once, each its own connection; throughput over the whole.
void manyAtOnce(ServerProcess &server, const QString &dir, int clients, int eventsEach, std::mt19937 &rng,
                double *eventsPerSecond, double *maxMs)
{
    std::vector<std::unique_ptr<Tablet>> tablets;
    for (int i = 0; i < clients; ++i)
        tablets.push_back(
            tabletWithVisit(server, dir + QStringLiteral("/c%1.sqlite").arg(i), eventsEach, rng, nullptr));
    QEventLoop loop;
    int running = clients;
    bool failed = false;
    *maxMs = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto &t : tablets) {
        QObject::connect(t->engine.get(), &SyncEngine::finished, &loop,
                         [&, engine = t->engine.get()](bool ok) {
                             failed = failed || !ok || engine->eventsSent() != eventsEach;
                             *maxMs = std::max(*maxMs, msSince(timer));
                             if (--running == 0)
                                 loop.quit();
                         });
        t->engine->syncNow();
    }
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (failed || running > 0)
        die(QStringLiteral("a client's sync failed"));
    *eventsPerSecond = 1000.0 * clients * eventsEach / *maxMs;
}

int round(const Options &o)
{
    const int events = optionValue(o.rest, QStringLiteral("--events"), 10'000);
    const int clients = optionValue(o.rest, QStringLiteral("--clients"), 100);
    const int clientEvents = optionValue(o.rest, QStringLiteral("--client-events"), 100);
    const int noops = optionValue(o.rest, QStringLiteral("--noops"), 20);
    QTemporaryDir dir(o.dir + QStringLiteral("/bench_sync_peer-XXXXXX"));
    ServerProcess server;
    server.setPlainHttp(o.rest.contains(QLatin1String("--plain")));
    QString failure;
    if (!dir.isValid() || !server.open(dir.path(), dir.filePath(QStringLiteral("server.sqlite")), &failure) ||
        !server.start(&failure))
        die(failure);
    std::mt19937 rng(20261201);

    QUuid visitId;
    auto a = tabletWithVisit(server, dir.filePath(QStringLiteral("a.sqlite")), events, rng, &visitId);
    QElapsedTimer timer;
    double cpu = server.cpuSeconds();
    double tabletCpu = ownCpuMs();
    timer.start();
    // The same run's pull brings nothing back: the server does not send a device its own events.
    if (!a->sync() || a->engine->eventsSent() != events || a->engine->eventsPulled() != 0)
        die(QStringLiteral("push failed (%1 pulled back): ").arg(a->engine->eventsPulled()) +
            a->engine->lastError());
    const double pushMs = msSince(timer);
    const double pushCpuMs = 1000 * (server.cpuSeconds() - cpu);
    const double pushTabletCpuMs = ownCpuMs() - tabletCpu;

    QString colleague;
    auto b = enrolledTablet(server, dir.filePath(QStringLiteral("b.sqlite")), &colleague);
    if (Status s = server::Directory(server.db()).assign(idString(visitId), colleague); !s.isOk())
        die(s.detail());
    cpu = server.cpuSeconds();
    tabletCpu = ownCpuMs();
    timer.start();
    if (!b->sync() || b->engine->eventsPulled() != events)
        die(QStringLiteral("pull failed: %1 events").arg(b->engine->eventsPulled()));
    const double pullMs = msSince(timer);
    const double pullCpuMs = 1000 * (server.cpuSeconds() - cpu);
    const double pullTabletCpuMs = ownCpuMs() - tabletCpu;

    std::vector<double> noop;
    for (int i = 0; i < noops; ++i) {
        timer.start();
        if (!b->sync() || b->engine->eventsPulled() != 0 || b->engine->eventsSent() != 0)
            die(QStringLiteral("a no-op sync moved events or failed"));
        noop.push_back(msSince(timer));
    }

    double throughput = 0, maxMs = 0; // --clients 0 (a quicker run for push, pull and no-op): none
    if (clients > 0)
        manyAtOnce(server, dir.path(), clients, clientEvents, rng, &throughput, &maxMs);
    const qint64 rss = server.peakRssKb();
    server.stop();
    std::printf("{\"push\":%.1f,\"pull\":%.1f,\"noop\":%.2f,\"clientsEventsPerSecond\":%.0f,"
                "\"clientsMaxMs\":%.1f,\"rssKb\":%lld,\"pushServerCpu\":%.0f,\"pullServerCpu\":%.0f,"
                "\"pushTabletCpu\":%.0f,\"pullTabletCpu\":%.0f}\n",
                pushMs, pullMs, summarize(noop).median, throughput, maxMs, static_cast<long long>(rss),
                pushCpuMs, pullCpuMs, pushTabletCpuMs, pullTabletCpuMs);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(argc, argv);
    if (const qsizetype at = o.rest.indexOf(QStringLiteral("--notes")); at >= 0 && at + 1 < o.rest.size())
        return writeNotes(o.rest.at(at + 1), optionValue(o.rest, QStringLiteral("--events"), 10'000));
    if (o.rest.contains(QLatin1String("--round")))
        return round(o);
    std::fprintf(stderr, "usage: bench_sync_peer --notes FILE [--events N] | --round [--plain] [--events N] "
                         "[--clients N] [--client-events N] [--noops N] [--dir DIR]\n");
    return 2;
}
