// Unlocking to the visit list: from the PIN being submitted to the visit list model being filled,
// on a store sealed with the tablet's Argon2id cost and holding 60 visits of 1,000 events each.
// Target (issue 3): <= 1 s on this machine. Baseline in the same run: crypto_pwhash alone with
// the same cost, the floor no unlock can go below.
//
//   bench_unlock [--quick] [--dir DIR]
#include "BenchSupport.h"
#include "VisitList.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <sodium.h>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

const QString kPin = QStringLiteral("135792");
constexpr int kVisits = 60;
constexpr int kEventsPerVisit = 1000;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void fill(Workspace &workspace)
{
    std::mt19937 rng(7);
    VisitRecorder &recorder = *workspace.recorder();
    for (int v = 0; v < kVisits; ++v) {
        VisitStart start;
        start.facilityId = QStringLiteral("demo-solhaven");
        start.facilityName = QStringLiteral("Botilbuddet Solhaven %1").arg(v);
        QUuid visitId;
        if (Status s = recorder.startVisit(start, &visitId); !s.isOk())
            qFatal("startVisit: %s", qPrintable(s.detail()));
        // One transaction per visit keeps set-up quick; the events are what notes make.
        QList<Event> notes;
        Event e = recorder.lastEvent();
        for (int i = 1; i < kEventsPerVisit; ++i) {
            e.id = QUuid::createUuid();
            e.deviceSeq += 1;
            e.hlc = HlcTimestamp::fromPacked(e.hlc.packed() + 1);
            e.type = QString::fromLatin1(EventType::NoteWritten);
            e.payload = {{QStringLiteral("noteId"), idString(QUuid::createUuid())},
                         {QStringLiteral("text"), noteText(rng, 50, 800)}};
            notes.append(e);
        }
        if (Status s = workspace.store().append(notes); !s.isOk())
            qFatal("append: %s", qPrintable(s.detail()));
        if (Status s = recorder.resume(); !s.isOk())
            qFatal("resume: %s", qPrintable(s.detail()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(argc, argv);
    const int runs = options.quick ? 2 : 15;

    QTemporaryDir dir(options.dir + QStringLiteral("/bench_unlock-XXXXXX"));
    const KdfCost cost = KdfCost::tablet();
    {
        Workspace workspace(dir.path(), cost);
        if (Status s = workspace.open(); !s.isOk())
            qFatal("open: %s", qPrintable(s.detail()));
        if (Status s = workspace.setUpPin(kPin); !s.isOk())
            qFatal("setUpPin: %s", qPrintable(s.detail()));
        fill(workspace);
    }

    std::vector<double> unlock, floor;
    int listed = 0;
    for (int i = 0; i < runs; ++i) {
        Workspace workspace(dir.path(), cost);
        if (Status s = workspace.open(); !s.isOk())
            qFatal("open: %s", qPrintable(s.detail()));
        VisitList visits(&workspace);
        QElapsedTimer t;
        t.start();
        if (Status s = workspace.unlock(kPin); !s.isOk()) // fills the visit list on its signal
            qFatal("unlock: %s", qPrintable(s.detail()));
        unlock.push_back(msSince(t));
        listed = visits.count();

        unsigned char out[32];
        const unsigned char salt[crypto_pwhash_SALTBYTES] = {};
        t.start();
        if (crypto_pwhash(out, sizeof out, "135792", 6, salt, (unsigned long long)cost.opsLimit,
                          std::size_t(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
            qFatal("crypto_pwhash ran out of memory");
        floor.push_back(msSince(t));
    }
    if (listed != kVisits)
        qFatal("the visit list shows %d visits, expected %d", listed, kVisits);

    const Summary u = summarize(unlock), f = summarize(floor);
    std::printf("bench_unlock: %d visits x %d events, Argon2id %lld passes over %lld MiB, %d runs\n\n",
                kVisits, kEventsPerVisit, static_cast<long long>(cost.opsLimit),
                static_cast<long long>(cost.memLimit >> 20), runs);
    Table table(QStringLiteral("ms"));
    table.addSamples(QStringLiteral("unlock to a filled visit list"), u,
                     QStringLiteral("target <= 1000 ms: median %1, p99 %2")
                         .arg(verdict(u.median, 1000), verdict(u.p99, 1000)));
    table.addSamples(QStringLiteral("baseline: crypto_pwhash alone"), f);
    table.addRatio(QStringLiteral("ratio unlock/baseline"), u.median / f.median, u.p99 / f.p99);
    table.print();
    return 0;
}
