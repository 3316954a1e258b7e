#include "DialogueTerms.h"

#include <initializer_list>
#include <utility>

namespace feltdialog {

namespace {
// The log's spelling of each value; anything else is the enum's first value.
template <typename E> E lookUp(const QString &text, std::initializer_list<std::pair<const char *, E>> spelt)
{
    for (const auto &[word, value] : spelt) {
        if (text == QLatin1String(word))
            return value;
    }
    return E{};
}
} // namespace

DialogueTerms::Phase DialogueTerms::phaseOf(const QString &phase)
{
    return lookUp<Phase>(
        phase,
        {{"contract", Contract}, {"checkin", CheckIn}, {"conversation", Conversation}, {"wrapup", WrapUp}});
}

DialogueTerms::Position DialogueTerms::positionOf(const QString &position)
{
    return lookUp<Position>(position, {{"control", Control}, {"development", Development}});
}

DialogueTerms::CalledBy DialogueTerms::calledByOf(const QString &calledBy)
{
    return lookUp<CalledBy>(calledBy, {{"consultant", ByConsultant}, {"facility", ByFacility}});
}

DialogueTerms::TimeoutOutcome DialogueTerms::outcomeOf(const QString &outcome)
{
    return lookUp<TimeoutOutcome>(outcome,
                                  {{"adjusted", Adjusted}, {"continue", Continued}, {"refocus", Refocused}});
}

DialogueTerms::Response DialogueTerms::responseOf(const QString &response)
{
    return lookUp<Response>(response,
                            {{"confirmed", Confirmed}, {"understood_differently", UnderstoodDifferently}});
}

DialogueTerms::FindingKind DialogueTerms::findingKindOf(const QString &kind)
{
    return lookUp<FindingKind>(kind, {{"development", DevelopmentPoint}, {"attention", AttentionPoint}});
}

DialogueTerms::AnswerKind DialogueTerms::answerKindOf(const QString &answerType)
{
    return lookUp<AnswerKind>(answerType, {{"note", NoteAnswer},
                                           {"yes_no_na", YesNoNotRelevant},
                                           {"degree", Degree},
                                           {"indicator_score", IndicatorScoreAnswer},
                                           {"scale", ScaleAnswer}});
}

DialogueTerms::PromptKind DialogueTerms::promptKindOf(const QString &kind)
{
    return lookUp<PromptKind>(kind, {{"miracle", MiraclePrompt},
                                     {"scale", ScalePrompt},
                                     {"exception", ExceptionPrompt},
                                     {"coping", CopingPrompt}});
}

DialogueTerms::ConversationKind DialogueTerms::conversationKindOf(const QString &kind)
{
    return lookUp<ConversationKind>(kind, {{"closing_meeting", ClosingMeeting}});
}

} // namespace feltdialog
