#include "VisitTimeline.h"

#include "EventVocabulary.h"
#include "Redaction.h"
#include "VisitLocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QVariantMap>

namespace feltdialog {

namespace {

// The timeline's words, under one translation context that lupdate and the runtime agree on.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(VisitTimeline)
};

QString field(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

// A question bank's answer as the template's answer types spell it (core/Dialogue.h), in words.
QString answerWords(const QString &answer)
{
    if (answer == QLatin1String("yes"))
        return Words::tr("yes");
    if (answer == QLatin1String("no"))
        return Words::tr("no");
    if (answer == QLatin1String("not_relevant"))
        return Words::tr("not relevant");
    if (answer == QLatin1String("low"))
        return Words::tr("low");
    if (answer == QLatin1String("some"))
        return Words::tr("some");
    if (answer == QLatin1String("high"))
        return Words::tr("high");
    return answer; // a 1-5 scale or free text
}

QString phaseName(const QString &phase)
{
    if (phase == QLatin1String("contract"))
        return Words::tr("contract");
    if (phase == QLatin1String("checkin"))
        return Words::tr("check-in");
    if (phase == QLatin1String("conversation"))
        return Words::tr("conversation");
    if (phase == QLatin1String("wrapup"))
        return Words::tr("wrap-up");
    return phase;
}

// How a timeout ended, in the words of the banner's buttons (qml/TimeoutBanner.qml).
QString outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("adjusted"))
        return Words::tr("adjusted");
    if (outcome == QLatin1String("continue"))
        return Words::tr("continued as agreed");
    if (outcome == QLatin1String("refocus"))
        return Words::tr("focus found again");
    return outcome;
}

QString positionName(const QString &position)
{
    return position == QLatin1String("control") ? Words::tr("control") : Words::tr("development");
}

QString speakingTime(int seconds)
{
    if (seconds < 60)
        return Words::tr("%n second(s)", nullptr, seconds);
    return Words::tr("%1 min. %2 sec.").arg(seconds / 60).arg(seconds % 60);
}

// The template's and the quality model's words for what the log names by id (a contract item, a
// question, an indicator); the id itself when they do not know it (another version, an
// authority's own item).
struct TemplateWords
{
    const VisitTemplate *visitTemplate;
    const QualityModel *qualityModel;
    QString lang;

    QString contractItem(const QString &id) const
    {
        if (const TemplatePhase *contract =
                visitTemplate ? visitTemplate->phase(QStringLiteral("contract")) : nullptr) {
            for (const ContractItem &item : contract->contractItems) {
                if (item.id == id)
                    return item.title.in(lang);
            }
        }
        return id;
    }
    QString question(const QString &id) const
    {
        const Question *q = visitTemplate ? visitTemplate->question(id) : nullptr;
        return q ? q->text.in(lang) : id;
    }
    // "8.b Ekstern supervision og sparring": consultants know an indicator by number and by name.
    QString indicator(const QString &id) const
    {
        const Indicator *i = qualityModel ? qualityModel->indicator(id) : nullptr;
        return i ? id + QLatin1Char(' ') + i->title.in(lang) : id;
    }
};

// The words that go with an event, beside its headline: what was typed, and the log's codes in
// words.
QString detail(const Event &e, const TemplateWords &words)
{
    const auto is = [&e](const char *type) { return e.type == QLatin1String(type); };
    if (is(EventType::VisitStarted))
        return field(e, "facilityName");
    if (is(EventType::NoteWritten) || is(EventType::NoteAmended) || is(EventType::SummaryPointStated) ||
        is(EventType::FindingNoted))
        return field(e, "text");
    if (is(EventType::ConversationStarted))
        return field(e, "title");
    if (is(EventType::PhaseEntered))
        return phaseName(field(e, "phase"));
    if (is(EventType::ConversationEnded))
        return field(e, "nextSteps");
    if (is(EventType::ContractItemSet))
        return words.contractItem(field(e, "itemId"));
    if (is(EventType::PositionSwitched) || is(EventType::PositionSwitchUndone))
        return positionName(field(e, "position"));
    if (is(EventType::ParticipantJoined))
        return field(e, "label");
    if (is(EventType::ParticipantRenamed))
        return Words::tr("to %1 · why: %2").arg(field(e, "label"), field(e, "reason"));
    if (is(EventType::ParticipantRemoved))
        return Words::tr("why: %1").arg(field(e, "reason"));
    if (is(EventType::CheckInNoted))
        return field(e, "hopes") + QStringLiteral(" · ") + field(e, "uncertainties");
    if (is(EventType::CheckOutNoted))
        return field(e, "gained") + QStringLiteral(" · ") + field(e, "takesAway");
    if (is(EventType::SpeakingTimed))
        return speakingTime(e.payload.value(QLatin1String("seconds")).toInt());
    if (is(EventType::TimeoutCalled))
        return field(e, "reason");
    if (is(EventType::TimeoutEnded))
        return outcomeName(field(e, "outcome"));
    if (is(EventType::FollowUpAsked))
        return field(e, "question");
    if (is(EventType::PromptAnswered)) {
        const int scale = e.payload.value(QLatin1String("scale")).toInt();
        return scale > 0 ? Words::tr("%1 of 5; one step up: %2").arg(scale).arg(field(e, "stepUp"))
                         : field(e, "text");
    }
    if (is(EventType::SummaryPointAnswered))
        return field(e, "theirWords");
    if (is(EventType::AgreementMade))
        return field(e, "what");
    if (is(EventType::IndicatorScored))
        return field(e, "rationale");
    if (is(EventType::QuestionAnswered)) {
        const QString comment = field(e, "comment");
        return comment.isEmpty() ? answerWords(field(e, "answer"))
                                 : answerWords(field(e, "answer")) + QStringLiteral(" · ") + comment;
    }
    if (is(EventType::ContentRedacted))
        return Words::tr("%n entries · why: %1", nullptr, int(redactionTargets(e.payload).size()))
            .arg(field(e, "reason"));
    if (is(EventType::LocationStamped))
        return VisitLocation::describe(LocationStamp::fromPayload(e.payload));
    return {};
}

// The headline is the event's own words (core/EventVocabulary.h); where they leave a place for
// context (%1), the template's question or the moment of a location stamp fills it.
std::pair<QString, QString> describe(const Event &e, const TemplateWords &words)
{
    const EventDefinition *definition = eventDefinition(e.type);
    if (!definition)
        return {Words::tr("Recorded by a newer version (%1)").arg(e.type), {}};
    QJsonObject payload = e.payload;
    // A score's words name the indicator as the log does, by id: here by its number and title.
    if (e.type == QLatin1String(EventType::IndicatorScored))
        payload.insert(QLatin1String("indicatorId"), words.indicator(field(e, "indicatorId")));
    QString what = definition->words(payload).in(words.lang);
    if (e.type == QLatin1String(EventType::QuestionAnswered))
        what = what.arg(words.question(field(e, "questionId")));
    else if (e.type == QLatin1String(EventType::LocationStamped))
        what = what.arg(VisitLocation::momentText(field(e, "moment")));
    return {what, detail(e, words)};
}

} // namespace

QVariantList describeTimeline(const QList<Event> &events, const VisitTemplate *visitTemplate,
                              const QualityModel *qualityModel,
                              const std::function<QString(const QString &)> &nameOf)
{
    const TemplateWords words{visitTemplate, qualityModel,
                              QLocale().language() == QLocale::English ? QStringLiteral("en")
                                                                       : QStringLiteral("da")};
    QList<Event> readable = events;
    applyRedactions(readable); // redacted words are gone for every reader, here too
    QVariantList list;
    list.reserve(readable.size());
    for (const Event &e : std::as_const(readable)) {
        const auto [what, detail] = describe(e, words);
        list.append(QVariantMap{{QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(e.wallTimeMs)},
                                {QStringLiteral("what"), what},
                                {QStringLiteral("detail"), detail},
                                {QStringLiteral("author"), nameOf ? nameOf(e.authorId) : e.authorId}});
    }
    return list;
}

} // namespace feltdialog
