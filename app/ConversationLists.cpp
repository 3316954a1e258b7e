#include "ConversationLists.h"

#include "DialogueTerms.h"

namespace feltdialog {

QVariant ParticipantList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Participant &p = m_rows.at(index.row());
    switch (role) {
    case ParticipantIdRole:
        return p.id;
    case RoleIdRole:
        return p.role;
    case LabelRole:
    case Qt::DisplayRole:
        return p.label;
    case HopesRole:
        return p.hopes;
    case UncertaintiesRole:
        return p.uncertainties;
    case GainedRole:
        return p.gained;
    case TakesAwayRole:
        return p.takesAway;
    case SpeakingSecondsRole:
        return p.speakingSeconds;
    case RemovedRole:
        return p.removed;
    case RemovedReasonRole:
        return p.removal.reason;
    case CorrectedRole:
        return !p.corrections.isEmpty();
    }
    return {};
}

QHash<int, QByteArray> ParticipantList::roleNames() const
{
    return {{ParticipantIdRole, "participantId"},
            {RoleIdRole, "roleId"},
            {LabelRole, "label"},
            {HopesRole, "hopes"},
            {UncertaintiesRole, "uncertainties"},
            {GainedRole, "gained"},
            {TakesAwayRole, "takesAway"},
            {SpeakingSecondsRole, "speakingSeconds"},
            {RemovedRole, "removed"},
            {RemovedReasonRole, "removedReason"},
            {CorrectedRole, "corrected"}};
}

QVariant SummaryPointList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SummaryPoint &p = m_rows.at(index.row());
    switch (role) {
    case PointIdRole:
        return p.id;
    case TextRole:
    case Qt::DisplayRole:
        return p.text;
    case ResponseRole:
        return int(DialogueTerms::responseOf(p.response));
    case TheirWordsRole:
        return p.theirWords;
    }
    return {};
}

QHash<int, QByteArray> SummaryPointList::roleNames() const
{
    return {{PointIdRole, "pointId"},
            {TextRole, "pointText"},
            {ResponseRole, "response"},
            {TheirWordsRole, "theirWords"}};
}

QVariant AgreementList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Agreement &a = m_rows.at(index.row());
    switch (role) {
    case AgreementIdRole:
        return a.id;
    case WhatRole:
    case Qt::DisplayRole:
        return a.what;
    case WhoRole:
        return a.who;
    case ByWhenRole:
        return a.byWhen;
    }
    return {};
}

QHash<int, QByteArray> AgreementList::roleNames() const
{
    return {{AgreementIdRole, "agreementId"}, {WhatRole, "what"}, {WhoRole, "who"}, {ByWhenRole, "byWhen"}};
}

QVariant FindingList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding &f = m_rows.at(index.row());
    switch (role) {
    case FindingIdRole:
        return f.id;
    case KindRole:
        return int(DialogueTerms::findingKindOf(f.kind));
    case IndicatorIdRole:
        return f.indicatorId;
    case TextRole:
    case Qt::DisplayRole:
        return f.text;
    }
    return {};
}

QHash<int, QByteArray> FindingList::roleNames() const
{
    return {{FindingIdRole, "findingId"},
            {KindRole, "kind"},
            {IndicatorIdRole, "indicatorId"},
            {TextRole, "findingText"}};
}

} // namespace feltdialog
