#include "AppServices.h"
#include "SecretFieldAccessible.h"
#include "SelfTest.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(FeltdialogAppPlugin)
Q_IMPORT_QML_PLUGIN(FeltdialogPlugin)

using namespace feltdialog;

namespace {

// Danish first: the consultants are Danish. English when asked for, or when the system is set to
// English explicitly.
QString chooseLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString env = qEnvironmentVariable("FELTDIALOG_LANG");
    if (!env.isEmpty())
        return env;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("da");
}

} // namespace

int main(int argc, char *argv[])
{
    const bool selfTest = [&] {
        for (int i = 1; i < argc; ++i) {
            if (qstrcmp(argv[i], "--self-test") == 0)
                return true;
        }
        return false;
    }();
    if (selfTest && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtimeDir;
    if (selfTest && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // CI has no login session; without this Qt warns, and the self-test counts every warning.
        QFile::setPermissions(runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toUtf8());
    }
    if (selfTest)
        countQmlWarnings();

    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Feltdialog"));
    QGuiApplication::setApplicationName(QStringLiteral("feltdialog"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Feltdialog"));

    // Material: touch-sized controls and a look consultants know from their tablets.
    QQuickStyle::setStyle(QStringLiteral("Material"));
    // Before Qt Quick installs its own: the PIN fields get a name and keep their digits.
    QAccessible::installFactory(&feltdialog::SecretFieldAccessible::create);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Feltdialog: guided dialogue on supervision visits"));
    parser.addHelpOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the local store lives."), QStringLiteral("dir"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("UI language: da or en."),
                                  QStringLiteral("code"));
    QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Load every QML file, render once, exit non-zero on any warning."));
    QCommandLineOption idleOption(QStringLiteral("lock-after-idle-seconds"),
                                  QStringLiteral("Lock after this many idle seconds instead of the setting "
                                                 "(for tests and demonstrations)."),
                                  QStringLiteral("seconds"));
    parser.addOptions({dataDirOption, langOption, selfTestOption, idleOption});
    parser.process(app);

    QTranslator translator;
    const QString language = chooseLanguage(parser.value(langOption));
    if (translator.load(QStringLiteral(":/i18n/feltdialog_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);
    // Qt's own words (the OK and Cancel of standard dialog buttons) come from Qt's catalogue
    // (Debian: qt6-translations-l10n); without it they stay English, which is all that is lost.
    QTranslator qtTranslator;
    if (qtTranslator.load(QStringLiteral("qt_%1").arg(language),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QLocale::setDefault(
        QLocale(language == QLatin1String("en") ? QStringLiteral("en_GB") : QStringLiteral("da_DK")));

    QTemporaryDir selfTestDir;
    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = selfTest ? selfTestDir.path()
                           : qEnvironmentVariable("FELTDIALOG_DATA_DIR", Workspace::defaultDataDir());

    // The self-test never unlocks, so it needs no keystore (and must not wait for one).
    AppServices services(dataDir, selfTest ? nullptr : createPlatformKeystore(QStringLiteral("Feltdialog")));
    if (parser.isSet(idleOption))
        services.lock().setIdleLimitMsForTesting(parser.value(idleOption).toInt() * 1000);
    // Whatever is typed reaches the disk when the app leaves the foreground or quits; leaving the
    // screen also locks (AppLock decides which states count as leaving on this platform).
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &services,
                     [&services](Qt::ApplicationState s) {
                         if (s != Qt::ApplicationActive)
                             services.openVisit().flush();
                         services.lock().applicationStateChanged(s);
                     });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &services, [&services] {
        services.openVisit().flush();
        services.openVisit().finishNote();
    });

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    const QUrl mainUrl(QStringLiteral("qrc:/qt/qml/Feltdialog/Main.qml"));
    if (selfTest)
        return runSelfTest(engine, mainUrl);

    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(mainUrl);
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
