#pragma once

#include "QualityModel.h"
#include "Status.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace feltdialog {

// A visit template: how the dialogue method is walked at one kind of visit, and what to ask per
// indicator. Templates are data (assets/templates/*.json, or an authority's own) so the guidance
// can change without a new app; docs/templates.md describes the format.

// One of the three agreements of the contract, with a line the consultant can say aloud.
struct ContractItem
{
    QString id; // "purpose", "desired_outcome", "process", or an authority's own
    LocalizedText title, explanation, sayAloud;
    bool operator==(const ContractItem &) const = default;
};

// A position of the double-role model; saying which one you speak from keeps the control visible.
struct Position
{
    QString id; // "control" | "development"
    LocalizedText title, explanation, sayAloud;
    bool operator==(const Position &) const = default;
};

struct ParticipantRole
{
    QString id; // leader, staff, resident, relative, board_member, companion, consultant
    LocalizedText title;
    bool initialsOnly = false; // residents are written down by initials, never by name
    bool operator==(const ParticipantRole &) const = default;
};

// A check-in prompt (kind hopes | uncertainties) or a solution-focused question (kind miracle |
// scale | exception | coping). followUp is the next question, e.g. what would lift a scale by one.
struct Prompt
{
    QString id;
    QString kind;
    LocalizedText title, text, followUp;
    bool operator==(const Prompt &) const = default;
};

struct Question
{
    QString id; // unique in the template: answers refer to it
    LocalizedText text;
    QString answerType;       // note | yes_no_na | degree | indicator_score | scale
    bool allowComment = true; // the guidance asks for a comment with every answer
    bool operator==(const Question &) const = default;
};

struct QuestionHeading
{
    QString id;
    LocalizedText title;
    QList<Question> questions;
    bool operator==(const QuestionHeading &) const = default;
};

// An example level of practice (good | less_good | deficient) to hold findings against, as in the
// quick guide for 8.b. A help for judgement, not a score.
struct AssessmentLevel
{
    QString level;
    LocalizedText title, text;
    bool operator==(const AssessmentLevel &) const = default;
};

struct QuestionBank
{
    QString id;
    QString indicatorId; // empty for questions about the visit as a whole
    LocalizedText title, guidance;
    QList<QuestionHeading> headings;
    QList<AssessmentLevel> assessmentGuide;
    bool operator==(const QuestionBank &) const = default;
};

// A step of the wrap-up of a conversation or of the closing meeting.
struct WrapUpStep
{
    QString id;
    QString kind; // summary | agreements | development_points | attention_points | check_out | next_steps
    LocalizedText title, prompt;
    bool operator==(const WrapUpStep &) const = default;
};

// A phase of the method. Which lists may be filled depends on the id: contract (contractItems,
// positions), checkin (prompts, participantRoles), conversation (prompts, questionBanks), wrapup
// and closing (steps).
struct TemplatePhase
{
    QString id; // contract | checkin | conversation | wrapup | closing
    LocalizedText title, guidance, sayAloud;
    QList<int> coreElements; // the method's core elements 1-6 this phase carries out
    QList<ContractItem> contractItems;
    QList<Position> positions;
    QList<ParticipantRole> participantRoles;
    QList<Prompt> prompts;
    QList<QuestionBank> questionBanks;
    QList<WrapUpStep> steps;
    bool operator==(const TemplatePhase &) const = default;
};

struct VisitTemplate
{
    QString sourceName; // the file it was read from, for later messages
    QString id;
    QString version; // "3" or "1.2.0"; a visit records id and version together
    LocalizedText title, description;
    QString kind; // unannounced | announced | dialogue_meeting
    QString qualityModelVersion;
    QStringList focusIndicators;
    QList<TemplatePhase> phases; // always the five, in the order of phaseIds()

    const TemplatePhase *phase(const QString &id) const;
    const QuestionBank *questionBank(const QString &indicatorId) const;
    const Question *question(const QString &id) const;
    bool operator==(const VisitTemplate &) const = default;
};

// The format of the template file that this build reads.
inline constexpr int TemplateFormatVersion = 1;

// The phases a template describes, in the order the method walks them.
const QStringList &templatePhaseIds();
// The answer types a question may have.
const QStringList &answerTypes();

// Reads one template. A problem gives Status::Invalid (Status::TooNew for a newer formatVersion)
// whose detail names sourceName, the JSON path and what was expected; *out is left untouched then.
Status parseTemplate(const QByteArray &json, const QString &sourceName, VisitTemplate *out);

// Checks what parseTemplate cannot know alone: that the template was written for this model and
// each focus indicator is in it.
Status checkTemplateAgainstModel(const VisitTemplate &t, const QualityModel &model);

// Reads template files. Each one that reads is appended to *valid; each one that does not (cannot
// be read, is refused by parseTemplate, or repeats the id and version of an earlier file) gets one
// Status in *refused, so one broken file never hides the others.
void loadTemplates(const QStringList &paths, QList<VisitTemplate> *valid, QList<Status> *refused);

} // namespace feltdialog
