// Prints every visit in a store as the fold sees it (JSON), after unlocking with a PIN read from
// standard input. The end-to-end scripts use it to check what reached the disk, since the disk
// itself holds only sealed bytes.
// usage: echo PIN | store_dump <store.sqlite>
#include "KeyVault.h"
#include "VisitState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <cstdio>

using namespace feltdialog;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: echo PIN | %s <store.sqlite>\n", argv[0]);
        return 2;
    }
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    EventStore store;
    Status s = store.open(QString::fromLocal8Bit(argv[1]));
    KeyVault vault(store);
    if (s.isOk())
        s = vault.unlock(pin, {});
    QList<Event> starts;
    if (s.isOk())
        s = store.eventsOfTypes({QString::fromLatin1(EventType::VisitStarted)}, &starts);
    QJsonArray visits;
    QSet<QUuid> seen;
    for (const Event &start : std::as_const(starts)) {
        if (!s.isOk() || seen.contains(start.visitId))
            continue;
        seen.insert(start.visitId);
        QList<Event> events;
        s = store.eventsOfVisit(start.visitId, &events);
        if (s.isOk())
            visits.append(foldVisit(events).toJson());
    }
    if (!s.isOk()) {
        std::fprintf(stderr, "store_dump: %s: %s\n", qPrintable(s.codeName()), qPrintable(s.detail()));
        return 1;
    }
    std::printf("%s\n", QJsonDocument(visits).toJson(QJsonDocument::Indented).constData());
    return 0;
}
