// The platform keystore against a real Secret Service: run through with_secret_service.sh, which
// starts a private session bus and an unlocked gnome-keyring-daemon in a scratch HOME.
#include "Keystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <cstdio>

using namespace feltdialog;

namespace {

const QString Service = QStringLiteral("Feltdialog test");
// Set in the child process that probeInChild() starts: it only probes and reports.
const char ProbeChildVariable[] = "FELTDIALOG_KEYSTORE_PROBE_CHILD";

QByteArray everyByteValue()
{
    QByteArray bytes(256, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i);
    return bytes;
}

int probeChildMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::unique_ptr<Keystore> keystore = createPlatformKeystore(Service);
    std::printf("%s\n", keystore ? qPrintable(keystore->name()) : "none");
    return 0;
}

} // namespace

class TstKeystore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if !FELTDIALOG_HAVE_QTKEYCHAIN
        QFAIL("built without QtKeychain: apt-get install qtkeychain-qt6-dev and reconfigure");
#endif
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no session bus: run this test through tests/platform/with_secret_service.sh");
        m_keystore = createPlatformKeystore(Service);
        QVERIFY2(m_keystore, "no keystore although a Secret Service should be running");
        qInfo("keystore: %s", qPrintable(m_keystore->name()));
    }

    void roundTripsBinarySecrets()
    {
        const QString account = QStringLiteral("device-secret");
        QVERIFY(m_keystore->remove(account).isOk());

        QByteArray secret(32, '\0'); // zero bytes, 0xFF, and the rest: nothing may be lost
        for (int i = 0; i < secret.size(); ++i)
            secret[i] = char(i * 37 + 11);
        secret[0] = '\0';
        secret[1] = '\xFF';
        secret[31] = '\0';
        QCOMPARE(m_keystore->write(account, secret).code(), Status::Ok);

        QByteArray back;
        const Status read = m_keystore->read(account, &back);
        QVERIFY2(read.isOk(), qPrintable(read.detail()));
        QCOMPARE(back, secret);

        // Overwrite with a different secret (every byte value): the old one is gone.
        const QByteArray other = everyByteValue();
        QCOMPARE(m_keystore->write(account, other).code(), Status::Ok);
        QVERIFY(m_keystore->read(account, &back).isOk());
        QCOMPARE(back, other);

        // A fresh keystore object (as after a restart) sees the same entry.
        const std::unique_ptr<Keystore> again = createPlatformKeystore(Service);
        QVERIFY(again);
        QVERIFY(again->read(account, &back).isOk());
        QCOMPARE(back, other);

        QCOMPARE(m_keystore->remove(account).code(), Status::Ok);
        back = QByteArrayLiteral("untouched");
        QCOMPARE(m_keystore->read(account, &back).code(), Status::NotFound);
        QCOMPARE(back, QByteArrayLiteral("untouched"));
        QCOMPARE(m_keystore->remove(account).code(), Status::Ok); // absent: still Ok
    }

    void keepsAccountsAndServicesApart()
    {
        const QString a = QStringLiteral("store-a");
        const QString b = QStringLiteral("store-b");
        QVERIFY(m_keystore->write(a, QByteArray(32, 'a')).isOk());
        QVERIFY(m_keystore->write(b, QByteArray(32, 'b')).isOk());

        const std::unique_ptr<Keystore> otherService =
            createPlatformKeystore(Service + QStringLiteral(" other"));
        QVERIFY(otherService);
        QByteArray back;
        QCOMPARE(otherService->read(a, &back).code(), Status::NotFound);

        QVERIFY(m_keystore->remove(a).isOk());
        QVERIFY(m_keystore->read(b, &back).isOk());
        QCOMPARE(back, QByteArray(32, 'b'));
        QVERIFY(m_keystore->remove(b).isOk());
    }

    void rejectsEmptyArguments()
    {
        QByteArray back;
        QCOMPARE(m_keystore->write(QString(), QByteArray(32, 'x')).code(), Status::Invalid);
        QCOMPARE(m_keystore->write(QStringLiteral("x"), QByteArray()).code(), Status::Invalid);
        QCOMPARE(m_keystore->read(QString(), &back).code(), Status::Invalid);
        QCOMPARE(m_keystore->remove(QString()).code(), Status::Invalid);
    }

    // Without a session bus there is no keystore, and finding that out must not hang. A child
    // process, because GLib keeps the session bus connection it already has for the whole process.
    void noSessionBusMeansNoKeystore()
    {
        QByteArray answer;
        qint64 elapsedMs = 0;
        probeInChild({{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}},
                     &answer, &elapsedMs);
        if (QTest::currentTestFailed())
            return;
        qInfo("probe without a session bus returned in %lld ms", elapsedMs);
        QCOMPARE(answer, QByteArrayLiteral("none"));
        QVERIFY2(elapsedMs < 5'000, qPrintable(QStringLiteral("took %1 ms").arg(elapsedMs)));
    }

    // The keystore works here (initTestCase), yet the environment can turn it off.
    void environmentTurnsItOff()
    {
        QByteArray answer;
        qint64 elapsedMs = 0;
        probeInChild({{QStringLiteral("FELTDIALOG_NO_KEYSTORE"), QStringLiteral("1")}}, &answer, &elapsedMs);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(answer, QByteArrayLiteral("none"));
        probeInChild({}, &answer, &elapsedMs); // and without it, the child finds the keystore
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(answer, m_keystore->name().toUtf8());
    }

private:
    // Runs this binary as a child that only calls createPlatformKeystore() and prints what it got.
    static void probeInChild(const QList<std::pair<QString, QString>> &extraEnvironment, QByteArray *answer,
                             qint64 *elapsedMs)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ProbeChildVariable), QStringLiteral("1"));
        for (const auto &[name, value] : extraEnvironment)
            env.insert(name, value);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);

        QElapsedTimer clock;
        clock.start();
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY(child.waitForStarted());
        if (!child.waitForFinished(20'000)) {
            child.kill();
            child.waitForFinished();
            QFAIL("createPlatformKeystore() did not return within 20 s");
        }
        *elapsedMs = clock.elapsed();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        *answer = child.readAllStandardOutput().trimmed();
    }

    std::unique_ptr<Keystore> m_keystore;
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ProbeChildVariable))
        return probeChildMain(argc, argv);
    QCoreApplication app(argc, argv);
    TstKeystore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keystore.moc"
