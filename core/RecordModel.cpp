#include "RecordModel.h"

#include "EvidenceCoverage.h"
#include "ParticipantLabel.h"
#include "RecordHash.h"
#include "Redaction.h"

#include <algorithm>
#include <cmath>

namespace feltdialog {

namespace {

// The order every list in the record follows: the fold's order, each event once.
QList<Event> foldOrdered(QList<Event> events)
{
    std::sort(events.begin(), events.end(), foldsBefore);
    events.erase(std::unique(events.begin(), events.end(),
                             [](const Event &a, const Event &b) { return a.id == b.id; }),
                 events.end());
    return events;
}

QString str(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

class RecordBuilder
{
public:
    RecordBuilder(VisitRecord &record, const RecordReference &reference) : m_r(record), m_ref(reference) {}

    void build(const QList<Event> &events)
    {
        m_r.log = foldOrdered(events);
        applyRedactions(m_r.log); // the record, its JSON and its appendix never hold redacted words
        m_r.logHash = logHash(m_r.log);
        m_r.state = foldVisit(m_r.log);
        m_r.draft = !m_r.state.closed;
        m_r.authority = m_ref.authority;
        describeVisit();
        for (const Event &e : std::as_const(m_r.log)) {
            m_r.firstEventMs =
                m_r.firstEventMs == 0 ? e.wallTimeMs : std::min(m_r.firstEventMs, e.wallTimeMs);
            m_r.lastEventMs = std::max(m_r.lastEventMs, e.wallTimeMs);
            addConsultant(e.authorId);
        }
        conversations();
        coverage();
        themes();
    }

private:
    void describeVisit()
    {
        const VisitState &s = m_r.state;
        m_r.facility.id = s.facilityId;
        m_r.facility.name = s.facilityName;
        if (m_ref.facility && m_ref.facility->id == s.facilityId) {
            m_r.facility = *m_ref.facility;
            // the name the visit was made under stands, even if the register has renamed it since
            if (!s.facilityName.isEmpty())
                m_r.facility.name = s.facilityName;
        }
        if (const VisitTemplate *t = visitTemplate()) {
            m_r.templateTitle = t->title.da;
            if (const TemplatePhase *checkIn = t->phase(QStringLiteral("checkin"))) {
                for (const ParticipantRole &role : checkIn->participantRoles)
                    m_r.roleTitles.insert(role.id, role.title.da);
            }
        }
        if (const QualityModel *model = qualityModel())
            m_r.modelTitle = model->title.da;
    }

    // Reference data for another template or model version than the visit's is not used: the
    // visit must be read against its own.
    const VisitTemplate *visitTemplate() const
    {
        const VisitTemplate *t = m_ref.visitTemplate;
        return t && t->id == m_r.state.templateId && t->version == m_r.state.templateVersion ? t : nullptr;
    }
    const QualityModel *qualityModel() const
    {
        const QualityModel *m = m_ref.model;
        return m && (m_r.state.qualityModelVersion.isEmpty() ||
                     m->modelVersion == m_r.state.qualityModelVersion)
                   ? m
                   : nullptr;
    }

    void addConsultant(const QString &authorId)
    {
        for (const RecordPerson &p : std::as_const(m_r.consultants)) {
            if (p.id == authorId)
                return;
        }
        m_r.consultants.append({authorId, m_ref.people.value(authorId, authorId)});
    }

    void conversations()
    {
        for (const Conversation &c : std::as_const(m_r.state.dialogue.conversations)) {
            RecordConversation rc;
            rc.conversation = c;
            for (Participant &p : rc.conversation.participants) {
                // logs from before the rule was applied at entry hold full names
                if (namedByInitials(p.role, visitTemplate())) {
                    p.label = initialsOf(p.label);
                    p.removal.from = initialsOf(p.removal.from);
                    for (ParticipantChange &change : p.corrections) {
                        change.from = initialsOf(change.from);
                        change.to = initialsOf(change.to);
                    }
                }
            }
            rc.contract = contractItems(c);
            rc.answers = answers(c);
            m_r.conversations.append(rc);
        }
        for (const Note &n : std::as_const(m_r.state.notes)) {
            RecordConversation *rc = conversation(n.tags.conversationId);
            if (rc)
                rc->notes.append(n);
            else
                m_r.otherNotes.append(n);
        }
        // A switch undone within its few seconds did not happen (as in the fold: only the latest
        // switch can be undone); the appendix still lists both events.
        QUuid lastSwitch;
        RecordConversation *lastIn = nullptr;
        for (const Event &e : std::as_const(m_r.log)) {
            if (e.type == QLatin1String(EventType::PositionSwitched)) {
                lastSwitch = e.id;
                lastIn = conversation(str(e, "conversationId"));
                if (lastIn)
                    lastIn->positionSwitches.append({e.wallTimeMs, e.authorId, str(e, "position")});
            } else if (e.type == QLatin1String(EventType::PositionSwitchUndone) && !lastSwitch.isNull() &&
                       QUuid::fromString(str(e, "undoes")) == lastSwitch) {
                if (lastIn)
                    lastIn->positionSwitches.removeLast();
                lastSwitch = {};
                lastIn = nullptr;
            }
        }
    }

    RecordConversation *conversation(const QString &id)
    {
        if (id.isEmpty())
            return nullptr;
        for (RecordConversation &rc : m_r.conversations) {
            if (rc.conversation.id == id)
                return &rc;
        }
        return nullptr;
    }

    QList<RecordContractItem> contractItems(const Conversation &c) const
    {
        QList<RecordContractItem> items;
        QStringList known;
        if (const VisitTemplate *t = visitTemplate()) {
            if (const TemplatePhase *contract = t->phase(QStringLiteral("contract"))) {
                for (const ContractItem &item : contract->contractItems) {
                    known << item.id;
                    items.append({item.id, item.title.da, c.contract.value(item.id, false)});
                }
            }
        }
        QStringList others = c.contract.keys();
        others.sort();
        for (const QString &id : std::as_const(others)) {
            if (!known.contains(id))
                items.append({id, id, c.contract.value(id)});
        }
        return items;
    }

    QList<RecordAnswer> answers(const Conversation &c) const
    {
        QList<RecordAnswer> list;
        const VisitTemplate *t = visitTemplate();
        for (const QuestionAnswer &a : c.answers) {
            const Question *q = t ? t->question(a.questionId) : nullptr;
            list.append({a, q ? q->text.da : QString(), q ? q->answerType : QString()});
        }
        return list;
    }

    QString indicatorTitle(const QString &id) const
    {
        const QualityModel *model = qualityModel();
        const Indicator *indicator = model ? model->indicator(id) : nullptr;
        return indicator ? indicator->title.da : QString();
    }

    // Rows: the template's focus indicators, then any other indicator a note or score names, in
    // model order (ids the model does not know last, sorted).
    QStringList coveredIndicators() const
    {
        QStringList ids;
        if (!m_r.state.focusIndicators.isEmpty())
            ids = m_r.state.focusIndicators; // the office planned the visit with its own focus
        else if (const VisitTemplate *t = visitTemplate())
            ids = t->focusIndicators;
        QStringList named;
        for (const Note &n : std::as_const(m_r.state.notes))
            named << n.tags.indicatorId;
        named << m_r.state.dialogue.scores.keys();
        const QStringList modelOrder = qualityModel() ? qualityModel()->indicatorIds() : QStringList();
        for (const QString &id : modelOrder) {
            if (named.contains(id) && !ids.contains(id))
                ids << id;
        }
        QStringList unknown;
        for (const QString &id : std::as_const(named)) {
            if (!id.isEmpty() && !ids.contains(id) && !unknown.contains(id))
                unknown << id;
        }
        unknown.sort();
        return ids + unknown;
    }

    void coverage()
    {
        QStringList sources;
        QStringList methods{QStringLiteral("interview"), QStringLiteral("observation"),
                            QStringLiteral("document")};
        for (const QString &id : coveredIndicators()) {
            const EvidenceCoverage evidence = evidenceCoverage(m_r.state.notes, id);
            RecordCoverage row;
            row.indicatorId = id;
            row.title = indicatorTitle(id);
            row.notes = int(evidence.notes.size());
            row.bySource = evidence.bySource;
            row.byMethod = evidence.byMethod;
            row.gap = evidence.gap();
            sources << row.bySource.keys();
            methods << row.byMethod.keys();
            m_r.coverage.append(row);

            RecordAssessment a{id, row.title, {}, 0, {}, {}, {}};
            if (const QualityModel *model = qualityModel()) {
                if (const Theme *theme = model->themeOfIndicator(id))
                    a.themeId = theme->id;
            }
            if (auto it = m_r.state.dialogue.scores.constFind(id); it != m_r.state.dialogue.scores.cend()) {
                a.score = it->score;
                a.rationale = it->rationale;
                a.scoreTitle = scoreTitle(it->score);
                a.concurrent = m_r.state.dialogue.concurrentScores.value(id);
            }
            m_r.assessments.append(a);
        }
        m_r.coverageSources = inRoleOrder(sources);
        methods.removeDuplicates();
        m_r.coverageMethods = methods;
    }

    QStringList inRoleOrder(QStringList roles) const
    {
        roles.removeDuplicates();
        QStringList templateOrder;
        if (const VisitTemplate *t = visitTemplate()) {
            if (const TemplatePhase *checkIn = t->phase(QStringLiteral("checkin"))) {
                for (const ParticipantRole &r : checkIn->participantRoles)
                    templateOrder << r.id;
            }
        }
        std::stable_sort(roles.begin(), roles.end(), [&templateOrder](const QString &a, const QString &b) {
            const qsizetype ia = templateOrder.indexOf(a), ib = templateOrder.indexOf(b);
            if ((ia < 0) != (ib < 0))
                return ia >= 0;
            return ia >= 0 ? ia < ib : a < b;
        });
        return roles;
    }

    QString scoreTitle(int score) const
    {
        if (const QualityModel *model = qualityModel()) {
            for (const ScoreLevel &level : model->scores) {
                if (level.score == score)
                    return level.title.da;
            }
        }
        return {};
    }

    void themes()
    {
        const QualityModel *model = qualityModel();
        if (!model)
            return;
        for (const Theme &theme : model->themes) {
            RecordThemeAverage avg{theme.id, theme.number, theme.title.da, 0, 0, 0};
            int sum = 0;
            for (const Criterion &criterion : theme.criteria) {
                for (const Indicator &indicator : criterion.indicators) {
                    ++avg.indicators;
                    const int score = m_r.state.dialogue.scores.value(indicator.id).score;
                    if (score >= 1 && score <= 5) {
                        sum += score;
                        ++avg.scored;
                    }
                }
            }
            // one decimal, as the reports print it, so JSON and PDF show the same figure
            avg.average = avg.scored > 0 ? std::round(10.0 * sum / avg.scored) / 10.0 : 0;
            m_r.themes.append(avg);
        }
    }

    VisitRecord &m_r;
    const RecordReference &m_ref;
};

} // namespace

VisitRecord buildVisitRecord(const QList<Event> &events, const RecordReference &reference)
{
    VisitRecord record;
    RecordBuilder(record, reference).build(events);
    return record;
}

} // namespace feltdialog
