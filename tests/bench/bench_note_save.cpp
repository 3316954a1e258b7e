// Saving a note: VisitRecorder::writeNote (a NoteWritten in its own transaction, returned only after
// COMMIT) against the least any SQLite app could do for the same row: a raw C-API BEGIN, INSERT,
// COMMIT of the same bytes into a table of the same shape, in a second database file in the same
// directory, opened with the same pragmas. Target: ours/raw <= 1.3 at the median and at p99.
//
//   bench_note_save [--quick] [--dir DIR] [--n COUNT]
#include "BenchSupport.h"
#include "EventStore.h"
#include "UnlockedStore.h"
#include "VisitRecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

// One row as the raw baseline binds it: already UTF-8, so the baseline pays nothing but SQLite.
struct RawRow
{
    QByteArray id, visitId, authorId, deviceId, type, payload;
    qint64 deviceSeq = 0, hlc = 0, wallMs = 0;
};

class RawBaseline
{
public:
    explicit RawBaseline(const QString &path)
    {
        check(sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr),
              "open");
        // Copied from EventStore::open and its migrations: same durability, same page layout.
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;"
             "PRAGMA secure_delete=ON;");
        exec("CREATE TABLE events(id TEXT PRIMARY KEY, visit_id TEXT NOT NULL, author_id TEXT NOT NULL,"
             " device_id TEXT NOT NULL, device_seq INTEGER NOT NULL, hlc INTEGER NOT NULL,"
             " wall_time INTEGER NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL,"
             " payload BLOB NOT NULL, UNIQUE(device_id, device_seq));"
             "CREATE INDEX events_by_visit ON events(visit_id, hlc);"
             "CREATE INDEX events_by_type ON events(type, visit_id);"
             "CREATE INDEX events_by_hlc ON events(hlc);");
        m_begin = prepare("BEGIN IMMEDIATE");
        m_insert = prepare("INSERT INTO events(id, visit_id, author_id, device_id, device_seq, hlc, "
                           "wall_time, type, schema_version, payload) VALUES(?,?,?,?,?,?,?,?,?,?)");
        m_commit = prepare("COMMIT");
    }
    RawBaseline(const RawBaseline &) = delete;
    RawBaseline &operator=(const RawBaseline &) = delete;
    ~RawBaseline()
    {
        sqlite3_finalize(m_begin);
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_commit);
        sqlite3_close(m_db);
    }

    void insert(const RawRow &r)
    {
        run(m_begin, "BEGIN");
        const auto text = [this](int i, const QByteArray &v) {
            sqlite3_bind_text(m_insert, i, v.constData(), int(v.size()), SQLITE_STATIC);
        };
        text(1, r.id);
        text(2, r.visitId);
        text(3, r.authorId);
        text(4, r.deviceId);
        sqlite3_bind_int64(m_insert, 5, r.deviceSeq);
        sqlite3_bind_int64(m_insert, 6, r.hlc);
        sqlite3_bind_int64(m_insert, 7, r.wallMs);
        text(8, r.type);
        sqlite3_bind_int64(m_insert, 9, Event::CurrentSchemaVersion);
        sqlite3_bind_blob(m_insert, 10, r.payload.constData(), int(r.payload.size()), SQLITE_STATIC);
        run(m_insert, "INSERT");
        run(m_commit, "COMMIT");
    }

private:
    void check(int rc, const char *what)
    {
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            qFatal("raw baseline: %s: %s", what, sqlite3_errmsg(m_db));
    }
    void exec(const char *sql) { check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), sql); }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        check(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr), sql);
        return stmt;
    }
    void run(sqlite3_stmt *stmt, const char *what)
    {
        check(sqlite3_step(stmt), what);
        sqlite3_reset(stmt);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_commit = nullptr;
};

struct Work
{
    QUuid noteId;
    QString text;
    RawRow raw;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(argc, argv);
    int count = options.quick ? 20 : 2000;
    const int warmup = options.quick ? 2 : 50;
    if (const qsizetype i = options.rest.indexOf(QStringLiteral("--n"));
        i >= 0 && i + 1 < options.rest.size())
        count = options.rest.at(i + 1).toInt();

    QTemporaryDir dir(options.dir + QStringLiteral("/bench_note_save-XXXXXX"));
    if (!dir.isValid())
        qFatal("cannot create a directory in %s", qPrintable(options.dir));
    EventStore store;
    if (Status s = testing::openUnlocked(store, dir.filePath(QStringLiteral("ours.sqlite"))); !s.isOk())
        qFatal("cannot open the store: %s", qPrintable(s.detail()));
    VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), QStringLiteral("consultant")});
    VisitStart start;
    start.facilityId = QStringLiteral("demo-solhaven");
    start.facilityName = QStringLiteral("Botilbuddet Solhaven");
    QUuid visitId;
    if (Status s = recorder.startVisit(start, &visitId); !s.isOk())
        qFatal("cannot start a visit: %s", qPrintable(s.detail()));
    RawBaseline raw(dir.filePath(QStringLiteral("raw.sqlite")));

    // Everything both sides write is made up front, so neither side's timing includes making it.
    std::mt19937 rng(20251122);
    std::vector<Work> work;
    HybridClock clock;
    for (int i = 0; i < warmup + count; ++i) {
        Work w{QUuid::createUuid(), noteText(rng, 50, 800), {}};
        const QJsonObject payload{{QStringLiteral("noteId"), idString(w.noteId)},
                                  {QStringLiteral("text"), w.text}};
        w.raw = {idString(QUuid::createUuid()).toUtf8(),
                 idString(visitId).toUtf8(),
                 recorder.identity().authorId.toUtf8(),
                 recorder.identity().deviceId.toUtf8(),
                 QByteArray(EventType::NoteWritten),
                 QJsonDocument(payload).toJson(QJsonDocument::Compact),
                 i + 1,
                 clock.now().packed(),
                 HybridClock::systemWallClock()};
        work.push_back(std::move(w));
    }

    std::vector<double> ours, baseline;
    QElapsedTimer timer;
    for (int i = 0; i < warmup + count; ++i) {
        const Work &w = work[std::size_t(i)];
        double oursUs = 0, rawUs = 0;
        const auto runOurs = [&] {
            timer.start();
            const Status s = recorder.writeNote(visitId, w.noteId, w.text);
            oursUs = double(timer.nsecsElapsed()) / 1000.0;
            if (!s.isOk())
                qFatal("writeNote failed: %s", qPrintable(s.detail()));
        };
        const auto runRaw = [&] {
            timer.start();
            raw.insert(w.raw);
            rawUs = double(timer.nsecsElapsed()) / 1000.0;
        };
        // Alternate who goes first, so neither side always meets a disk still busy with the other.
        if (i % 2 == 0) {
            runOurs();
            runRaw();
        } else {
            runRaw();
            runOurs();
        }
        if (i >= warmup) {
            ours.push_back(oursUs);
            baseline.push_back(rawUs);
        }
    }
    if (recorder.lastEvent().payloadBytes() != work.back().raw.payload)
        qFatal("the baseline did not write the same payload bytes as the store");

    const Summary o = summarize(ours), b = summarize(baseline);
    std::printf("bench_note_save: %d saves of 50-800 character notes each side, alternating, after %d "
                "warm-up saves\nin %s\n\n",
                count, warmup, qPrintable(dir.path()));
    Table table(QStringLiteral("us"));
    table.addSamples(QStringLiteral("ours: VisitRecorder::writeNote"), o);
    table.addSamples(QStringLiteral("raw: sqlite3 BEGIN; INSERT; COMMIT"), b);
    table.addRatio(QStringLiteral("ratio ours/raw"), o.median / b.median, o.p99 / b.p99,
                   QStringLiteral("target <= 1.30: median %1, p99 %2")
                       .arg(verdict(o.median / b.median, 1.3), verdict(o.p99 / b.p99, 1.3)));
    table.addValue(QStringLiteral("ours - raw at the median"),
                   QString::number(o.median - b.median, 'f', 1) + QStringLiteral(" us"));
    table.print();
    return 0;
}
