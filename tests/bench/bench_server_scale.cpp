// The sync server's cost against the size of its store (issue 14 §2): pull, push and reference
// for a small consultant, a typical one and one whose visit holds 30,000 events, on an office
// store of 2,000 visits x 500 events (100 consultants in 5 tenants), against the same requests
// on an empty store, in one run. In process (SyncApi, the endpoints without HTTP and TLS), so the
// figures are the server's own work: authentication, the store's queries and the JSON.
// Baseline in the same run: the empty store; and, for the large consultant, the pull statement
// before issue 14 (an ORDER BY over every event of the consultant's visits) on the same store.
//
//   bench_server_scale [--quick] [--visits N] [--events N] [--postgres]   (--postgres: the store
//   named by FELTDIALOG_TEST_PG_URL, as tests/server/with_postgres.sh sets; else SQLite in --dir)
#include "BenchSupport.h"
#include "Directory.h"
#include "Enrollment.h"
#include "EventLimits.h"
#include "EventLog.h"
#include "Schema.h"
#include "SyncApi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <cstdio>

using namespace feltdialog;
using namespace feltdialog::bench;
using namespace feltdialog::server;

namespace {

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_server_scale: %s\n", qPrintable(why));
    std::exit(1);
}

void check(const Status &s, const char *what)
{
    if (!s.isOk())
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), s.detail()));
}

QString newId()
{
    return idString(QUuid::createUuid());
}

// A consultant with an enrolled device, as the endpoints see one.
struct Reader
{
    Pusher pusher;
    QByteArray authorization;
    QList<QUuid> visits;
    QString facilityId;
    qint64 seq = 1;
};

class Office
{
public:
    explicit Office(ServerDatabase &db) : m_db(db), m_rng(7) {}

    QString tenant()
    {
        const QString id = newId();
        check(Directory(m_db).createTenant({id, QStringLiteral("Tilsyn ") + id.left(4)}), "tenant");
        check(Directory(m_db).putFacilities(
                  id, {{QStringLiteral("f-") + id.left(8), QStringLiteral("Bosted"),
                        QStringLiteral("botilbud"), QStringLiteral("Vej 1"), 56.1, 9.5}}),
              "facility");
        return id;
    }

    Reader consultant(const QString &tenantId)
    {
        const QString id = newId();
        check(Directory(m_db).createConsultant({id, tenantId, QStringLiteral("Konsulent")}), "consultant");
        return device(tenantId, id);
    }

    // The consultant's other tablet: it pulls what the first pushed (a device is not sent its
    // own events back).
    Reader secondDevice(const Reader &first)
    {
        Reader r = device(first.pusher.tenantId, first.pusher.consultantId);
        r.visits = first.visits;
        return r;
    }

    Reader device(const QString &tenantId, const QString &id)
    {
        Reader r;
        r.facilityId = QStringLiteral("f-") + tenantId.left(8);
        QString code;
        qint64 expires = 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        check(Enrollment(m_db).issueCode(id, 3600 * 1000, now, &code, &expires), "code");
        EnrollmentGrant grant;
        ApiError error;
        check(Enrollment(m_db).enroll({code, QStringLiteral("Tablet"), {}}, now, &grant, &error), "enroll");
        r.pusher = {grant.deviceId, id, tenantId};
        r.authorization = "Bearer " + grant.token.toLatin1();
        return r;
    }

    Event event(Reader &r, const QUuid &visit, const char *type, const QJsonObject &payload)
    {
        Event e;
        e.id = QUuid::createUuid();
        e.visitId = visit;
        e.authorId = r.pusher.consultantId;
        e.deviceId = r.pusher.deviceId;
        e.deviceSeq = r.seq++;
        e.wallTimeMs = QDateTime::currentMSecsSinceEpoch();
        e.hlc = {e.wallTimeMs, 0};
        e.type = QString::fromLatin1(type);
        e.payload = payload;
        return e;
    }

    // A visit of `events` events (a VisitStarted and notes), pushed in batches of 1,000.
    void visit(Reader &r, int events)
    {
        const QUuid visit = QUuid::createUuid();
        r.visits << visit;
        QList<PushedEvent> batch;
        const Event started = event(r, visit, EventType::VisitStarted,
                                    {{QStringLiteral("facilityId"), r.facilityId},
                                     {QStringLiteral("kind"), QStringLiteral("unannounced")}});
        batch.append({idString(started.id), started, {}});
        for (int i = 1; i < events; ++i) {
            const Event note = event(
                r, visit, EventType::NoteWritten,
                {{QStringLiteral("noteId"), newId()}, {QStringLiteral("text"), noteText(m_rng, 50, 400)}});
            batch.append({idString(note.id), note, {}});
            if (batch.size() == MaxEventsPerPush || i == events - 1) {
                PushOutcome outcome;
                check(EventLog(m_db).push(r.pusher, batch, QDateTime::currentMSecsSinceEpoch(), &outcome),
                      "push");
                if (outcome.stored.size() != batch.size())
                    die(QStringLiteral("a push stored %1 of %2")
                            .arg(outcome.stored.size())
                            .arg(batch.size()));
                batch.clear();
            }
        }
    }

private:
    ServerDatabase &m_db;
    std::mt19937 m_rng;
};

struct Figures
{
    Summary pull, push, reference;
};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Pull pages of 100 from the start (at most `pages`), then `pushes` pushes of 10 notes to the
// reader's first visit, then as many reference fetches.
Figures measure(ServerDatabase &db, Office &office, Reader &r, int pages, int pushes)
{
    SyncApi api(db, ServerOptions{});
    std::vector<double> pull, push, reference;
    QString cursor;
    for (int i = 0; i < pages; ++i) {
        ApiRequest request;
        request.authorization = r.authorization;
        request.query.addQueryItem(QStringLiteral("after"), cursor);
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        QElapsedTimer t;
        t.start();
        const ApiResponse answer = api.pull(request);
        pull.push_back(msSince(t));
        if (answer.status != 200)
            die(QStringLiteral("pull: HTTP %1 %2").arg(answer.status).arg(QString::fromUtf8(answer.json)));
        const QJsonObject page = QJsonDocument::fromJson(answer.json).object();
        cursor = page.value(QLatin1String("cursor")).toString();
        if (!page.value(QLatin1String("more")).toBool())
            cursor.clear(); // start over: every sample is a page of history
    }
    for (int i = 0; i < pushes; ++i) {
        QJsonArray events;
        for (int k = 0; k < 10; ++k)
            events.append(office
                              .event(r, r.visits.first(), EventType::NoteWritten,
                                     {{QStringLiteral("noteId"), newId()},
                                      {QStringLiteral("text"), QStringLiteral("Kort note")}})
                              .toJson());
        ApiRequest request;
        request.authorization = r.authorization;
        request.body =
            QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact);
        QElapsedTimer t;
        t.start();
        const ApiResponse answer = api.push(request);
        push.push_back(msSince(t));
        if (answer.status != 200)
            die(QStringLiteral("push: HTTP %1").arg(answer.status));
    }
    for (int i = 0; i < pushes; ++i) {
        ApiRequest request;
        request.authorization = r.authorization;
        QElapsedTimer t;
        t.start();
        const ApiResponse answer = api.reference(request);
        reference.push_back(msSince(t));
        if (answer.status != 200)
            die(QStringLiteral("reference: HTTP %1").arg(answer.status));
    }
    return {summarize(pull), summarize(push), summarize(reference)};
}

// The pull statement before issue 14, on the same store: the place computed per event, so the
// database sorts every event of the consultant's visits for each page.
Summary formerPull(ServerDatabase &db, const Reader &r, int pages)
{
    const QString place =
        QStringLiteral("CASE WHEN a.position > e.position THEN a.position ELSE e.position END");
    const QString sql =
        QStringLiteral(
            "SELECT %1 AS place, e.position, e.id, e.visit_id, e.author_id, e.device_id, e.device_seq, "
            "e.hlc, e.wall_time_ms, e.type, e.payload, e.schema_version FROM events e JOIN assignments a "
            "ON a.visit_id = e.visit_id AND a.consultant_id = ? WHERE %1 > ? OR (%1 = ? AND e.position > "
            "?) ORDER BY place, e.position LIMIT ?")
            .arg(place);
    std::vector<double> samples;
    qint64 atPlace = 0, atPosition = 0;
    for (int i = 0; i < pages; ++i) {
        QSqlQuery q = db.query();
        QElapsedTimer t;
        t.start();
        check(db.exec(q, sql, {r.pusher.consultantId, atPlace, atPlace, atPosition, 101}), "former pull");
        int rows = 0;
        while (q.next()) {
            if (++rows <= 100) {
                atPlace = q.value(0).toLongLong();
                atPosition = q.value(1).toLongLong();
                (void)q.value(10).toString(); // the payload is read, as the server reads it
            }
        }
        samples.push_back(msSince(t));
        if (rows <= 100)
            atPlace = atPosition = 0;
    }
    return summarize(samples);
}

Reader &second(Office &office, const Reader &first)
{
    static QList<Reader> readers; // kept: measure() takes a reference
    readers.append(office.secondDevice(first));
    return readers.last();
}

void addRow(Table &table, const QString &who, const Figures &f)
{
    table.addSamples(who + QStringLiteral(": pull, page of 100"), f.pull);
    table.addSamples(who + QStringLiteral(": push of 10"), f.push);
    table.addSamples(who + QStringLiteral(": reference"), f.reference);
}

std::unique_ptr<ServerDatabase> openStore(const QString &location)
{
    std::unique_ptr<ServerDatabase> db;
    check(ServerDatabase::open(location, &db), "open");
    check(migrate(*db), "migrate");
    return db;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(argc, argv);
    int visits = options.quick ? 40 : 2000;
    int eventsPerVisit = options.quick ? 50 : 500;
    const int tenants = options.quick ? 2 : 5;
    const int consultants = options.quick ? 10 : 100;
    const int largeVisit = options.quick ? 3000 : 30000;
    const int samples = options.quick ? 5 : 100;
    bool postgres = false;
    for (qsizetype i = 0; i < options.rest.size(); ++i) {
        if (options.rest.at(i) == QLatin1String("--visits") && i + 1 < options.rest.size())
            visits = options.rest.at(i + 1).toInt();
        if (options.rest.at(i) == QLatin1String("--events") && i + 1 < options.rest.size())
            eventsPerVisit = options.rest.at(i + 1).toInt();
        postgres = postgres || options.rest.at(i) == QLatin1String("--postgres");
    }
    const QString dir = options.dir.isEmpty() ? QDir::currentPath() : options.dir;
    QString location;
    if (postgres) {
        location = qEnvironmentVariable("FELTDIALOG_TEST_PG_URL");
        if (location.isEmpty())
            die(QStringLiteral("--postgres needs FELTDIALOG_TEST_PG_URL (tests/server/with_postgres.sh)"));
    } else {
        location = QDir(dir).filePath(QStringLiteral("bench_server_scale.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(location + suffix);
    }

    Table table(QStringLiteral("ms"));
    {
        // The empty store first (on PostgreSQL the same database before it fills): one tenant,
        // one consultant with one short visit.
        std::unique_ptr<ServerDatabase> db = openStore(location);
        Office office(*db);
        Reader alone = office.consultant(office.tenant());
        office.visit(alone, 20);
        addRow(table, QStringLiteral("empty store, 20-event consultant"),
               measure(*db, office, second(office, alone), samples, samples));

        QElapsedTimer filling;
        filling.start();
        QList<Reader> staff;
        for (int t = 0; t < tenants; ++t) {
            const QString tenant = office.tenant();
            for (int c = 0; c < consultants / tenants; ++c)
                staff << office.consultant(tenant);
        }
        for (int v = 0; v < visits; ++v)
            office.visit(staff[v % staff.size()], eventsPerVisit);
        Reader large = office.consultant(office.tenant());
        office.visit(large, largeVisit);
        Reader small = office.consultant(office.tenant());
        office.visit(small, 20);
        check(db->exec(QStringLiteral("ANALYZE")), "analyze"); // as autovacuum or an admin would
        std::printf("store: %s, %d visits x %d events, %d consultants in %d tenants, a %d-event visit; "
                    "filled in %.0f s\n",
                    postgres ? "PostgreSQL" : "SQLite", visits, eventsPerVisit, consultants, tenants,
                    largeVisit, double(filling.elapsed()) / 1000.0);

        addRow(table, QStringLiteral("full store, 20-event consultant"),
               measure(*db, office, second(office, small), samples, samples));
        addRow(table, QStringLiteral("full store, consultant of %1 visits").arg(visits / staff.size()),
               measure(*db, office, second(office, staff.first()), samples, samples));
        addRow(table, QStringLiteral("full store, %1-event consultant").arg(largeVisit),
               measure(*db, office, second(office, large), samples, samples));
        table.addSamples(
            QStringLiteral("before issue 14: pull statement, %1-event consultant").arg(largeVisit),
            formerPull(*db, large, options.quick ? 3 : 10));
    }
    table.print();
    return 0;
}
