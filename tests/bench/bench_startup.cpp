// App start to first frame, offscreen, with a data directory of 200 visits x 300 notes, against
// the smallest Qt Quick Controls window (bench_minimal_window). Each start is its own process, the
// two alternate, and each child reports its own time from main() (and from the moment it was
// spawned) to its first frame, and its peak RSS. Targets: ratio <= 1.5, RSS <= minimal + 25 MB.
//
// The data directory is made once, note by note through VisitRecorder as the app would, and kept
// for later runs (it takes a minute: every note is its own fsync'ed commit).
//
//   bench_startup [--quick] [--dir DIR] [--runs COUNT] [--data-dir DIR] [--visits N --notes N]
#include "BenchSupport.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <time.h>

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

const QString kShapeKey = QStringLiteral("bench_startup_shape");

QString optionValue(const QStringList &rest, const QString &name)
{
    const qsizetype i = rest.indexOf(name);
    return i >= 0 && i + 1 < rest.size() ? rest.at(i + 1) : QString();
}

// Writes into DIR.partial and renames when done, so a run that was interrupted never leaves a data
// directory that looks finished.
void ensureData(const QString &dataDir, int visits, int notesPerVisit)
{
    const QString shape = QStringLiteral("%1x%2").arg(visits).arg(notesPerVisit);
    if (QFileInfo::exists(dataDir)) {
        Workspace existing(dataDir);
        QString found;
        if (!existing.open().isOk() || !existing.store().metaValue(kShapeKey, &found).isOk() ||
            found != shape)
            qFatal("%s exists but is not a finished %s data directory of this benchmark; remove it or pass "
                   "another --data-dir",
                   qPrintable(dataDir), qPrintable(shape));
        std::printf("reusing %s (%s)\n", qPrintable(dataDir), qPrintable(shape));
        return;
    }
    const QString partial = dataDir + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    QElapsedTimer timer;
    timer.start();
    std::fprintf(stderr, "making %s: %d visits x %d notes ", qPrintable(dataDir), visits, notesPerVisit);
    {
        // Sealed like the app's store; the app starts at its lock page, which is what is timed.
        Workspace workspace(partial, KdfCost::cheapForTests());
        if (Status s = workspace.open(); !s.isOk())
            qFatal("cannot open %s: %s", qPrintable(partial), qPrintable(s.detail()));
        if (Status s = workspace.setUpPin(QStringLiteral("135792")); !s.isOk())
            qFatal("cannot set the PIN: %s", qPrintable(s.detail()));
        VisitRecorder &recorder = *workspace.recorder();
        const QList<Facility> &facilities = workspace.reference().facilities();
        std::mt19937 rng(200300);
        for (int v = 0; v < visits; ++v) {
            VisitStart start;
            if (!facilities.isEmpty()) {
                start.facilityId = facilities.at(v % facilities.size()).id;
                start.facilityName = facilities.at(v % facilities.size()).name;
            }
            QUuid visitId;
            Status s = recorder.startVisit(start, &visitId);
            for (int n = 0; s.isOk() && n < notesPerVisit; ++n)
                s = recorder.writeNote(visitId, QUuid::createUuid(), noteText(rng, 50, 800));
            // All but the newest visit are finished; the newest is the one in progress.
            if (s.isOk() && v + 1 < visits)
                s = recorder.closeVisit(visitId);
            if (!s.isOk())
                qFatal("cannot write the data: %s", qPrintable(s.detail()));
            if (v % 20 == 19)
                std::fprintf(stderr, ".");
        }
        if (Status s = workspace.store().setMetaValue(kShapeKey, shape); !s.isOk())
            qFatal("cannot mark the data finished: %s", qPrintable(s.detail()));
    }
    if (!QDir().rename(partial, dataDir))
        qFatal("cannot rename %s to %s", qPrintable(partial), qPrintable(dataDir));
    std::fprintf(stderr, " %.0f s\n", double(timer.elapsed()) / 1000.0);
}

struct Start
{
    double firstFrameMs = 0;
    double sinceExecMs = 0;
    double peakRssMb = 0;
    QList<std::pair<QString, double>> phases; // as the child marked them, ms since its main()
};

// Samples of one program: what the tables are made of.
struct Series
{
    std::vector<double> firstFrameMs, sinceExecMs, peakRssMb;
    QMap<QString, std::vector<double>> phases;
    QStringList phaseOrder;

    void add(const Start &s)
    {
        firstFrameMs.push_back(s.firstFrameMs);
        sinceExecMs.push_back(s.sinceExecMs);
        peakRssMb.push_back(s.peakRssMb);
        for (const auto &[name, ms] : s.phases) {
            if (!phaseOrder.contains(name))
                phaseOrder << name;
            phases[name].push_back(ms);
        }
    }
};

Start startOnce(const QString &program, const QStringList &arguments)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    env.insert(QStringLiteral("BENCH_SPAWN_MONOTONIC_NS"),
               QString::number(qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec));
    child.setProcessEnvironment(env);
    child.start(program, arguments);
    if (!child.waitForFinished(120'000) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0)
        qFatal("%s failed (%s, exit code %d):\n%s", qPrintable(program), qPrintable(child.errorString()),
               child.exitCode(), child.readAllStandardError().constData());
    Start start;
    bool parsed = false;
    for (const QByteArray &field : child.readAllStandardOutput().trimmed().split(' ')) {
        const QList<QByteArray> kv = field.split('=');
        if (kv.size() != 2)
            continue;
        if (kv.at(0) == "first_frame_ms") {
            start.firstFrameMs = kv.at(1).toDouble(&parsed);
        } else if (kv.at(0) == "since_exec_ms") {
            start.sinceExecMs = kv.at(1).toDouble();
        } else if (kv.at(0) == "vmhwm_kb") {
            start.peakRssMb = kv.at(1).toDouble() / 1024.0;
        } else if (kv.at(0) == "phases") {
            for (const QByteArray &phase : kv.at(1).split(',')) {
                const qsizetype colon = phase.indexOf(':');
                start.phases.append({QString::fromUtf8(phase.left(colon)), phase.mid(colon + 1).toDouble()});
            }
        }
    }
    if (!parsed)
        qFatal("%s printed no first_frame_ms", qPrintable(program));
    return start;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(argc, argv);
    const int runs = optionValue(options.rest, QStringLiteral("--runs")).toInt() > 0
                         ? optionValue(options.rest, QStringLiteral("--runs")).toInt()
                         : (options.quick ? 2 : 15);
    const int visits = optionValue(options.rest, QStringLiteral("--visits")).toInt() > 0
                           ? optionValue(options.rest, QStringLiteral("--visits")).toInt()
                           : (options.quick ? 3 : 200);
    const int notesPerVisit = optionValue(options.rest, QStringLiteral("--notes")).toInt() > 0
                                  ? optionValue(options.rest, QStringLiteral("--notes")).toInt()
                                  : (options.quick ? 10 : 300);

    QTemporaryDir quickDir(options.dir + QStringLiteral("/bench_startup-XXXXXX"));
    QString dataDir = optionValue(options.rest, QStringLiteral("--data-dir"));
    if (dataDir.isEmpty()) {
        dataDir =
            options.quick
                ? quickDir.filePath(QStringLiteral("data"))
                : QDir(options.dir)
                      .filePath(QStringLiteral("bench_startup_data-%1x%2").arg(visits).arg(notesPerVisit));
    }
    ensureData(QDir(dataDir).absolutePath(), visits, notesPerVisit);

    const QString appStart = QStringLiteral(BENCH_APP_START);
    const QString minimal = QStringLiteral(BENCH_MINIMAL_WINDOW);
    const QStringList appArgs{QDir(dataDir).absolutePath()};
    // One untimed start each, so both find the libraries and the data in the page cache: this
    // measures a process cold start, not a cold disk.
    startOnce(appStart, appArgs);
    startOnce(minimal, {});
    Series ours, minimalWindow;
    for (int i = 0; i < runs; ++i) {
        // Alternate who goes first, so neither always starts right after the other has exited.
        if (i % 2 == 0) {
            ours.add(startOnce(appStart, appArgs));
            minimalWindow.add(startOnce(minimal, {}));
        } else {
            minimalWindow.add(startOnce(minimal, {}));
            ours.add(startOnce(appStart, appArgs));
        }
    }

    std::printf("bench_startup: %d starts each, alternating, offscreen, after one untimed start each; "
                "app data %d visits x %d notes\n\n",
                runs, visits, notesPerVisit);
    const Summary a = summarize(ours.firstFrameMs), m = summarize(minimalWindow.firstFrameMs);
    const Summary ae = summarize(ours.sinceExecMs), me = summarize(minimalWindow.sinceExecMs);
    Table time(QStringLiteral("ms"));
    time.addSamples(QStringLiteral("app: main() to first frame"), a);
    time.addSamples(QStringLiteral("minimal window: main() to first frame"), m);
    time.addRatio(QStringLiteral("ratio app/minimal"), a.median / m.median, a.p99 / m.p99,
                  QStringLiteral("target <= 1.50: median %1, p99 %2")
                      .arg(verdict(a.median / m.median, 1.5), verdict(a.p99 / m.p99, 1.5)));
    time.addSamples(QStringLiteral("app: spawn to first frame"), ae);
    time.addSamples(QStringLiteral("minimal window: spawn to first frame"), me);
    time.addRatio(QStringLiteral("ratio app/minimal, from spawn"), ae.median / me.median, ae.p99 / me.p99);
    time.print();
    std::printf("\n");
    const Summary ar = summarize(ours.peakRssMb), mr = summarize(minimalWindow.peakRssMb);
    Table rss(QStringLiteral("MB"));
    rss.addSamples(QStringLiteral("app: peak RSS (VmHWM)"), ar);
    rss.addSamples(QStringLiteral("minimal window: peak RSS (VmHWM)"), mr);
    rss.addValue(
        QStringLiteral("difference app - minimal, at the median"),
        QStringLiteral("%1%2 MB")
            .arg(ar.median >= mr.median ? "+" : "")
            .arg(ar.median - mr.median, 0, 'f', 1),
        ar.median - mr.median <= 25
            ? QStringLiteral("target <= +25 MB: met")
            : QStringLiteral("target <= +25 MB: MISSED by %1 MB").arg(ar.median - mr.median - 25, 0, 'f', 1));
    rss.print();

    // Where the time goes, so a missed target points at a phase: medians, ms since main().
    std::printf("\nmedian ms since main() at the end of each phase\n");
    for (const auto &[name, series] : {std::pair<const char *, Series *>{"app", &ours},
                                       std::pair<const char *, Series *>{"minimal window", &minimalWindow}}) {
        QString line = QStringLiteral("%1").arg(QLatin1String(name), -16);
        for (const QString &phase : std::as_const(series->phaseOrder))
            line += QStringLiteral("  %1 %2").arg(phase).arg(summarize(series->phases.value(phase)).median, 0,
                                                             'f', 1);
        line += QStringLiteral("  first-frame %1").arg(summarize(series->firstFrameMs).median, 0, 'f', 1);
        std::printf("%s\n", qPrintable(line));
    }
    return 0;
}
