// The moments of the dialogue that are timed: a participant's speaking turn in the check-in, and
// the few seconds in which ending a conversation or switching position can be taken back.
#include "GuidedDialogue.h"

#include <algorithm>
#include <utility>

namespace feltdialog {

bool GuidedDialogue::startSpeaking(const QString &participantId)
{
    if (participantId == m_speaking.participantId)
        return true;
    const Participant *p = participant(participantId);
    if (!p || p->removed)
        return false;
    // One person speaks at a time: the one before has finished their turn.
    if (!recordSpeakingTurn())
        return false;
    m_speaking = {participantId, conversationId(), {}};
    m_speaking.clock.start();
    emit speakingChanged();
    return true;
}

bool GuidedDialogue::stopSpeaking()
{
    return recordSpeakingTurn();
}

int GuidedDialogue::speakingSeconds(const QString &participantId) const
{
    const Participant *p = participant(participantId);
    int seconds = p ? p->speakingSeconds : 0;
    if (participantId == m_speaking.participantId)
        seconds += int(m_speaking.clock.elapsed() / 1000);
    return seconds;
}

bool GuidedDialogue::recordSpeakingTurn()
{
    if (m_speaking.participantId.isEmpty())
        return true;
    const SpeakingTurn turn = std::exchange(m_speaking, {});
    emit speakingChanged();
    // Whole seconds, as the screen showed them; a tap on and off records nothing.
    const qint64 seconds = turn.clock.elapsed() / 1000;
    if (seconds <= 0)
        return true;
    return m_visit->record(EventType::SpeakingTimed, {{QStringLiteral("conversationId"), turn.conversationId},
                                                      {QStringLiteral("participantId"), turn.participantId},
                                                      {QStringLiteral("seconds"), seconds}});
}

// Undo appends, it does not delay: the end or the switch is in the log the moment it is tapped,
// so a kill -9, a flat battery or a lock in the next seconds cannot lose it, and nothing recorded
// in those seconds is ordered before it. Undoing appends an event naming it (ConversationResumed,
// PositionSwitchUndone); the fold takes the effect back and the appendix shows both.
void GuidedDialogue::offerUndo(const QString &kind, const char *eventType)
{
    const QList<Event> &events = m_visit->events();
    const auto it = std::find_if(events.crbegin(), events.crend(),
                                 [eventType](const Event &e) { return e.type == QLatin1String(eventType); });
    if (it == events.crend())
        return;
    m_undo = {kind, it->id, it->payload.value(QLatin1String("conversationId")).toString(),
              ownPosition().beforeLastSwitch};
    m_undoWindow.start(UndoWindowMs);
    emit undoableChanged();
}

void GuidedDialogue::forgetUndo()
{
    m_undoWindow.stop();
    if (m_undo.kind.isEmpty())
        return;
    m_undo = {};
    emit undoableChanged();
}

bool GuidedDialogue::undo()
{
    const Undo undo = m_undo;
    forgetUndo();
    if (undo.kind == QLatin1String("end"))
        return m_visit->record(EventType::ConversationResumed,
                               {{QStringLiteral("conversationId"), undo.conversationId},
                                {QStringLiteral("undoes"), idString(undo.eventId)}});
    if (undo.kind == QLatin1String("switch")) {
        QJsonObject payload{{QStringLiteral("position"), undo.position},
                            {QStringLiteral("undoes"), idString(undo.eventId)}};
        if (!undo.conversationId.isEmpty())
            payload.insert(QStringLiteral("conversationId"), undo.conversationId);
        return m_visit->record(EventType::PositionSwitchUndone, payload);
    }
    return false;
}

} // namespace feltdialog
