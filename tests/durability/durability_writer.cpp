// Writes notes into one visit as fast as it can, the way the app does, and reports each write only
// after the call that made it durable returned Ok:
//   saved <noteId> <sha256 of the text's UTF-8>          after VisitRecorder::writeNote
//   draft <noteId> <version> <sha256 of the text's UTF-8> after EventStore::saveDraft
// tst_durability kills it with SIGKILL at random moments and holds the store to every line.
//
//   durability_writer STORE_PATH SEED
#include "EventStore.h"
#include "UnlockedStore.h"
#include "VisitRecorder.h"

#include <QCryptographicHash>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <random>

using namespace feltdialog;

namespace {

// Distinct codes so the test can say what went wrong when the writer stops on its own.
enum ExitCode
{
    Usage = 2,
    CannotOpen,
    NoDeviceId,
    CannotResume,
    CannotStartVisit,
    DraftFailed,
    NoteFailed,
};

int fail(ExitCode code, const Status &s)
{
    std::fprintf(stderr, "durability_writer: %s: %s\n", qPrintable(s.codeName()), qPrintable(s.detail()));
    return code;
}

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

const char *const kWords[] = {
    "Lederen",        "fortæller", "at",     "personalet", "får",        "ekstern",
    "supervision",    "hver",      "sjette", "uge",        "beboerne",   "spiser",
    "fælleskøkkenet", "Pårørende", "savner", "en",         "fast",       "kontaktperson",
    "sygefraværet",   "er",        "faldet", "på",         "gården",     "Ærligt",
    "talt",           "Øen",       "Åbent",  "møde",       "blåbærgrød", "kø",
    "æble",           "år",        "søndag", "vagtplanen",
};

// Log-uniform lengths, 3 to 4,000 characters: mostly the short notes typed in the field, but enough
// of several KB (UTF-8, with æøå) that commits span pages, overflow pages and many WAL frames.
QString noteText(std::mt19937 &rng, int serial)
{
    std::uniform_real_distribution<double> logLength(std::log(3.0), std::log(4000.0));
    std::uniform_int_distribution<std::size_t> word(0, std::size(kWords) - 1);
    const auto length = qsizetype(std::exp(logLength(rng)));
    QString text = QStringLiteral("%1 ").arg(serial);
    while (text.size() < length) {
        text += QString::fromUtf8(kWords[word(rng)]);
        text += QLatin1Char(' ');
    }
    text.truncate(length);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s STORE_PATH SEED\n", argv[0]);
        return Usage;
    }
    EventStore store;
    if (Status s = testing::openUnlocked(store, QString::fromLocal8Bit(argv[1])); !s.isOk())
        return fail(CannotOpen, s);
    const QString deviceId = VisitRecorder::ensureDeviceId(store);
    if (deviceId.isEmpty())
        return fail(NoDeviceId, {Status::Io, QStringLiteral("no device id")});
    VisitRecorder recorder(store, {deviceId, QStringLiteral("durability-writer")});
    if (Status s = recorder.resume(); !s.isOk())
        return fail(CannotResume, s);

    // Every run writes into the same visit, so the log the test folds grows round after round.
    const QString visitKey = QStringLiteral("durability_visit");
    QString storedVisit;
    QUuid visitId;
    if (store.metaValue(visitKey, &storedVisit).isOk()) {
        visitId = QUuid::fromString(storedVisit);
    } else {
        VisitStart start;
        start.facilityId = QStringLiteral("demo-solhaven");
        start.facilityName = QStringLiteral("Botilbuddet Solhaven");
        if (Status s = recorder.startVisit(start, &visitId); !s.isOk())
            return fail(CannotStartVisit, s);
        if (Status s = store.setMetaValue(visitKey, idString(visitId)); !s.isOk())
            return fail(CannotStartVisit, s);
    }

    std::mt19937 rng(std::uint32_t(std::strtoul(argv[2], nullptr, 10)));
    std::uniform_int_distribution<int> percent(0, 99);
    for (int serial = 0;; ++serial) {
        const QUuid noteId = QUuid::createUuid();
        const QString text = noteText(rng, serial);
        if (percent(rng) < 30) {
            // Typed with pauses: each pause saves a longer draft, and the finished note replaces
            // its draft in one transaction. updatedWallMs carries the draft's version here, so the
            // test can tell an older draft from a newer one it was not told about.
            NoteDraft draft{visitId, noteId, {}, 0};
            const int pauses = 1 + percent(rng) % 3;
            for (int version = 1; version <= pauses; ++version) {
                draft.text = text.left(text.size() * version / (pauses + 1));
                draft.updatedWallMs = version;
                if (Status s = store.saveDraft(draft); !s.isOk())
                    return fail(DraftFailed, s);
                std::printf("draft %s %d %s\n", qPrintable(idString(noteId)), version,
                            sha256(draft.text).constData());
                std::fflush(stdout);
            }
            if (Status s = recorder.writeNote(visitId, noteId, text, &draft); !s.isOk())
                return fail(NoteFailed, s);
        } else if (Status s = recorder.writeNote(visitId, noteId, text); !s.isOk()) {
            return fail(NoteFailed, s);
        }
        std::printf("saved %s %s\n", qPrintable(idString(noteId)), sha256(text).constData());
        std::fflush(stdout);
    }
}
