// feltdialog-server: the office sync service and its administration (docs/server.md).
#include "AdminCommands.h"
#include "ConnectionGate.h"
#include "ExportCommand.h"
#include "Schema.h"
#include "ServiceWatchdog.h"
#include "SyncServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

using namespace feltdialog;
using namespace feltdialog::server;

namespace {

// The connection options of `serve` (docs/server.md, "Connections"); false when one is not a number
// in range. Timeouts are given in seconds (fractions allowed).
bool readConnectionLimits(const QCommandLineParser &args, ConnectionLimits *limits)
{
    bool allOk = true;
    const auto millis = [&](const char *name) {
        bool ok = false;
        const double seconds = args.value(QLatin1String(name)).toDouble(&ok);
        allOk = allOk && ok && seconds >= 0.1 && seconds <= 3600;
        return int(seconds * 1000);
    };
    const auto count = [&](const char *name, int least) {
        bool ok = false;
        const int n = args.value(QLatin1String(name)).toInt(&ok);
        allOk = allOk && ok && n >= least && n <= 1000000;
        return n;
    };
    limits->handshakeTimeoutMs = millis("handshake-timeout");
    limits->headerTimeoutMs = millis("header-timeout");
    limits->bodyTimeoutMs = millis("body-timeout");
    limits->idleTimeoutMs = millis("idle-timeout");
    limits->perAddress = count("max-connections-per-address", 1);
    limits->total = count("max-connections", 0);
    return allOk;
}

int serve(ServerDatabase &db, const QCommandLineParser &args, QTextStream &out, QTextStream &err)
{
    QHostAddress address;
    if (!address.setAddress(args.value(QStringLiteral("listen")))) {
        err << "--listen: not an IP address: " << args.value(QStringLiteral("listen")) << Qt::endl;
        return 2;
    }
    bool portOk = false;
    const uint port = args.value(QStringLiteral("port")).toUInt(&portOk);
    bool rateOk = false;
    bool workersOk = false;
    ServerOptions options;
    options.enrollAttemptsPerMinute = args.value(QStringLiteral("enroll-attempts-per-minute")).toInt(&rateOk);
    options.workers = args.value(QStringLiteral("workers")).toInt(&workersOk);
    if (!portOk || port > 65535 || !rateOk || options.enrollAttemptsPerMinute < 1 || !workersOk ||
        options.workers < 1 || options.workers > 64) {
        err << "--port, --enroll-attempts-per-minute and --workers (1-64) must be numbers" << Qt::endl;
        return 2;
    }
    ConnectionLimits limits;
    if (!readConnectionLimits(args, &limits)) {
        err << "the timeouts must be seconds (0.1-3600), --max-connections-per-address at least 1 and "
               "--max-connections a number (0: from the file-descriptor limit)"
            << Qt::endl;
        return 2;
    }
    RequestShares shares;
    bool perDeviceOk = false;
    bool perTenantOk = false;
    shares.perDevice = args.value(QStringLiteral("requests-per-device")).toInt(&perDeviceOk);
    shares.workersPerShare = args.value(QStringLiteral("workers-per-tenant")).toInt(&perTenantOk);
    if (!perDeviceOk || shares.perDevice < 1 || shares.perDevice > 1000 || !perTenantOk ||
        shares.workersPerShare < 0 || shares.workersPerShare > options.workers) {
        err << "--requests-per-device must be 1-1000 and --workers-per-tenant 0-" << options.workers
            << " (0: all workers but one)" << Qt::endl;
        return 2;
    }
    ConnectionGate::raiseDescriptorLimit();
    SyncServer server(db, options);
    server.setConnectionLimits(limits);
    server.setRequestShares(shares);
    quint16 bound = 0;
    Status s;
    const bool tls = args.isSet(QStringLiteral("cert")) || args.isSet(QStringLiteral("key"));
    if (tls) {
        QSslConfiguration config;
        s = SyncServer::loadTls(args.value(QStringLiteral("cert")), args.value(QStringLiteral("key")),
                                &config);
        if (s.isOk())
            s = server.listenTls(address, quint16(port), config, &bound);
    } else if (args.isSet(QStringLiteral("allow-plain-http-on-loopback"))) {
        s = server.listenPlain(address, quint16(port), &bound);
    } else {
        s = {Status::Invalid, QStringLiteral("give --cert and --key (plain HTTP only with "
                                             "--allow-plain-http-on-loopback on 127.0.0.1 or ::1)")};
    }
    if (!s.isOk()) {
        err << "error: " << s.detail() << Qt::endl;
        return 1;
    }
    out << "feltdialog-server listening on " << (tls ? "https" : "http") << "://"
        << (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]")
                                                                : QStringLiteral("%1"))
               .arg(address.toString())
        << ':' << bound << " (" << db.describe() << ")" << Qt::endl;
    ServiceWatchdog watchdog;
    watchdog.serverReady(address, bound, tls);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Only `export` draws (a PDF needs fonts, not a screen); the service stays a console app.
    const bool exporting = argc > 1 && qstrcmp(argv[1], "export") == 0;
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(exporting ? new QGuiApplication(argc, argv)
                                                            : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("feltdialog-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Feltdialog office sync server.\n\n") +
                                     AdminCommands::usage());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve, migrate or an admin command."));
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("SQLite file, or postgresql://user@host:port/dbname."),
         QStringLiteral("db")},
        {QStringLiteral("cert"), QStringLiteral("TLS certificate chain (PEM)."), QStringLiteral("file")},
        {QStringLiteral("key"), QStringLiteral("TLS private key (PEM, unencrypted)."),
         QStringLiteral("file")},
        {QStringLiteral("listen"), QStringLiteral("Address to listen on."), QStringLiteral("address"),
         QStringLiteral("0.0.0.0")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free one)."),
         QStringLiteral("port"), QStringLiteral("8443")},
        {QStringLiteral("allow-plain-http-on-loopback"),
         QStringLiteral("Serve plain HTTP (loopback addresses only).")},
        {QStringLiteral("enroll-attempts-per-minute"),
         QStringLiteral("Enrollment attempts allowed in any 60 s per client address and code prefix."),
         QStringLiteral("n"), QStringLiteral("10")},
        {QStringLiteral("workers"),
         QStringLiteral("Threads answering requests, each with its own database connection."),
         QStringLiteral("n"), QString::number(ServerOptions::DefaultWorkers)},
    });
    const RequestShares shareDefaults;
    parser.addOptions({
        {QStringLiteral("requests-per-device"),
         QStringLiteral("Requests one device may have in progress at once (more: 429)."), QStringLiteral("n"),
         QString::number(shareDefaults.perDevice)},
        {QStringLiteral("workers-per-tenant"),
         QStringLiteral("Workers one tenant's requests may hold at once (0: all but one)."),
         QStringLiteral("n"), QString::number(shareDefaults.workersPerShare)},
    });
    const ConnectionLimits defaults;
    const auto seconds = [](int ms) { return QString::number(ms / 1000.0); };
    parser.addOptions({
        {QStringLiteral("handshake-timeout"),
         QStringLiteral("Seconds a new connection has to finish its TLS handshake."), QStringLiteral("s"),
         seconds(defaults.handshakeTimeoutMs)},
        {QStringLiteral("header-timeout"),
         QStringLiteral("Seconds from a request's first byte to the end of its headers."),
         QStringLiteral("s"), seconds(defaults.headerTimeoutMs)},
        {QStringLiteral("body-timeout"),
         QStringLiteral("Seconds from the end of a request's headers to the end of its body."),
         QStringLiteral("s"), seconds(defaults.bodyTimeoutMs)},
        {QStringLiteral("idle-timeout"),
         QStringLiteral("Seconds a kept-alive connection may wait for its next request."),
         QStringLiteral("s"), seconds(defaults.idleTimeoutMs)},
        {QStringLiteral("max-connections-per-address"),
         QStringLiteral("Open connections one client address may hold."), QStringLiteral("n"),
         QString::number(defaults.perAddress)},
        {QStringLiteral("max-connections"),
         QStringLiteral("Open connections in all (0: what the file-descriptor limit leaves room for)."),
         QStringLiteral("n"), QStringLiteral("0")},
    });
    AdminCommands::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("pdf"), QStringLiteral("export: write the record as PDF/A-1b here."),
         QStringLiteral("file")},
        {QStringLiteral("json"),
         QStringLiteral("export: write the record as JSON here (- for standard output)."),
         QStringLiteral("file")},
        {QStringLiteral("assets"), QStringLiteral("export: templates/ and quality-model/ to name them by."),
         QStringLiteral("dir")},
    });
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!AdminCommands::isCommand(command)) {
        err << (command.isEmpty() ? QStringLiteral("no command given")
                                  : QStringLiteral("unknown command ") + command)
            << "\n\n"
            << AdminCommands::usage();
        return 2;
    }
    if (!parser.isSet(QStringLiteral("db"))) {
        err << "missing --db (a SQLite file or a postgresql:// URL)" << Qt::endl;
        return 2;
    }
    std::unique_ptr<ServerDatabase> db;
    Status s = ServerDatabase::open(parser.value(QStringLiteral("db")), &db);
    if (s.isOk())
        s = migrate(*db);
    if (!s.isOk()) {
        err << "error: " << s.detail() << Qt::endl;
        return 1;
    }
    if (command == QLatin1String("serve"))
        return serve(*db, parser, out, err);
    if (command == QLatin1String("export"))
        return runExport(*db,
                         {parser.value(QStringLiteral("visit")), parser.value(QStringLiteral("pdf")),
                          parser.value(QStringLiteral("json")), parser.value(QStringLiteral("assets"))},
                         out, err);
    return AdminCommands(*db, parser, out, err).run(command, positional.mid(1));
}
