#include "AppServices.h"

#include <QQmlEngine>
#include <QQmlError>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(FeltdialogAppPlugin)
Q_IMPORT_QML_PLUGIN(FeltdialogPlugin)

namespace {
// A warning from our own QML (a binding loop, a TypeError) fails the run: the test functions may
// all pass while the page quietly misbehaves.
QStringList g_ourWarnings;
} // namespace

// Each QML test file gets the real C++ side over a fresh store, as the app has at start-up.
class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // No positioning plugin: every visit's first stamp is "no position", at once, the same
        // on every machine (tst_location.qml shows what the page does with it).
        qputenv("FELTDIALOG_NMEA_FILE", "");
        qputenv("FELTDIALOG_POSITION_PLUGIN", "no-such-plugin");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        connect(engine, &QQmlEngine::warnings, this, [](const QList<QQmlError> &warnings) {
            for (const QQmlError &w : warnings) {
                if (w.url().toString().startsWith(QLatin1String("qrc:/qt/qml/Feltdialog/")))
                    g_ourWarnings << w.toString();
            }
        });
        m_services.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        // No keystore, cheap Argon2id: the same lock code, without seconds per PIN. Every test
        // file starts unlocked except where it wipes the store to meet the lock page itself.
        m_services = std::make_unique<feltdialog::AppServices>(m_dir->path(), nullptr,
                                                               feltdialog::KdfCost::cheapForTests());
        const feltdialog::Status s = m_services->workspace().setUpPin(QStringLiteral("246810"));
        if (!s.isOk())
            qFatal("cannot set up the test PIN: %s", qPrintable(s.detail()));
    }

    void cleanupTestCase()
    {
        m_services.reset();
        if (!g_ourWarnings.isEmpty())
            qFatal("our QML printed %lld warning(s), first: %s", static_cast<long long>(g_ourWarnings.size()),
                   qPrintable(g_ourWarnings.first()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<feltdialog::AppServices> m_services;
};

QUICK_TEST_MAIN_WITH_SETUP(feltdialog_qml, Setup)
#include "tst_qml.moc"
