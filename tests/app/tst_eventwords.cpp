// Every event type the app writes, walked through the vocabulary (core/EventVocabulary.h): it has
// words for people in the app's timeline in Danish and English and in the record's appendix
// (issue 13 §5: every QuestionAnswered once read "Recorded by a newer version"), its payload
// round-trips through its definition, and a real server accepts it. A type added to
// EventType::All without a definition or words fails here.
#include "Dialogue.h"
#include "EventVocabulary.h"
#include "RecordModel.h"
#include "RecordSections.h"
#include "Redaction.h"
#include "ServerFixture.h"
#include "VisitTimeline.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

using namespace feltdialog;

namespace {

const QUuid kVisit = QUuid::fromString(QStringLiteral("{6f1f0000-0000-4000-8000-000000000001}"));

// One event of `type` whose payload holds every field the dialogue's events use, so that each
// type's words have something to say.
Event sample(const char *type, int seq)
{
    Event e;
    e.id = QUuid::createUuid();
    e.visitId = kVisit;
    e.authorId = QStringLiteral("anna");
    e.deviceId = QStringLiteral("tablet-1");
    e.deviceSeq = seq;
    e.hlc = HlcTimestamp::fromPacked((qint64(1'764'000'000'000) + seq) << 16);
    e.wallTimeMs = 1'764'000'000'000 + seq;
    e.type = QString::fromLatin1(type);
    e.payload = QJsonObject{
        {"conversationId", "c1"},   {"participantId", "p1"},
        {"role", "resident"},       {"label", "A.B."},
        {"reason", "fejl"},         {"text", "tekst"},
        {"title", "Samtale"},       {"phase", "checkin"},
        {"position", "control"},    {"itemId", "purpose"},
        {"agreed", true},           {"hopes", "håb"},
        {"uncertainties", "tvivl"}, {"gained", "overblik"},
        {"takesAway", "ro"},        {"timeoutId", "t1"},
        {"calledBy", "facility"},   {"outcome", "resumed"},
        {"keyword", "svært"},       {"question", "Hvordan svært?"},
        {"promptId", "q1"},         {"kind", "development"},
        {"pointId", "s1"},          {"response", "confirmed"},
        {"theirWords", "ja"},       {"agreementId", "a1"},
        {"what", "møde"},           {"who", "leder"},
        {"byWhen", "maj"},          {"findingId", "f1"},
        {"indicatorId", "1.a"},     {"score", 4},
        {"rationale", "fordi"},     {"questionId", "q1"},
        {"answer", "yes"},          {"comment", "godt"},
        {"noteId", idString(e.id)}, {"facilityName", "Solhaven"},
        {"nextSteps", "næste"},     {"moment", "start"},
        {"status", "denied"},
    };
    if (e.type == QLatin1String(EventType::ContentRedacted))
        e.payload = redactionPayload({{e.id, {QStringLiteral("text")}}}, QStringLiteral("navn"));
    return e;
}

// A value of `kind`, as the app spells one.
QJsonValue valueOf(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
        return QStringLiteral("ord");
    case FieldKind::Number:
        return 3;
    case FieldKind::Flag:
        return true;
    case FieldKind::Id:
        return idString(QUuid::createUuid());
    case FieldKind::Texts:
        return QJsonArray{idString(QUuid::createUuid())};
    case FieldKind::Object:
        return QJsonObject{{"indicatorId", "1.a"}, {"method", "interview"}};
    case FieldKind::Objects:
        return QJsonArray{
            QJsonObject{{"event", idString(QUuid::createUuid())}, {"fields", QJsonArray{"text"}}}};
    }
    return {};
}

// A value of another kind than `kind`: what a careless writer would send.
QJsonValue wrongValueFor(FieldKind kind)
{
    return kind == FieldKind::Text ? QJsonValue(7) : QJsonValue(QStringLiteral("{not-a-uuid}"));
}

// Every field the definition names, each of its kind.
QJsonObject fullPayload(const EventDefinition &definition)
{
    QJsonObject payload;
    for (const PayloadField &f : definition.fields)
        payload.insert(QLatin1String(f.name), valueOf(f.kind));
    return payload;
}

QList<Event> oneOfEach()
{
    QList<Event> events;
    int seq = 0;
    for (const char *type : EventType::All)
        events.append(sample(type, ++seq));
    return events;
}

} // namespace

class EventWords : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

private slots:
    void initTestCase()
    {
        QString failure;
        QVERIFY2(m_fx.start(&failure), qPrintable(failure));
    }

    void everyTypeHasOneDefinition()
    {
        QCOMPARE(eventDefinitions().size(), qsizetype(std::size(EventType::All)));
        for (const char *type : EventType::All) {
            const EventDefinition *d = eventDefinition(QString::fromLatin1(type));
            QVERIFY2(d && QLatin1String(d->type) == QLatin1String(type), type);
            QVERIFY2(d->words, type);
        }
        QVERIFY(!eventDefinition(u"TeleportedAway"));
    }

    // Each definition's payload reads back as it was written, and a field of another kind than
    // its definition says is named in the problem.
    void payloadsRoundTripThroughTheirDefinitions()
    {
        for (const EventDefinition &d : eventDefinitions()) {
            const QJsonObject written = fullPayload(d);
            const EventPayload payload(d, written);
            QVERIFY2(payload.problem().isEmpty(), qPrintable(QLatin1String(d.type) + payload.problem()));
            QCOMPARE(payload.encode(), written);
            // what the app writes beside the vocabulary's fields (a newer app's) is not this version's
            QJsonObject withExtra = written;
            withExtra.insert(QStringLiteral("fromANewerApp"), 1);
            QCOMPARE(EventPayload(d, withExtra).encode(), written);
            for (const PayloadField &f : d.fields) {
                QJsonObject wrong = written;
                wrong.insert(QLatin1String(f.name), wrongValueFor(f.kind));
                const QString problem = payloadProblem(QString::fromLatin1(d.type), wrong);
                QVERIFY2(problem.contains(QLatin1String("payload.") + QLatin1String(f.name)),
                         qPrintable(QLatin1String(d.type) + QLatin1Char(' ') + problem));
            }
        }
    }

    // The fold reads each dialogue event through its definition: what the codec writes is what
    // the fold applies (a typed read of a field the definition lacks would read nothing).
    void theFoldReadsWhatTheDefinitionsWrite()
    {
        DialogueState s;
        Event e = sample(EventType::IndicatorScored, 1);
        e.payload = QJsonObject{
            {"indicatorId", "1.a"}, {"score", 4}, {"rationale", "fordi"}, {"replaces", QJsonArray{}}};
        QVERIFY(foldDialogueEvent(s, e));
        settleScores(s);
        QCOMPARE(s.scores.value(QStringLiteral("1.a")).score, 4);
        QCOMPARE(s.scores.value(QStringLiteral("1.a")).rationale, QStringLiteral("fordi"));
        QVERIFY(!s.scores.value(QStringLiteral("1.a")).replacesAll);
        QVERIFY(!foldDialogueEvent(s, sample(EventType::NoteWritten, 2)));
    }

    // Every dialogue type's fold step runs over a payload holding each of its fields: a step that
    // reads a field its definition does not declare, or as another kind, trips EventPayload's
    // assertion in a debug build (the asan preset).
    void everyDialogueStepReadsOnlyItsDefinition()
    {
        DialogueState s;
        int folded = 0;
        for (const EventDefinition &d : eventDefinitions()) {
            Event e = sample(d.type, ++folded);
            e.payload = fullPayload(d);
            const bool dialogue = foldDialogueEvent(s, e);
            const bool visitLevel = QList<QByteArray>{EventType::VisitStarted,    EventType::NoteWritten,
                                                      EventType::NoteAmended,     EventType::VisitClosed,
                                                      EventType::LocationStamped, EventType::ContentRedacted}
                                        .contains(QByteArray(d.type));
            QVERIFY2(dialogue != visitLevel, d.type);
        }
    }

    // One visit holding an event of every type, as the app writes each, is stored whole by a real
    // server; the same events with a field of the wrong kind are refused one by one, by name.
    void theServerAcceptsWhatTheAppWrites()
    {
        const QString tenant = m_fx.newTenant();
        ServerFixture::Tablet tablet = m_fx.enrollNew(tenant);
        const QUuid visit = QUuid::createUuid();
        QList<QJsonObject> events{m_fx.visitStarted(tablet, visit, m_fx.newFacility(tenant))};
        QList<QJsonObject> wrong;
        for (const EventDefinition &d : eventDefinitions()) {
            if (QLatin1String(d.type) == QLatin1String(EventType::VisitStarted))
                continue;
            const QJsonObject appPayload = sample(d.type, 0).payload;
            events << m_fx.event(tablet, visit, d.type, appPayload);
            if (!d.fields.isEmpty()) {
                QJsonObject bad = appPayload;
                bad.insert(QLatin1String(d.fields.first().name), wrongValueFor(d.fields.first().kind));
                wrong << m_fx.event(tablet, visit, d.type, bad);
            }
        }
        const ServerFixture::Reply stored = m_fx.push(tablet, events);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json.value(QLatin1String("rejected")).toArray(), QJsonArray());
        QCOMPARE(stored.json.value(QLatin1String("stored")).toArray().size(), events.size());

        const ServerFixture::Reply refused = m_fx.push(tablet, wrong);
        QCOMPARE(refused.status, 200);
        QCOMPARE(refused.json.value(QLatin1String("stored")).toArray(), QJsonArray());
        const QJsonArray rejected = refused.json.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), wrong.size());
        for (const QJsonValue &r : rejected) {
            QCOMPARE(r.toObject().value(QLatin1String("error")).toString(), QStringLiteral("invalid_event"));
            QVERIFY2(
                r.toObject().value(QLatin1String("message")).toString().startsWith(QLatin1String("payload.")),
                qPrintable(r.toObject().value(QLatin1String("message")).toString()));
        }
    }

    void appTimelineHasWordsInBothLanguages()
    {
        const QList<Event> events = oneOfEach();
        // The language as main.cpp sets it: the translator for the app's own words, the default
        // locale for the words the core carries in both languages (core/EventVocabulary.h).
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        const QVariantList english = describeTimeline(events, nullptr);
        QTranslator danish;
        QVERIFY2(danish.load(QStringLiteral(FELTDIALOG_DANISH_QM)), FELTDIALOG_DANISH_QM);
        QCoreApplication::installTranslator(&danish);
        QLocale::setDefault(QLocale(QStringLiteral("da_DK")));
        const QVariantList dansk = describeTimeline(events, nullptr);
        QCoreApplication::removeTranslator(&danish);

        QCOMPARE(english.size(), events.size());
        QCOMPARE(dansk.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString en = english[i].toMap().value(QStringLiteral("what")).toString();
            const QString da = dansk[i].toMap().value(QStringLiteral("what")).toString();
            const QByteArray type = events[i].type.toUtf8();
            QVERIFY2(!en.isEmpty() && !en.contains(QLatin1String("newer version")), type);
            QVERIFY2(!da.isEmpty() && !da.contains(QLatin1String("nyere version")), type);
            // Danish differs from English, except where the words are the same in both
            QVERIFY2(da != en || en == QLatin1String("Check-in") || en == QLatin1String("Note"),
                     type + ": " + en.toUtf8());
        }
    }

    // A score names its indicator as a person knows it, by number and title from the quality
    // model (as the note cards do), not by the log's id alone; an id the model does not know
    // still reads as itself.
    void appTimelineNamesTheScoredIndicator()
    {
        QualityModel model;
        Indicator indicator;
        indicator.id = QStringLiteral("8.b");
        indicator.title = {QStringLiteral("Ekstern supervision og sparring"),
                           QStringLiteral("External supervision")};
        model.themes = {
            Theme{QStringLiteral("organisation"), 8, {}, {Criterion{QStringLiteral("8"), {}, {indicator}}}}};
        Event known = sample(EventType::IndicatorScored, 1);
        known.payload.insert(QLatin1String("indicatorId"), QStringLiteral("8.b"));
        Event unknown = sample(EventType::IndicatorScored, 2);
        unknown.payload.insert(QLatin1String("indicatorId"), QStringLiteral("99.z"));

        QTranslator danish;
        QVERIFY2(danish.load(QStringLiteral(FELTDIALOG_DANISH_QM)), FELTDIALOG_DANISH_QM);
        QCoreApplication::installTranslator(&danish);
        QLocale::setDefault(QLocale(QStringLiteral("da_DK")));
        const QVariantList dansk = describeTimeline({known, unknown}, nullptr, &model);
        QCoreApplication::removeTranslator(&danish);
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        const QVariantList english = describeTimeline({known}, nullptr, &model);

        QCOMPARE(dansk[0].toMap().value(QStringLiteral("what")).toString(),
                 QStringLiteral("Indikator 8.b Ekstern supervision og sparring vurderet til 4"));
        QCOMPARE(dansk[1].toMap().value(QStringLiteral("what")).toString(),
                 QStringLiteral("Indikator 99.z vurderet til 4"));
        QCOMPARE(english[0].toMap().value(QStringLiteral("what")).toString(),
                 QStringLiteral("Indicator 8.b External supervision scored 4"));
    }

    void recordAppendixHasWords()
    {
        const QList<Event> events = oneOfEach();
        const VisitRecord record = buildVisitRecord(events, {});
        QCOMPARE(record.log.size(), events.size());
        for (const Event &e : record.log) {
            const auto [what, detail] = timelineWords(record, e);
            QVERIFY2(!what.isEmpty() && !what.startsWith(QLatin1String("Ukendt hændelse")),
                     qPrintable(e.type));
        }
    }
};

QTEST_GUILESS_MAIN(EventWords)
#include "tst_eventwords.moc"
