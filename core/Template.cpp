#include "Template.h"

#include "JsonReader.h"

#include <QFile>
#include <QRegularExpression>

#include <cmath>

namespace feltdialog {

using detail::JsonReader;
using detail::Need;

const QStringList &templatePhaseIds()
{
    static const QStringList ids{QStringLiteral("contract"), QStringLiteral("checkin"),
                                 QStringLiteral("conversation"), QStringLiteral("wrapup"),
                                 QStringLiteral("closing")};
    return ids;
}

const QStringList &answerTypes()
{
    static const QStringList types{QStringLiteral("note"), QStringLiteral("yes_no_na"),
                                   QStringLiteral("degree"), QStringLiteral("indicator_score"),
                                   QStringLiteral("scale")};
    return types;
}

const TemplatePhase *VisitTemplate::phase(const QString &phaseId) const
{
    for (const TemplatePhase &p : phases) {
        if (p.id == phaseId)
            return &p;
    }
    return nullptr;
}

const QuestionBank *VisitTemplate::questionBank(const QString &indicatorId) const
{
    for (const TemplatePhase &p : phases) {
        for (const QuestionBank &b : p.questionBanks) {
            if (!indicatorId.isEmpty() && b.indicatorId == indicatorId)
                return &b;
        }
    }
    return nullptr;
}

const Question *VisitTemplate::question(const QString &questionId) const
{
    for (const TemplatePhase &p : phases) {
        for (const QuestionBank &b : p.questionBanks) {
            for (const QuestionHeading &h : b.headings) {
                for (const Question &q : h.questions) {
                    if (q.id == questionId)
                        return &q;
                }
            }
        }
    }
    return nullptr;
}

namespace {

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Ids answers and prompts are recorded under; unique across the whole template so an event that
// names one can never be read as another.
struct TemplateIds
{
    QHash<QString, QString> prompts, questions;
};

// Reads `key` as a list of objects and hands each with its path to `each`.
template <typename Each>
bool forEachObject(JsonReader &r, const QJsonObject &o, const QString &path, const char *key, Need need,
                   bool nonEmpty, Each each)
{
    QJsonArray list;
    if (!r.array(o, path, key, need, nonEmpty, &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = JsonReader::item(JsonReader::field(path, key), i);
        QJsonObject item;
        if (!r.object(list.at(i), at, &item) || !each(item, at))
            return false;
    }
    return true;
}

// Refuses a list that lacks one of the ids the method needs, naming the first missing one.
bool requireIds(JsonReader &r, const QHash<QString, QString> &seen, const QString &path,
                const QStringList &required, const QString &what)
{
    for (const QString &id : required) {
        if (!seen.contains(id))
            return r.fail(path,
                          QStringLiteral("%1 with the id \"%2\" (required: %3)")
                              .arg(what, id, required.join(QStringLiteral(", "))),
                          QStringLiteral("none"));
    }
    return true;
}

bool parseSayable(JsonReader &r, const QJsonObject &o, const QString &path, QString *id, LocalizedText *title,
                  LocalizedText *explanation, LocalizedText *sayAloud)
{
    return r.knownKeys(o, path, {str("id"), str("title"), str("explanation"), str("sayAloud")}) &&
           r.id(o, path, "id", id) && r.text(o, path, "title", Need::Required, title) &&
           r.text(o, path, "explanation", Need::Required, explanation) &&
           r.text(o, path, "sayAloud", Need::Required, sayAloud);
}

bool parseContract(JsonReader &r, const QJsonObject &o, const QString &path, TemplatePhase *out)
{
    QHash<QString, QString> items, positions;
    const bool ok =
        forEachObject(r, o, path, "contractItems", Need::Required, true,
                      [&](const QJsonObject &io, const QString &at) {
                          ContractItem c;
                          if (!parseSayable(r, io, at, &c.id, &c.title, &c.explanation, &c.sayAloud) ||
                              !r.unique(&items, c.id, JsonReader::field(at, "id")))
                              return false;
                          out->contractItems.append(c);
                          return true;
                      }) &&
        requireIds(r, items, JsonReader::field(path, "contractItems"),
                   {str("purpose"), str("desired_outcome"), str("process")}, str("a contract item")) &&
        forEachObject(r, o, path, "positions", Need::Required, true,
                      [&](const QJsonObject &po, const QString &at) {
                          Position p;
                          if (!parseSayable(r, po, at, &p.id, &p.title, &p.explanation, &p.sayAloud))
                              return false;
                          // The fold knows these two positions only.
                          if (p.id != str("control") && p.id != str("development"))
                              return r.fail(JsonReader::field(at, "id"), str("one of control, development"),
                                            QJsonValue(p.id));
                          if (!r.unique(&positions, p.id, JsonReader::field(at, "id")))
                              return false;
                          out->positions.append(p);
                          return true;
                      });
    return ok && requireIds(r, positions, JsonReader::field(path, "positions"),
                            {str("control"), str("development")}, str("a position"));
}

bool parsePrompts(JsonReader &r, const QJsonObject &o, const QString &path, Need need,
                  const QStringList &kinds, TemplateIds *ids, TemplatePhase *out)
{
    return forEachObject(
        r, o, path, "prompts", need, need == Need::Required, [&](const QJsonObject &po, const QString &at) {
            Prompt p;
            if (!r.knownKeys(po, at, {str("id"), str("kind"), str("title"), str("text"), str("followUp")}) ||
                !r.id(po, at, "id", &p.id) || !r.unique(&ids->prompts, p.id, JsonReader::field(at, "id")) ||
                !r.oneOf(po, at, "kind", kinds, Need::Required, &p.kind) ||
                !r.text(po, at, "title", Need::Optional, &p.title) ||
                !r.text(po, at, "text", Need::Required, &p.text) ||
                !r.text(po, at, "followUp", Need::Optional, &p.followUp))
                return false;
            out->prompts.append(p);
            return true;
        });
}

bool parseCheckIn(JsonReader &r, const QJsonObject &o, const QString &path, TemplateIds *ids,
                  TemplatePhase *out)
{
    static const QStringList roles{str("leader"),       str("staff"),     str("resident"),  str("relative"),
                                   str("board_member"), str("companion"), str("consultant")};
    QHash<QString, QString> seen;
    return parsePrompts(r, o, path, Need::Required, {str("hopes"), str("uncertainties")}, ids, out) &&
           forEachObject(r, o, path, "participantRoles", Need::Required, true,
                         [&](const QJsonObject &ro, const QString &at) {
                             ParticipantRole role;
                             if (!r.knownKeys(ro, at, {str("id"), str("title"), str("initialsOnly")}) ||
                                 !r.oneOf(ro, at, "id", roles, Need::Required, &role.id) ||
                                 !r.unique(&seen, role.id, JsonReader::field(at, "id")) ||
                                 !r.text(ro, at, "title", Need::Required, &role.title) ||
                                 !r.boolean(ro, at, "initialsOnly", &role.initialsOnly))
                                 return false;
                             out->participantRoles.append(role);
                             return true;
                         });
}

bool parseQuestion(JsonReader &r, const QJsonObject &o, const QString &path, TemplateIds *ids, Question *out)
{
    return r.knownKeys(o, path, {str("id"), str("text"), str("answerType"), str("allowComment")}) &&
           r.id(o, path, "id", &out->id) &&
           r.unique(&ids->questions, out->id, JsonReader::field(path, "id")) &&
           r.text(o, path, "text", Need::Required, &out->text) &&
           r.oneOf(o, path, "answerType", answerTypes(), Need::Required, &out->answerType) &&
           r.boolean(o, path, "allowComment", &out->allowComment);
}

bool parseBank(JsonReader &r, const QJsonObject &o, const QString &path, const QStringList &focus,
               TemplateIds *ids, QuestionBank *out)
{
    if (!r.knownKeys(o, path,
                     {str("id"), str("indicatorId"), str("title"), str("guidance"), str("headings"),
                      str("assessmentGuide")}) ||
        !r.id(o, path, "id", &out->id) ||
        !r.string(o, path, "indicatorId", Need::Optional, &out->indicatorId))
        return false;
    if (!out->indicatorId.isEmpty() && !focus.contains(out->indicatorId))
        return r.fail(JsonReader::field(path, "indicatorId"),
                      focus.isEmpty() ? str("no indicator, as the template has no focusIndicators")
                                      : QStringLiteral("one of the template's focusIndicators %1")
                                            .arg(focus.join(QStringLiteral(", "))),
                      QJsonValue(out->indicatorId));
    QHash<QString, QString> headings, levels;
    return r.text(o, path, "title", Need::Required, &out->title) &&
           r.text(o, path, "guidance", Need::Optional, &out->guidance) &&
           forEachObject(r, o, path, "headings", Need::Required, true,
                         [&](const QJsonObject &ho, const QString &at) {
                             QuestionHeading h;
                             if (!r.knownKeys(ho, at, {str("id"), str("title"), str("questions")}) ||
                                 !r.id(ho, at, "id", &h.id) ||
                                 !r.unique(&headings, h.id, JsonReader::field(at, "id")) ||
                                 !r.text(ho, at, "title", Need::Required, &h.title) ||
                                 !forEachObject(r, ho, at, "questions", Need::Required, true,
                                                [&](const QJsonObject &qo, const QString &qat) {
                                                    Question q;
                                                    if (!parseQuestion(r, qo, qat, ids, &q))
                                                        return false;
                                                    h.questions.append(q);
                                                    return true;
                                                }))
                                 return false;
                             out->headings.append(h);
                             return true;
                         }) &&
           forEachObject(r, o, path, "assessmentGuide", Need::Optional, false,
                         [&](const QJsonObject &lo, const QString &at) {
                             AssessmentLevel l;
                             if (!r.knownKeys(lo, at, {str("level"), str("title"), str("text")}) ||
                                 !r.oneOf(lo, at, "level", {str("good"), str("less_good"), str("deficient")},
                                          Need::Required, &l.level) ||
                                 !r.unique(&levels, l.level, JsonReader::field(at, "level")) ||
                                 !r.text(lo, at, "title", Need::Required, &l.title) ||
                                 !r.text(lo, at, "text", Need::Required, &l.text))
                                 return false;
                             out->assessmentGuide.append(l);
                             return true;
                         });
}

bool parseConversation(JsonReader &r, const QJsonObject &o, const QString &path, const QStringList &focus,
                       TemplateIds *ids, TemplatePhase *out)
{
    QHash<QString, QString> banks, indicators;
    return parsePrompts(r, o, path, Need::Optional,
                        {str("miracle"), str("scale"), str("exception"), str("coping")}, ids, out) &&
           forEachObject(
               r, o, path, "questionBanks", Need::Optional, false,
               [&](const QJsonObject &bo, const QString &at) {
                   QuestionBank b;
                   if (!parseBank(r, bo, at, focus, ids, &b) ||
                       !r.unique(&banks, b.id, JsonReader::field(at, "id")) ||
                       (!b.indicatorId.isEmpty() &&
                        !r.unique(&indicators, b.indicatorId, JsonReader::field(at, "indicatorId"))))
                       return false;
                   out->questionBanks.append(b);
                   return true;
               });
}

bool parseSteps(JsonReader &r, const QJsonObject &o, const QString &path, TemplatePhase *out)
{
    static const QStringList kinds{str("summary"),          str("agreements"), str("development_points"),
                                   str("attention_points"), str("check_out"),  str("next_steps")};
    QHash<QString, QString> seen;
    return forEachObject(
        r, o, path, "steps", Need::Required, true, [&](const QJsonObject &so, const QString &at) {
            WrapUpStep step;
            if (!r.knownKeys(so, at, {str("id"), str("kind"), str("title"), str("prompt")}) ||
                !r.id(so, at, "id", &step.id) || !r.unique(&seen, step.id, JsonReader::field(at, "id")) ||
                !r.oneOf(so, at, "kind", kinds, Need::Required, &step.kind) ||
                !r.text(so, at, "title", Need::Required, &step.title) ||
                !r.text(so, at, "prompt", Need::Required, &step.prompt))
                return false;
            out->steps.append(step);
            return true;
        });
}

bool parseCoreElements(JsonReader &r, const QJsonObject &o, const QString &path, QList<int> *out)
{
    QJsonArray list;
    if (!r.array(o, path, "coreElements", Need::Optional, false, &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 1 || v.toDouble() > 6)
            return r.fail(JsonReader::item(JsonReader::field(path, "coreElements"), i),
                          str("a core element number from 1 to 6"), v);
        out->append(v.toInt());
    }
    return true;
}

bool parsePhase(JsonReader &r, const QJsonObject &o, const QString &path, const QString &expectedId,
                const QStringList &focus, TemplateIds *ids, TemplatePhase *out)
{
    QStringList allowed{str("id"), str("title"), str("guidance"), str("sayAloud"), str("coreElements")};
    if (expectedId == str("contract"))
        allowed << str("contractItems") << str("positions");
    else if (expectedId == str("checkin"))
        allowed << str("prompts") << str("participantRoles");
    else if (expectedId == str("conversation"))
        allowed << str("prompts") << str("questionBanks");
    else
        allowed << str("steps");

    // Check the id before the other fields: a phase in the wrong place explains every other error.
    const QJsonValue id = o.value(QLatin1String("id"));
    if (id.toString() != expectedId)
        return r.fail(JsonReader::field(path, "id"),
                      QStringLiteral("\"%1\" (phases come in the order %2)")
                          .arg(expectedId, templatePhaseIds().join(QStringLiteral(", "))),
                      id);
    out->id = expectedId;
    if (!r.knownKeys(o, path, allowed) || !r.text(o, path, "title", Need::Required, &out->title) ||
        !r.text(o, path, "guidance", Need::Optional, &out->guidance) ||
        !r.text(o, path, "sayAloud", Need::Optional, &out->sayAloud) ||
        !parseCoreElements(r, o, path, &out->coreElements))
        return false;
    if (expectedId == str("contract"))
        return parseContract(r, o, path, out);
    if (expectedId == str("checkin"))
        return parseCheckIn(r, o, path, ids, out);
    if (expectedId == str("conversation"))
        return parseConversation(r, o, path, focus, ids, out);
    return parseSteps(r, o, path, out);
}

bool parseVersion(JsonReader &r, const QJsonObject &root, QString *out)
{
    static const QRegularExpression semver(
        QStringLiteral("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"));
    const QJsonValue v = root.value(QLatin1String("version"));
    const double d = v.toDouble();
    if (v.isDouble() && d == std::floor(d) && d >= 1 && d <= 1e9) {
        *out = QString::number(static_cast<qint64>(d));
        return true;
    }
    if (v.isString() && semver.match(v.toString()).hasMatch()) {
        *out = v.toString();
        return true;
    }
    return r.fail(str("$.version"), str("a whole number from 1 or a version like \"1.2.0\""), v);
}

bool parseFocus(JsonReader &r, const QJsonObject &root, QStringList *out)
{
    static const QRegularExpression indicatorId(QStringLiteral("^[1-9][0-9]*\\.[a-z]+$"));
    QJsonArray list;
    if (!r.array(root, str("$"), "focusIndicators", Need::Required, false, &list))
        return false;
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = JsonReader::item(str("$.focusIndicators"), i);
        const QJsonValue v = list.at(i);
        if (!v.isString() || !indicatorId.match(v.toString()).hasMatch())
            return r.fail(at, str("an indicator id like \"8.b\""), v);
        if (!r.unique(&seen, v.toString(), at))
            return false;
        out->append(v.toString());
    }
    return true;
}

} // namespace

Status parseTemplate(const QByteArray &json, const QString &sourceName, VisitTemplate *out)
{
    JsonReader r(sourceName);
    QJsonObject root;
    if (!r.parse(json, &root) || !r.formatVersion(root, TemplateFormatVersion, str("template")))
        return r.status();
    VisitTemplate t;
    t.sourceName = sourceName;
    const QString top = str("$");
    if (!r.knownKeys(root, top,
                     {str("formatVersion"), str("id"), str("version"), str("title"), str("description"),
                      str("kind"), str("qualityModelVersion"), str("focusIndicators"), str("phases")}) ||
        !r.id(root, top, "id", &t.id) || !parseVersion(r, root, &t.version) ||
        !r.text(root, top, "title", Need::Required, &t.title) ||
        !r.text(root, top, "description", Need::Optional, &t.description) ||
        !r.oneOf(root, top, "kind", {str("unannounced"), str("announced"), str("dialogue_meeting")},
                 Need::Required, &t.kind) ||
        !r.id(root, top, "qualityModelVersion", &t.qualityModelVersion) ||
        !parseFocus(r, root, &t.focusIndicators))
        return r.status();

    QJsonArray phases;
    if (!r.array(root, top, "phases", Need::Required, true, &phases))
        return r.status();
    const QStringList &order = templatePhaseIds();
    TemplateIds ids;
    for (qsizetype i = 0; i < phases.size() && i < order.size(); ++i) {
        const QString at = JsonReader::item(str("$.phases"), i);
        QJsonObject po;
        TemplatePhase phase;
        if (!r.object(phases.at(i), at, &po) ||
            !parsePhase(r, po, at, order.at(i), t.focusIndicators, &ids, &phase))
            return r.status();
        t.phases.append(phase);
    }
    if (phases.size() != order.size()) {
        r.fail(str("$.phases"),
               QStringLiteral("the %1 phases %2").arg(order.size()).arg(order.join(QStringLiteral(", "))),
               QStringLiteral("%1 phases").arg(phases.size()));
        return r.status();
    }
    *out = std::move(t);
    return Status::ok();
}

Status checkTemplateAgainstModel(const VisitTemplate &t, const QualityModel &model)
{
    JsonReader r(t.sourceName);
    if (t.qualityModelVersion != model.modelVersion)
        r.fail(str("$.qualityModelVersion"),
               QStringLiteral("\"%1\", the model it is checked against").arg(model.modelVersion),
               QJsonValue(t.qualityModelVersion));
    for (qsizetype i = 0; i < t.focusIndicators.size() && !r.failed(); ++i) {
        if (!model.indicator(t.focusIndicators.at(i)))
            r.fail(JsonReader::item(str("$.focusIndicators"), i),
                   QStringLiteral("an indicator of quality model \"%1\"").arg(model.modelVersion),
                   QJsonValue(t.focusIndicators.at(i)));
    }
    return r.status();
}

void loadTemplates(const QStringList &paths, QList<VisitTemplate> *valid, QList<Status> *refused)
{
    QHash<QString, QString> loaded; // "id@version" -> the file it came from
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.exists()) {
            refused->append(Status(Status::NotFound, QStringLiteral("%1: no such file").arg(path)));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            refused->append(
                Status(Status::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())));
            continue;
        }
        VisitTemplate t;
        const Status parsed = parseTemplate(file.readAll(), path, &t);
        if (!parsed.isOk()) {
            refused->append(parsed);
            continue;
        }
        // Two files claiming one id and version would make a visit's record ambiguous about which
        // guidance it followed; the first one read wins and the other is reported.
        const QString key = t.id + QLatin1Char('@') + t.version;
        if (loaded.contains(key)) {
            JsonReader r(path);
            r.fail(str("$.id"),
                   QStringLiteral("an id and version not already loaded (%1 has version %2 of it)")
                       .arg(loaded.value(key), t.version),
                   QJsonValue(t.id));
            refused->append(r.status());
            continue;
        }
        loaded.insert(key, path);
        valid->append(std::move(t));
    }
}

} // namespace feltdialog
