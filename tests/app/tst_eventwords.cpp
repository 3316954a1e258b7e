// Every event type the app writes has words for people: in the app's timeline in Danish and
// English, and in the record's appendix (issue 13 §5: every QuestionAnswered once read "Recorded
// by a newer version"). A type added to EventType::All without words fails here.
#include "RecordModel.h"
#include "RecordSections.h"
#include "Redaction.h"
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
        {"conversationId", "c1"},
        {"participantId", "p1"},
        {"role", "resident"},
        {"label", "A.B."},
        {"reason", "fejl"},
        {"text", "tekst"},
        {"title", "Samtale"},
        {"phase", "checkin"},
        {"position", "control"},
        {"itemId", "purpose"},
        {"agreed", true},
        {"hopes", "håb"},
        {"uncertainties", "tvivl"},
        {"takesAway", "ro"},
        {"timeoutId", "t1"},
        {"calledBy", "facility"},
        {"outcome", "resumed"},
        {"keyword", "svært"},
        {"question", "Hvordan svært?"},
        {"promptId", "q1"},
        {"kind", "development"},
        {"pointId", "s1"},
        {"response", "confirmed"},
        {"theirWords", "ja"},
        {"agreementId", "a1"},
        {"what", "møde"},
        {"who", "leder"},
        {"byWhen", "maj"},
        {"findingId", "f1"},
        {"indicatorId", "1.a"},
        {"score", 4},
        {"rationale", "fordi"},
        {"questionId", "q1"},
        {"answer", "yes"},
        {"comment", "godt"},
        {"noteId", idString(e.id)},
        {"facilityName", "Solhaven"},
        {"nextSteps", "næste"},
        {"moment", "start"},
        {"status", "denied"},
    };
    if (e.type == QLatin1String(EventType::ContentRedacted))
        e.payload = redactionPayload({{e.id, {QStringLiteral("text")}}}, QStringLiteral("navn"));
    return e;
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

private slots:
    void appTimelineHasWordsInBothLanguages()
    {
        const QList<Event> events = oneOfEach();
        const QVariantList english = describeTimeline(events, nullptr);
        QTranslator danish;
        QVERIFY2(danish.load(QStringLiteral(FELTDIALOG_DANISH_QM)), FELTDIALOG_DANISH_QM);
        QCoreApplication::installTranslator(&danish);
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
