#pragma once

#include "Event.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace feltdialog {

// The guided dialogue of a visit, folded from its events: conversations moving through phases,
// who took part, timeouts, the position the consultant speaks from, and the wrap-up with what the
// facility confirmed or understood differently. The app guides but never blocks, so every field
// here records what was done; nothing is required.

// The phases in the order the method walks them; a phase left behind unentered was skipped.
enum class Phase
{
    Contract,
    CheckIn,
    Conversation,
    WrapUp
};
// As the log and the template spell a phase: "contract", "checkin", "conversation", "wrapup".
QString phaseId(Phase phase);
// nullopt for a name this version does not know (a newer template's phase).
std::optional<Phase> phaseFromId(QStringView id);
// The phases' ids in the method's order.
const QStringList &phaseOrder();

// A change to a participant after they were added: who made it, when and why. For a removal the
// label stays as it was; for a correction `from` and `to` are the labels before and after.
struct ParticipantChange
{
    QString from, to, reason, authorId;
    qint64 wallTimeMs = 0;
    bool operator==(const ParticipantChange &) const = default;
};

struct Participant
{
    QString id;
    QString role;  // leader, staff, resident, relative, board_member, companion, consultant
    QString label; // initials for residents (core/ParticipantLabel)
    QString hopes, uncertainties;
    QString gained, takesAway; // check-out: what they got out of the conversation, what they take with them
    int speakingSeconds = 0;   // their check-in turns, timed, added up
    QList<ParticipantChange> corrections; // renames, in fold order
    bool removed = false;                 // added by mistake; kept in the record as removed
    ParticipantChange removal;            // who removed them, when and why
    bool operator==(const Participant &) const = default;
};

struct Timeout
{
    QString id;
    QString calledBy; // "consultant" | "facility"
    QString reason;
    QString outcome; // "adjusted" | "continue" | "refocus"; empty while it lasts
    qint64 calledWallMs = 0;
    qint64 endedWallMs = 0;
    bool operator==(const Timeout &) const = default;
};

struct SummaryPoint
{
    QString id;
    QString text;
    QString response; // "", "confirmed" or "understood_differently"
    QString theirWords;
    bool operator==(const SummaryPoint &) const = default;
};

struct Agreement
{
    QString id, what, who, byWhen;
    bool operator==(const Agreement &) const = default;
};

struct Finding
{
    QString id;
    QString kind; // "development" | "attention"
    QString indicatorId;
    QString text;
    bool operator==(const Finding &) const = default;
};

struct PromptAnswer
{
    QString promptId;
    QString kind;   // miracle, scale, exception, coping
    int scale = 0;  // 1-5 for a scale question, 0 otherwise
    QString stepUp; // "what would take it one step up"
    QString text;
    bool operator==(const PromptAnswer &) const = default;
};

// An answer to a question from the template's question bank. The answer is kept as the
// template's answer type spells it: "yes"/"no"/"not_relevant", "low"/"some"/"high"/
// "not_relevant", "1".."5", or free text for a note.
struct QuestionAnswer
{
    QString questionId, indicatorId, answer, comment;
    bool operator==(const QuestionAnswer &) const = default;
};

struct FollowUp
{
    QString noteId, keyword, question;
    bool operator==(const FollowUp &) const = default;
};

struct Conversation
{
    QString id;
    QString title;
    QString kind; // "conversation" | "closing_meeting"
    qint64 startedWallMs = 0;
    qint64 endedWallMs = 0;
    bool ended = false;
    QUuid endedBy;                 // the ConversationEnded that ended it: the one an undo names
    QString phase;                 // the phase it is in now
    QStringList phasesEntered;     // each phase once, in the order first entered
    QHash<QString, bool> contract; // contract item id -> agreed
    QList<Participant> participants;
    QList<Timeout> timeouts;
    QList<SummaryPoint> summary;
    QList<Agreement> agreements;
    QList<Finding> findings;
    QList<PromptAnswer> prompts;
    QList<FollowUp> followUps;
    QList<QuestionAnswer> answers; // one per question: a later answer replaces, the log keeps both
    QString nextSteps;

    QStringList skippedPhases() const; // phases before the furthest one reached, never entered
    const Timeout *openTimeout() const;
    bool operator==(const Conversation &) const = default;
};

// One score given to an indicator. A score names the scores it replaces (the ones the consultant
// saw), so two consultants scoring the same indicator on two tablets before a sync are both kept
// as concurrent scores to resolve, never one silently overwriting the other.
struct IndicatorScore
{
    int score = 0; // 1-5
    QString rationale;
    QUuid eventId;
    QString authorId;
    qint64 wallTimeMs = 0;
    QList<QUuid> replaces;
    bool replacesAll = false; // written before scores named what they replace: replaces all before it
    bool operator==(const IndicatorScore &) const = default;
};

// The position one consultant speaks from. Each consultant at a visit has their own: a colleague's
// switch, synced from another tablet, is theirs and never moves this consultant's.
struct SpokenPosition
{
    QString position = QStringLiteral("control"); // "control" | "development"
    int switches = 0;
    // The latest switch and the position before it: what an undo of that switch goes back to.
    QUuid lastSwitch;
    QString beforeLastSwitch;
    bool operator==(const SpokenPosition &) const = default;
};

struct DialogueState
{
    QHash<QString, SpokenPosition> positions; // author id -> their position; absent: control
    QList<Conversation> conversations;        // in the order they were started
    QHash<QString, IndicatorScore> scores;    // indicator id -> the current score (latest of concurrent ones)
    // indicator id -> the scores nothing replaces, in fold order, when there are two or more: the
    // consultants disagree or scored at once; shown until someone scores the indicator again.
    QHash<QString, QList<IndicatorScore>> concurrentScores;
    QHash<QString, QList<IndicatorScore>> scoreHistory; // every score given, in fold order

    SpokenPosition positionOf(const QString &authorId) const { return positions.value(authorId); }
    const Conversation *conversation(const QString &id) const;
    QJsonObject toJson() const;
    bool operator==(const DialogueState &) const = default;
};

// Applies one event in fold order; returns false when the type is not a dialogue event.
bool foldDialogueEvent(DialogueState &state, const Event &e);
// After the last event: which scores stand (order-independent, like the notes' versions).
void settleScores(DialogueState &state);
// The same for one indicator, after a score for it was folded onto a settled state: an appended
// score costs its own indicator's history, not every indicator's.
void settleScore(DialogueState &state, const QString &indicatorId);

} // namespace feltdialog
