// The guide of the open visit's template for the screens, in the UI language: each phase's
// guidance, contract items, positions, roles, prompts, question banks and the focus indicators with
// their assessment guides; and whether a phase's guidance is shown open.
#include "GuidedDialogue.h"

#include <QLocale>

namespace feltdialog {

const VisitTemplate *GuidedDialogue::visitTemplate() const
{
    // A visit keeps the template it started with; one from before templates existed (or from a
    // template this build no longer ships) is guided by the default rather than not at all.
    const VisitTemplate *t = m_workspace->reference().visitTemplate(m_visit->state().templateId);
    return t ? t : m_workspace->reference().defaultTemplate();
}

void GuidedDialogue::followTemplate()
{
    // Nothing to guide until a visit is open (and the templates are read only then: not at start).
    if (m_visit->visitId().isEmpty())
        return;
    const VisitTemplate *t = visitTemplate();
    // A planned visit brings the office's focus indicators; otherwise the template's stand.
    const QStringList focus = !m_visit->state().focusIndicators.isEmpty() ? m_visit->state().focusIndicators
                              : t                                         ? t->focusIndicators
                                                                          : QStringList();
    const QString key =
        t ? t->id + QLatin1Char('@') + t->version + QLatin1Char('|') + focus.join(QLatin1Char(','))
          : QString();
    if (key == m_guideTemplate)
        return;
    m_guideTemplate = key;
    const QString lang =
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("da");
    Guide guide;
    if (t) {
        const auto entry = [&lang](const QString &id, const LocalizedText &title) {
            return QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("title"), title.in(lang)}};
        };
        for (const TemplatePhase &phase : t->phases) {
            QVariantList elements;
            for (const int element : phase.coreElements)
                elements.append(element);
            guide.phases.insert(phase.id, QVariantMap{{QStringLiteral("title"), phase.title.in(lang)},
                                                      {QStringLiteral("guidance"), phase.guidance.in(lang)},
                                                      {QStringLiteral("sayAloud"), phase.sayAloud.in(lang)},
                                                      {QStringLiteral("coreElements"), elements}});
        }
        if (const TemplatePhase *contract = t->phase(QStringLiteral("contract"))) {
            for (const ContractItem &item : contract->contractItems) {
                QVariantMap m = entry(item.id, item.title);
                m.insert(QStringLiteral("prompt"), item.sayAloud.in(lang));
                m.insert(QStringLiteral("explanation"), item.explanation.in(lang));
                guide.contractItems.append(m);
            }
            for (const Position &position : contract->positions) {
                QVariantMap m = entry(position.id, position.title);
                m.insert(QStringLiteral("explanation"), position.explanation.in(lang));
                m.insert(QStringLiteral("sayAloud"), position.sayAloud.in(lang));
                guide.positions.insert(position.id, m);
            }
        }
        if (const TemplatePhase *checkin = t->phase(QStringLiteral("checkin"))) {
            for (const ParticipantRole &role : checkin->participantRoles)
                guide.participantRoles.append(entry(role.id, role.title));
            for (const Prompt &prompt : checkin->prompts) {
                QVariantMap m = entry(prompt.id, prompt.title);
                m.insert(QStringLiteral("text"), prompt.text.in(lang));
                guide.checkInPrompts.append(m);
            }
        }
        if (const TemplatePhase *conversation = t->phase(QStringLiteral("conversation"))) {
            for (const QuestionBank &bank : conversation->questionBanks) {
                QVariantList headings;
                for (const QuestionHeading &heading : bank.headings) {
                    QVariantList questions;
                    for (const Question &q : heading.questions)
                        questions.append(QVariantMap{
                            {QStringLiteral("id"), q.id},
                            {QStringLiteral("text"), q.text.in(lang)},
                            {QStringLiteral("answerType"), q.answerType},
                            {QStringLiteral("answerKind"), int(DialogueTerms::answerKindOf(q.answerType))}});
                    headings.append(QVariantMap{{QStringLiteral("title"), heading.title.in(lang)},
                                                {QStringLiteral("questions"), questions}});
                }
                guide.questionBanks.append(QVariantMap{{QStringLiteral("indicatorId"), bank.indicatorId},
                                                       {QStringLiteral("title"), bank.title.in(lang)},
                                                       {QStringLiteral("headings"), headings}});
            }
            for (const Prompt &prompt : conversation->prompts) {
                QVariantMap m = entry(prompt.id, prompt.title);
                m.insert(QStringLiteral("kind"), prompt.kind);
                m.insert(QStringLiteral("promptKind"), int(DialogueTerms::promptKindOf(prompt.kind)));
                m.insert(QStringLiteral("text"), prompt.text.in(lang));
                m.insert(QStringLiteral("followUp"), prompt.followUp.in(lang));
                guide.prompts.append(m);
            }
        }
        for (const QString &id : focus) {
            // "8.b Title": consultants know indicators by number as much as by name.
            const Indicator *indicator = m_workspace->reference().qualityModel().indicator(id);
            const QString title = indicator ? id + QLatin1Char(' ') + indicator->title.in(lang) : id;
            QVariantMap m{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}};
            if (indicator && !indicator->guide.isEmpty())
                m.insert(QStringLiteral("guide"), guideFor(indicator->guide, lang));
            guide.indicators.append(m);
        }
    }
    setGuide(std::move(guide));
}

QVariantMap GuidedDialogue::guideFor(const AssessmentGuide &g, const QString &lang)
{
    QVariantList weigh, levels;
    for (const LocalizedText &point : g.weigh)
        weigh.append(point.in(lang));
    for (const GuideLevel &level : g.levels)
        levels.append(QVariantMap{{QStringLiteral("level"), level.level},
                                  {QStringLiteral("title"), level.title.in(lang)},
                                  {QStringLiteral("text"), level.text.in(lang)}});
    return {{QStringLiteral("intro"), g.intro.in(lang)},
            {QStringLiteral("weigh"), weigh},
            {QStringLiteral("levels"), levels}};
}

void GuidedDialogue::setGuide(Guide guide)
{
    m_guide = std::move(guide);
    emit guideChanged();
}

namespace {
QString guidanceKey(const QString &phaseId)
{
    return QStringLiteral("guidance_open/") + phaseId;
}
} // namespace

// Kept in the store's settings, not in the visit's log: how the consultant likes the screen is not
// evidence of the visit. Unset means the phase was never seen: open this once, collapsed after.
bool GuidedDialogue::guidanceOpen(const QString &phaseId)
{
    const QString shownKey = conversationId() + QLatin1Char('|') + phaseId;
    if (const auto it = m_guidanceShown.constFind(shownKey); it != m_guidanceShown.cend())
        return *it;
    QString remembered;
    EventStore &store = m_workspace->store();
    if (!store.metaValue(guidanceKey(phaseId), &remembered).isOk())
        remembered.clear();
    const bool open = remembered.isEmpty() || remembered == QLatin1String("open");
    if (remembered.isEmpty())
        store.setMetaValue(guidanceKey(phaseId), QStringLiteral("seen"));
    m_guidanceShown.insert(shownKey, open);
    return open;
}

void GuidedDialogue::setGuidanceOpen(const QString &phaseId, bool open)
{
    m_guidanceShown.insert(conversationId() + QLatin1Char('|') + phaseId, open);
    m_workspace->store().setMetaValue(guidanceKey(phaseId),
                                      open ? QStringLiteral("open") : QStringLiteral("closed"));
}

QString GuidedDialogue::roleTitle(const QString &roleId) const
{
    for (const QVariant &role : m_guide.participantRoles) {
        if (role.toMap().value(QStringLiteral("id")).toString() == roleId)
            return role.toMap().value(QStringLiteral("title")).toString();
    }
    return roleId;
}

} // namespace feltdialog
