#include "QualityModel.h"

#include "JsonReader.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace feltdialog {

const Theme *QualityModel::theme(const QString &id) const
{
    for (const Theme &t : themes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const Criterion *QualityModel::criterion(const QString &id) const
{
    for (const Theme &t : themes) {
        for (const Criterion &c : t.criteria) {
            if (c.id == id)
                return &c;
        }
    }
    return nullptr;
}

const Indicator *QualityModel::indicator(const QString &id) const
{
    const Theme *t = themeOfIndicator(id);
    if (!t)
        return nullptr;
    for (const Criterion &c : t->criteria) {
        for (const Indicator &i : c.indicators) {
            if (i.id == id)
                return &i;
        }
    }
    return nullptr;
}

const Theme *QualityModel::themeOfIndicator(const QString &indicatorId) const
{
    for (const Theme &t : themes) {
        for (const Criterion &c : t.criteria) {
            for (const Indicator &i : c.indicators) {
                if (i.id == indicatorId)
                    return &t;
            }
        }
    }
    return nullptr;
}

QStringList QualityModel::indicatorIds() const
{
    QStringList ids;
    for (const Theme &t : themes) {
        for (const Criterion &c : t.criteria) {
            for (const Indicator &i : c.indicators)
                ids.append(i.id);
        }
    }
    return ids;
}

namespace {

using detail::JsonReader;
using detail::Need;

bool parseGuide(JsonReader &r, const QJsonObject &parent, const QString &parentPath, AssessmentGuide *out)
{
    if (!parent.contains(QLatin1String("assessmentGuide")))
        return true;
    const QString path = JsonReader::field(parentPath, "assessmentGuide");
    QJsonObject o;
    QJsonArray weigh, levels;
    if (!r.object(parent.value(QLatin1String("assessmentGuide")), path, &o) ||
        !r.knownKeys(o, path, {QStringLiteral("intro"), QStringLiteral("weigh"), QStringLiteral("levels")}) ||
        !r.text(o, path, "intro", Need::Optional, &out->intro) ||
        !r.array(o, path, "weigh", Need::Optional, false, &weigh) ||
        !r.array(o, path, "levels", Need::Optional, false, &levels))
        return false;
    const QString weighPath = JsonReader::field(path, "weigh");
    for (qsizetype i = 0; i < weigh.size(); ++i) {
        const QString itemPath = JsonReader::item(weighPath, i);
        QJsonObject point;
        LocalizedText text;
        if (!r.object(weigh.at(i), itemPath, &point) ||
            !r.knownKeys(point, itemPath, {QStringLiteral("text")}) ||
            !r.text(point, itemPath, "text", Need::Required, &text))
            return false;
        out->weigh.append(text);
    }
    const QString levelsPath = JsonReader::field(path, "levels");
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString itemPath = JsonReader::item(levelsPath, i);
        QJsonObject level;
        GuideLevel g;
        if (!r.object(levels.at(i), itemPath, &level) ||
            !r.knownKeys(level, itemPath,
                         {QStringLiteral("level"), QStringLiteral("title"), QStringLiteral("text")}) ||
            !r.oneOf(level, itemPath, "level",
                     {QStringLiteral("good"), QStringLiteral("less_good"), QStringLiteral("deficient")},
                     Need::Required, &g.level) ||
            !r.text(level, itemPath, "title", Need::Required, &g.title) ||
            !r.text(level, itemPath, "text", Need::Required, &g.text))
            return false;
        out->levels.append(g);
    }
    return true;
}

bool parseIndicator(JsonReader &r, const QJsonObject &o, const QString &path, const QString &criterionId,
                    Indicator *out)
{
    if (!r.knownKeys(o, path,
                     {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("statement"),
                      QStringLiteral("note"), QStringLiteral("assessmentGuide")}))
        return false;
    // The id carries its criterion ("8.b" under "8") so a note tagged "8.b" can be placed without
    // the model at hand, and a mistyped id is caught here rather than in a report.
    static const QRegularExpression letters(QStringLiteral("^[a-z]+$"));
    const QJsonValue id = o.value(QLatin1String("id"));
    const QString prefix = criterionId + QLatin1Char('.');
    if (!id.isString() || !id.toString().startsWith(prefix) ||
        !letters.match(id.toString().mid(prefix.size())).hasMatch())
        return r.fail(
            JsonReader::field(path, "id"),
            QStringLiteral("an indicator id made of the criterion id, a dot and a letter, like \"%1a\"")
                .arg(prefix),
            id);
    out->id = id.toString();
    return r.text(o, path, "title", Need::Required, &out->title) &&
           r.text(o, path, "statement", Need::Optional, &out->statement) &&
           r.text(o, path, "note", Need::Optional, &out->note) && parseGuide(r, o, path, &out->guide);
}

bool parseCriterion(JsonReader &r, const QJsonObject &o, const QString &path, QHash<QString, QString> *ids,
                    Criterion *out)
{
    if (!r.knownKeys(o, path, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("indicators")}))
        return false;
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]*$"));
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || !digits.match(id.toString()).hasMatch())
        return r.fail(JsonReader::field(path, "id"),
                      QStringLiteral("a criterion number as a string, like \"8\""), id);
    out->id = id.toString();
    if (!r.unique(ids, out->id, JsonReader::field(path, "id")) ||
        !r.text(o, path, "title", Need::Required, &out->title))
        return false;
    QJsonArray indicators;
    if (!r.array(o, path, "indicators", Need::Required, true, &indicators))
        return false;
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        const QString at = JsonReader::item(JsonReader::field(path, "indicators"), i);
        QJsonObject io;
        Indicator indicator;
        if (!r.object(indicators.at(i), at, &io) || !parseIndicator(r, io, at, out->id, &indicator) ||
            !r.unique(ids, indicator.id, JsonReader::field(at, "id")))
            return false;
        out->indicators.append(indicator);
    }
    return true;
}

bool parseTheme(JsonReader &r, const QJsonObject &o, const QString &path, QHash<QString, QString> *ids,
                Theme *out)
{
    if (!r.knownKeys(o, path,
                     {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("title"),
                      QStringLiteral("criteria")}) ||
        !r.id(o, path, "id", &out->id) ||
        !r.integer(o, path, "number", 1, 99, Need::Optional, &out->number) ||
        !r.text(o, path, "title", Need::Required, &out->title))
        return false;
    QJsonArray criteria;
    if (!r.array(o, path, "criteria", Need::Required, true, &criteria))
        return false;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const QString at = JsonReader::item(JsonReader::field(path, "criteria"), i);
        QJsonObject co;
        Criterion criterion;
        if (!r.object(criteria.at(i), at, &co) || !parseCriterion(r, co, at, ids, &criterion))
            return false;
        out->criteria.append(criterion);
    }
    return true;
}

bool parseScores(JsonReader &r, const QJsonObject &root, QList<ScoreLevel> *out)
{
    QJsonArray scores;
    if (!r.array(root, QStringLiteral("$"), "scores", Need::Required, true, &scores))
        return false;
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const QString at = JsonReader::item(QStringLiteral("$.scores"), i);
        QJsonObject so;
        ScoreLevel level;
        if (!r.object(scores.at(i), at, &so) ||
            !r.knownKeys(so, at, {QStringLiteral("score"), QStringLiteral("title")}) ||
            !r.integer(so, at, "score", 1, 5, Need::Required, &level.score) ||
            !r.unique(&seen, QString::number(level.score), JsonReader::field(at, "score")) ||
            !r.text(so, at, "title", Need::Required, &level.title))
            return false;
        out->append(level);
    }
    if (out->size() != 5)
        return r.fail(QStringLiteral("$.scores"), QStringLiteral("the five levels 1 to 5"),
                      QStringLiteral("%1 levels").arg(out->size()));
    return true;
}

} // namespace

Status parseQualityModel(const QByteArray &json, const QString &sourceName, QualityModel *out)
{
    JsonReader r(sourceName);
    QJsonObject root;
    if (!r.parse(json, &root) ||
        !r.formatVersion(root, QualityModelFormatVersion, QStringLiteral("quality model")))
        return r.status();
    QualityModel model;
    model.sourceName = sourceName;
    const QString top = QStringLiteral("$");
    if (!r.knownKeys(root, top,
                     {QStringLiteral("formatVersion"), QStringLiteral("modelVersion"),
                      QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("scores"),
                      QStringLiteral("themes")}) ||
        !r.id(root, top, "modelVersion", &model.modelVersion) ||
        !r.text(root, top, "title", Need::Required, &model.title) ||
        !r.text(root, top, "source", Need::Optional, &model.source) || !parseScores(r, root, &model.scores))
        return r.status();
    QJsonArray themes;
    if (!r.array(root, top, "themes", Need::Required, true, &themes))
        return r.status();
    QHash<QString, QString> themeIds;
    QHash<QString, QString> criterionAndIndicatorIds; // one namespace: "8" and "8.a" never clash
    for (qsizetype i = 0; i < themes.size(); ++i) {
        const QString at = JsonReader::item(QStringLiteral("$.themes"), i);
        QJsonObject to;
        Theme theme;
        if (!r.object(themes.at(i), at, &to) || !parseTheme(r, to, at, &criterionAndIndicatorIds, &theme) ||
            !r.unique(&themeIds, theme.id, JsonReader::field(at, "id")))
            return r.status();
        model.themes.append(theme);
    }
    *out = std::move(model);
    return Status::ok();
}

} // namespace feltdialog
