// Benchmarks for the core, run in one process so machine noise hits ours and the baseline alike.
//  - note save: VisitRecorder::writeNote (one transaction + commit) vs a raw sqlite3 INSERT+COMMIT
//    of the same payload bytes into a table of the same shape, same pragmas, alternating.
//  - fold of a 5,000-event visit, in memory and loaded from the store.
// Prints medians and p99; never asserts a time. `--quick` runs a few iterations for CI.
#include "../core/VisitGenerator.h"
#include "EventStore.h"
#include "VisitRecorder.h"
#include "VisitState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace feltdialog;

namespace {
struct Stats
{
    double median = 0, p99 = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, size_t(double(v.size()) * 0.99))]};
}

double elapsedUs(QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1000.0;
}

class RawBaseline
{
public:
    explicit RawBaseline(const QString &path)
    {
        sqlite3_open(path.toUtf8().constData(), &m_db);
        sqlite3_exec(m_db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;",
                     nullptr, nullptr, nullptr);
        sqlite3_exec(
            m_db,
            "CREATE TABLE events(id TEXT PRIMARY KEY, visit_id TEXT NOT NULL, author_id TEXT NOT NULL,"
            " device_id TEXT NOT NULL, device_seq INTEGER NOT NULL, hlc INTEGER NOT NULL,"
            " wall_time INTEGER NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL,"
            " payload BLOB NOT NULL, UNIQUE(device_id, device_seq));"
            "CREATE INDEX events_by_visit ON events(visit_id, hlc);"
            "CREATE INDEX events_by_type ON events(type, visit_id);"
            "CREATE INDEX events_by_hlc ON events(hlc);",
            nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db, "INSERT INTO events VALUES(?,?,?,?,?,?,?,?,?,?)", -1, &m_insert, nullptr);
    }
    ~RawBaseline()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    void insert(const Event &e, const QByteArray &payload)
    {
        const QByteArray id = idString(e.id).toUtf8(), visit = idString(e.visitId).toUtf8();
        const QByteArray author = e.authorId.toUtf8(), device = e.deviceId.toUtf8(), type = e.type.toUtf8();
        sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(m_insert, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 2, visit.constData(), int(visit.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 3, author.constData(), int(author.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 4, device.constData(), int(device.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_insert, 5, e.deviceSeq);
        sqlite3_bind_int64(m_insert, 6, e.hlc.packed());
        sqlite3_bind_int64(m_insert, 7, e.wallTimeMs);
        sqlite3_bind_text(m_insert, 8, type.constData(), int(type.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_insert, 9, e.schemaVersion);
        sqlite3_bind_blob(m_insert, 10, payload.constData(), int(payload.size()), SQLITE_STATIC);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

void benchNoteSave(int n)
{
    QTemporaryDir dir(QStringLiteral("./bench-XXXXXX")); // same disk as the app's data
    EventStore store;
    if (!store.open(dir.filePath(QStringLiteral("ours.sqlite"))).isOk())
        qFatal("cannot open store");
    VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), QStringLiteral("bench")});
    QUuid visitId;
    VisitStart start;
    start.facilityId = QStringLiteral("f1");
    start.facilityName = QStringLiteral("Solhaven");
    recorder.startVisit(start, &visitId);
    RawBaseline raw(dir.filePath(QStringLiteral("raw.sqlite")));
    const QString text =
        QStringLiteral("Lederen fortæller, at personalet får ekstern supervision hver sjette uge, "
                       "og at den bruges til at drøfte konkrete borgerforløb.");
    std::vector<double> ours, baseline;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        recorder.writeNote(visitId, QUuid::createUuid(), text);
        ours.push_back(elapsedUs(t));
        Event same = recorder.lastEvent();
        same.id = QUuid::createUuid();
        const QByteArray payload = same.payloadBytes();
        t.restart();
        raw.insert(same, payload);
        baseline.push_back(elapsedUs(t));
    }
    const Stats o = stats(ours), b = stats(baseline);
    std::printf("note save (n=%d)        median %8.1f us  p99 %8.1f us\n", n, o.median, o.p99);
    std::printf("raw INSERT+COMMIT       median %8.1f us  p99 %8.1f us\n", b.median, b.p99);
    std::printf("ratio ours/raw          median %8.2f     p99 %8.2f\n", o.median / b.median, o.p99 / b.p99);
}

void benchFold(int runs)
{
    const QList<Event> events = testing::generateVisit(5000, 42);
    std::vector<double> inMemory, loaded;
    QTemporaryDir dir(QStringLiteral("./bench-XXXXXX"));
    EventStore store;
    store.open(dir.filePath(QStringLiteral("fold.sqlite")));
    store.append(events);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const VisitState s = foldVisit(events);
        inMemory.push_back(elapsedUs(t) / 1000.0);
        t.restart();
        QList<Event> read;
        store.eventsOfVisit(events.first().visitId, &read);
        const VisitState s2 = foldVisit(read);
        loaded.push_back(elapsedUs(t) / 1000.0);
        if (!(s == s2))
            qFatal("fold differs after a round trip through the store");
    }
    const Stats m = stats(inMemory), l = stats(loaded);
    std::printf("fold 5,000 events       median %8.2f ms  p99 %8.2f ms\n", m.median, m.p99);
    std::printf("load + fold 5,000       median %8.2f ms  p99 %8.2f ms\n", l.median, l.p99);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    benchNoteSave(quick ? 20 : 2000);
    benchFold(quick ? 3 : 50);
    return 0;
}
