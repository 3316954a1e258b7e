// The baseline for bench_startup: the smallest Qt Quick Controls app, an ApplicationWindow with a
// Label in the same Material style and size as ours, started the same way and measured the same
// way. What ours costs beyond this is ours.
#include "FirstFrame.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>

int main(int argc, char *argv[])
{
    feltdialog::bench::FirstFrameProbe probe;
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    probe.mark("gui");
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    return probe.run(engine, QUrl(QStringLiteral("qrc:/qt/qml/BenchMinimal/MinimalWindow.qml")));
}
