// The administration commands of the real feltdialog-server binary, as an office admin runs them.
#include "ServerDatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

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
        // PostgreSQL under with_postgres.sh, else a SQLite file.
        m_db = qEnvironmentVariableIsEmpty("FELTDIALOG_TEST_PG_URL")
                   ? m_dir.filePath(QStringLiteral("office.sqlite"))
                   : qEnvironmentVariable("FELTDIALOG_TEST_PG_URL");
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
        // A device id is a UUID: anything else is refused before the store is asked.
        QCOMPARE(run({QStringLiteral("revoke-device"), QStringLiteral("--device"), QStringLiteral("nope")})
                     .exitCode,
                 2);
        QCOMPARE(
            run({QStringLiteral("revoke-device"), QStringLiteral("--device"), QUuid::createUuid().toString()})
                .exitCode,
            1);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("list-devices")}, false).exitCode, 2);
        QCOMPARE(run({QStringLiteral("issue-code"), QStringLiteral("--consultant"), QStringLiteral("anne"),
                      QStringLiteral("--qr"), m_dir.filePath(QStringLiteral("x.png"))})
                     .exitCode,
                 2);
    }

    // Issue 14: a braced or upper-case --id made a planned visit the tablet's VisitStarted
    // (under the canonical id) did not find, so a second, unplanned visit appeared.
    void everyIdTheCliTakesIsNormalisedOrRefused()
    {
        const QString tenant = printedId(
            run({QStringLiteral("create-tenant"), QStringLiteral("--name"), QStringLiteral("Tilsyn Øst"),
                 QStringLiteral("--id"), QStringLiteral("{8E1E55C2-2B7A-4C2B-9E57-0B6E5D3C1A01}")}),
            QStringLiteral("tenant"));
        QCOMPARE(tenant, QStringLiteral("8e1e55c2-2b7a-4c2b-9e57-0b6e5d3c1a01"));
        const QString consultant =
            printedId(run({QStringLiteral("create-consultant"), QStringLiteral("--tenant"), tenant.toUpper(),
                           QStringLiteral("--name"), QStringLiteral("Ole")}),
                      QStringLiteral("consultant"));
        QVERIFY(!consultant.isEmpty());
        QCOMPARE(run({QStringLiteral("create-facility"), QStringLiteral("--tenant"),
                      QLatin1Char('{') + tenant + QLatin1Char('}'), QStringLiteral("--id"),
                      QStringLiteral("fac-1"), QStringLiteral("--name"), QStringLiteral("Lyng"),
                      QStringLiteral("--lat"), QStringLiteral("56.1"), QStringLiteral("--lon"),
                      QStringLiteral("9.5")})
                     .exitCode,
                 0);
        const QString braced = QStringLiteral("{0E1E55C2-2B7A-4C2B-9E57-0B6E5D3C1A02}");
        const QStringList plan{
            QStringLiteral("plan-visit"), QStringLiteral("--tenant"),     tenant,
            QStringLiteral("--facility"), QStringLiteral("fac-1"),        QStringLiteral("--date"),
            QStringLiteral("2026-12-02"), QStringLiteral("--consultant"), consultant.toUpper(),
            QStringLiteral("--id")};
        const Run planned = run(plan + QStringList{braced});
        QCOMPARE(planned.exitCode, 0);
        QCOMPARE(printedId(planned, QStringLiteral("visit")),
                 QStringLiteral("0e1e55c2-2b7a-4c2b-9e57-0b6e5d3c1a02"));
        // The canonical spelling names the same visit.
        const Run again = run(plan + QStringList{QStringLiteral("0e1e55c2-2b7a-4c2b-9e57-0b6e5d3c1a02")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("--visit"), braced.toLower(),
                      QStringLiteral("--consultant"), consultant})
                     .exitCode,
                 0);
        // Not a UUID where one is needed, or spaces in a name id: refused, exit 2.
        QCOMPARE(run(plan + QStringList{QStringLiteral("visit-7")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("--visit"), QStringLiteral("x"),
                      QStringLiteral("--consultant"), consultant})
                     .exitCode,
                 2);
        const Run spaced = run({QStringLiteral("create-tenant"), QStringLiteral("--name"),
                                QStringLiteral("X"), QStringLiteral("--id"), QStringLiteral("two words")});
        QCOMPARE(spaced.exitCode, 2);
        QVERIFY2(spaced.err.contains(QStringLiteral("--id")), qPrintable(spaced.err));
    }

    void anEnrollmentCodeIsValidForAFiniteNumberOfHours()
    {
        const QString tenant =
            printedId(run({QStringLiteral("create-tenant"), QStringLiteral("--name"), QStringLiteral("T")}),
                      QStringLiteral("tenant"));
        const QString consultant =
            printedId(run({QStringLiteral("create-consultant"), QStringLiteral("--tenant"), tenant,
                           QStringLiteral("--name"), QStringLiteral("C")}),
                      QStringLiteral("consultant"));
        for (const QString &hours :
             {QStringLiteral("nan"), QStringLiteral("NaN"), QStringLiteral("inf"), QStringLiteral("-1"),
              QStringLiteral("0"), QStringLiteral("721"), QStringLiteral("x")}) {
            const Run r = run({QStringLiteral("issue-code"), QStringLiteral("--consultant"), consultant,
                               QStringLiteral("--valid-hours"), hours});
            QVERIFY2(r.exitCode == 2 && !r.out.contains(QStringLiteral("code ")),
                     qPrintable(hours + r.out + r.err));
        }
        QCOMPARE(run({QStringLiteral("issue-code"), QStringLiteral("--consultant"), consultant,
                      QStringLiteral("--valid-hours"), QStringLiteral("0.5")})
                     .exitCode,
                 0);
    }

    // One validation for create-facility and import-facilities (core/Facilities.h).
    void facilitiesAreCheckedTheSameWayHoweverTheyArrive()
    {
        const QString tenant =
            printedId(run({QStringLiteral("create-tenant"), QStringLiteral("--name"), QStringLiteral("T")}),
                      QStringLiteral("tenant"));
        const auto import = [&](const QByteArray &facilities) {
            const QString path = m_dir.filePath(QStringLiteral("import.json"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return Run{};
            f.write(R"({"formatVersion":1,"facilities":[)" + facilities + "]}");
            f.close();
            return run({QStringLiteral("import-facilities"), QStringLiteral("--tenant"), tenant, path});
        };
        const QByteArray good = R"({"id":"f1","name":"A","latitude":56.1,"longitude":9.5})";
        for (const QByteArray &bad : {QByteArray(R"({"id":"f2","name":"B","latitude":999,"longitude":9})"),
                                      QByteArray(R"({"id":"f2","name":"B","latitude":"56","longitude":9})"),
                                      QByteArray(R"({"id":"f2","name":"B"})"), good}) {
            const Run r = import(good + ',' + bad);
            QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("$.facilities[1]")),
                     qPrintable(bad + ' ' + r.err));
        }
        const Run ok = import(good + R"(,{"id":"f2","name":"B","latitude":-56,"longitude":-179.5})");
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("imported 2 facilities")), qPrintable(ok.out));

        const QStringList create{QStringLiteral("create-facility"),
                                 QStringLiteral("--tenant"),
                                 tenant,
                                 QStringLiteral("--id"),
                                 QStringLiteral("f3"),
                                 QStringLiteral("--name"),
                                 QStringLiteral("C")};
        QCOMPARE(run(create).exitCode, 2); // no position: not 0,0
        Run r = run(create + QStringList{QStringLiteral("--lat"), QStringLiteral("91"),
                                         QStringLiteral("--lon"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("latitude")), qPrintable(r.err));
        r = run(create + QStringList{QStringLiteral("--lat"), QStringLiteral("nan"), QStringLiteral("--lon"),
                                     QStringLiteral("9")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(run(create + QStringList{QStringLiteral("--lat"), QStringLiteral("56"),
                                          QStringLiteral("--lon"), QStringLiteral("9")})
                     .exitCode,
                 0);
    }

    void aDatabaseFailureIsSaidPlainlyWithoutItsSql()
    {
        // The store refuses every new tenant (a trigger), as a full disk or a broken connection
        // would: the driver's text names the table and the SQL, and must not reach the terminal.
        QCOMPARE(run({QStringLiteral("migrate")}).exitCode, 0);
        std::unique_ptr<feltdialog::server::ServerDatabase> db;
        QVERIFY(feltdialog::server::ServerDatabase::open(m_db, &db).isOk());
        const bool sqlite = db->dialect() == feltdialog::server::Dialect::Sqlite;
        const QStringList refuse =
            sqlite ? QStringList{QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON tenants BEGIN SELECT "
                                                "RAISE(ABORT, 'refused by tenants trigger'); END")}
                   : QStringList{
                         QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE "
                                        "EXCEPTION 'refused by tenants trigger'; END $$ LANGUAGE plpgsql"),
                         QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON tenants FOR EACH ROW "
                                        "EXECUTE FUNCTION refuse()")};
        for (const QString &sql : refuse)
            QVERIFY(db->exec(sql).isOk());
        const Run r = run({QStringLiteral("create-tenant"), QStringLiteral("--name"), QStringLiteral("T")});
        QVERIFY(db->exec(sqlite ? QStringLiteral("DROP TRIGGER refuse")
                                : QStringLiteral("DROP TRIGGER refuse ON tenants"))
                    .isOk());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the database")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("INSERT")) && !r.err.contains(QStringLiteral("tenants")),
                 qPrintable(r.err));
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
