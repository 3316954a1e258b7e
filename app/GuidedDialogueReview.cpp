// What the consultant reads back from the visit so far: the timeline, the evidence behind each
// focus indicator, and for the closing meeting what the other conversations brought.
#include "GuidedDialogue.h"

#include "EvidenceCoverage.h"
#include "VisitTimeline.h"

#include <QDateTime>

namespace feltdialog {

QVariantList GuidedDialogue::timeline() const
{
    const ReferenceData &reference = m_workspace->reference();
    return describeTimeline(m_visit->events(), visitTemplate(), &reference.qualityModel(),
                            [&reference](const QString &authorId) { return reference.personName(authorId); });
}

QVariantList GuidedDialogue::coverage() const
{
    const VisitState &visit = m_visit->state();
    QVariantList list;
    for (const QVariant &entry : m_guide.indicators) {
        const QVariantMap indicator = entry.toMap();
        const QString id = indicator.value(QStringLiteral("id")).toString();
        const EvidenceCoverage evidence = evidenceCoverage(visit.notes, id);
        QStringList texts;
        for (const Note *note : evidence.notes)
            texts << note->current().text;
        const QStringList &sources = evidence.sources, &methods = evidence.methods;
        const bool gap = evidence.gap();
        QStringList sourceTitles, methodTitles;
        for (const QString &role : std::as_const(sources))
            sourceTitles << roleTitle(role);
        // In words, as the note editor's method picker names them; not the log's codes.
        for (const QString &method : std::as_const(methods))
            methodTitles << (method == QLatin1String("interview")     ? tr("interview")
                             : method == QLatin1String("observation") ? tr("observation")
                             : method == QLatin1String("document")    ? tr("document")
                                                                      : method);
        const IndicatorScore score = visit.dialogue.scores.value(id);
        QVariantList concurrent;
        for (const IndicatorScore &c : visit.dialogue.concurrentScores.value(id))
            concurrent.append(
                QVariantMap{{QStringLiteral("score"), c.score},
                            {QStringLiteral("rationale"), c.rationale},
                            {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(c.wallTimeMs)}});
        list.append(QVariantMap{{QStringLiteral("id"), id},
                                {QStringLiteral("title"), indicator.value(QStringLiteral("title"))},
                                {QStringLiteral("noteCount"), texts.size()},
                                {QStringLiteral("notes"), texts},
                                {QStringLiteral("sources"), sourceTitles},
                                {QStringLiteral("methods"), methodTitles},
                                {QStringLiteral("gap"), gap},
                                {QStringLiteral("score"), score.score},
                                {QStringLiteral("rationale"), score.rationale},
                                {QStringLiteral("concurrent"), concurrent}});
    }
    return list;
}

QVariantList GuidedDialogue::pointsFromConversations() const
{
    const Conversation *now = current();
    QVariantList points;
    const auto add = [&points](const Conversation &c, const QString &kind, const QString &text,
                               const QString &detail) {
        points.append(QVariantMap{{QStringLiteral("conversation"), c.title},
                                  {QStringLiteral("kind"), kind},
                                  {QStringLiteral("text"), text},
                                  {QStringLiteral("detail"), detail}});
    };
    for (const Conversation &c : dialogue().conversations) {
        if (now && c.id == now->id)
            continue;
        for (const SummaryPoint &p : c.summary) {
            const QString answer = p.response == QLatin1String("confirmed") ? tr("confirmed")
                                   : p.response.isEmpty()
                                       ? tr("not yet answered")
                                       : tr("understood differently: %1").arg(p.theirWords);
            add(c, QStringLiteral("summary"), p.text, answer);
        }
        for (const Agreement &a : c.agreements)
            add(c, QStringLiteral("agreement"), a.what, a.who + QLatin1Char(' ') + a.byWhen);
        for (const Finding &f : c.findings)
            add(c, f.kind, f.text, f.indicatorId);
    }
    return points;
}

} // namespace feltdialog
