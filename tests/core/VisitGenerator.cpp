#include "VisitGenerator.h"

#include "Hlc.h"

#include <QStringList>

namespace feltdialog::testing {

namespace {
const QStringList kPhrases = {
    QStringLiteral("Lederen fortæller, at personalet får ekstern supervision hver sjette uge."),
    QStringLiteral("Medarbejder oplever, at vagtplanen gør det svært at nå borgerne."),
    QStringLiteral("Borger (initialer J.K.) siger, at der er god tid til samtaler om aftenen."),
    QStringLiteral("Observation: fælleskøkkenet er roligt; to medarbejdere spiser med beboerne."),
    QStringLiteral("Pårørende savner en fast kontaktperson. Frustrerende, siger hun."),
    QStringLiteral("Sygefraværet er faldet, jf. ledelsens opgørelse for 3. kvartal."),
};

QUuid seededUuid(std::mt19937 &rng)
{
    std::uniform_int_distribution<quint32> d;
    return QUuid(d(rng), quint16(d(rng)), quint16(d(rng)), uchar(d(rng)), uchar(d(rng)), uchar(d(rng)),
                 uchar(d(rng)), uchar(d(rng)), uchar(d(rng)), uchar(d(rng)), uchar(d(rng)));
}

struct Tablet
{
    QString deviceId;
    QString authorId;
    qint64 skewMs;
    qint64 sequence = 0;
    HybridClock clock;
};
} // namespace

QList<Event> generateVisit(int eventCount, quint32 seed)
{
    std::mt19937 rng(seed);
    qint64 wall = 1'763'800'000'000; // a November morning
    std::vector<Tablet *> tablets;
    Tablet a{QStringLiteral("device-a"), QStringLiteral("consultant-anna"), 0, 0,
             HybridClock([&] { return wall; })};
    Tablet b{QStringLiteral("device-b"), QStringLiteral("consultant-bo"), -4000, 0,
             HybridClock([&] { return wall - 4000; })}; // four seconds slow
    tablets = {&a, &b};
    const QUuid visitId = seededUuid(rng);

    QList<Event> events;
    struct Written
    {
        QUuid noteId;
        QList<Event> heads;
    };
    QList<Written> notes;
    auto make = [&](Tablet &t, const char *type, QJsonObject payload) {
        Event e;
        e.id = seededUuid(rng);
        e.visitId = visitId;
        e.authorId = t.authorId;
        e.deviceId = t.deviceId;
        e.deviceSeq = ++t.sequence;
        e.hlc = t.clock.now();
        e.wallTimeMs = wall + t.skewMs;
        e.type = QString::fromLatin1(type);
        e.payload = std::move(payload);
        events.append(e);
        return e;
    };

    make(
        a, EventType::VisitStarted,
        {{"facilityId", "demo-solhaven"}, {"facilityName", "Botilbuddet Solhaven"}, {"kind", "unannounced"}});
    std::uniform_int_distribution<int> step(200, 40'000);
    std::uniform_int_distribution<int> percent(0, 99);
    while (events.size() < eventCount - 1) {
        wall += step(rng);
        Tablet &t = *tablets[percent(rng) % 2];
        if (percent(rng) < 10) // the tablets meet over the office Wi-Fi and see each other's stamps
            t.clock.receive(tablets[0] == &t ? b.clock.last() : a.clock.last());
        const int roll = percent(rng);
        const QString text =
            kPhrases.at(percent(rng) % kPhrases.size()) + QStringLiteral(" #%1").arg(events.size());
        if (notes.isEmpty() || roll < 70) {
            const QUuid noteId = seededUuid(rng);
            const Event e = make(t, EventType::NoteWritten, {{"noteId", idString(noteId)}, {"text", text}});
            notes.append({noteId, {e}});
        } else {
            Written &note = notes[percent(rng) % notes.size()];
            const Event replaced = note.heads.last();
            t.clock.receive(replaced.hlc);
            const Event e = make(t, EventType::NoteAmended,
                                 {{"noteId", idString(note.noteId)},
                                  {"replaces", idString(replaced.id)},
                                  {"text", text + QStringLiteral(" (rettet)")}});
            // One amendment in five is made on the other tablet without having seen this one:
            // a concurrent edit the fold must keep both of.
            if (roll > 95) {
                Tablet &other = tablets[0] == &t ? b : a;
                other.clock.receive(replaced.hlc);
                make(other, EventType::NoteAmended,
                     {{"noteId", idString(note.noteId)},
                      {"replaces", idString(replaced.id)},
                      {"text", text + QStringLiteral(" (rettet på den anden tablet)")}});
            }
            note.heads = {e};
        }
    }
    wall += 60'000;
    make(a, EventType::VisitClosed, {});
    return events;
}

} // namespace feltdialog::testing
