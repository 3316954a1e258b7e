#pragma once

#include <QString>

class QQmlEngine;
class QQuickItem;
class QQuickWindow;

namespace feltdialog {
class OpenVisit;
class Workspace;
} // namespace feltdialog

// What the benchmarks of the visit page share (bench_visit_ui, bench_visit_taps): a window of the
// size the consultant's tablet has, the real VisitPage put on it, and a wait for the frame the
// consultant sees. Offscreen, so the figures are the app's work and the scene graph's, not a GPU's.
namespace feltdialog::bench {

// Waits for the next frame of `window`; returns false if none comes within a second.
bool nextFrame(QQuickWindow *window);

// Appends a generated visit of `events` events (tests/core/VisitGenerator: two tablets, notes and
// amendments) that is still open, and returns its id.
QString appendOpenVisit(Workspace &workspace, int events, quint32 seed);

class VisitPageWindow
{
public:
    explicit VisitPageWindow(QQmlEngine &engine, int width = 1280, int height = 800);
    ~VisitPageWindow();
    VisitPageWindow(const VisitPageWindow &) = delete;
    VisitPageWindow &operator=(const VisitPageWindow &) = delete;

    QQuickWindow *window() const { return m_window; }
    QQuickItem *page() const;
    // Drops the page on screen, if any, and waits for the frame without it.
    void dropPage();
    // A fresh VisitPage for the open visit, up to its first frame.
    void showVisitPage();
    // Opens `visitId` and shows a fresh page for it; returns ms to its first frame.
    double openToFirstFrame(OpenVisit &openVisit, const QString &visitId);

private:
    QQmlEngine &m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace feltdialog::bench
