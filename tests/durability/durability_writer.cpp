// Appends notes to a store as fast as it can and prints "saved <noteId> <length>" after each
// commit returns. tst_durability kills it with SIGKILL at random moments.
#include "EventStore.h"
#include "VisitRecorder.h"

#include <QCoreApplication>
#include <cstdio>
#include <random>

using namespace feltdialog;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    EventStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1])).isOk())
        return 3;
    VisitRecorder recorder(store, {VisitRecorder::ensureDeviceId(store), QStringLiteral("writer")});
    if (!recorder.resume().isOk())
        return 4;
    QString visit;
    QUuid visitId;
    if (store.metaValue(QStringLiteral("durability_visit"), &visit).isOk()) {
        visitId = QUuid::fromString(visit);
    } else {
        VisitStart start;
        start.facilityId = QStringLiteral("f1");
        start.facilityName = QStringLiteral("Solhaven");
        if (!recorder.startVisit(start, &visitId).isOk() ||
            !store.setMetaValue(QStringLiteral("durability_visit"), idString(visitId)).isOk())
            return 5;
    }
    std::mt19937 rng(std::atoi(argv[2]));
    std::uniform_int_distribution<int> length(1, 4000);
    for (int i = 0;; ++i) {
        const QUuid noteId = QUuid::createUuid();
        // Sizes from a few bytes to several pages, so commits cross page and WAL-frame boundaries.
        const QString text = QString(length(rng), QChar(u"aæøå "[i % 5]));
        if (i % 7 == 0 && !store.saveDraft({visitId, noteId, text, i}).isOk())
            return 6;
        if (!recorder.writeNote(visitId, noteId, text).isOk())
            return 7;
        std::printf("saved %s %lld\n", qPrintable(idString(noteId)), static_cast<long long>(text.size()));
        std::fflush(stdout);
    }
}
