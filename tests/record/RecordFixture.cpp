#include "RecordFixture.h"

#include <QFile>

namespace feltdialog::testing {

namespace {

// Tuesday 18 November 2025, 09:05 in Copenhagen.
constexpr qint64 kStart = 1'763'453'100'000;

const QString kAnna = QStringLiteral("consultant-anna");
const QString kBo = QStringLiteral("consultant-bo");

// Writes the fixture's events the way two tablets would: each its own device id and sequence,
// times in seconds after the start. Ids are numbered, not random, so the record never changes.
class Log
{
public:
    explicit Log(RecordFixture &f) : m_f(f) {}

    void at(int minute, int second = 0) { m_seconds = minute * 60 + second; }
    void later(int seconds) { m_seconds += seconds; }

    QUuid add(const QString &author, const char *type, QJsonObject payload)
    {
        Event e;
        e.id = QUuid(0x5eed0000u + quint32(++m_number), 0x7a11, 0x4b0c, 0x9d, 0x1e, 0, 0, 0, 0, 0, 0x07);
        e.visitId = QUuid(0x715170c0, 0x2025, 0x4118, 0x80, 0x05, 0x50, 0x1a, 0x4a, 0x7e, 0x00, 0x01);
        e.authorId = author;
        const bool anna = author == kAnna;
        e.deviceId = anna ? QStringLiteral("tablet-a") : QStringLiteral("tablet-b");
        e.deviceSeq = ++(anna ? m_seqA : m_seqB);
        e.wallTimeMs = kStart + qint64(m_seconds) * 1000 + (anna ? 0 : -3000); // tablet b runs 3 s slow
        e.hlc = HlcTimestamp{kStart + qint64(m_seconds) * 1000, 0};
        e.type = QString::fromLatin1(type);
        e.payload = std::move(payload);
        m_f.events.append(e);
        ++m_seconds; // one thing a second at most
        return e.id;
    }

    // A note, tagged; returns the id of the version written, for amendments.
    QUuid note(const QString &author, const QString &noteId, const QString &text, QJsonObject tags)
    {
        m_f.noteTexts.append(text);
        m_current.insert(noteId, m_f.noteTexts.size() - 1);
        return add(author, EventType::NoteWritten,
                   {{"noteId", noteUuid(noteId)}, {"text", text}, {"tags", std::move(tags)}});
    }
    QUuid amend(const QString &author, const QString &noteId, const QUuid &replaces, const QString &text,
                bool alsoKeepOld = false)
    {
        if (alsoKeepOld)
            m_f.noteTexts.append(text); // a concurrent amendment: both heads are shown
        else
            m_f.noteTexts[m_current.value(noteId)] = text;
        return add(author, EventType::NoteAmended,
                   {{"noteId", noteUuid(noteId)}, {"replaces", idString(replaces)}, {"text", text}});
    }

    static QString noteUuid(const QString &name)
    {
        return idString(QUuid::createUuidV5(QUuid(), name)); // stable per name
    }

private:
    RecordFixture &m_f;
    int m_number = 0;
    int m_seconds = 0;
    qint64 m_seqA = 0, m_seqB = 0;
    QHash<QString, qsizetype> m_current;
};

QJsonObject tags(const char *conversation, const char *indicator, const char *source, const char *method,
                 const char *position = "control")
{
    QJsonObject t{
        {"indicatorId", indicator}, {"sourceRole", source}, {"method", method}, {"position", position}};
    if (*conversation)
        t.insert("conversationId", conversation);
    return t;
}

QJsonObject in(const char *conversation, QJsonObject payload)
{
    payload.insert("conversationId", conversation);
    return payload;
}

void leaderConversation(Log &log)
{
    const auto c = "c-leder";
    log.at(5);
    log.add(kAnna, EventType::ConversationStarted,
            {{"conversationId", c}, {"title", "Samtale med lederen"}, {"kind", "conversation"}});
    for (const char *item : {"purpose", "desired_outcome", "process"})
        log.add(kAnna, EventType::ContractItemSet, in(c, {{"itemId", item}, {"agreed", true}}));
    log.add(kAnna, EventType::PhaseEntered, in(c, {{"phase", "checkin"}}));
    log.add(kAnna, EventType::ParticipantJoined,
            in(c, {{"participantId", "p-leder"}, {"role", "leader"}, {"label", "Hanne Østergaard"}}));
    log.add(kAnna, EventType::ParticipantJoined,
            in(c, {{"participantId", "p-anna"}, {"role", "consultant"}, {"label", "Anna Sørensen"}}));
    log.add(kAnna, EventType::CheckInNoted,
            in(c, {{"participantId", "p-leder"},
                   {"hopes", "At I ser, hvor langt vi er kommet med supervisionen siden sidst."},
                   {"uncertainties", "Om én dårlig dag kommer til at fylde for meget i rapporten."}}));
    log.add(kAnna, EventType::CheckInNoted,
            in(c, {{"participantId", "p-anna"},
                   {"hopes", "Et ærligt billede af, hvordan supervisionen bruges i hverdagen."},
                   {"uncertainties", "Om vi når det hele inden frokost."}}));
    // The check-in's speaking timer: the leader's two turns add up (2 min. 5 sek.).
    log.add(kAnna, EventType::SpeakingTimed, in(c, {{"participantId", "p-leder"}, {"seconds", 95}}));
    log.add(kAnna, EventType::SpeakingTimed, in(c, {{"participantId", "p-anna"}, {"seconds", 40}}));
    log.add(kAnna, EventType::SpeakingTimed, in(c, {{"participantId", "p-leder"}, {"seconds", 30}}));
    log.add(kAnna, EventType::PhaseEntered, in(c, {{"phase", "conversation"}}));
    log.at(14);
    const QUuid n1 = log.note(kAnna, "n1",
                              "Lederen fortæller, at alle faste medarbejdere får ekstern supervision hver "
                              "sjette uge hos en psykolog fra Aarhus.",
                              tags(c, "8.b", "leader", "interview"));
    log.note(kAnna, "n2",
             "Lederen har en diplomuddannelse i ledelse og 11 års erfaring fra socialpsykiatrien; "
             "souschefen står for vagtplanen.",
             tags(c, "8.a", "leader", "interview"));
    log.add(kAnna, EventType::FollowUpAsked,
            in(c, {{"noteId", Log::noteUuid("n1")},
                   {"keyword", "hver sjette uge"},
                   {"question", "Hvad gør I, når der opstår behov mellem to supervisionsgange?"}}));
    log.at(19);
    log.amend(kAnna, "n1", n1,
              "Lederen fortæller, at alle faste medarbejdere får ekstern supervision hver sjette uge hos "
              "en psykolog fra Aarhus. Vikarer deltager ikke.");
    log.at(21);
    log.add(kAnna, EventType::TimeoutCalled,
            in(c, {{"timeoutId", "t1"},
                   {"calledBy", "facility"},
                   {"reason", "Lederen skal tage imod en akut opringning fra en pårørende."}}));
    log.at(25, 30);
    log.add(kAnna, EventType::TimeoutEnded, in(c, {{"timeoutId", "t1"}, {"outcome", "continue"}}));
    log.add(kAnna, EventType::PositionSwitched, in(c, {{"position", "development"}}));
    log.add(kAnna, EventType::PromptAnswered,
            in(c, {{"promptId", "skala"},
                   {"kind", "scale"},
                   {"scale", 3},
                   {"stepUp", "En fast plan for, hvordan det lærte bliver ført ud i hverdagen."},
                   {"text", "Supervisionen er god, men det lærte bliver hængende i mødelokalet."}}));
    log.add(kAnna, EventType::QuestionAnswered,
            in(c, {{"questionId", "8b-ekstern"},
                   {"indicatorId", "8.b"},
                   {"answer", "yes"},
                   {"comment", "Psykolog uden tilknytning til tilbuddet."}}));
    log.add(kAnna, EventType::QuestionAnswered,
            in(c, {{"questionId", "8b-tre-aar"},
                   {"indicatorId", "8.b"},
                   {"answer", "no"},
                   {"comment", "Ny supervisor fra foråret 2024."}}));
    log.add(kAnna, EventType::PositionSwitched, in(c, {{"position", "control"}}));
    // Switched by mistake and undone at once: no switch in the record, both events in the appendix.
    const QUuid mistaken = log.add(kAnna, EventType::PositionSwitched, in(c, {{"position", "development"}}));
    log.add(kAnna, EventType::PositionSwitchUndone,
            in(c, {{"position", "control"}, {"undoes", idString(mistaken)}}));
    log.at(33);
    log.add(kAnna, EventType::PhaseEntered, in(c, {{"phase", "wrapup"}}));
    log.add(
        kAnna, EventType::SummaryPointStated,
        in(c, {{"pointId", "sp1"}, {"text", "Supervisionen er ekstern og fast, men vikarer er ikke med."}}));
    log.add(kAnna, EventType::SummaryPointAnswered,
            in(c, {{"pointId", "sp1"}, {"response", "confirmed"}, {"theirWords", ""}}));
    log.add(kAnna, EventType::SummaryPointStated,
            in(c, {{"pointId", "sp2"},
                   {"text", "Ledelsen følger ikke systematisk op på, om supervisionen gør en forskel."}}));
    log.add(
        kAnna, EventType::SummaryPointAnswered,
        in(c, {{"pointId", "sp2"},
               {"response", "understood_differently"},
               {"theirWords", "Vi følger op på personalemøderne hver måned, men vi skriver det ikke ned."}}));
    log.add(kAnna, EventType::AgreementMade,
            in(c, {{"agreementId", "a1"},
                   {"what", "Tilbuddet sender referater fra de seneste tre personalemøder."},
                   {"who", "Hanne Østergaard, leder"},
                   {"byWhen", "2. december 2025"}}));
    log.add(kAnna, EventType::FindingNoted,
            in(c, {{"findingId", "f1"},
                   {"kind", "development"},
                   {"indicatorId", "8.b"},
                   {"text", "Lav en skriftlig plan for, hvordan læringen fra supervisionen føres ud i "
                            "praksis – også for vikarer."}}));
    log.add(kAnna, EventType::CheckOutNoted,
            in(c, {{"participantId", "p-leder"},
                   {"gained", "At se supervisionen udefra."},
                   {"takesAway", "Idéen om at skrive opfølgningen ned."}}));
    log.add(kAnna, EventType::ConversationEnded,
            in(c, {{"nextSteps", "Tilsynet taler med medarbejdere og en borger og samler op på det "
                                 "afsluttende møde."}}));
}

void staffConversation(Log &log)
{
    const auto c = "c-medarbejdere";
    log.at(45);
    log.add(kBo, EventType::ConversationStarted,
            {{"conversationId", c}, {"title", "Samtale med to medarbejdere"}, {"kind", "conversation"}});
    log.add(kBo, EventType::ContractItemSet, in(c, {{"itemId", "purpose"}, {"agreed", true}}));
    log.add(kBo, EventType::ContractItemSet, in(c, {{"itemId", "process"}, {"agreed", true}}));
    log.add(kBo, EventType::ParticipantJoined,
            in(c, {{"participantId", "s1"}, {"role", "staff"}, {"label", "Mette, pædagog"}}));
    log.add(kBo, EventType::ParticipantJoined,
            in(c, {{"participantId", "s2"}, {"role", "staff"}, {"label", "Jonas, vikar"}}));
    log.add(kBo, EventType::PhaseEntered, in(c, {{"phase", "conversation"}})); // check-in skipped
    log.note(kBo, "n3",
             "Medarbejderne oplever supervisionen som et frirum, hvor de kan tale om svære episoder. "
             "Vikaren har aldrig deltaget.",
             tags(c, "8.b", "staff", "interview"));
    const QUuid n4 = log.note(kBo, "n4", "Fire ud af fjorten faste medarbejdere er stoppet i år.",
                              tags(c, "9.b", "staff", "interview"));
    log.at(52);
    log.add(kBo, EventType::TimeoutCalled,
            in(c, {{"timeoutId", "t2"},
                   {"calledBy", "consultant"},
                   {"reason", "Samtalen glider over i enkeltsager; vi samler op på formålet."}}));
    log.at(54);
    log.add(kBo, EventType::TimeoutEnded, in(c, {{"timeoutId", "t2"}, {"outcome", "refocus"}}));
    // Both consultants amend the same note before their tablets have met: two heads, both kept.
    log.at(58);
    log.amend(kBo, "n4", n4,
              "Fire ud af fjorten faste medarbejdere er stoppet i år; to af dem pga. flytning.");
    log.amend(kAnna, "n4", n4, "Fire af fjorten faste medarbejdere er stoppet i 2025 (lederens opgørelse).",
              true);
    log.at(61);
    log.note(kBo, "n5",
             "Observation kl. 11.40: to medarbejdere spiser frokost med beboerne i fælleskøkkenet; "
             "stemningen er rolig og venlig.",
             tags(c, "9.a", "staff", "observation"));
    log.add(kBo, EventType::PhaseEntered, in(c, {{"phase", "wrapup"}}));
    log.add(kBo, EventType::SummaryPointStated,
            in(c, {{"pointId", "sp3"}, {"text", "Vikarer får hverken supervision eller referat."}}));
    log.add(kBo, EventType::SummaryPointAnswered,
            in(c, {{"pointId", "sp3"}, {"response", "confirmed"}, {"theirWords", ""}}));
    log.add(
        kBo, EventType::FindingNoted,
        in(c, {{"findingId", "f2"},
               {"kind", "attention"},
               {"indicatorId", "9.b"},
               {"text", "Personalegennemstrømningen er høj; tilsynet følger udviklingen ved næste besøg."}}));
    log.add(kBo, EventType::CheckOutNoted,
            in(c, {{"participantId", "s1"}, {"takesAway", "At vores oplevelse bliver hørt."}}));
    log.add(kBo, EventType::ConversationEnded, in(c, {{"nextSteps", "Samles op på det afsluttende møde."}}));
}

void residentConversation(Log &log)
{
    const auto c = "c-borger";
    log.at(70);
    log.add(kAnna, EventType::ConversationStarted,
            {{"conversationId", c}, {"title", "Samtale med en borger"}, {"kind", "conversation"}});
    log.add(kAnna, EventType::ContractItemSet, in(c, {{"itemId", "purpose"}, {"agreed", true}}));
    log.add(kAnna, EventType::PhaseEntered, in(c, {{"phase", "checkin"}}));
    // Typed as a full name by mistake: the record must show initials only.
    log.add(kAnna, EventType::ParticipantJoined,
            in(c, {{"participantId", "r1"}, {"role", "resident"}, {"label", "Jens Ole Kristensen"}}));
    log.add(kAnna, EventType::CheckInNoted,
            in(c, {{"participantId", "r1"},
                   {"hopes", "At det går hurtigt."},
                   {"uncertainties", "Om personalet får at vide, hvad jeg siger."}}));
    // Added by mistake and removed, and a name corrected: the record shows both, with why.
    log.add(kAnna, EventType::ParticipantJoined,
            in(c, {{"participantId", "r2"}, {"role", "companion"}, {"label", "Lis Ledsager"}}));
    log.add(kAnna, EventType::ParticipantRemoved,
            in(c, {{"participantId", "r2"}, {"reason", "Tilføjet ved en fejl: ledsageren gik igen."}}));
    log.add(
        kAnna, EventType::ParticipantRenamed,
        in(c, {{"participantId", "r1"}, {"label", "J.K."}, {"reason", "Borgeren bruger kun ét fornavn."}}));
    log.add(kAnna, EventType::PhaseEntered, in(c, {{"phase", "conversation"}}));
    log.note(kAnna, "n6",
             "Borgeren siger, at der altid er nogen at tale med om aftenen, men at weekenderne er stille "
             "og lange.",
             tags(c, "9.a", "resident", "interview", "development"));
    log.add(kAnna, EventType::CheckOutNoted,
            in(c, {{"participantId", "r1"}, {"takesAway", "Det var rart at blive spurgt."}}));
    log.add(kAnna, EventType::ConversationEnded, in(c, {{"nextSteps", ""}}));
    log.at(84);
    log.note(kBo, "n7",
             "Dokument: vagtplanen for uge 46 viser to nattevagter og ingen ubesatte vagter. Åbent hus for "
             "pårørende hver anden torsdag.",
             tags("", "9.a", "leader", "document"));
}

void closingMeeting(Log &log)
{
    const auto c = "c-afslutning";
    log.at(95);
    log.add(kAnna, EventType::ConversationStarted,
            {{"conversationId", c}, {"title", "Afsluttende møde"}, {"kind", "closing_meeting"}});
    log.add(kAnna, EventType::ParticipantJoined,
            in(c, {{"participantId", "m-leder"}, {"role", "leader"}, {"label", "Hanne Østergaard"}}));
    log.add(kAnna, EventType::PhaseEntered, in(c, {{"phase", "wrapup"}}));
    log.add(kAnna, EventType::SummaryPointStated,
            in(c, {{"pointId", "sp4"},
                   {"text", "Der er fast ekstern supervision, men opfølgningen er ikke skriftlig, og "
                            "vikarer er ikke med."}}));
    log.add(kAnna, EventType::SummaryPointAnswered,
            in(c, {{"pointId", "sp4"}, {"response", "confirmed"}, {"theirWords", ""}}));
    log.add(kAnna, EventType::AgreementMade,
            in(c, {{"agreementId", "a2"},
                   {"what", "Tilsynet sender udkast til rapport til høring."},
                   {"who", "Anna Sørensen, tilsynskonsulent"},
                   {"byWhen", "16. december 2025"}}));
    log.add(kAnna, EventType::FindingNoted,
            in(c, {{"findingId", "f3"},
                   {"kind", "attention"},
                   {"indicatorId", "9.c"},
                   {"text", "Sygefraværet er ikke opgjort for 2025; tilsynet beder om tallene."}}));
    log.add(kAnna, EventType::CheckOutNoted,
            in(c, {{"participantId", "m-leder"}, {"takesAway", "En klar liste over, hvad vi skal sende."}}));
    log.add(kAnna, EventType::ConversationEnded,
            in(c, {{"nextSteps", "Rapporten sendes i høring hos tilbuddet inden jul."}}));
}

void scores(Log &log)
{
    log.at(110);
    const auto score = [&log](const char *indicator, int value, const char *rationale) {
        log.add(kAnna, EventType::IndicatorScored,
                {{"indicatorId", indicator}, {"score", value}, {"rationale", rationale}});
    };
    score("8.a", 4,
          "Relevant uddannelse og lang erfaring; medarbejderne beskriver en tydelig og tilgængelig "
          "ledelse.");
    score("8.b", 3,
          "Fast ekstern supervision, men vikarer deltager ikke, og læringen følges ikke skriftligt op.");
    score("9.a", 4, "Borgere og observation viser god kontakt i hverdagen; weekenderne er tyndere bemandet.");
    score("9.b", 2, "Fire af fjorten faste medarbejdere er stoppet i år.");
}

// Many more notes, as a long day gives: 50-800 characters of Danish, every seventh amended.
void extraNotes(Log &log, int count)
{
    static const QStringList phrases = {
        QStringLiteral("Lederen fortæller, at personalet får ekstern supervision hver sjette uge."),
        QStringLiteral("Medarbejderen oplever, at vagtplanen gør det svært at nå borgerne før frokost."),
        QStringLiteral("Borgeren siger, at der er god tid til en snak om aftenen, især i køkkenet."),
        QStringLiteral("Observation: fællesrummet er roligt; to medarbejdere spiller kort med beboerne."),
        QStringLiteral("Pårørende savner en fast kontaktperson og oplever skiftende svar. Frustrerende."),
        QStringLiteral("Sygefraværet er faldet ifølge ledelsens opgørelse for tredje kvartal."),
    };
    static const char *conversations[] = {"c-leder", "c-medarbejdere", "c-borger", ""};
    static const char *indicators[] = {"8.a", "8.b", "9.a", "9.b", "9.c"};
    static const char *sources[] = {"leader", "staff", "resident", "relative"};
    static const char *methods[] = {"interview", "observation", "document"};
    log.at(85);
    for (int i = 0; i < count; ++i) {
        QString text;
        const int length = 50 + (i * 137) % 751;
        for (int k = i; text.size() < length; ++k)
            text += phrases.at(k % phrases.size()) + QLatin1Char(' ');
        text = text.left(length).trimmed() + QStringLiteral(" (nr. %1)").arg(i + 1);
        const QString name = QStringLiteral("x%1").arg(i);
        const QUuid id =
            log.note(i % 3 ? kAnna : kBo, name, text,
                     tags(conversations[i % 4], indicators[i % 5], sources[i % 4], methods[i % 3]));
        if (i % 7 == 0)
            log.amend(kAnna, name, id, text + QStringLiteral(" Rettet: præciseret efter samtalen."));
    }
}

RecordFixture build(int extra)
{
    RecordFixture f;
    Log log(f);
    log.add(kAnna, EventType::VisitStarted,
            {{"facilityId", "demo-solhaven"},
             {"facilityName", "Botilbuddet Solhaven"},
             {"kind", "unannounced"},
             {"templateId", "uanmeldt-botilbud"},
             {"templateVersion", "1.0.0"},
             {"qualityModelVersion", "tilbud-2019"}});
    log.add(
        kAnna, EventType::LocationStamped,
        LocationStamp{"visit_start", "fix", 56.1699, 9.5448, 12, 4000, "geoclue2", {}, {}, 31, false, 0, {}}
            .toPayload());
    leaderConversation(log);
    staffConversation(log);
    residentConversation(log);
    if (extra > 0)
        extraNotes(log, extra);
    closingMeeting(log);
    scores(log);
    log.at(118);
    log.add(kAnna, EventType::LocationStamped,
            LocationStamp{"visit_end", "no_fix", 0, 0, -1, 0, "geoclue2", "timeout", {}, -1, false, 0, {}}
                .toPayload());
    log.add(kAnna, EventType::VisitClosed, {});
    return f;
}

} // namespace

RecordFixture RecordFixture::visit()
{
    return build(0);
}

RecordFixture RecordFixture::longVisit(int extraNotes)
{
    return build(extraNotes);
}

QList<Event> RecordFixture::withEventFromTheFuture(QList<Event> events)
{
    Event future = events.at(3);
    future.id = QUuid(0xf0f0f0f0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    future.type = QStringLiteral("MoodBoardPinned");
    future.payload = {{"colour", "grøn"}};
    future.deviceSeq = 999;
    events.append(future);
    return events;
}

QList<Event> RecordFixture::withNote(QList<Event> events, const QString &text)
{
    for (const Event &e : std::as_const(events)) {
        if (e.type != QLatin1String(EventType::NoteWritten))
            continue;
        Event note = e;
        note.id = QUuid(0xf0f0f0f0, 9, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        note.payload.insert(QStringLiteral("noteId"), QStringLiteral("f0f0f0f0-0009-0002-0304-05060708090b"));
        note.payload.insert(QStringLiteral("text"), text);
        note.deviceSeq = 998;
        events.append(note);
        break;
    }
    return events;
}

FixtureReference FixtureReference::load(const QString &assetsDir)
{
    const auto read = [&assetsDir](const QString &name) {
        QFile f(assetsDir + QLatin1Char('/') + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    FixtureReference r;
    parseQualityModel(read(QStringLiteral("quality-model/kvalitetsmodel-tilbud-2019.json")),
                      QStringLiteral("kvalitetsmodel"), &r.model);
    parseTemplate(read(QStringLiteral("templates/uanmeldt-botilbud.json")), QStringLiteral("uanmeldt"),
                  &r.visitTemplate);
    QList<Facility> facilities;
    parseFacilities(read(QStringLiteral("demo/facilities.json")), QStringLiteral("facilities"), &facilities);
    for (const Facility &f : std::as_const(facilities)) {
        if (f.id == QLatin1String("demo-solhaven"))
            r.facility = f;
    }
    return r;
}

RecordReference FixtureReference::reference() const
{
    RecordReference ref;
    ref.authority = QStringLiteral("Socialtilsyn Midt");
    ref.facility = &facility;
    ref.visitTemplate = &visitTemplate;
    ref.model = &model;
    ref.people = {{kAnna, QStringLiteral("Anna Sørensen")}, {kBo, QStringLiteral("Bo Ærtebjerg")}};
    return ref;
}

} // namespace feltdialog::testing
