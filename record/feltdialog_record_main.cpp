// feltdialog-record: the visit record from the command line, for tests, for checking a record
// against its log, and as the shape a later `feltdialog-server export` wraps.
//
//   feltdialog-record --events LOG.json [--assets DIR] [--authority NAME] [--person ID=NAME]...
//                     [--pdf OUT] [--json OUT|-] [--hash] [--generated-at ISO-TIME]
//   echo PIN | feltdialog-record --store STORE --visit ID ...
//
// LOG.json is a JSON array of events in the canonical form of docs/record-format.md, or a record
// JSON (its log.events are used), so a record can be rendered again from its own JSON. A store is
// sealed under the PIN; a device whose key is also held by the platform keystore cannot be opened
// here (the app exports those).
#include "KeyVault.h"
#include "RecordAssets.h"
#include "RecordHash.h"
#include "RecordJson.h"
#include "RecordPdf.h"
#include "Template.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace feltdialog;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "feltdialog-record: %s\n", qPrintable(message));
    return 1;
}

Status readEvents(const QString &path, QList<Event> *events)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Status::Io, path + QStringLiteral(": ") + file.errorString()};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return {Status::Invalid,
                QStringLiteral("%1: %2 at byte %3").arg(path, error.errorString()).arg(error.offset)};
    const QJsonArray array =
        doc.isArray() ? doc.array() : doc.object().value("log").toObject().value("events").toArray();
    for (const QJsonValue &v : array)
        events->append(eventFromCanonical(v.toObject()));
    return Status::ok();
}

Status readStore(const QString &path, const QString &visitId, QList<Event> *events)
{
    const QString pin = QTextStream(stdin).readLine().trimmed();
    EventStore store;
    Status s = store.open(path);
    KeyVault vault(store);
    if (s.isOk())
        s = vault.unlock(pin, {});
    if (s.isOk())
        s = store.eventsOfVisit(QUuid::fromString(visitId), events);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a PDF needs fonts, not a screen
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The visit record (PDF/A-1b and JSON) from a visit's event log."));
    parser.addHelpOption();
    const QCommandLineOption events(QStringLiteral("events"),
                                    QStringLiteral("Canonical events, or a record JSON."),
                                    QStringLiteral("file"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("A local store (PIN on stdin)."),
                                   QStringLiteral("file"));
    const QCommandLineOption visit(QStringLiteral("visit"), QStringLiteral("The visit id in the store."),
                                   QStringLiteral("id"));
    const QCommandLineOption assets(
        QStringLiteral("assets"),
        QStringLiteral("Reference data: templates/, quality-model/, demo/facilities.json."),
        QStringLiteral("dir"));
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       QStringLiteral("The supervising authority."), QStringLiteral("name"));
    const QCommandLineOption person(QStringLiteral("person"),
                                    QStringLiteral("A consultant's name for an author id (repeatable)."),
                                    QStringLiteral("id=name"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Write the PDF/A-1b here."),
                                 QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the JSON here (- for stdout)."),
                                  QStringLiteral("file"));
    const QCommandLineOption hash(QStringLiteral("hash"), QStringLiteral("Print the log's SHA-256."));
    const QCommandLineOption generated(QStringLiteral("generated-at"),
                                       QStringLiteral("The generation time to print (ISO 8601)."),
                                       QStringLiteral("time"));
    parser.addOptions({events, store, visit, assets, authority, person, pdf, json, hash, generated});
    parser.process(app);

    QList<Event> log;
    Status s =
        parser.isSet(events) ? readEvents(parser.value(events), &log)
        : parser.isSet(store) && parser.isSet(visit)
            ? readStore(parser.value(store), parser.value(visit), &log)
            : Status(Status::Invalid, QStringLiteral("give --events FILE, or --store FILE with --visit ID"));
    if (!s.isOk())
        return fail(s.codeName() + QStringLiteral(": ") + s.detail());

    RecordAssets reference;
    if (parser.isSet(assets))
        reference.load(parser.value(assets));
    RecordReference ref = reference.forVisit(foldVisit(log));
    ref.authority = parser.value(authority);
    for (const QString &entry : parser.values(person))
        ref.people.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    const VisitRecord record = buildVisitRecord(log, ref);

    if (parser.isSet(hash))
        std::printf("%s\n", record.logHash.constData());
    if (parser.isSet(json)) {
        const QByteArray bytes = recordToJson(record);
        if (parser.value(json) == QLatin1String("-")) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        } else {
            QSaveFile out(parser.value(json));
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                return fail(parser.value(json) + QStringLiteral(": ") + out.errorString());
        }
    }
    if (parser.isSet(pdf)) {
        RecordPdfOptions options;
        if (parser.isSet(generated))
            options.generatedAt = QDateTime::fromString(parser.value(generated), Qt::ISODate);
        int pages = 0;
        if (s = saveRecordPdf(record, parser.value(pdf), options, &pages); !s.isOk())
            return fail(s.codeName() + QStringLiteral(": ") + s.detail());
        std::fprintf(stderr, "%s: %d pages\n", qPrintable(parser.value(pdf)), pages);
    }
    return 0;
}
