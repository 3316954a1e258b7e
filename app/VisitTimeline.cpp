#include "VisitTimeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

namespace feltdialog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VisitTimeline", text);
}

QString field(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

QString phaseName(const QString &phase)
{
    if (phase == QLatin1String("contract"))
        return tr("contract");
    if (phase == QLatin1String("checkin"))
        return tr("check-in");
    if (phase == QLatin1String("conversation"))
        return tr("conversation");
    if (phase == QLatin1String("wrapup"))
        return tr("wrap-up");
    return phase;
}

// What happened, and the words that go with it.
std::pair<QString, QString> describe(const Event &e)
{
    const auto is = [&e](const char *type) { return e.type == QLatin1String(type); };
    if (is(EventType::VisitStarted))
        return {tr("Visit started"), field(e, "facilityName")};
    if (is(EventType::NoteWritten))
        return {tr("Note"), field(e, "text")};
    if (is(EventType::NoteAmended))
        return {tr("Note amended"), field(e, "text")};
    if (is(EventType::VisitClosed))
        return {tr("Visit closed"), {}};
    if (is(EventType::ConversationStarted))
        return {tr("Conversation started"), field(e, "title")};
    if (is(EventType::PhaseEntered))
        return {tr("Phase"), phaseName(field(e, "phase"))};
    if (is(EventType::ConversationEnded))
        return {tr("Conversation ended"), field(e, "nextSteps")};
    if (is(EventType::ContractItemSet))
        return {e.payload.value(QLatin1String("agreed")).toBool() ? tr("Agreed") : tr("Agreement withdrawn"),
                field(e, "itemId")};
    if (is(EventType::PositionSwitched))
        return {tr("Position switched"),
                field(e, "position") == QLatin1String("control") ? tr("control") : tr("development")};
    if (is(EventType::ParticipantJoined))
        return {tr("Participant"), field(e, "label")};
    if (is(EventType::CheckInNoted))
        return {tr("Check-in"), field(e, "hopes") + QStringLiteral(" · ") + field(e, "uncertainties")};
    if (is(EventType::CheckOutNoted))
        return {tr("Check-out"), field(e, "takesAway")};
    if (is(EventType::TimeoutCalled))
        return {field(e, "calledBy") == QLatin1String("facility") ? tr("Timeout called by the facility")
                                                                  : tr("Timeout called by the consultant"),
                field(e, "reason")};
    if (is(EventType::TimeoutEnded))
        return {tr("Timeout ended"), field(e, "outcome")};
    if (is(EventType::FollowUpAsked))
        return {tr("Follow-up asked"), field(e, "question")};
    if (is(EventType::PromptAnswered)) {
        const int scale = e.payload.value(QLatin1String("scale")).toInt();
        return {tr("Question answered"),
                scale > 0 ? tr("%1 of 5; one step up: %2").arg(scale).arg(field(e, "stepUp"))
                          : field(e, "text")};
    }
    if (is(EventType::SummaryPointStated))
        return {tr("Summary point"), field(e, "text")};
    if (is(EventType::SummaryPointAnswered))
        return {field(e, "response") == QLatin1String("confirmed") ? tr("Point confirmed")
                                                                   : tr("Point understood differently"),
                field(e, "theirWords")};
    if (is(EventType::AgreementMade))
        return {tr("Agreement"), field(e, "what")};
    if (is(EventType::FindingNoted))
        return {field(e, "kind") == QLatin1String("attention") ? tr("Attention point")
                                                               : tr("Development point"),
                field(e, "text")};
    if (is(EventType::IndicatorScored))
        return {
            tr("Indicator %1 scored %2").arg(field(e, "indicatorId")).arg(e.payload.value("score").toInt()),
            field(e, "rationale")};
    return {tr("Recorded by a newer version (%1)").arg(e.type), {}};
}

} // namespace

QVariantList describeTimeline(const QList<Event> &events)
{
    QVariantList list;
    list.reserve(events.size());
    for (const Event &e : events) {
        const auto [what, detail] = describe(e);
        list.append(QVariantMap{{QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(e.wallTimeMs)},
                                {QStringLiteral("what"), what},
                                {QStringLiteral("detail"), detail},
                                {QStringLiteral("author"), e.authorId}});
    }
    return list;
}

} // namespace feltdialog
