#include "TagSuggestions.h"

#include <algorithm>

namespace feltdialog {

namespace {

// Only what the consultant chooses: the stamped conversation and position are not part of a set.
NoteTags chosenTags(const NoteTags &tags)
{
    NoteTags chosen;
    chosen.indicatorId = tags.indicatorId;
    chosen.sourceRole = tags.sourceRole;
    chosen.method = tags.method;
    return chosen;
}

bool isTagged(const NoteTags &tags)
{
    return !tags.indicatorId.isEmpty() || !tags.sourceRole.isEmpty() || !tags.method.isEmpty();
}

const Conversation *conversationInProgress(const VisitState &visit)
{
    const QList<Conversation> &all = visit.dialogue.conversations;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!it->ended)
            return &*it;
    }
    return nullptr;
}

// The last note written in the conversation (or, with none in progress, outside any).
const Note *lastNoteIn(const VisitState &visit, const QString &conversationId)
{
    for (auto it = visit.notes.crbegin(); it != visit.notes.crend(); ++it) {
        if (it->tags.conversationId == conversationId)
            return &*it;
    }
    return nullptr;
}

// Who is likely speaking: the source of the conversation's last note while that person is still
// in it, else the first person present (the consultant is never a source of evidence).
QString likelySource(const VisitState &visit, const Conversation *conversation)
{
    if (!conversation)
        return visit.notes.isEmpty() ? QString() : visit.notes.last().tags.sourceRole;
    QStringList present;
    for (const Participant &p : conversation->participants) {
        if (!p.removed && p.role != QLatin1String("consultant") && !present.contains(p.role))
            present << p.role;
    }
    if (const Note *last = lastNoteIn(visit, conversation->id);
        last && present.contains(last->tags.sourceRole))
        return last->tags.sourceRole;
    return present.isEmpty() ? QString() : present.first();
}

// A conversation is an interview and a walk round the house is observation, unless the
// consultant's last note there said otherwise (a document read during the talk).
QString likelyMethod(const VisitState &visit, const Conversation *conversation)
{
    const QString conversationId = conversation ? conversation->id : QString();
    if (const Note *last = lastNoteIn(visit, conversationId); last && !last->tags.method.isEmpty())
        return last->tags.method;
    return conversation ? QStringLiteral("interview") : QStringLiteral("observation");
}

} // namespace

QList<TagSuggestion> suggestTags(const VisitState &visit, const QStringList &focusIndicators, int max)
{
    QList<TagSuggestion> out;
    const auto offer = [&out, max](const NoteTags &tags, TagSuggestion::Basis basis) {
        if (out.size() >= max || !isTagged(tags))
            return;
        const bool known =
            std::any_of(out.cbegin(), out.cend(), [&tags](const TagSuggestion &s) { return s.tags == tags; });
        if (!known)
            out.append({tags, basis});
    };

    for (auto it = visit.notes.crbegin(); it != visit.notes.crend(); ++it)
        offer(chosenTags(it->tags),
              it == visit.notes.crbegin() ? TagSuggestion::Basis::LastNote : TagSuggestion::Basis::Recent);

    // The least noted focus indicator first; the plan's order among equals (a stable sort).
    QStringList byNeed = focusIndicators;
    const auto notesOn = [&visit](const QString &indicatorId) {
        return std::count_if(visit.notes.cbegin(), visit.notes.cend(),
                             [&indicatorId](const Note &n) { return n.tags.indicatorId == indicatorId; });
    };
    std::stable_sort(byNeed.begin(), byNeed.end(),
                     [&notesOn](const QString &a, const QString &b) { return notesOn(a) < notesOn(b); });
    const Conversation *conversation = conversationInProgress(visit);
    NoteTags focus;
    focus.sourceRole = likelySource(visit, conversation);
    focus.method = likelyMethod(visit, conversation);
    for (const QString &indicatorId : std::as_const(byNeed)) {
        focus.indicatorId = indicatorId;
        offer(focus, TagSuggestion::Basis::Focus);
    }
    return out;
}

} // namespace feltdialog
