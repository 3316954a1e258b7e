#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QUrl>

class QQmlApplicationEngine;

namespace feltdialog::bench {

// The end of a start-up as the person sees it: the first frame of the first window is rendered.
// Made first thing in main(); mark() records where the time went on the way. run() loads `url`,
// waits for that frame and prints one line for bench_startup:
//   first_frame_ms=<since main()> since_exec_ms=<since the driver spawned us> vmhwm_kb=<peak RSS>
//   phases=<name>:<ms since main()>,...
// and returns the exit code for main().
class FirstFrameProbe
{
public:
    FirstFrameProbe() { m_sinceMain.start(); }
    void mark(const char *phase);
    int run(QQmlApplicationEngine &engine, const QUrl &url);

private:
    QElapsedTimer m_sinceMain;
    QByteArray m_phases;
};

} // namespace feltdialog::bench
