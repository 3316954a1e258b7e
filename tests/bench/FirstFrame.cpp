#include "FirstFrame.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <atomic>
#include <cstdio>
#include <time.h>

namespace feltdialog::bench {

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 peakRssKb()
{
    // /proc files report a size of 0, so they are read to the end rather than line by line.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

void FirstFrameProbe::mark(const char *phase)
{
    if (!m_phases.isEmpty())
        m_phases += ',';
    m_phases +=
        phase + QByteArray(":") + QByteArray::number(double(m_sinceMain.nsecsElapsed()) / 1e6, 'f', 2);
}

int FirstFrameProbe::run(QQmlApplicationEngine &engine, const QUrl &url)
{
    const QElapsedTimer &sinceMain = m_sinceMain;
    // frameSwapped comes from the render thread when the threaded render loop is in use, so the
    // time is taken there, on the spot, and only the reporting is handed to the main thread.
    std::atomic<qint64> frameNs{-1};
    std::atomic<qint64> frameMonotonicNs{-1};
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &engine,
                     [&](QObject *root, const QUrl &) {
                         auto *window = qobject_cast<QQuickWindow *>(root);
                         if (!window)
                             return;
                         QObject::connect(
                             window, &QQuickWindow::frameSwapped, window,
                             [&] {
                                 qint64 none = -1;
                                 if (frameNs.compare_exchange_strong(none, sinceMain.nsecsElapsed())) {
                                     frameMonotonicNs = monotonicNs();
                                     QMetaObject::invokeMethod(
                                         qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
                                 }
                             },
                             Qt::DirectConnection);
                     });
    engine.load(url);
    mark("loaded");
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "%s did not load\n", qPrintable(url.toString()));
        return 1;
    }
    QTimer::singleShot(30'000, qApp, [] {
        std::fprintf(stderr, "no frame within 30 s\n");
        QCoreApplication::exit(1);
    });
    if (const int rc = QCoreApplication::exec(); rc != 0)
        return rc;

    const qint64 spawnNs = qgetenv("BENCH_SPAWN_MONOTONIC_NS").toLongLong();
    std::printf("first_frame_ms=%.2f since_exec_ms=%.2f vmhwm_kb=%lld phases=%s\n", double(frameNs) / 1e6,
                spawnNs > 0 ? double(frameMonotonicNs - spawnNs) / 1e6 : -1.0,
                static_cast<long long>(peakRssKb()), m_phases.constData());
    std::fflush(stdout);
    return 0;
}

} // namespace feltdialog::bench
