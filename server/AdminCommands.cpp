#include "AdminCommands.h"

#include "Directory.h"
#include "Enrollment.h"
#include "EnrollmentQr.h"
#include "OfficeAccounts.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcAdmin, "feltdialog.server.admin", QtWarningMsg)

namespace feltdialog::server {

namespace {

struct CommandHelp
{
    const char *name;
    const char *help;
};

constexpr CommandHelp Commands[] = {
    {"serve", "--db DB --cert FILE --key FILE [--listen ADDR] [--port N]: run the sync service"},
    {"migrate", "--db DB: create or upgrade the database schema, then exit"},
    {"create-tenant", "--db DB --name NAME [--id ID]: add an authority"},
    {"create-consultant", "--db DB --tenant T --name NAME [--id ID]: add a consultant"},
    {"create-facility",
     "--db DB --tenant T --id ID --name NAME [--kind K] [--address A] [--lat X] [--lon Y]"},
    {"import-facilities",
     "--db DB --tenant T FILE.json: add or update facilities ({\"formatVersion\":1,...})"},
    {"plan-visit", "--db DB --tenant T --facility F --date YYYY-MM-DD [--kind K] [--focus 8.b,3.a] "
                   "--consultant C [--consultant C2 ...]"},
    {"assign", "--db DB --visit V --consultant C: add a consultant to a visit"},
    {"issue-code", "--db DB --consultant C [--valid-hours 72] [--server-url URL --qr FILE.png]"},
    {"list-devices", "--db DB [--tenant T]"},
    {"revoke-device", "--db DB --device D [--tenant T]"},
    {"create-office-user",
     "--db DB --tenant T --login L --name NAME --server-url URL [--role administrator|team_leader]: an "
     "office console account; prints its one-time sign-in link"},
    {"export", "--db DB --visit V [--pdf FILE] [--json FILE|-] [--assets DIR]: the visit record"},
};

QString newId()
{
    return idString(QUuid::createUuid());
}

QString timeText(qint64 ms)
{
    return ms == 0 ? QStringLiteral("-") : QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

} // namespace

void AdminCommands::addOptions(QCommandLineParser &parser)
{
    const QList<QCommandLineOption> options{
        {QStringLiteral("name"), QStringLiteral("Name of the tenant, consultant or facility."),
         QStringLiteral("name")},
        {QStringLiteral("id"), QStringLiteral("Id to use (default: a new UUID)."), QStringLiteral("id")},
        {QStringLiteral("tenant"), QStringLiteral("Tenant (authority) id."), QStringLiteral("id")},
        {QStringLiteral("consultant"), QStringLiteral("Consultant id (repeatable for plan-visit)."),
         QStringLiteral("id")},
        {QStringLiteral("facility"), QStringLiteral("Facility id."), QStringLiteral("id")},
        {QStringLiteral("visit"), QStringLiteral("Visit id."), QStringLiteral("id")},
        {QStringLiteral("device"), QStringLiteral("Device id."), QStringLiteral("id")},
        {QStringLiteral("kind"), QStringLiteral("Facility kind or visit kind."), QStringLiteral("kind")},
        {QStringLiteral("address"), QStringLiteral("Facility address."), QStringLiteral("address")},
        {QStringLiteral("lat"), QStringLiteral("Facility latitude."), QStringLiteral("degrees")},
        {QStringLiteral("lon"), QStringLiteral("Facility longitude."), QStringLiteral("degrees")},
        {QStringLiteral("date"), QStringLiteral("Planned date of a visit."), QStringLiteral("yyyy-MM-dd")},
        {QStringLiteral("focus"), QStringLiteral("Focus indicators, comma separated."),
         QStringLiteral("list")},
        {QStringLiteral("valid-hours"), QStringLiteral("How long an enrollment code is valid."),
         QStringLiteral("hours"), QStringLiteral("72")},
        {QStringLiteral("server-url"), QStringLiteral("The address tablets reach the server at."),
         QStringLiteral("url")},
        {QStringLiteral("qr"), QStringLiteral("Write the enrollment QR code to this PNG file."),
         QStringLiteral("file")},
        {QStringLiteral("login"), QStringLiteral("Sign-in name of an office account."),
         QStringLiteral("login")},
        {QStringLiteral("role"), QStringLiteral("Role of an office account: administrator or team_leader."),
         QStringLiteral("role"), QStringLiteral("administrator")},
    };
    parser.addOptions(options);
}

bool AdminCommands::isCommand(const QString &name)
{
    for (const CommandHelp &c : Commands)
        if (name == QLatin1String(c.name))
            return true;
    return false;
}

QString AdminCommands::usage()
{
    QString text = QStringLiteral("Commands:\n");
    for (const CommandHelp &c : Commands)
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(c.name), QLatin1String(c.help));
    return text;
}

bool AdminCommands::require(const QStringList &options)
{
    QStringList missing;
    for (const QString &o : options)
        if (m_args.value(o).isEmpty())
            missing << QStringLiteral("--") + o;
    if (missing.isEmpty())
        return true;
    m_err << "missing " << missing.join(QStringLiteral(", ")) << Qt::endl;
    return false;
}

bool AdminCommands::idOption(const QString &option, Directory::IdKind kind, QString *out,
                             const QString &fallback)
{
    if (!m_args.isSet(option) && !fallback.isEmpty()) {
        *out = fallback;
        return true;
    }
    if (Directory::normalizeId(m_args.value(option), kind, out))
        return true;
    m_err << "--" << option << ": "
          << (kind == Directory::IdKind::Uuid ? "expected a UUID"
                                              : "expected a UUID or 1-200 characters without spaces")
          << Qt::endl;
    return false;
}

bool AdminCommands::idOptions(const QString &option, Directory::IdKind kind, QStringList *out)
{
    for (const QString &typed : m_args.values(option)) {
        QString id;
        if (!Directory::normalizeId(typed, kind, &id)) {
            m_err << "--" << option << " " << typed << ": expected a UUID or 1-200 characters without spaces"
                  << Qt::endl;
            return false;
        }
        *out << id;
    }
    return true;
}

int AdminCommands::finish(const Status &status, const QString &done)
{
    if (!status.isOk()) {
        // The driver's text names tables and SQL: it is for the log, not for the person at the
        // terminal (run with QT_LOGGING_RULES="feltdialog.server.admin.debug=true" to see it).
        if (status.code() == Status::Io) {
            qCDebug(lcAdmin) << status.detail();
            m_err << "error: the database refused the change; nothing was changed" << Qt::endl;
        } else {
            m_err << "error: " << status.detail() << Qt::endl;
        }
        return 1;
    }
    m_out << done << Qt::endl;
    return 0;
}

int AdminCommands::run(const QString &command, const QStringList &positional)
{
    if (command == QLatin1String("create-tenant"))
        return createTenant();
    if (command == QLatin1String("create-consultant"))
        return createConsultant();
    if (command == QLatin1String("create-facility"))
        return createFacility();
    if (command == QLatin1String("import-facilities"))
        return importFacilities(positional);
    if (command == QLatin1String("plan-visit"))
        return planVisit();
    if (command == QLatin1String("assign"))
        return assign();
    if (command == QLatin1String("issue-code"))
        return issueCode();
    if (command == QLatin1String("list-devices"))
        return listDevices();
    if (command == QLatin1String("revoke-device"))
        return revokeDevice();
    if (command == QLatin1String("create-office-user"))
        return createOfficeUser();
    if (command == QLatin1String("migrate"))
        return finish(Status::ok(), QStringLiteral("schema is current"));
    m_err << "unknown command " << command << "\n" << usage();
    return 2;
}

int AdminCommands::createTenant()
{
    if (!require({QStringLiteral("name")}))
        return 2;
    Tenant t{{}, m_args.value(QStringLiteral("name"))};
    if (!idOption(QStringLiteral("id"), Directory::IdKind::Name, &t.id, newId()))
        return 2;
    return finish(Directory(m_db).createTenant(t), QStringLiteral("tenant %1\t%2").arg(t.id, t.name));
}

int AdminCommands::createConsultant()
{
    if (!require({QStringLiteral("tenant"), QStringLiteral("name")}))
        return 2;
    Consultant c{{}, {}, m_args.value(QStringLiteral("name"))};
    if (!idOption(QStringLiteral("id"), Directory::IdKind::Name, &c.id, newId()) ||
        !idOption(QStringLiteral("tenant"), Directory::IdKind::Name, &c.tenantId))
        return 2;
    return finish(Directory(m_db).createConsultant(c), QStringLiteral("consultant %1\t%2").arg(c.id, c.name));
}

int AdminCommands::createFacility()
{
    // The position is required: a facility at 0,0 would put every visit's location stamp in
    // the Gulf of Guinea. Range and the rest are checked by Directory (core/Facilities.h), as
    // for import-facilities.
    if (!require({QStringLiteral("tenant"), QStringLiteral("id"), QStringLiteral("name"),
                  QStringLiteral("lat"), QStringLiteral("lon")}))
        return 2;
    QString tenant;
    Facility f{{},
               m_args.value(QStringLiteral("name")),
               m_args.value(QStringLiteral("kind")),
               m_args.value(QStringLiteral("address")),
               0,
               0};
    if (!idOption(QStringLiteral("tenant"), Directory::IdKind::Name, &tenant) ||
        !idOption(QStringLiteral("id"), Directory::IdKind::Name, &f.id))
        return 2;
    bool latOk = false;
    bool lonOk = false;
    f.latitude = m_args.value(QStringLiteral("lat")).toDouble(&latOk);
    f.longitude = m_args.value(QStringLiteral("lon")).toDouble(&lonOk);
    if (!latOk || !lonOk) {
        m_err << "--lat and --lon are decimal degrees" << Qt::endl;
        return 2;
    }
    return finish(Directory(m_db).putFacilities(tenant, {f}),
                  QStringLiteral("facility %1\t%2").arg(f.id, f.name));
}

int AdminCommands::importFacilities(const QStringList &files)
{
    if (!require({QStringLiteral("tenant")}))
        return 2;
    if (files.size() != 1) {
        m_err << "import-facilities takes one JSON file" << Qt::endl;
        return 2;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "error: cannot read " << files.first() << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    QList<Facility> facilities;
    QString tenant;
    if (!idOption(QStringLiteral("tenant"), Directory::IdKind::Name, &tenant))
        return 2;
    if (Status s = parseFacilities(file.readAll(), files.first(), &facilities); !s.isOk())
        return finish(s, {});
    for (Facility &f : facilities) {
        if (!Directory::normalizeId(f.id, Directory::IdKind::Name, &f.id)) {
            m_err << "error: facility id " << f.id << ": expected a UUID or 1-200 characters without spaces"
                  << Qt::endl;
            return 1;
        }
    }
    return finish(Directory(m_db).putFacilities(tenant, facilities),
                  QStringLiteral("imported %1 facilities").arg(facilities.size()));
}

int AdminCommands::planVisit()
{
    if (!require({QStringLiteral("tenant"), QStringLiteral("facility"), QStringLiteral("date"),
                  QStringLiteral("consultant")}))
        return 2;
    VisitPlan plan;
    if (!idOption(QStringLiteral("id"), Directory::IdKind::Uuid, &plan.id, newId()) ||
        !idOption(QStringLiteral("tenant"), Directory::IdKind::Name, &plan.tenantId) ||
        !idOption(QStringLiteral("facility"), Directory::IdKind::Name, &plan.facilityId) ||
        !idOptions(QStringLiteral("consultant"), Directory::IdKind::Name, &plan.consultantIds))
        return 2;
    plan.kind = m_args.isSet(QStringLiteral("kind")) ? m_args.value(QStringLiteral("kind"))
                                                     : QStringLiteral("unannounced");
    plan.plannedDate = m_args.value(QStringLiteral("date"));
    plan.focusIndicators = m_args.value(QStringLiteral("focus")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &f : plan.focusIndicators)
        f = f.trimmed();
    return finish(Directory(m_db).planVisit(plan),
                  QStringLiteral("visit %1\t%2\t%3").arg(plan.id, plan.plannedDate, plan.facilityId));
}

int AdminCommands::assign()
{
    if (!require({QStringLiteral("visit"), QStringLiteral("consultant")}))
        return 2;
    QString visit;
    QString consultant;
    if (!idOption(QStringLiteral("visit"), Directory::IdKind::Uuid, &visit) ||
        !idOption(QStringLiteral("consultant"), Directory::IdKind::Name, &consultant))
        return 2;
    return finish(Directory(m_db).assign(visit, consultant),
                  QStringLiteral("assigned %1 to visit %2").arg(consultant, visit));
}

int AdminCommands::issueCode()
{
    if (!require({QStringLiteral("consultant")}))
        return 2;
    QString consultant;
    if (!idOption(QStringLiteral("consultant"), Directory::IdKind::Name, &consultant))
        return 2;
    bool ok = false;
    const double hours = m_args.value(QStringLiteral("valid-hours")).toDouble(&ok);
    // Written so that NaN (which fails every comparison) is refused too; inf is above 720.
    if (!ok || !std::isfinite(hours) || !(hours > 0 && hours <= 24 * 30)) {
        m_err << "--valid-hours must be between 0 and 720" << Qt::endl;
        return 2;
    }
    if (m_args.isSet(QStringLiteral("qr")) && !m_args.isSet(QStringLiteral("server-url"))) {
        m_err << "--qr needs --server-url (the address the tablet reaches the server at)" << Qt::endl;
        return 2;
    }
    QString code;
    qint64 expires = 0;
    if (Status s = Enrollment(m_db).issueCode(consultant, qint64(hours * 3600 * 1000),
                                              QDateTime::currentMSecsSinceEpoch(), &code, &expires);
        !s.isOk())
        return finish(s, {});
    m_out << "code " << Enrollment::displayCode(code) << "\nexpires " << timeText(expires) << Qt::endl;
    if (m_args.isSet(QStringLiteral("qr"))) {
        const QString uri = enrollmentUri(m_args.value(QStringLiteral("server-url")), code);
        return finish(writeQrPng(uri, m_args.value(QStringLiteral("qr"))),
                      QStringLiteral("qr %1\t%2").arg(m_args.value(QStringLiteral("qr")), uri));
    }
    return 0;
}

int AdminCommands::listDevices()
{
    QList<DeviceRecord> devices;
    QString tenant;
    if (m_args.isSet(QStringLiteral("tenant")) &&
        !idOption(QStringLiteral("tenant"), Directory::IdKind::Name, &tenant))
        return 2;
    if (Status s = Directory(m_db).devices(tenant, &devices); !s.isOk())
        return finish(s, {});
    m_out << "device\ttenant\tconsultant\tname\tenrolled\tlast push\trevoked\n";
    for (const DeviceRecord &d : std::as_const(devices))
        m_out << d.id << '\t' << d.tenantId << '\t' << d.consultantName << " (" << d.consultantId << ")\t"
              << d.name << '\t' << timeText(d.enrolledMs) << '\t' << timeText(d.lastPushMs) << '\t'
              << timeText(d.revokedMs) << '\n';
    m_out.flush();
    return 0;
}

int AdminCommands::revokeDevice()
{
    if (!require({QStringLiteral("device")}))
        return 2;
    QString device;
    QString tenant;
    if (!idOption(QStringLiteral("device"), Directory::IdKind::Uuid, &device) ||
        (m_args.isSet(QStringLiteral("tenant")) &&
         !idOption(QStringLiteral("tenant"), Directory::IdKind::Name, &tenant)))
        return 2;
    return finish(Directory(m_db).revokeDevice(tenant, device), QStringLiteral("revoked %1").arg(device));
}

int AdminCommands::createOfficeUser()
{
    if (!require({QStringLiteral("tenant"), QStringLiteral("login"), QStringLiteral("name"),
                  QStringLiteral("server-url")}))
        return 2;
    OfficeUser user{newId(),
                    {},
                    {},
                    OfficeAccounts::normalLogin(m_args.value(QStringLiteral("login"))),
                    m_args.value(QStringLiteral("name")),
                    m_args.value(QStringLiteral("role"))};
    if (!idOption(QStringLiteral("tenant"), Directory::IdKind::Name, &user.tenantId))
        return 2;
    if (!OfficeAccounts::isRole(user.role)) {
        m_err << "--role is administrator or team_leader" << Qt::endl;
        return 2;
    }
    const QUrl server(m_args.value(QStringLiteral("server-url")));
    if (!server.isValid() || server.scheme() != QLatin1String("https") || server.host().isEmpty()) {
        m_err << "--server-url is the https:// address the office reaches the server at" << Qt::endl;
        return 2;
    }
    QString token;
    if (Status s = OfficeAccounts(m_db, QDateTime::currentMSecsSinceEpoch()).createUser(user, &token);
        !s.isOk())
        return finish(s, {});
    // The token is in the fragment: a browser never sends it in a request line or a Referer.
    QUrl link = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    link.setPath(QStringLiteral("/office/welcome"));
    link.setFragment(token);
    return finish(Status::ok(),
                  QStringLiteral("office user %1\t%2\t%3\nsign-in link (once, within %4 days) %5")
                      .arg(user.login, user.role, user.tenantId)
                      .arg(OfficeAccounts::SignInLinkLifetimeMs / (24 * 3600 * 1000))
                      .arg(link.toString(QUrl::FullyEncoded)));
}

} // namespace feltdialog::server
