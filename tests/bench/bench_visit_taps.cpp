// A tap on a long visit, to the frame that shows it (issue 15 §3): on a visit of 5,000 events
// with the visit page on screen, the three taps of a conversation the consultant makes most —
// record a person's check-in, confirm a summary point, score an indicator — each timed from the
// call the button makes (the GuidedDialogue invokable) to the next frame, against the same taps on
// a one-event visit in the same run. Rounds alternate the two visits, so drift on the shared
// machine hits both alike. Input delivery (a few microseconds) is not included.
// Target: p99 <= 16 ms, and a ratio to the one-event visit <= 1.5.
//
//   bench_visit_taps [--quick]
#include "AppServices.h"
#include "BenchSupport.h"
#include "VisitPageHarness.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <functional>

Q_IMPORT_QML_PLUGIN(FeltdialogAppPlugin)
Q_IMPORT_QML_PLUGIN(FeltdialogPlugin)

using namespace feltdialog;
using namespace feltdialog::bench;

namespace {

struct TapSamples
{
    std::vector<double> checkIn, summaryPoint, score;
};

// One tap: `tap` must record (a tap that records nothing measures nothing), then the next frame.
double timeTap(QQuickWindow *window, const char *what, const std::function<bool()> &tap)
{
    QElapsedTimer t;
    t.start();
    if (!tap())
        qFatal("%s recorded nothing", what);
    if (!nextFrame(window))
        qFatal("no frame after %s", what);
    return double(t.nsecsElapsed()) / 1e6;
}

// One conversation on the open visit: `taps` of each kind, each followed by its frame.
void conversationTaps(VisitPageWindow &screen, GuidedDialogue &dialogue, int round, int taps, TapSamples *out)
{
    QQuickWindow *window = screen.window();
    const QString n = QString::number(round);
    if (!dialogue.startConversation(QStringLiteral("Samtale med ledelsen ") + n) ||
        !dialogue.enterPhase(QStringLiteral("checkin")))
        qFatal("cannot start a conversation");
    const QString leader = dialogue.addParticipant(QStringLiteral("leader"), QStringLiteral("Leder ") + n);
    if (leader.isEmpty())
        qFatal("cannot add a participant");
    nextFrame(window);
    for (int i = 0; i < taps; ++i) {
        const QString hopes = QStringLiteral("At vi får talt om dagligdagen, %1.%2").arg(n).arg(i);
        out->checkIn.push_back(timeTap(window, "a check-in", [&] {
            return dialogue.noteCheckIn(leader, hopes, QStringLiteral("Tiden"));
        }));
    }
    if (!dialogue.enterPhase(QStringLiteral("wrapup")))
        qFatal("cannot enter the wrap-up");
    QStringList points;
    for (int i = 0; i < taps; ++i)
        points << dialogue.stateSummaryPoint(QStringLiteral("Punkt %1.%2: beboerne inddrages").arg(n).arg(i));
    if (points.contains(QString()))
        qFatal("cannot state a summary point");
    nextFrame(window);
    for (const QString &point : std::as_const(points)) {
        out->summaryPoint.push_back(timeTap(window, "a summary point confirmed", [&] {
            return dialogue.answerSummaryPoint(point, QStringLiteral("confirmed"), QString());
        }));
    }
    for (int i = 0; i < taps; ++i) {
        out->score.push_back(timeTap(window, "a score", [&] {
            return dialogue.scoreIndicator(QStringLiteral("8.a"), 1 + (round * taps + i) % 5,
                                           QStringLiteral("Begrundelse %1.%2").arg(n).arg(i));
        }));
    }
    if (!dialogue.endConversation(QStringLiteral("Næste skridt ") + n))
        qFatal("cannot end the conversation");
    nextFrame(window);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const Options options = parseOptions(argc, argv);
    const int rounds = options.quick ? 1 : 6;
    const int taps = options.quick ? 3 : 20;

    QTemporaryDir dir;
    AppServices services(dir.path(), nullptr, KdfCost::cheapForTests());
    if (Status s = services.workspace().setUpPin(QStringLiteral("135792")); !s.isOk())
        qFatal("PIN: %s", qPrintable(s.detail()));
    const QString big = appendOpenVisit(services.workspace(), 5000, 1);
    const QString small = appendOpenVisit(services.workspace(), 1, 2);

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    VisitPageWindow screen(engine);

    TapSamples onBig, onSmall, warmUp;
    for (int round = 0; round < rounds + 1; ++round) { // round 0 warms up: QML compiles on first use
        for (const bool isBig : {true, false}) {
            screen.openToFirstFrame(services.openVisit(), isBig ? big : small);
            conversationTaps(screen, services.dialogue(), round, taps,
                             round == 0 ? &warmUp : (isBig ? &onBig : &onSmall));
        }
    }
    screen.dropPage();

    std::printf("bench_visit_taps: %d rounds of %d taps of each kind per visit, after a warm-up round; "
                "1280x800 offscreen\n\n",
                rounds, taps);
    Table table(QStringLiteral("ms"));
    const auto add = [&table](const QString &what, const std::vector<double> &bigSamples,
                              const std::vector<double> &smallSamples) {
        const Summary b = summarize(bigSamples), s = summarize(smallSamples);
        table.addSamples(what + QStringLiteral(", 5,000-event visit"), b,
                         QStringLiteral("target p99 <= 16 ms: %1").arg(verdict(b.p99, 16)));
        table.addSamples(what + QStringLiteral(", 1-event visit (baseline)"), s);
        table.addRatio(QStringLiteral("ratio 5,000/1"), b.median / s.median, b.p99 / s.p99,
                       QStringLiteral("target <= 1.5: median %1, p99 %2")
                           .arg(verdict(b.median / s.median, 1.5), verdict(b.p99 / s.p99, 1.5)));
    };
    add(QStringLiteral("check-in recorded"), onBig.checkIn, onSmall.checkIn);
    add(QStringLiteral("summary point confirmed"), onBig.summaryPoint, onSmall.summaryPoint);
    add(QStringLiteral("indicator scored"), onBig.score, onSmall.score);
    table.print();
    return 0;
}
