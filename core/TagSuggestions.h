#pragma once

#include "VisitState.h"

#include <QList>
#include <QStringList>

namespace feltdialog {

// A tag set offered for the note about to be written, so that one tap tags it whole (issue 13 §5:
// a tagged note in at most three taps). Offered, never applied: a new note starts untagged.
struct TagSuggestion
{
    enum class Basis
    {
        LastNote, // the tags of the note written last, shown as such
        Recent,   // an earlier combination of this visit, newest first
        Focus,    // a focus indicator with the person present and the method of the moment
    };
    NoteTags tags; // indicatorId, sourceRole, method; conversation and position are stamped on filing
    Basis basis = Basis::Focus;
    bool operator==(const TagSuggestion &) const = default;
};

// The likeliest tag sets for the next note of the visit, best first, each combination once:
// the last note's tags, then the visit's other combinations newest first, then the focus
// indicators (the least noted first: the gaps in the evidence) with the source a person present in
// the conversation in progress and the method the moment suggests. focusIndicators are the ids the
// indicator picker offers, in plan order.
QList<TagSuggestion> suggestTags(const VisitState &visit, const QStringList &focusIndicators, int max = 4);

} // namespace feltdialog
