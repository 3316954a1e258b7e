// Location stamps (issue 6) from the receiver to the log: Qt's NMEA source replays the recordings
// in assets/nmea (see make_nmea.py there) and each case must end in the right stamp, or in "no
// fix" with its reason; the permission and no-plugin paths go through the platform interface.
#include "LocationStamper.h"
#include "UnlockedWorkspace.h"
#include "VisitList.h"
#include "VisitLocation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace feltdialog;

namespace {

const QString kNmeaDir = QStringLiteral(FELTDIALOG_NMEA_DIR);
// The recordings' session starts at this moment; the stamper's clock runs from it.
const qint64 kSessionStartMs = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

// The gate as a platform with a runtime permission would answer it.
class AnsweringAccess final : public LocationAccess
{
public:
    explicit AnsweringAccess(Answer answer) : m_answer(answer) {}
    void request(std::function<void(Answer)> answer) override { answer(m_answer); }

private:
    Answer m_answer;
};

} // namespace

class TestLocationStamper : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = std::make_unique<Workspace>(m_dir->path(), KdfCost::cheapForTests());
        QVERIFY(testing::openUnlocked(*m_workspace).isOk());
        Facility solhaven;
        solhaven.id = QStringLiteral("solhaven");
        solhaven.name = QStringLiteral("Botilbuddet Solhaven");
        solhaven.address = QStringLiteral("Skovvej 12, 8600 Silkeborg");
        solhaven.latitude = 56.1697;
        solhaven.longitude = 9.5451;
        Facility engly = solhaven; // registered 40 km away: every fix near Solhaven is far from it
        engly.id = QStringLiteral("engly");
        engly.latitude = 56.1393;
        engly.longitude = 8.9738;
        m_workspace->reference().setFacilities({solhaven, engly});
        m_visits = std::make_unique<VisitList>(m_workspace.get());
    }

    void cleanup()
    {
        m_visits.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void nmeaRecordings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<double>("maxDistanceM"); // -1: no position expected
        QTest::addColumn<double>("minAccuracyM");

        QTest::newRow("good fix") << "good_fix.nmea"
                                  << "fix"
                                  << "" << 30.0 << 0.0;
        QTest::newRow("poor accuracy") << "poor_accuracy.nmea"
                                       << "fix"
                                       << "low_accuracy" << 200.0 << 150.0;
        QTest::newRow("no fix") << "no_fix.nmea"
                                << "no_fix"
                                << "timeout" << -1.0 << 0.0;
        QTest::newRow("stale fix") << "stale_fix.nmea"
                                   << "stale_fix"
                                   << "" << 30.0 << 0.0;
        QTest::newRow("sudden jump") << "jump.nmea"
                                     << "fix"
                                     << "jump_ignored" << 30.0 << 0.0;
        QTest::newRow("stops mid-stream") << "stops_mid_stream.nmea"
                                          << "fix"
                                          << "unconfirmed" << 30.0 << 0.0;
    }

    void nmeaRecordings()
    {
        QFETCH(QString, file);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        QFETCH(double, maxDistanceM);
        QFETCH(double, minAccuracyM);

        QPointer<QGeoPositionInfoSource> used;
        LocationStamper stamper(m_workspace.get(), replaying(file, &used),
                                std::make_unique<AnsweringAccess>(LocationAccess::Answer::Granted));
        startSessionClock(stamper);
        const QUuid visit = startVisit(QStringLiteral("solhaven"));

        const LocationStamp stamp = stampAndWait(stamper, visit, QStringLiteral("visit_start"));
        QCOMPARE(stamp.status, status);
        QCOMPARE(stamp.reason, reason);
        QCOMPARE(stamp.moment, QStringLiteral("visit_start"));
        if (maxDistanceM >= 0) {
            QVERIFY2(stamp.distanceM >= 0 && stamp.distanceM <= maxDistanceM,
                     qPrintable(QString::number(stamp.distanceM)));
            QVERIFY(!stamp.far);
            QVERIFY2(stamp.accuracyM >= minAccuracyM, qPrintable(QString::number(stamp.accuracyM)));
            QCOMPARE(stamp.source, QStringLiteral("nmea"));
        }
        if (status == QLatin1String("stale_fix"))
            QVERIFY2(stamp.fixAgeMs >= 3'500'000, qPrintable(QString::number(stamp.fixAgeMs))); // an hour old
        else if (status == QLatin1String("fix"))
            QVERIFY(stamp.fixAgeMs < stamper.policy().maxFixAgeMs);

        // The source is stopped and gone as soon as the stamp is taken: nothing keeps tracking.
        QVERIFY(!stamper.isStamping());
        QTRY_VERIFY(used.isNull());

        // And it is in the log, folded into the visit.
        const VisitState state = foldedVisit(visit);
        QCOMPARE(state.locations.size(), 1);
        QCOMPARE(state.locations.first().status, status);
        QCOMPARE(state.locations.first().reason, reason);
        QVERIFY(state.locations.first().wallTimeMs > 0);
    }

    void anOldPositionsAgeIsSaidInMinutesHoursOrDays()
    {
        LocationStamp stamp;
        stamp.status = QStringLiteral("stale_fix");
        const auto said = [&stamp](qint64 minutes) {
            stamp.fixAgeMs = minutes * 60'000;
            return VisitLocation::describe(stamp);
        };
        // the unit and the rounding; the plural forms are the translations' (no catalogue loaded here)
        QVERIFY2(said(12).contains(QStringLiteral("(12 minute")), qPrintable(said(12)));
        QVERIFY2(said(150).contains(QStringLiteral("(3 hour")), qPrintable(said(150)));
        QVERIFY2(said(11482).contains(QStringLiteral("(8 day")), qPrintable(said(11482)));
    }

    void farFromTheFacilityIsFlaggedNotBlocked()
    {
        LocationStamper stamper(m_workspace.get(), replaying(QStringLiteral("good_fix.nmea")),
                                std::make_unique<AnsweringAccess>(LocationAccess::Answer::Granted));
        startSessionClock(stamper);
        const QUuid visit = startVisit(QStringLiteral("engly"));
        const LocationStamp stamp = stampAndWait(stamper, visit, QStringLiteral("visit_start"));
        QCOMPARE(stamp.status, QStringLiteral("fix"));
        QVERIFY(stamp.far);
        QVERIFY(stamp.distanceM > 30'000 && stamp.distanceM < 50'000);
        // The farther limit is the authority's to set.
        StampPolicy lenient;
        lenient.farMeters = 100'000;
        stamper.setPolicy(lenient);
        QVERIFY(!stampAndWait(stamper, visit, QStringLiteral("conversation")).far);
        QCOMPARE(foldedVisit(visit).locations.size(), 2);
    }

    void permissionDeniedAndSwitchedOffSayWhyAtOnce()
    {
        for (const auto &[answer, reason] :
             {std::pair{LocationAccess::Answer::Denied, "permission_denied"},
              std::pair{LocationAccess::Answer::SwitchedOff, "positioning_off"}}) {
            bool sourceMade = false;
            LocationStamper stamper(
                m_workspace.get(),
                [&sourceMade](QObject *) {
                    sourceMade = true;
                    return static_cast<QGeoPositionInfoSource *>(nullptr);
                },
                std::make_unique<AnsweringAccess>(answer));
            const QUuid visit = startVisit(QStringLiteral("solhaven"));
            const LocationStamp stamp = stampAndWait(stamper, visit, QStringLiteral("visit_start"));
            QCOMPARE(stamp.status, QStringLiteral("no_fix"));
            QCOMPARE(stamp.reason, QLatin1String(reason));
            QVERIFY(!sourceMade); // never asked for a position it may not have
            QVERIFY(
                !LocationStamper::reasonText(stamp.reason).contains(QLatin1Char('_'))); // words, not a code
        }
    }

    void noPositioningPluginIsNoFix()
    {
        // The real lookup of a plugin that is not installed, as on a device without positioning.
        LocationStamper stamper(
            m_workspace.get(),
            [](QObject *parent) {
                return QGeoPositionInfoSource::createSource(QStringLiteral("no-such-plugin"), parent);
            },
            createPlatformLocationAccess());
        const QUuid visit = startVisit(QStringLiteral("solhaven"));
        const LocationStamp stamp = stampAndWait(stamper, visit, QStringLiteral("visit_start"));
        QCOMPARE(stamp.status, QStringLiteral("no_fix"));
        QCOMPARE(stamp.reason, QStringLiteral("no_plugin"));
    }

    void desktopGateGrants()
    {
        auto access = createPlatformLocationAccess();
        QVERIFY(access);
        std::optional<LocationAccess::Answer> answer;
        access->request([&answer](LocationAccess::Answer a) { answer = a; });
        QCOMPARE(answer, std::optional(LocationAccess::Answer::Granted));
    }

    void manualConfirmationCarriesTheAddressAndReason()
    {
        LocationStamper stamper(m_workspace.get(), replaying(QStringLiteral("no_fix.nmea")),
                                std::make_unique<AnsweringAccess>(LocationAccess::Answer::Denied));
        const QUuid visit = startVisit(QStringLiteral("solhaven"));
        QVERIFY(!stamper.confirmByHand(visit, QStringLiteral("visit_start"),
                                       QStringLiteral("  "))); // reason required
        QVERIFY(stamper.confirmByHand(visit, QStringLiteral("visit_start"),
                                      QStringLiteral("Tabletten har ingen GPS")));
        const VisitState state = foldedVisit(visit);
        QCOMPARE(state.locations.size(), 1);
        const LocationStamp &s = state.locations.first();
        QCOMPARE(s.status, QStringLiteral("manual"));
        QCOMPARE(s.address, QStringLiteral("Skovvej 12, 8600 Silkeborg"));
        QCOMPARE(s.reason, QStringLiteral("Tabletten har ingen GPS"));
    }

    void startingAVisitDoesNotWaitForPosition()
    {
        // A receiver that never answers: the visit starts, the stamp stays pending, and only the
        // deadline ends it, with "no fix".
        LocationStamper stamper(m_workspace.get(), replaying(QStringLiteral("no_fix.nmea")),
                                std::make_unique<AnsweringAccess>(LocationAccess::Answer::Granted));
        StampPolicy policy;
        policy.timeoutMs = 1500;
        stamper.setPolicy(policy);
        connect(m_visits.get(), &VisitList::visitStarted, &stamper,
                [&stamper](const QUuid &id) { stamper.stamp(id, QStringLiteral("visit_start")); });
        QElapsedTimer t;
        t.start();
        const QString id = m_visits->startVisit(QStringLiteral("solhaven"));
        QVERIFY(!id.isEmpty());
        QVERIFY(stamper.isStamping()); // returned while the stamp is still under way
        QSignalSpy stamped(&stamper, &LocationStamper::stamped);
        QVERIFY(stamped.wait(10'000));
        QVERIFY(t.elapsed() >= 1400); // ended by the deadline, not before
        QCOMPARE(stamped.first().at(1).value<LocationStamp>().reason, QStringLiteral("timeout"));
    }

    void aLaterStampReplacesOneUnderWay()
    {
        LocationStamper stamper(m_workspace.get(), replaying(QStringLiteral("no_fix.nmea")),
                                std::make_unique<AnsweringAccess>(LocationAccess::Answer::Granted));
        const QUuid visit = startVisit(QStringLiteral("solhaven"));
        QSignalSpy stamped(&stamper, &LocationStamper::stamped);
        stamper.stamp(visit, QStringLiteral("visit_start"));
        stamper.stamp(visit, QStringLiteral("visit_end"));
        QCOMPARE(stamped.size(), 1); // the first, ended at once
        QCOMPARE(stamped.first().at(1).value<LocationStamp>().reason, QStringLiteral("superseded"));
        QVERIFY(stamper.isStamping());
    }

    void visitLocationShowsStampsAndWhatNeedsAttention()
    {
        OpenVisit open(m_workspace.get());
        LocationStamper stamper(m_workspace.get(), replaying(QStringLiteral("good_fix.nmea")),
                                std::make_unique<AnsweringAccess>(LocationAccess::Answer::SwitchedOff));
        VisitLocation location(m_workspace.get(), &open, &stamper);
        const QUuid visit = startVisit(QStringLiteral("solhaven"));
        QVERIFY(open.open(idString(visit)));
        QVERIFY(location.attention().isEmpty());
        location.stampNow();
        QTRY_COMPARE(location.stamps().size(), 1);
        QVERIFY(!location.attention().isEmpty()); // switched off: says so, offers the manual way
        QVERIFY(location.confirmAddress(QStringLiteral("Lokalitet slået fra af IT")));
        QCOMPARE(location.stamps().size(), 2);
        QVERIFY(location.attention().isEmpty());
        QCOMPARE(location.stamps().last().toMap().value("address").toString(), location.facilityAddress());
    }

private:
    LocationStamper::SourceFactory replaying(const QString &file,
                                             QPointer<QGeoPositionInfoSource> *made = nullptr)
    {
        return [file, made](QObject *parent) -> QGeoPositionInfoSource * {
            auto *device = new QFile(kNmeaDir + QLatin1Char('/') + file);
            if (!device->open(QIODevice::ReadOnly)) {
                delete device;
                return nullptr;
            }
            auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
            device->setParent(source);
            source->setDevice(device);
            source->setUserEquivalentRangeError(5.0);
            if (made)
                *made = source;
            return source;
        };
    }

    // "Now" is the recording's session time plus the time passed in the test, so a recorded fix
    // is as fresh as it was when the receiver reported it. A short deadline keeps the test quick.
    void startSessionClock(LocationStamper &stamper)
    {
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        stamper.setClock([started] { return kSessionStartMs + 500 + started->elapsed(); });
        StampPolicy policy;
        policy.timeoutMs = 3000;
        stamper.setPolicy(policy);
    }

    QUuid startVisit(const QString &facilityId)
    {
        const QString id = m_visits->startVisit(facilityId);
        return QUuid::fromString(id);
    }

    static LocationStamp stampAndWait(LocationStamper &stamper, const QUuid &visit, const QString &moment)
    {
        QSignalSpy stamped(&stamper, &LocationStamper::stamped);
        stamper.stamp(visit, moment);
        if (stamped.isEmpty() && !stamped.wait(15'000))
            return {};
        return stamped.first().at(1).value<LocationStamp>();
    }

    VisitState foldedVisit(const QUuid &visit)
    {
        QList<Event> events;
        if (!m_workspace->store().eventsOfVisit(visit, &events).isOk())
            return {};
        return foldVisit(events);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<VisitList> m_visits;
};

QTEST_GUILESS_MAIN(TestLocationStamper)
#include "tst_locationstamper.moc"
