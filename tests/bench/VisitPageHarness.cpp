#include "VisitPageHarness.h"

#include "OpenVisit.h"
#include "VisitGenerator.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>

namespace feltdialog::bench {

bool nextFrame(QQuickWindow *window)
{
    bool swapped = false;
    const auto c =
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [&swapped] { swapped = true; });
    window->update();
    QElapsedTimer t;
    t.start();
    while (!swapped && t.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QObject::disconnect(c);
    return swapped;
}

QString appendOpenVisit(Workspace &workspace, int events, quint32 seed)
{
    QList<Event> visit = testing::generateVisit(events + 1, seed);
    visit.removeIf(
        [](const Event &e) { return e.type == QLatin1String(EventType::VisitClosed); }); // still open
    for (Event &e : visit)
        e.deviceId += QString::number(seed); // each generated visit has its own tablets
    if (Status s = workspace.store().append(visit); !s.isOk())
        qFatal("append: %s", qPrintable(s.detail()));
    return idString(visit.first().visitId);
}

VisitPageWindow::VisitPageWindow(QQmlEngine &engine, int width, int height) : m_engine(engine)
{
    const QByteArray qml = QStringLiteral("import QtQuick\nimport Feltdialog\n"
                                          "Window { width: %1; height: %2; visible: true\n"
                                          "  property Item page: null }\n")
                               .arg(width)
                               .arg(height)
                               .toUtf8();
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QStringLiteral("qrc:/bench/window.qml")));
    m_window = qobject_cast<QQuickWindow *>(component.create());
    if (!m_window)
        qFatal("window: %s", qPrintable(component.errorString()));
    nextFrame(m_window);
}

VisitPageWindow::~VisitPageWindow()
{
    delete m_window;
}

QQuickItem *VisitPageWindow::page() const
{
    return m_window->property("page").value<QQuickItem *>();
}

void VisitPageWindow::dropPage()
{
    if (QQuickItem *old = page()) {
        m_window->setProperty("page", QVariant::fromValue<QQuickItem *>(nullptr));
        delete old;
        nextFrame(m_window);
    }
}

void VisitPageWindow::showVisitPage()
{
    QQmlComponent component(&m_engine, QUrl(QStringLiteral("qrc:/qt/qml/Feltdialog/VisitPage.qml")));
    auto *page = qobject_cast<QQuickItem *>(component.create());
    if (!page)
        qFatal("VisitPage: %s", qPrintable(component.errorString()));
    page->setParentItem(m_window->contentItem());
    page->setSize(m_window->size());
    m_window->setProperty("page", QVariant::fromValue(page));
    if (!nextFrame(m_window))
        qFatal("no frame after opening the visit");
}

double VisitPageWindow::openToFirstFrame(OpenVisit &openVisit, const QString &visitId)
{
    dropPage();
    QElapsedTimer t;
    t.start();
    if (!openVisit.open(visitId))
        qFatal("cannot open the visit");
    showVisitPage();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace feltdialog::bench
