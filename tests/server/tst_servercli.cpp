// The administration commands of the real feltdialog-server binary, as an office admin runs them.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class ServerCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(QStringList args, bool withDb = true)
    {
        if (withDb)
            args << QStringLiteral("--db") << m_db;
        QProcess p;
        p.start(QStringLiteral(FELTDIALOG_SERVER_BINARY), args);
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("did not finish");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // The id the command printed after `word` ("tenant <id>\t...").
    static QString printedId(const Run &r, const QString &word)
    {
        const auto m = QRegularExpression(word + QStringLiteral(" (\\S+)")).match(r.out);
        return m.hasMatch() ? m.captured(1) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("office.sqlite"));
    }

    void anOfficeIsSetUpAndATabletCodeIssued()
    {
        const Run tenant = run(
            {QStringLiteral("create-tenant"), QStringLiteral("--name"), QStringLiteral("Socialtilsyn Midt")});
        QCOMPARE(tenant.exitCode, 0);
        const QString tenantId = printedId(tenant, QStringLiteral("tenant"));
        QVERIFY(!tenantId.isEmpty());
        const Run anne = run({QStringLiteral("create-consultant"), QStringLiteral("--tenant"), tenantId,
                              QStringLiteral("--name"), QStringLiteral("Anne Ørsted"), QStringLiteral("--id"),
                              QStringLiteral("anne")});
        QCOMPARE(anne.exitCode, 0);
        QCOMPARE(run({QStringLiteral("create-consultant"), QStringLiteral("--tenant"), tenantId,
                      QStringLiteral("--name"), QStringLiteral("Bo"), QStringLiteral("--id"),
                      QStringLiteral("bo")})
                     .exitCode,
                 0);

        const QString facilities = m_dir.filePath(QStringLiteral("facilities.json"));
        QFile f(facilities);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"formatVersion": 1, "facilities": [
            {"id": "fac-1", "name": "Botilbuddet Engen", "kind": "botilbud", "address": "Engvej 3, 8600 Silkeborg",
             "latitude": 56.17, "longitude": 9.55},
            {"id": "fac-2", "name": "Plejefamilien Holm", "kind": "plejefamilie", "address": "Holmvej 1", "latitude": 56.2,
             "longitude": 9.5}]})");
        f.close();
        const Run imported =
            run({QStringLiteral("import-facilities"), QStringLiteral("--tenant"), tenantId, facilities});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("imported 2 facilities")), qPrintable(imported.out));
        QCOMPARE(run({QStringLiteral("create-facility"), QStringLiteral("--tenant"), tenantId,
                      QStringLiteral("--id"), QStringLiteral("fac-3"), QStringLiteral("--name"),
                      QStringLiteral("Opholdsstedet Lyng"), QStringLiteral("--lat"), QStringLiteral("56.1"),
                      QStringLiteral("--lon"), QStringLiteral("9.4")})
                     .exitCode,
                 0);

        const Run visit =
            run({QStringLiteral("plan-visit"), QStringLiteral("--tenant"), tenantId,
                 QStringLiteral("--facility"), QStringLiteral("fac-1"), QStringLiteral("--date"),
                 QStringLiteral("2025-06-02"), QStringLiteral("--focus"), QStringLiteral("8.b, 3.a"),
                 QStringLiteral("--consultant"), QStringLiteral("anne")});
        QCOMPARE(visit.exitCode, 0);
        const QString visitId = printedId(visit, QStringLiteral("visit"));
        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("--visit"), visitId,
                      QStringLiteral("--consultant"), QStringLiteral("bo")})
                     .exitCode,
                 0);

        const QString png = m_dir.filePath(QStringLiteral("anne.png"));
        const Run code = run({QStringLiteral("issue-code"), QStringLiteral("--consultant"),
                              QStringLiteral("anne"), QStringLiteral("--server-url"),
                              QStringLiteral("https://tilsyn.example:8443"), QStringLiteral("--qr"), png});
        QCOMPARE(code.exitCode, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("code [A-Z2-9]{5}-[A-Z2-9]{5}")).match(code.out).hasMatch(),
            qPrintable(code.out));
        QFile image(png);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(image.read(8), QByteArray("\x89PNG\r\n\x1a\n"));

        const Run devices = run({QStringLiteral("list-devices"), QStringLiteral("--tenant"), tenantId});
        QCOMPARE(devices.exitCode, 0);
        QVERIFY(devices.out.startsWith(QStringLiteral("device\t")));
    }

    void mistakesExitNonZeroWithAPlainMessage()
    {
        Run r = run({QStringLiteral("create-consultant"), QStringLiteral("--tenant"),
                     QStringLiteral("no-such-tenant"), QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no tenant")), qPrintable(r.err));
        r = run({QStringLiteral("plan-visit"), QStringLiteral("--tenant"), QStringLiteral("t")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing")));
        QCOMPARE(run({QStringLiteral("revoke-device"), QStringLiteral("--device"), QStringLiteral("nope")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("list-devices")}, false).exitCode, 2);
        QCOMPARE(run({QStringLiteral("issue-code"), QStringLiteral("--consultant"), QStringLiteral("anne"),
                      QStringLiteral("--qr"), m_dir.filePath(QStringLiteral("x.png"))})
                     .exitCode,
                 2);
    }

    void theServiceRefusesToStartWithoutTls()
    {
        Run r = run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--cert")), qPrintable(r.err));
        r = run({QStringLiteral("serve"), QStringLiteral("--allow-plain-http-on-loopback"),
                 QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
                 QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("loopback")), qPrintable(r.err));
        r = run({QStringLiteral("serve"), QStringLiteral("--cert"),
                 m_dir.filePath(QStringLiteral("missing.pem")), QStringLiteral("--key"),
                 m_dir.filePath(QStringLiteral("missing.key")), QStringLiteral("--port"),
                 QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(ServerCliTest)
#include "tst_servercli.moc"
