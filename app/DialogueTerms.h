#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace feltdialog {

// The dialogue's domain values as QML compares them: enums, so a misspelt value is an error in
// qmllint rather than a silent false. The log keeps its strings (core/Dialogue.h); these convert
// at the edge, and an unknown string reads as the first value of its enum.
class DialogueTerms : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DialogueTerms holds enums only")
public:
    enum Phase
    {
        NoPhase, // no conversation in progress
        Contract,
        CheckIn,
        Conversation,
        WrapUp,
    };
    Q_ENUM(Phase)
    enum Position
    {
        Control,
        Development,
    };
    Q_ENUM(Position)
    // Who called a timeout; a timeout in progress has no outcome yet.
    enum CalledBy
    {
        ByConsultant,
        ByFacility,
    };
    Q_ENUM(CalledBy)
    enum TimeoutOutcome
    {
        StillOpen,
        Adjusted,
        Continued,
        Refocused,
    };
    Q_ENUM(TimeoutOutcome)
    // The facility's response to a summary point.
    enum Response
    {
        NotAnswered,
        Confirmed,
        UnderstoodDifferently,
    };
    Q_ENUM(Response)
    enum FindingKind
    {
        DevelopmentPoint,
        AttentionPoint,
    };
    Q_ENUM(FindingKind)
    // How a question of the question bank is answered (the template's answerType).
    enum AnswerKind
    {
        NoteAnswer, // free text; also what an unknown answer type is answered with
        YesNoNotRelevant,
        Degree,
        IndicatorScoreAnswer,
        ScaleAnswer,
    };
    Q_ENUM(AnswerKind)
    // The solution-focused prompts of the conversation phase.
    enum PromptKind
    {
        OtherPrompt,
        MiraclePrompt,
        ScalePrompt,
        ExceptionPrompt,
        CopingPrompt,
    };
    Q_ENUM(PromptKind)
    enum ConversationKind
    {
        OrdinaryConversation,
        ClosingMeeting,
    };
    Q_ENUM(ConversationKind)

    static Phase phaseOf(const QString &phase);
    static Position positionOf(const QString &position);
    static CalledBy calledByOf(const QString &calledBy);
    static TimeoutOutcome outcomeOf(const QString &outcome);
    static Response responseOf(const QString &response);
    static FindingKind findingKindOf(const QString &kind);
    static AnswerKind answerKindOf(const QString &answerType);
    static PromptKind promptKindOf(const QString &kind);
    static ConversationKind conversationKindOf(const QString &kind);
};

} // namespace feltdialog
