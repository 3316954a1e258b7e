#include "SelfTest.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTimer>
#include <QtGlobal>
#include <cstdio>

namespace feltdialog {

namespace {
int g_warnings = 0;
QtMessageHandler g_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_warnings;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void countQmlWarnings()
{
    g_previous = qInstallMessageHandler(countingHandler);
}

int runSelfTest(QQmlApplicationEngine &engine, const QUrl &mainUrl)
{
    int files = 0;
    QDirIterator it(QStringLiteral(":/qt/qml/Feltdialog"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        // A singleton cannot be created as a component; it is compiled through its users.
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("pragma Singleton"))
            continue;
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path),
                                QQmlComponent::PreferSynchronous);
        if (component.isError()) {
            for (const QQmlError &e : component.errors())
                std::fprintf(stderr, "self-test: %s\n", qPrintable(e.toString()));
            ++g_warnings;
        }
        ++files;
    }
    engine.load(mainUrl);
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "self-test: the main window did not load\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    bool framed = false;
    if (window) {
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [&framed] { framed = true; });
        QTimer timeout;
        timeout.setSingleShot(true);
        timeout.start(10000);
        while (!framed && timeout.isActive())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    std::fprintf(stderr, "self-test: %d QML files compiled, main window %s, %d warnings\n", files,
                 framed ? "rendered" : "did not render", g_warnings);
    return (framed && g_warnings == 0 && files > 0) ? 0 : 1;
}

} // namespace feltdialog
