#pragma once

#include "Hlc.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace feltdialog {

// Event type names as they are stored and synced. A name, once released, never changes meaning.
namespace EventType {
inline constexpr auto VisitStarted = "VisitStarted";
inline constexpr auto NoteWritten = "NoteWritten";
inline constexpr auto NoteAmended = "NoteAmended";
inline constexpr auto VisitClosed = "VisitClosed";
// The guided dialogue (core/Dialogue.h folds these).
inline constexpr auto ConversationStarted = "ConversationStarted";
inline constexpr auto PhaseEntered = "PhaseEntered";
inline constexpr auto ConversationEnded = "ConversationEnded";
inline constexpr auto ContractItemSet = "ContractItemSet";
inline constexpr auto PositionSwitched = "PositionSwitched";
inline constexpr auto ParticipantJoined = "ParticipantJoined";
// A participant added by mistake, or a name typed wrongly: the earlier entry stays in the log and
// the record says who changed it, when and why.
inline constexpr auto ParticipantRemoved = "ParticipantRemoved";
inline constexpr auto ParticipantRenamed = "ParticipantRenamed";
inline constexpr auto CheckInNoted = "CheckInNoted";
inline constexpr auto CheckOutNoted = "CheckOutNoted";
inline constexpr auto TimeoutCalled = "TimeoutCalled";
inline constexpr auto TimeoutEnded = "TimeoutEnded";
inline constexpr auto FollowUpAsked = "FollowUpAsked";
inline constexpr auto PromptAnswered = "PromptAnswered";
inline constexpr auto SummaryPointStated = "SummaryPointStated";
inline constexpr auto SummaryPointAnswered = "SummaryPointAnswered";
inline constexpr auto AgreementMade = "AgreementMade";
inline constexpr auto FindingNoted = "FindingNoted";
inline constexpr auto IndicatorScored = "IndicatorScored";
inline constexpr auto QuestionAnswered = "QuestionAnswered";
inline constexpr auto LocationStamped = "LocationStamped";
// Words that must not remain in the record at all (a resident's name): core/Redaction.h.
inline constexpr auto ContentRedacted = "ContentRedacted";
// One person's turn of speaking in the check-in, timed by the consultant: {participantId, seconds}.
// A person's turns add up; the record shows the total.
inline constexpr auto SpeakingTimed = "SpeakingTimed";
// Undoing, within the app's few seconds, an end of a conversation or a switch of position: the
// undone event stays in the log and this one, naming it in `undoes`, takes its effect back
// (docs/record-format.md says why undo appends rather than delays the write).
inline constexpr auto ConversationResumed = "ConversationResumed";
inline constexpr auto PositionSwitchUndone = "PositionSwitchUndone";

// Every type this version writes and understands. The server refuses others (from a newer app)
// per event, and the fold keeps them as unknown rather than dropping them.
inline constexpr const char *All[] = {
    VisitStarted,    NoteWritten,         NoteAmended,          VisitClosed,        ConversationStarted,
    PhaseEntered,    ConversationEnded,   ContractItemSet,      PositionSwitched,   ParticipantJoined,
    CheckInNoted,    CheckOutNoted,       TimeoutCalled,        TimeoutEnded,       FollowUpAsked,
    PromptAnswered,  SummaryPointStated,  SummaryPointAnswered, AgreementMade,      FindingNoted,
    IndicatorScored, QuestionAnswered,    LocationStamped,      ParticipantRemoved, ParticipantRenamed,
    SpeakingTimed,   ConversationResumed, PositionSwitchUndone, ContentRedacted,
};
} // namespace EventType

// One fact in a visit's log. Never updated, never deleted while unsynced: the log is the record
// the law asks for. Identity is the random id; order is (hlc, deviceId, deviceSeq).
struct Event
{
    static constexpr int CurrentSchemaVersion = 1;

    QUuid id;
    QUuid visitId;
    QString authorId;
    QString deviceId;
    qint64 deviceSeq = 0;
    HlcTimestamp hlc;
    qint64 wallTimeMs = 0;
    QString type;
    QJsonObject payload;
    int schemaVersion = CurrentSchemaVersion;
    // Set only on a copy made for reading, never stored or synced: the SHA-256 (hex) of this
    // event's canonical line as written, when a redaction has replaced words in its payload
    // (core/Redaction.h). The log hash uses it in place of the redacted line's digest.
    QByteArray redactedFromSha256;

    QJsonObject toJson() const;
    static Event fromJson(const QJsonObject &json);
    QByteArray payloadBytes() const; // the compact JSON that is stored (and, later, sealed)

    bool operator==(const Event &) const = default;
};

// The deterministic total order every replica folds in.
inline bool foldsBefore(const Event &a, const Event &b)
{
    if (a.hlc != b.hlc)
        return a.hlc < b.hlc;
    if (a.deviceId != b.deviceId)
        return a.deviceId < b.deviceId;
    if (a.deviceSeq != b.deviceSeq)
        return a.deviceSeq < b.deviceSeq;
    return a.id < b.id; // only reached by a forged duplicate; keeps the order total anyway
}

QString idString(const QUuid &id); // without braces, as stored

} // namespace feltdialog
