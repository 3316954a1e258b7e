// kill -9 at random moments, round after round on one growing store: after every kill, each note
// the writer reported saved is there exactly once with exactly its text, each draft it reported is
// there unless its note was finished, and SQLite's integrity_check passes.
//
// SIGKILL tests what a crash of the app can do (a half-written transaction, a WAL left behind), not
// a power cut: the kernel still writes out what the process had written. That half is the job of
// synchronous=FULL, which the note-save benchmark keeps honest.
//
// Replay: DURABILITY_SEED=<printed seed> DURABILITY_ROUNDS=<n> ctest -R durability_kill9 -V
// (the kill delays and texts repeat; where the kill lands within the writer's work can still vary).
#include "EventStore.h"
#include "UnlockedStore.h"
#include "VisitState.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <random>

using namespace feltdialog;

namespace {

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

struct ReportedDraft
{
    qint64 version = 0;
    QByteArray sha256;
};

// What the writer promised, over all rounds so far.
struct Promises
{
    QHash<QUuid, QByteArray> saved;     // note id -> sha256 of its text
    QHash<QUuid, ReportedDraft> drafts; // note id -> newest draft reported
};

// Only whole lines count: a line the kill cut short was never a promise.
bool readPromises(const QByteArray &output, Promises *promises, QString *problem)
{
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    for (const QByteArray &line : std::as_const(lines)) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3 && f.at(0) == "saved") {
            const QUuid id = QUuid::fromString(QLatin1String(f.at(1)));
            if (id.isNull() || promises->saved.contains(id)) {
                *problem = QStringLiteral("bad or repeated line: ") + QString::fromUtf8(line);
                return false;
            }
            promises->saved.insert(id, f.at(2));
        } else if (f.size() == 4 && f.at(0) == "draft") {
            promises->drafts.insert(QUuid::fromString(QLatin1String(f.at(1))),
                                    {f.at(2).toLongLong(), f.at(3)});
        } else {
            *problem = QStringLiteral("unexpected line: ") + QString::fromUtf8(line);
            return false;
        }
    }
    return true;
}

} // namespace

class DurabilityKill9 : public QObject
{
    Q_OBJECT
private slots:
    void everySavedNoteSurvivesKill9();
};

void DurabilityKill9::everySavedNoteSurvivesKill9()
{
    const quint32 seed = qEnvironmentVariableIsSet("DURABILITY_SEED")
                             ? quint32(qEnvironmentVariable("DURABILITY_SEED").toULong())
                             : std::random_device{}();
    const int rounds = qEnvironmentVariableIsSet("DURABILITY_ROUNDS")
                           ? qEnvironmentVariableIntValue("DURABILITY_ROUNDS")
                           : 200;
    qInfo("DURABILITY_SEED=%u DURABILITY_ROUNDS=%d (set both to replay)", seed, rounds);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> killAfterMs(5, 80);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("durability.sqlite"));
    // A failed run keeps its store: it is the evidence.
    const auto keepOnFailure = qScopeGuard([&dir] {
        if (QTest::currentTestFailed()) {
            dir.setAutoRemove(false);
            qWarning("store kept for inspection in %s", qPrintable(dir.path()));
        }
    });

    Promises promises;
    int silentRounds = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int round = 0; round < rounds; ++round) {
        const QString where =
            QStringLiteral("round %1 of %2, DURABILITY_SEED=%3: ").arg(round + 1).arg(rounds).arg(seed);

        QProcess writer;
        writer.start(QStringLiteral(DURABILITY_WRITER), {path, QString::number(rng())});
        QVERIFY2(writer.waitForStarted(), qPrintable(where + writer.errorString()));
        QTest::qWait(killAfterMs(rng));
        QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
        QVERIFY2(writer.waitForFinished(10'000), qPrintable(where + QStringLiteral("writer did not die")));
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                 qPrintable(where + QStringLiteral("the writer stopped by itself (exit code %1): %2")
                                        .arg(writer.exitCode())
                                        .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        const qsizetype savedBefore = promises.saved.size();
        QString problem;
        QVERIFY2(readPromises(writer.readAllStandardOutput(), &promises, &problem),
                 qPrintable(where + problem));
        silentRounds += promises.saved.size() == savedBefore;

        EventStore store;
        const Status opened = testing::openUnlocked(store, path);
        QVERIFY2(opened.isOk(), qPrintable(where + opened.detail()));
        QString report;
        QVERIFY2(store.integrityCheck(&report).isOk(), qPrintable(where + report));
        QString visit;
        if (!store.metaValue(QStringLiteral("durability_visit"), &visit).isOk()) {
            // Killed before the visit was recorded, so nothing can have been promised yet.
            QVERIFY2(
                promises.saved.isEmpty() && promises.drafts.isEmpty(),
                qPrintable(where + QStringLiteral("notes were reported saved, but no visit is recorded")));
            continue;
        }
        const QUuid visitId = QUuid::fromString(visit);
        QList<Event> events;
        const Status read = store.eventsOfVisit(visitId, &events);
        QVERIFY2(read.isOk(), qPrintable(where + read.detail()));

        // Twice-saved shows in the log, not in the fold (which keeps the first NoteWritten per note).
        QSet<QUuid> eventIds;
        QSet<QString> writtenNotes;
        for (const Event &e : std::as_const(events)) {
            QVERIFY2(!eventIds.contains(e.id),
                     qPrintable(where + QStringLiteral("event %1 appears twice").arg(idString(e.id))));
            eventIds.insert(e.id);
            if (e.type == QLatin1String(EventType::NoteWritten)) {
                const QString noteId = e.payload.value(QLatin1String("noteId")).toString();
                QVERIFY2(!writtenNotes.contains(noteId),
                         qPrintable(where + QStringLiteral("note %1 was written twice").arg(noteId)));
                writtenNotes.insert(noteId);
            }
        }

        const VisitState state = foldVisit(events);
        QHash<QUuid, const Note *> notes;
        for (const Note &n : state.notes)
            notes.insert(n.id, &n);
        for (auto it = promises.saved.cbegin(); it != promises.saved.cend(); ++it) {
            const Note *note = notes.value(it.key());
            QVERIFY2(note, qPrintable(where + QStringLiteral("note %1 was reported saved but is missing")
                                                  .arg(idString(it.key()))));
            QVERIFY2(note->versions.size() == 1 && sha256(note->current().text) == it.value(),
                     qPrintable(where + QStringLiteral("note %1 does not have the text reported saved")
                                            .arg(idString(it.key()))));
        }

        QList<NoteDraft> stored;
        const Status draftsRead = store.drafts(visitId, &stored);
        QVERIFY2(draftsRead.isOk(), qPrintable(where + draftsRead.detail()));
        QHash<QUuid, NoteDraft> drafts;
        for (const NoteDraft &d : std::as_const(stored)) {
            // The note and the removal of its draft are one transaction: never both, never neither.
            QVERIFY2(!notes.contains(d.noteId),
                     qPrintable(where + QStringLiteral("note %1 was finished but its draft is still there")
                                            .arg(idString(d.noteId))));
            drafts.insert(d.noteId, d);
        }
        for (auto it = promises.drafts.cbegin(); it != promises.drafts.cend(); ++it) {
            if (notes.contains(it.key()))
                continue;
            const auto found = drafts.constFind(it.key());
            QVERIFY2(found != drafts.cend(),
                     qPrintable(where + QStringLiteral("draft of note %1 was reported saved but is missing")
                                            .arg(idString(it.key()))));
            // A newer draft than the last one reported is fine: its line was lost to the kill.
            QVERIFY2(found->updatedWallMs > it->version ||
                         (found->updatedWallMs == it->version && sha256(found->text) == it->sha256),
                     qPrintable(where + QStringLiteral("draft of note %1 is older than, or differs from, "
                                                       "the one reported saved")
                                            .arg(idString(it.key()))));
        }
    }

    qInfo("%d rounds in %.1f s: %lld notes and %lld drafts reported saved and found; %d rounds killed "
          "before a note was saved; store %.1f MB",
          rounds, double(elapsed.elapsed()) / 1000.0, static_cast<long long>(promises.saved.size()),
          static_cast<long long>(promises.drafts.size()), silentRounds,
          double(QFileInfo(path).size()) / (1024 * 1024));
    // A writer that never got going would pass every check above without proving anything.
    QVERIFY2(promises.saved.size() > rounds,
             qPrintable(
                 QStringLiteral("only %1 notes saved in %2 rounds").arg(promises.saved.size()).arg(rounds)));
}

QTEST_GUILESS_MAIN(DurabilityKill9)
#include "tst_durability.moc"
