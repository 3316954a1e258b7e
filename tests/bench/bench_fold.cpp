// Folding a long visit: foldVisit over a realistic 5,000-event log (two tablets, 4,098 notes of
// 50-800 characters, 900 amendments, some of them concurrent), in memory and loaded from an
// EventStore. Target: the in-memory fold <= 20 ms. Baselines, measured in the same run:
//  - in memory: copy the log, sort it in fold order and read every payload's text once, the work
//    no fold can avoid;
//  - from the store: a raw sqlite3 SELECT of the same rows in the same order, columns read but not
//    decoded.
//
//   bench_fold [--quick] [--dir DIR] [--runs COUNT]
#include "BenchSupport.h"
#include "EventStore.h"
#include "Hlc.h"
#include "UnlockedStore.h"
#include "VisitState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

QUuid seededUuid(std::mt19937 &rng)
{
    std::uniform_int_distribution<quint32> d;
    return QUuid(d(rng), quint16(d(rng)), quint16(d(rng)), uchar(d(rng)), uchar(d(rng)), uchar(d(rng)),
                 uchar(d(rng)), uchar(d(rng)), uchar(d(rng)), uchar(d(rng)), uchar(d(rng)));
}

struct VisitShape
{
    int notes = 4098;
    int amendments = 900;
};

// Two consultants on one visit, the second tablet's clock four seconds slow; an amendment is made
// by whoever is nearest and, one time in ten, also on the other tablet before it has seen the
// first (a conflict the fold keeps both sides of).
QList<Event> realisticVisit(const VisitShape &shape, quint32 seed)
{
    std::mt19937 rng(seed);
    qint64 wall = 1'763'800'000'000;
    struct Tablet
    {
        QString deviceId, authorId;
        qint64 skewMs;
        HybridClock clock;
        qint64 sequence = 0;
    };
    Tablet tablets[2] = {
        {QStringLiteral("device-a"), QStringLiteral("consultant-anna"), 0, HybridClock([&] { return wall; })},
        {QStringLiteral("device-b"), QStringLiteral("consultant-bo"), -4000,
         HybridClock([&] { return wall - 4000; })},
    };
    const QUuid visitId = seededUuid(rng);
    QList<Event> events;
    auto make = [&](Tablet &t, const char *type, QJsonObject payload) -> const Event & {
        Event e;
        e.id = seededUuid(rng);
        e.visitId = visitId;
        e.authorId = t.authorId;
        e.deviceId = t.deviceId;
        e.deviceSeq = ++t.sequence;
        e.hlc = t.clock.now();
        e.wallTimeMs = wall + t.skewMs;
        e.type = QString::fromLatin1(type);
        e.payload = std::move(payload);
        events.append(std::move(e));
        return events.constLast();
    };

    make(tablets[0], EventType::VisitStarted,
         {{QStringLiteral("facilityId"), QStringLiteral("demo-solhaven")},
          {QStringLiteral("facilityName"), QStringLiteral("Botilbuddet Solhaven")},
          {QStringLiteral("kind"), QStringLiteral("unannounced")}});
    struct Written
    {
        QString noteId;
        Event head;
    };
    std::vector<Written> written;
    std::uniform_int_distribution<int> step(200, 20'000), percent(0, 99);
    int notesLeft = shape.notes, amendmentsLeft = shape.amendments;
    while (notesLeft + amendmentsLeft > 0) {
        wall += step(rng);
        Tablet &t = tablets[percent(rng) % 2];
        // Amendments are spread over the visit; the first event after the start is always a note.
        const bool amend = !written.empty() && std::uniform_int_distribution<int>(
                                                   1, notesLeft + amendmentsLeft)(rng) <= amendmentsLeft;
        if (!amend) {
            const QString noteId = idString(seededUuid(rng));
            written.push_back({noteId, make(t, EventType::NoteWritten,
                                            {{QStringLiteral("noteId"), noteId},
                                             {QStringLiteral("text"), noteText(rng, 50, 800)}})});
            --notesLeft;
            continue;
        }
        Written &note = written[std::uniform_int_distribution<std::size_t>(0, written.size() - 1)(rng)];
        const Event replaced = note.head;
        const auto amendOn = [&](Tablet &on) -> const Event & {
            on.clock.receive(replaced.hlc);
            --amendmentsLeft;
            return make(on, EventType::NoteAmended,
                        {{QStringLiteral("noteId"), note.noteId},
                         {QStringLiteral("replaces"), idString(replaced.id)},
                         {QStringLiteral("text"), noteText(rng, 50, 800)}});
        };
        note.head = amendOn(t);
        if (amendmentsLeft > 0 && percent(rng) < 10)
            amendOn(&t == &tablets[0] ? tablets[1] : tablets[0]);
    }
    wall += 60'000;
    make(tablets[0], EventType::VisitClosed, {});
    return events;
}

// Reads every column of every row so SQLite does the same page and record work as eventsOfVisit.
qint64 rawSelect(sqlite3 *db, const QUuid &visitId)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT id, visit_id, author_id, device_id, device_seq, hlc, wall_time, type, "
                       "schema_version, payload FROM events WHERE visit_id=? ORDER BY hlc, device_id, "
                       "device_seq",
                       -1, &stmt, nullptr);
    const QByteArray visit = idString(visitId).toUtf8();
    sqlite3_bind_text(stmt, 1, visit.constData(), int(visit.size()), SQLITE_STATIC);
    qint64 bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c : {0, 1, 2, 3, 7}) {
            sqlite3_column_text(stmt, c);
            bytes += sqlite3_column_bytes(stmt, c);
        }
        for (int c : {4, 5, 6, 8})
            bytes += sqlite3_column_int64(stmt, c) & 1;
        sqlite3_column_blob(stmt, 9);
        bytes += sqlite3_column_bytes(stmt, 9);
    }
    sqlite3_finalize(stmt);
    return bytes;
}

// The floor for any fold: its own copy of the log, in fold order, with each text looked at once.
qsizetype sortAndReadTexts(QList<Event> events)
{
    std::sort(events.begin(), events.end(), foldsBefore);
    qsizetype chars = 0;
    for (const Event &e : std::as_const(events))
        chars += e.payload.value(QLatin1String("text")).toString().size();
    return chars;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(argc, argv);
    int runs = options.quick ? 3 : 50;
    const int warmup = options.quick ? 1 : 3;
    if (const qsizetype i = options.rest.indexOf(QStringLiteral("--runs"));
        i >= 0 && i + 1 < options.rest.size())
        runs = options.rest.at(i + 1).toInt();

    const QList<Event> events = realisticVisit({}, 42);
    const VisitState expected = foldVisit(events);
    qsizetype amended = 0, conflicts = 0;
    for (const Note &n : expected.notes) {
        amended += n.isAmended();
        conflicts += n.hasConflict();
    }

    QTemporaryDir dir(options.dir + QStringLiteral("/bench_fold-XXXXXX"));
    EventStore store;
    if (Status s = testing::openUnlocked(store, dir.filePath(QStringLiteral("fold.sqlite"))); !s.isOk())
        qFatal("cannot open the store: %s", qPrintable(s.detail()));
    if (Status s = store.append(events); !s.isOk())
        qFatal("cannot append the visit: %s", qPrintable(s.detail()));
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(store.path().toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open the store read-only: %s", sqlite3_errmsg(raw));

    std::vector<double> fold, floor, load, loadFold, select;
    qint64 sink = 0;
    for (int i = 0; i < warmup + runs; ++i) {
        QElapsedTimer t;
        t.start();
        const VisitState folded = foldVisit(events);
        const double foldMs = msSince(t);

        t.start();
        sink += sortAndReadTexts(events);
        const double floorMs = msSince(t);

        t.start();
        QList<Event> read;
        if (Status s = store.eventsOfVisit(expected.visitId, &read); !s.isOk())
            qFatal("eventsOfVisit failed: %s", qPrintable(s.detail()));
        const double loadMs = msSince(t);
        const VisitState loaded = foldVisit(read);
        const double loadFoldMs = msSince(t);

        t.start();
        sink += rawSelect(raw, expected.visitId);
        const double selectMs = msSince(t);

        if (i == 0 && !(folded == expected && loaded == expected))
            qFatal("a fold differs from the first one, or after a round trip through the store");
        sink += folded.eventCount + loaded.eventCount;
        if (i >= warmup) {
            fold.push_back(foldMs);
            floor.push_back(floorMs);
            load.push_back(loadMs);
            loadFold.push_back(loadFoldMs);
            select.push_back(selectMs);
        }
    }
    sqlite3_close(raw);

    const Summary f = summarize(fold), fl = summarize(floor), lf = summarize(loadFold), s = summarize(select);
    std::printf("bench_fold: a %lld-event visit (%lld notes, %lld of them amended, %lld in conflict), "
                "%d runs after %d warm-up runs (checksum %lld)\n\n",
                static_cast<long long>(events.size()), static_cast<long long>(expected.notes.size()),
                static_cast<long long>(amended), static_cast<long long>(conflicts), runs, warmup,
                static_cast<long long>(sink % 1000));
    Table table(QStringLiteral("ms"));
    table.addSamples(
        QStringLiteral("foldVisit, in memory"), f,
        QStringLiteral("target <= 20 ms: median %1, p99 %2").arg(verdict(f.median, 20), verdict(f.p99, 20)));
    table.addSamples(QStringLiteral("baseline: copy, sort, read each text"), fl);
    table.addRatio(QStringLiteral("ratio fold/baseline"), f.median / fl.median, f.p99 / fl.p99);
    table.addSamples(QStringLiteral("EventStore::eventsOfVisit"), summarize(load));
    table.addSamples(QStringLiteral("eventsOfVisit (opening each sealed payload) + foldVisit"), lf,
                     QStringLiteral("target <= 30 ms: median %1, p99 %2")
                         .arg(verdict(lf.median, 30), verdict(lf.p99, 30)));
    table.addSamples(QStringLiteral("baseline: raw sqlite3 SELECT of the rows"), s);
    table.addRatio(QStringLiteral("ratio load+fold/raw SELECT"), lf.median / s.median, lf.p99 / s.p99);
    table.print();
    return 0;
}
