#pragma once

#include <QString>

namespace feltdialog {

// The stable name of a free-text field within a visit, for its FieldDraft (EventStore.h):
// "<area>/<owner>/<field>", where the owner is the id of what the field belongs to — a participant
// ("checkin/<participantId>/hopes"), a summary point ("wrapup/<pointId>/ownWords"), the conversation
// for its add-rows ("wrapup/<conversationId>/nextSteps"), an indicator, a note. The screens build
// the same strings; the dialogue builds them to settle a field's draft with the event recording it.
inline QString fieldKey(const QString &area, const QString &owner, const QString &field)
{
    return area + QLatin1Char('/') + owner + QLatin1Char('/') + field;
}

} // namespace feltdialog
