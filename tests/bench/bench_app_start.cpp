// One start of the app for bench_startup: what app/main.cpp does up to the first frame, on the data
// directory given, and nothing else (no command line, translator or self-test; those are
// milliseconds and do not depend on the data). Prints the line FirstFrame.h describes.
//
//   QT_QPA_PLATFORM=offscreen bench_app_start DATA_DIR
#include "AppServices.h"
#include "FirstFrame.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(FeltdialogAppPlugin)
Q_IMPORT_QML_PLUGIN(FeltdialogPlugin)

int main(int argc, char *argv[])
{
    feltdialog::bench::FirstFrameProbe probe;
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DATA_DIR\n", argv[0]);
        return 2;
    }
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    probe.mark("gui");
    // No keystore: the probe is a D-Bus round trip that depends on the desktop, not on the data.
    feltdialog::AppServices services(QString::fromLocal8Bit(argv[1]), nullptr);
    probe.mark("services");
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    return probe.run(engine, QUrl(QStringLiteral("qrc:/qt/qml/Feltdialog/Main.qml")));
}
