// One tap on a long visit: the open visit takes the event the tap wrote. Before VisitFold
// (issue 15) it folded the whole log again; now it folds the one event onto the state. Visits of
// 1,000 and 10,000 events (tests/core/VisitGenerator: two tablets, notes and amendments, some
// concurrent), and each tap is one of three this tablet writes newest in the log: a note, a score,
// a summary point answered. Baseline in the same run: the same taps on a one-event visit.
//
//   bench_fold_append [--quick] [--taps COUNT]
#include "BenchSupport.h"
#include "VisitGenerator.h"
#include "VisitState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <cstdio>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

// The consultant's next tap, newest in the log: one tick past the last event.
class Taps
{
public:
    explicit Taps(const Event &last) : m_last(last) {}

    Event next()
    {
        Event e;
        e.id = QUuid::createUuid();
        e.visitId = m_last.visitId;
        e.authorId = QStringLiteral("consultant-anna");
        e.deviceId = QStringLiteral("device-bench");
        e.deviceSeq = ++m_sequence;
        e.hlc = {m_last.hlc.wallMs + 1000, 0};
        e.wallTimeMs = e.hlc.wallMs;
        const QString n = QString::number(m_sequence);
        switch (m_sequence % 3) {
        case 0:
            e.type = QString::fromLatin1(EventType::NoteWritten);
            e.payload = {{"noteId", idString(QUuid::createUuid())}, {"text", noteText(m_rng, 50, 400)}};
            break;
        case 1:
            e.type = QString::fromLatin1(EventType::IndicatorScored);
            e.payload = {{"indicatorId", QStringLiteral("8.%1").arg(m_sequence % 20)},
                         {"score", int(m_sequence % 5) + 1},
                         {"replaces", QJsonArray{}}};
            break;
        default:
            e.type = QString::fromLatin1(EventType::SummaryPointAnswered);
            e.payload = {
                {"conversationId", "c1"}, {"pointId", QStringLiteral("p") + n}, {"response", "confirmed"}};
        }
        m_last = e;
        return e;
    }

private:
    Event m_last;
    qint64 m_sequence = 0;
    std::mt19937 m_rng{7};
};

double usSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e3;
}

struct Measured
{
    Summary refold, append;
};

// Both ways, the same taps one after another on the same growing visit: the old way appended to
// the list of events and folded all of it; the new way appends to the VisitFold. Each way in its
// own loop, so a refold's 30 ms of cache traffic does not land on the tap measured after it.
Measured measure(const QList<Event> &visit, int tapCount, qint64 *sink)
{
    Taps next(visit.constLast());
    std::vector<Event> taps;
    for (int i = 0; i < tapCount; ++i)
        taps.push_back(next.next());

    QList<Event> events = visit;
    std::vector<double> refold;
    for (const Event &tap : taps) {
        QElapsedTimer t;
        t.start();
        events.append(tap);
        const VisitState state = foldVisit(events);
        refold.push_back(usSince(t));
        *sink += state.eventCount;
    }

    VisitFold fold;
    fold.reset(visit);
    std::vector<double> append;
    for (const Event &tap : taps) {
        QElapsedTimer t;
        t.start();
        fold.append(tap);
        append.push_back(usSince(t));
        *sink += fold.state().eventCount;
    }
    if (!(fold.state() == foldVisit(events)))
        qFatal("the fold one event at a time differs from the whole log's");
    return {summarize(refold), summarize(append)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(argc, argv);
    int taps = options.quick ? 3 : 200;
    if (const qsizetype i = options.rest.indexOf(QStringLiteral("--taps"));
        i >= 0 && i + 1 < options.rest.size())
        taps = options.rest.at(i + 1).toInt();
    qint64 sink = 0;
    const QList<Event> one = testing::generateVisit(1, 11);
    const Measured baseline = measure(one, taps, &sink);
    std::printf("bench_fold_append: %d taps per visit (a note, a score, a summary answer in turn), "
                "checksum %lld\n\n",
                taps, static_cast<long long>(sink));
    Table table(QStringLiteral("µs"));
    table.addSamples(QStringLiteral("baseline: a tap on a 1-event visit, folded on"), baseline.append);
    for (const int size : {1000, 10000}) {
        const Measured m = measure(testing::generateVisit(size, 42), taps, &sink);
        const QString visit = QStringLiteral("%1-event visit").arg(size);
        table.addSamples(visit + QStringLiteral(": whole log refolded (before)"), m.refold);
        table.addSamples(visit + QStringLiteral(": event folded on (VisitFold)"), m.append);
        table.addRatio(visit + QStringLiteral(": ratio refold/folded on"), m.refold.median / m.append.median,
                       m.refold.p99 / m.append.p99);
        table.addRatio(visit + QStringLiteral(": ratio folded on/1-event visit"),
                       m.append.median / baseline.append.median, m.append.p99 / baseline.append.p99);
    }
    table.print();
    return 0;
}
