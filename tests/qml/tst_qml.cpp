#include "AppServices.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlContext>
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

// A second consultant's tablet, as far as these tests need one: their events arrive the way a
// sync stores them (EventStore::storePulled), and the open visit folds them in as the app does.
class Colleague : public QObject
{
    Q_OBJECT
public:
    explicit Colleague(feltdialog::AppServices *services) : m_services(services) {}

    // Bo scores an indicator without having seen any score: replaces nothing.
    Q_INVOKABLE bool scoreIndicator(const QString &visitId, const QString &indicatorId, int score,
                                    const QString &rationale)
    {
        using namespace feltdialog;
        Event e;
        e.id = QUuid::createUuid();
        e.visitId = QUuid::fromString(visitId);
        e.authorId = QStringLiteral("bo");
        e.deviceId = QStringLiteral("tablet-bo");
        e.deviceSeq = ++m_seq;
        e.wallTimeMs = QDateTime::currentMSecsSinceEpoch();
        e.hlc = HlcTimestamp{e.wallTimeMs, 0};
        e.type = QString::fromLatin1(EventType::IndicatorScored);
        e.payload = {{QStringLiteral("indicatorId"), indicatorId},
                     {QStringLiteral("score"), score},
                     {QStringLiteral("rationale"), rationale},
                     {QStringLiteral("replaces"), QJsonArray()}};
        const Status s = m_services->workspace().store().storePulled(
            {e}, QStringLiteral("test_colleague_cursor"), QString::number(m_seq));
        if (!s.isOk())
            return false;
        m_services->openVisit().reloadIfOpen(e.visitId);
        return true;
    }

    // Bo switches the position he speaks from, on his tablet.
    Q_INVOKABLE bool switchPosition(const QString &visitId, const QString &position)
    {
        using namespace feltdialog;
        Event e;
        e.id = QUuid::createUuid();
        e.visitId = QUuid::fromString(visitId);
        e.authorId = QStringLiteral("bo");
        e.deviceId = QStringLiteral("tablet-bo");
        e.deviceSeq = ++m_seq;
        e.wallTimeMs = QDateTime::currentMSecsSinceEpoch();
        e.hlc = HlcTimestamp{e.wallTimeMs, 0};
        e.type = QString::fromLatin1(EventType::PositionSwitched);
        e.payload = {{QStringLiteral("position"), position}};
        const Status s = m_services->workspace().store().storePulled(
            {e}, QStringLiteral("test_colleague_cursor"), QString::number(m_seq));
        if (!s.isOk())
            return false;
        m_services->openVisit().reloadIfOpen(e.visitId);
        return true;
    }

private:
    feltdialog::AppServices *m_services;
    qint64 m_seq = 0;
};

// The office, as far as these tests need it: the visits it planned for this consultant, as a
// sync's reference data brings them.
class Office : public QObject
{
    Q_OBJECT
public:
    explicit Office(feltdialog::AppServices *services) : m_services(services) {}

    // Plans a visit `daysFromToday` away at the facility, with a colleague; returns its id.
    Q_INVOKABLE QString planVisit(const QString &facilityId, int daysFromToday, const QStringList &focus)
    {
        feltdialog::PlannedVisit plan{QUuid::createUuid(),
                                      facilityId,
                                      QStringLiteral("unannounced"),
                                      QDate::currentDate().addDays(daysFromToday),
                                      focus,
                                      {QStringLiteral("colleague-bo")}};
        QList<feltdialog::PlannedVisit> plans = m_services->workspace().reference().plannedVisits();
        plans.append(plan);
        m_services->workspace().reference().setPlannedVisits(plans);
        return feltdialog::idString(plan.visitId);
    }

private:
    feltdialog::AppServices *m_services;
};

// What is on disk this moment, as a restarted app would find it (read back through the sealed
// store), and the idle lock's limit in milliseconds, for the drafting tests.
class StoreProbe : public QObject
{
    Q_OBJECT
public:
    explicit StoreProbe(feltdialog::AppServices *services) : m_services(services) {}

    // The newest note draft's text, or "" when there is none.
    Q_INVOKABLE QString noteDraft(const QString &visitId)
    {
        QList<feltdialog::NoteDraft> drafts;
        if (!m_services->workspace().store().drafts(QUuid::fromString(visitId), &drafts).isOk() ||
            drafts.isEmpty())
            return {};
        return drafts.last().text;
    }
    // The field draft's text, or null when the field has none.
    Q_INVOKABLE QVariant fieldDraft(const QString &visitId, const QString &fieldKey)
    {
        QList<feltdialog::FieldDraft> drafts;
        if (!m_services->workspace().store().fieldDrafts(QUuid::fromString(visitId), &drafts).isOk())
            return {};
        for (const feltdialog::FieldDraft &d : std::as_const(drafts)) {
            if (d.fieldKey == fieldKey)
                return d.text;
        }
        return QVariant::fromValue(nullptr);
    }
    // One of the app's settings in the store (not the visit's log), or "" when unset.
    Q_INVOKABLE QString setting(const QString &key)
    {
        QString value;
        return m_services->workspace().store().metaValue(key, &value).isOk() ? value : QString();
    }
    // The number of events of the visit in the store's log.
    Q_INVOKABLE int eventCount(const QString &visitId)
    {
        QList<feltdialog::Event> events;
        return m_services->workspace().store().eventsOfVisit(QUuid::fromString(visitId), &events).isOk()
                   ? int(events.size())
                   : -1;
    }
    Q_INVOKABLE void setIdleLimitMs(int ms) { m_services->lock().setIdleLimitMsForTesting(ms); }
    // The open visit's record as the consultant would save it as JSON, parsed; an error's text if not.
    Q_INVOKABLE QVariant savedRecordJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("record.json"));
        m_services->record().saveTo(QUrl::fromLocalFile(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("no record written");
        return QJsonDocument::fromJson(file.readAll()).object().toVariantMap();
    }

private:
    feltdialog::AppServices *m_services;
};

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
        m_colleague = std::make_unique<Colleague>(m_services.get());
        engine->rootContext()->setContextProperty(QStringLiteral("Colleague"), m_colleague.get());
        m_office = std::make_unique<Office>(m_services.get());
        engine->rootContext()->setContextProperty(QStringLiteral("Office"), m_office.get());
        m_probe = std::make_unique<StoreProbe>(m_services.get());
        engine->rootContext()->setContextProperty(QStringLiteral("StoreProbe"), m_probe.get());
    }

    void cleanupTestCase()
    {
        m_probe.reset();
        m_services.reset();
        if (!g_ourWarnings.isEmpty())
            qFatal("our QML printed %lld warning(s), first: %s", static_cast<long long>(g_ourWarnings.size()),
                   qPrintable(g_ourWarnings.first()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<feltdialog::AppServices> m_services;
    std::unique_ptr<Colleague> m_colleague;
    std::unique_ptr<Office> m_office;
    std::unique_ptr<StoreProbe> m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(feltdialog_qml, Setup)
#include "tst_qml.moc"
