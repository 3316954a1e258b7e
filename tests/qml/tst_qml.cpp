#include "AppServices.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(FeltdialogAppPlugin)
Q_IMPORT_QML_PLUGIN(FeltdialogPlugin)

// Each QML test file gets the real C++ side over a fresh store, as the app has at start-up.
class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_services.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_services = std::make_unique<feltdialog::AppServices>(m_dir->path());
    }

    void cleanupTestCase() { m_services.reset(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<feltdialog::AppServices> m_services;
};

QUICK_TEST_MAIN_WITH_SETUP(feltdialog_qml, Setup)
#include "tst_qml.moc"
