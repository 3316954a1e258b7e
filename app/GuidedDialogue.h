#pragma once

#include "ConversationLists.h"
#include "DialogueTerms.h"
#include "OpenVisit.h"
#include "QmlSingleton.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUuid>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <utility>

namespace feltdialog {

// The dialogue method of the open visit for QML: the conversation in progress and its phase, the
// position spoken from, timeouts, check-in, wrap-up. Each intent is one event through OpenVisit;
// the screens read the fold back as plain maps. Nothing here blocks a step: the consultant may skip,
// go back or end early, and the record shows what was done.
class GuidedDialogue : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Dialogue)
    QML_SINGLETON
    FELTDIALOG_CPP_OWNED_SINGLETON(GuidedDialogue)
    Q_PROPERTY(QVariantMap state READ state NOTIFY changed)
    Q_PROPERTY(QVariantMap conversation READ conversation NOTIFY changed)
    Q_PROPERTY(QString conversationId READ conversationId NOTIFY changed)
    Q_PROPERTY(feltdialog::DialogueTerms::Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(feltdialog::DialogueTerms::Position position READ position NOTIFY changed)
    Q_PROPERTY(
        feltdialog::DialogueTerms::ConversationKind conversationKind READ conversationKind NOTIFY changed)
    // The rows the panels repeat, of the conversation in progress (empty between conversations).
    Q_PROPERTY(feltdialog::ParticipantList *participants READ participants CONSTANT)
    Q_PROPERTY(feltdialog::SummaryPointList *summaryPoints READ summaryPoints CONSTANT)
    Q_PROPERTY(feltdialog::AgreementList *agreements READ agreements CONSTANT)
    Q_PROPERTY(feltdialog::FindingList *findings READ findings CONSTANT)
    Q_PROPERTY(QVariantMap openTimeout READ openTimeout NOTIFY changed)
    Q_PROPERTY(int conversationCount READ conversationCount NOTIFY changed)
    Q_PROPERTY(QVariantList contractItems READ contractItems NOTIFY guideChanged)
    Q_PROPERTY(QVariantList participantRoles READ participantRoles NOTIFY guideChanged)
    Q_PROPERTY(QVariantList prompts READ prompts NOTIFY guideChanged)
    Q_PROPERTY(QVariantList indicators READ indicators NOTIFY guideChanged)
    Q_PROPERTY(QVariantList checkInPrompts READ checkInPrompts NOTIFY guideChanged)
    Q_PROPERTY(QVariantList questionBanks READ questionBanks NOTIFY guideChanged)
    // phase id -> {title, guidance, sayAloud, coreElements: [1-6]}; position id -> {id, title,
    // explanation, sayAloud}
    Q_PROPERTY(QVariantMap phaseGuides READ phaseGuides NOTIFY guideChanged)
    Q_PROPERTY(QVariantMap positions READ positions NOTIFY guideChanged)
    // The participant whose check-in speaking timer runs (one at a time), or empty.
    Q_PROPERTY(QString speaking READ speaking NOTIFY speakingChanged)
    // What the last action can still take back for a few seconds: "end" (the conversation was
    // ended), "switch" (the position was switched), or empty.
    Q_PROPERTY(QString undoable READ undoable NOTIFY undoableChanged)
    Q_PROPERTY(int undoWindowMs READ undoWindowMs CONSTANT)
public:
    // The words and choices the template gives the screens, already in the UI language: each entry
    // a map with at least "id" and "title" (contract items and prompts also "prompt"/"text",
    // prompts "kind").
    struct Guide
    {
        QVariantList contractItems, participantRoles, prompts, indicators, checkInPrompts;
        // per indicator: {indicatorId, title, headings: [{title, questions: [{id, text, answerType}]}]}
        QVariantList questionBanks;
        QVariantMap phases, positions;
    };
    void setGuide(Guide guide);
    // An indicator's assessment guide in the UI language: {intro, weigh: [..], levels: [{level, title,
    // text}]}.
    static QVariantMap guideFor(const AssessmentGuide &guide, const QString &lang);
    QVariantList contractItems() const { return m_guide.contractItems; }
    QVariantList participantRoles() const { return m_guide.participantRoles; }
    QVariantList prompts() const { return m_guide.prompts; }
    QVariantList indicators() const { return m_guide.indicators; }
    QVariantList checkInPrompts() const { return m_guide.checkInPrompts; }
    QVariantList questionBanks() const { return m_guide.questionBanks; }
    QVariantMap phaseGuides() const { return m_guide.phases; }
    QVariantMap positions() const { return m_guide.positions; }
    // Whether a phase's guidance opens: the first time the consultant meets the phase, and after
    // that as they last left it (one tap opens or closes it, and that choice is kept).
    Q_INVOKABLE bool guidanceOpen(const QString &phaseId);
    Q_INVOKABLE void setGuidanceOpen(const QString &phaseId, bool open);
    Q_INVOKABLE QString roleTitle(const QString &roleId) const;
    // Everything in the visit in order, read-only, for the timeline view.
    Q_INVOKABLE QVariantList timeline() const;
    // Evidence coverage per focus indicator: which sources and methods back it, its notes and
    // score, and whether it rests on too little to triangulate. Gaps first would hide the order
    // of the model, so the list keeps the model's order and marks gaps instead.
    Q_INVOKABLE QVariantList coverage() const;
    // For the closing meeting: the summary points, agreements and findings of every other
    // conversation of the visit, each with the title of the conversation it came from.
    Q_INVOKABLE QVariantList pointsFromConversations() const;

    GuidedDialogue(Workspace *workspace, OpenVisit *visit, QObject *parent = nullptr);

    QVariantMap state() const;
    QVariantMap conversation() const; // the one in progress, or empty
    QString conversationId() const;
    DialogueTerms::Phase phase() const;
    DialogueTerms::Position position() const;
    DialogueTerms::ConversationKind conversationKind() const;
    ParticipantList *participants() { return &m_participants; }
    SummaryPointList *summaryPoints() { return &m_summaryPoints; }
    AgreementList *agreements() { return &m_agreements; }
    FindingList *findings() { return &m_findings; }
    QVariantMap openTimeout() const;
    int conversationCount() const { return int(dialogue().conversations.size()); }

    Q_INVOKABLE bool startConversation(const QString &title,
                                       const QString &kind = QStringLiteral("conversation"));
    Q_INVOKABLE bool enterPhase(const QString &phase);
    Q_INVOKABLE bool endConversation(const QString &nextSteps);
    // Closes the visit; a conversation still going ends first, with the next steps typed so far.
    Q_INVOKABLE bool closeVisit();
    Q_INVOKABLE bool setContractItem(const QString &itemId, bool agreed);
    Q_INVOKABLE bool switchPosition();
    Q_INVOKABLE QString addParticipant(const QString &role, const QString &label);
    // The label as addParticipant will record it: a resident's name as initials, so the screen can
    // say so before anything is recorded.
    Q_INVOKABLE QString recordableLabel(const QString &role, const QString &label) const;
    // Correcting a wrongly typed name, or removing someone added by mistake: both need a reason, and
    // the record shows the change with who made it and when; the earlier entry stays in the log.
    Q_INVOKABLE bool renameParticipant(const QString &participantId, const QString &label,
                                       const QString &reason);
    Q_INVOKABLE bool removeParticipant(const QString &participantId, const QString &reason);
    // Where the name must not remain in the record at all: every entry of it so far (the first and
    // each correction) is redacted for every reader (core/Redaction.h), with the reason.
    Q_INVOKABLE bool redactParticipantName(const QString &participantId, const QString &reason);
    Q_INVOKABLE bool noteCheckIn(const QString &participantId, const QString &hopes,
                                 const QString &uncertainties);
    // Both questions of the check-out (002 §5.6): what they got out of it, what they take with them.
    Q_INVOKABLE bool noteCheckOut(const QString &participantId, const QString &gained,
                                  const QString &takesAway);
    Q_INVOKABLE bool callTimeout(const QString &calledBy, const QString &reason);
    Q_INVOKABLE bool endTimeout(const QString &outcome);
    // An answer in the form the question's answer type asks for (see core/Dialogue.h).
    Q_INVOKABLE bool answerQuestion(const QString &questionId, const QString &indicatorId,
                                    const QString &answer, const QString &comment);
    Q_INVOKABLE bool askFollowUp(const QString &noteId, const QString &keyword, const QString &question);
    Q_INVOKABLE bool answerPrompt(const QString &promptId, const QString &kind, int scale,
                                  const QString &stepUp, const QString &text);
    Q_INVOKABLE QString stateSummaryPoint(const QString &text);
    Q_INVOKABLE bool answerSummaryPoint(const QString &pointId, const QString &response,
                                        const QString &theirWords);
    Q_INVOKABLE bool makeAgreement(const QString &what, const QString &who, const QString &byWhen);
    Q_INVOKABLE bool noteFinding(const QString &kind, const QString &indicatorId, const QString &text);
    // A score needs its written reason: a number alone is not an assessment.
    Q_INVOKABLE bool scoreIndicator(const QString &indicatorId, int score, const QString &rationale);

    // The check-in speaking timer (GuidedDialogueTurns.cpp). It lives here, not in the row on
    // screen, so a rebuilt list (a participant added, anything recorded) never resets it. Starting
    // one person's timer stops the one running; a stopped turn is recorded (SpeakingTimed), and so
    // is the running one when the visit flushes (a lock, leaving the visit), the phase changes or
    // the conversation ends.
    QString speaking() const { return m_speaking.participantId; }
    Q_INVOKABLE bool startSpeaking(const QString &participantId);
    Q_INVOKABLE bool stopSpeaking();
    // Recorded turns plus the running one, in whole seconds.
    Q_INVOKABLE int speakingSeconds(const QString &participantId) const;

    // Undo of the last end of a conversation or switch of position while undoable() says so.
    static constexpr int UndoWindowMs = 5000;
    int undoWindowMs() const { return UndoWindowMs; }
    QString undoable() const { return m_undo.kind; }
    Q_INVOKABLE bool undo();

signals:
    void changed();
    void guideChanged();
    void speakingChanged();
    void undoableChanged();

private:
    const DialogueState &dialogue() const { return m_visit->state().dialogue; }
    // This consultant's position; a colleague's, synced in, is theirs (core/Dialogue.h).
    SpokenPosition ownPosition() const { return dialogue().positionOf(m_visit->authorId()); }
    const Conversation *current() const;
    const Participant *participant(const QString &participantId) const; // in the current conversation
    bool inConversation(const char *type, QJsonObject payload, const QStringList &settledFields = {});
    bool endCurrentConversation(const QString &nextSteps, const QStringList &settledFields);
    QStringList conversationFields(std::initializer_list<const char *> fields) const;
    bool repeatsLatest(const char *type, const QJsonObject &payload) const;
    const VisitTemplate *visitTemplate() const; // the open visit's, or the default
    void followTemplate();                      // the guide of the open visit's template, in the UI language
    void followConversation();                  // the row models, to the conversation in progress

    bool recordSpeakingTurn(); // the running turn, if any; stops the timer
    void offerUndo(const QString &kind, const char *eventType);
    void forgetUndo();

    Workspace *m_workspace;
    OpenVisit *m_visit;
    Guide m_guide;
    QString m_guideTemplate;
    // (conversation id|phase id) -> open: a panel made again (a rotation) opens as it was left.
    QHash<QString, bool> m_guidanceShown;
    struct SpeakingTurn
    {
        QString participantId, conversationId;
        QElapsedTimer clock; // monotonic: a clock set during the turn does not bend it
    } m_speaking;
    struct Undo
    {
        QString kind;
        QUuid eventId;
        QString conversationId, position; // what the undo restores
    } m_undo;
    QTimer m_undoWindow;
    ParticipantList m_participants;
    SummaryPointList m_summaryPoints;
    AgreementList m_agreements;
    FindingList m_findings;
    // The dialogue as QML reads it (state(), conversation()), made once per state of the log:
    // every panel reads it on every change, and each read made it again from the whole dialogue.
    // The log only grows, so (visit, event count) says when it is stale.
    mutable QVariantMap m_stateMap;
    mutable std::pair<QUuid, qsizetype> m_stateMapOf{QUuid(), -1};
};

} // namespace feltdialog
