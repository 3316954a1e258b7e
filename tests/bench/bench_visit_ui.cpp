// The visit page as the consultant feels it (issue 4), offscreen:
//  1. opening a visit of 5,000 events (read, decrypt, fold, build the page) to its first frame,
//     against opening a visit of one event the same way in the same run; target <= 100 ms;
//  2. keystroke to repaint in the note editor while drafts save: keys arrive every 25 ms in
//     bursts of 20 with a pause of 400 ms after each burst, so the 300 ms draft save (an fsync'ed
//     commit on the GUI thread) runs between and sometimes under the keys; and typing without a
//     pause, a key every 80 ms (180 keys: 15 s of a fast typist), where only the draft's max-wait
//     saves (issue 13), every second under the keys; target p99 <= 16 ms for both;
//  3. Start pressed to the new visit's first frame, with location stamps off, with a slow
//     receiver (an NMEA replay that never gets a fix), and with this machine's default source:
//     positioning must not lengthen it (issue 6).
//
//   bench_visit_ui [--quick]
#include "AppServices.h"
#include "BenchSupport.h"
#include "VisitPageHarness.h"

#include <QElapsedTimer>
#include <QGeoPositionInfoSource>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(FeltdialogAppPlugin)
Q_IMPORT_QML_PLUGIN(FeltdialogPlugin)

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// What pressing Start does: the visit is recorded (which starts the location stamp), opened, and
// its page shown; returns ms to the page's first frame.
double startToFirstFrame(VisitPageWindow &screen, AppServices &services)
{
    screen.dropPage();
    QElapsedTimer t;
    t.start();
    const QString id = services.visits().startVisit(QStringLiteral("demo-solhaven"));
    if (id.isEmpty() || !services.openVisit().open(id))
        qFatal("cannot start a visit");
    screen.showVisitPage();
    return msSince(t);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const Options options = parseOptions(argc, argv);
    const int opens = options.quick ? 3 : 30;
    const int bursts = options.quick ? 2 : 25;

    QTemporaryDir dir;
    AppServices services(dir.path(), nullptr, KdfCost::cheapForTests());
    if (Status s = services.workspace().setUpPin(QStringLiteral("135792")); !s.isOk())
        qFatal("PIN: %s", qPrintable(s.detail()));
    const QString big = appendOpenVisit(services.workspace(), 5000, 1);
    const QString small = appendOpenVisit(services.workspace(), 1, 2);

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    VisitPageWindow screen(engine);
    QQuickWindow *window = screen.window();

    std::vector<double> openBig, openSmall;
    for (int i = 0; i < opens + 2; ++i) { // two warm-up rounds: QML types compile on first use
        const double b = screen.openToFirstFrame(services.openVisit(), big);
        const double s = screen.openToFirstFrame(services.openVisit(), small);
        if (i >= 2) {
            openBig.push_back(b);
            openSmall.push_back(s);
        }
    }

    // Typing into a new note on the big visit.
    screen.openToFirstFrame(services.openVisit(), big);
    if (!services.openVisit().newNote())
        qFatal("cannot start a note");
    auto *page = screen.page();
    auto *editor = page->findChild<QQuickItem *>(QStringLiteral("noteText"));
    if (!editor)
        qFatal("no note editor");
    window->requestActivate();
    nextFrame(window);
    editor->forceActiveFocus();
    nextFrame(window);
    if (!editor->hasActiveFocus())
        qFatal("the note editor did not get the keyboard focus");
    int saves = 0;
    QObject::connect(&services.openVisit(), &OpenVisit::saveStateChanged,
                     [&] { saves += services.openVisit().saveState() == OpenVisit::Saved; });
    // One key pressed and released, routed to the focused editor as a real key; then `gapMs`.
    const auto typeKey = [window](std::vector<double> *samples, int gapMs) {
        QElapsedTimer t;
        t.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(window, &press);
        QCoreApplication::sendEvent(window, &release);
        if (!nextFrame(window))
            qFatal("no frame after a keystroke");
        samples->push_back(msSince(t));
        QElapsedTimer gap;
        gap.start();
        while (gap.elapsed() < gapMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    std::vector<double> keys;
    for (int b = 0; b < bursts; ++b) {
        for (int k = 0; k < 20; ++k)
            typeKey(&keys, 25);
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 400) // the draft saves in here (300 ms after the last key)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const int burstSaves = saves;
    std::vector<double> steadyKeys;
    const int steadyCount = options.quick ? 30 : 180;
    for (int k = 0; k < steadyCount; ++k)
        typeKey(&steadyKeys, 80);
    const int steadySaves = saves - burstSaves;
    if (services.openVisit().editorText().size() != bursts * 20 + steadyCount)
        qFatal("typed %d keys but the editor holds %lld characters", bursts * 20 + steadyCount,
               static_cast<long long>(services.openVisit().editorText().size()));

    // Start to first frame: the three ways interleaved, so drift on the machine hits all alike.
    const QString nmea = QStringLiteral(BENCH_NMEA_DIR "/no_fix.nmea");
    std::vector<double> startOff, startSlow, startDefault;
    LocationStamper &stamper = services.stamper();
    for (int i = 0; i < opens + 2; ++i) {
        stamper.setEnabled(false);
        const double off = startToFirstFrame(screen, services);
        stamper.setEnabled(true);
        qputenv("FELTDIALOG_NMEA_FILE", nmea.toUtf8());
        const double slow = startToFirstFrame(screen, services);
        qunsetenv("FELTDIALOG_NMEA_FILE");
        const double platform = startToFirstFrame(screen, services);
        if (i >= 2) {
            startOff.push_back(off);
            startSlow.push_back(slow);
            startDefault.push_back(platform);
        }
    }
    QString defaultName;
    if (auto *source = QGeoPositionInfoSource::createDefaultSource(nullptr)) {
        defaultName = source->sourceName();
        delete source;
    }

    const Summary ob = summarize(openBig), os = summarize(openSmall), ks = summarize(keys),
                  kc = summarize(steadyKeys);
    std::printf("bench_visit_ui: open to first frame %d times each after 2 warm-up rounds; %d keystrokes "
                "in bursts of 20, %d draft saves; %d keystrokes without a pause, %d draft saves\n\n",
                opens, bursts * 20, burstSaves, steadyCount, steadySaves);
    Table table(QStringLiteral("ms"));
    table.addSamples(QStringLiteral("open a 5,000-event visit to first frame"), ob,
                     QStringLiteral("target <= 100 ms: median %1, p99 %2")
                         .arg(verdict(ob.median, 100), verdict(ob.p99, 100)));
    table.addSamples(QStringLiteral("baseline: open a 1-event visit the same way"), os);
    table.addRatio(QStringLiteral("ratio 5,000/1"), ob.median / os.median, ob.p99 / os.p99);
    table.addSamples(QStringLiteral("keystroke to repaint while drafts save"), ks,
                     QStringLiteral("target p99 <= 16 ms: %1").arg(verdict(ks.p99, 16)));
    table.addSamples(QStringLiteral("keystroke to repaint, typing without a pause (max-wait saves)"), kc,
                     QStringLiteral("target p99 <= 16 ms: %1").arg(verdict(kc.p99, 16)));
    const Summary so = summarize(startOff), ss = summarize(startSlow), sd = summarize(startDefault);
    table.addSamples(QStringLiteral("Start to first frame, location stamps off"), so);
    table.addSamples(QStringLiteral("Start to first frame, slow receiver (no fix for 20 s)"), ss);
    table.addRatio(QStringLiteral("ratio slow receiver/off"), ss.median / so.median, ss.p99 / so.p99);
    table.addSamples(QStringLiteral("Start to first frame, default source (%1)")
                         .arg(defaultName.isEmpty() ? QStringLiteral("none") : defaultName),
                     sd);
    table.addRatio(QStringLiteral("ratio default source/off"), sd.median / so.median, sd.p99 / so.p99);
    table.print();
    screen.dropPage();
    return 0;
}
