#include "EventStore.h"
#include "VisitState.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <random>

using namespace feltdialog;

// kill -9 at random moments: every note the writer reported as saved must be there after each
// restart, exactly once, and the database must pass integrity_check every time.
class TestDurability : public QObject
{
    Q_OBJECT
private slots:
    void everyReportedNoteSurvivesKill9()
    {
        const quint32 seed = qEnvironmentVariableIsSet("DURABILITY_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("DURABILITY_SEED"))
                                 : std::random_device{}();
        const int rounds = qEnvironmentVariableIsSet("DURABILITY_ROUNDS")
                               ? qEnvironmentVariableIntValue("DURABILITY_ROUNDS")
                               : 200;
        qInfo("DURABILITY_SEED=%u DURABILITY_ROUNDS=%d (set both to replay)", seed, rounds);
        std::mt19937 rng(seed);
        std::uniform_int_distribution<int> wait(5, 80);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("durability.sqlite"));
        QHash<QUuid, qint64> reported;

        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(DURABILITY_WRITER), {path, QString::number(rng())});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            QTest::qWait(wait(rng));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts.at(0) == "saved")
                    reported.insert(QUuid::fromString(QLatin1String(parts.at(1))), parts.at(2).toLongLong());
            }

            EventStore store;
            const Status opened = store.open(path);
            QVERIFY2(
                opened.isOk(),
                qPrintable(QStringLiteral("round %1 seed %2: %3").arg(round).arg(seed).arg(opened.detail())));
            QString report;
            QVERIFY2(store.integrityCheck(&report).isOk(), qPrintable(report));
            QString visit;
            if (!store.metaValue(QStringLiteral("durability_visit"), &visit).isOk()) {
                QVERIFY(reported.isEmpty()); // killed before the visit was even started
                continue;
            }
            QList<Event> events;
            QVERIFY(store.eventsOfVisit(QUuid::fromString(visit), &events).isOk());
            const VisitState state = foldVisit(events);
            QHash<QUuid, qint64> present;
            for (const Note &n : state.notes) {
                QVERIFY2(!present.contains(n.id), "a note appears twice");
                present.insert(n.id, n.current().text.size());
            }
            QCOMPARE(qsizetype(state.eventCount), events.size()); // no duplicate event ids either
            for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
                QVERIFY2(present.value(it.key(), -1) == it.value(),
                         qPrintable(QStringLiteral("round %1 seed %2: reported note %3 missing or changed")
                                        .arg(round)
                                        .arg(seed)
                                        .arg(idString(it.key()))));
            }
        }
        QVERIFY2(reported.size() > rounds, "the writer saved too little to prove anything");
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
