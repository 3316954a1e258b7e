#pragma once

#include "LocalizedText.h"
#include "Status.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace feltdialog {

// What the national guidance says to weigh when scoring an indicator, and examples of good, less
// good and deficient practice (issue 4: indicator 8.b). Shown beside the score; never a verdict.
struct GuideLevel
{
    QString level; // "good" | "less_good" | "deficient"
    LocalizedText title;
    LocalizedText text;
    bool operator==(const GuideLevel &) const = default;
};

struct AssessmentGuide
{
    LocalizedText intro;
    QList<LocalizedText> weigh; // what may be given weight, one point each
    QList<GuideLevel> levels;
    bool isEmpty() const { return intro.isEmpty() && weigh.isEmpty() && levels.isEmpty(); }
    bool operator==(const AssessmentGuide &) const = default;
};

struct Indicator
{
    QString id;              // "8.b": criterion number, a dot, a letter
    LocalizedText title;     // short, for pickers and headings
    LocalizedText statement; // the indicator as worded in the regulation, where known
    LocalizedText note;      // e.g. which facilities it applies to
    AssessmentGuide guide;   // empty where the model file has none
    bool operator==(const Indicator &) const = default;
};

struct Criterion
{
    QString id; // "8"
    LocalizedText title;
    QList<Indicator> indicators;
    bool operator==(const Criterion &) const = default;
};

struct Theme
{
    QString id;     // stable slug, e.g. "organisation-og-ledelse"
    int number = 0; // the theme's number in the model, 0 when the model does not number it
    LocalizedText title;
    QList<Criterion> criteria;
    bool operator==(const Theme &) const = default;
};

// The words for a 1-5 indicator score, so an answer of type indicator_score reads as the model
// reads it ("i høj grad opfyldt") and not as a bare number.
struct ScoreLevel
{
    int score = 0;
    LocalizedText title;
    bool operator==(const ScoreLevel &) const = default;
};

// The regulation's quality model as data: themes, numbered criteria, lettered indicators. Kept as
// a versioned file because the model changes by law (the 2025 reform renumbered it) and a visit
// must be read against the model it was made under.
struct QualityModel
{
    QString sourceName; // the file it was read from, for later messages
    QString modelVersion;
    LocalizedText title;
    LocalizedText source; // where the wording comes from
    QList<ScoreLevel> scores;
    QList<Theme> themes;

    // Pointers stay valid while the model is not changed; nullptr when the id is not in it.
    const Theme *theme(const QString &id) const;
    const Criterion *criterion(const QString &id) const;
    const Indicator *indicator(const QString &id) const;
    const Theme *themeOfIndicator(const QString &indicatorId) const;
    QStringList indicatorIds() const; // in model order
    bool operator==(const QualityModel &) const = default;
};

// The format of the quality model file that this build reads.
inline constexpr int QualityModelFormatVersion = 1;

// Reads a quality model file. A problem gives Status::Invalid (Status::TooNew for a newer
// formatVersion) whose detail names sourceName, the JSON path and what was expected; *out is left
// untouched then.
Status parseQualityModel(const QByteArray &json, const QString &sourceName, QualityModel *out);

} // namespace feltdialog
