// A real tablet for the office console's browser tests (console/tests): its own sealed store,
// recorder and sync engine, as in tests/sync. It enrolls with a one-time code, records a short
// visit (a note, then closed) and syncs it to the server, so the console shows what a tablet
// really sent. Prints the visit's id.
//
//   console_tablet --server https://127.0.0.1:PORT --cert CERT.pem --code CODE --facility ID
//                  --facility-name NAME --note TEXT
#include "TabletUnderTest.h"

#include <QCommandLineParser>
#include <QSslCertificate>
#include <cstdio>

using namespace feltdialog;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    for (const char *option : {"server", "cert", "code", "facility", "facility-name", "note"})
        args.addOption({QString::fromLatin1(option), QString::fromLatin1(option), QStringLiteral("value")});
    args.process(app);

    const QList<QSslCertificate> trusted = QSslCertificate::fromPath(args.value(QStringLiteral("cert")));
    testing::TabletUnderTest tablet({QUrl(args.value(QStringLiteral("server"))), trusted});
    if (!tablet.isOk()) {
        std::fprintf(stderr, "console_tablet: the tablet's store did not open\n");
        return 1;
    }
    const SyncReply enrolled = tablet.enroll(args.value(QStringLiteral("code")));
    if (!enrolled.ok()) {
        std::fprintf(stderr, "console_tablet: enrollment refused\n");
        return 1;
    }
    QUuid visit;
    const VisitStart start{args.value(QStringLiteral("facility")),
                           args.value(QStringLiteral("facility-name")),
                           QStringLiteral("unannounced"),
                           {},
                           {},
                           {}};
    if (!tablet.recorder->startVisit(start, &visit).isOk() ||
        !tablet.recorder->writeNote(visit, QUuid::createUuid(), args.value(QStringLiteral("note"))).isOk() ||
        !tablet.recorder->closeVisit(visit).isOk()) {
        std::fprintf(stderr, "console_tablet: recording the visit failed\n");
        return 1;
    }
    if (!tablet.sync() || tablet.pending() != 0) {
        std::fprintf(stderr, "console_tablet: the sync did not send everything\n");
        return 1;
    }
    std::printf("%s\n", qPrintable(visit.toString(QUuid::WithoutBraces)));
    return 0;
}
