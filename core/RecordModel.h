#pragma once

#include "Facilities.h"
#include "QualityModel.h"
#include "Template.h"
#include "VisitState.h"

#include <QHash>
#include <QMap>

namespace feltdialog {

// The visit record: what goes into the case file after a visit, built from the event log alone
// plus the reference data the log names by id. It is the one model both exports read (JSON in
// core/RecordJson, the PDF in record/), so the two can never tell different stories.
// docs/record-format.md describes it.

// What the log refers to but does not hold. Pointers may be null (reference data not synced);
// the record then shows the ids. They are only read while buildVisitRecord runs.
struct RecordReference
{
    QString authority; // the supervising authority, e.g. "Socialtilsyn Midt"; empty when not known
    const Facility *facility = nullptr;
    const VisitTemplate *visitTemplate = nullptr; // the template and version the visit started with
    const QualityModel *model = nullptr;          // the model version the visit started with
    QHash<QString, QString> people;               // author id -> the consultant's name
};

struct RecordPerson
{
    QString id;
    QString name; // the id again when the reference data has no name
};

struct RecordPositionSwitch
{
    qint64 wallMs = 0;
    QString authorId;
    QString position; // the position switched to: "control" | "development"
};

struct RecordContractItem
{
    QString id;
    QString title; // from the template; the id when the template does not know it
    bool agreed = false;
};

struct RecordAnswer
{
    QuestionAnswer answer;
    QString questionText; // from the template; empty when it does not know the question
    QString answerType;
};

struct RecordConversation
{
    Conversation conversation;          // as folded; residents' labels reduced to initials
    QList<RecordContractItem> contract; // the template's order first, unknown items after
    QList<Note> notes;                  // tagged to this conversation, in the order written
    QList<RecordPositionSwitch> positionSwitches;
    QList<RecordAnswer> answers;
};

// How many notes back an indicator, per source and per method: the triangulation the guidance
// asks for. A gap is an indicator with no notes, or with only one kind of source and one method.
struct RecordCoverage
{
    QString indicatorId;
    QString title;
    QMap<QString, int> bySource; // source role -> notes
    QMap<QString, int> byMethod; // method -> notes
    int notes = 0;
    bool gap = true;
};

struct RecordAssessment
{
    QString indicatorId;
    QString title;
    QString themeId; // empty when the model does not know the indicator
    int score = 0;   // 1-5; 0 when not scored
    QString scoreTitle;
    QString rationale;
    // Scores given at once on two tablets and not yet resolved: the record shows every one.
    QList<IndicatorScore> concurrent;
};

// The mean of the scored indicators of a theme, as the national supervision reports draw them.
struct RecordThemeAverage
{
    QString themeId;
    int number = 0;
    QString title;
    double average = 0; // 0 when nothing in the theme is scored
    int scored = 0;
    int indicators = 0;
};

struct VisitRecord
{
    VisitState state;  // the fold of the log
    bool draft = true; // not closed yet: every page says so
    QString authority;
    Facility facility; // id and name as the visit recorded them; kind and address from the register
    QString templateTitle;
    QString modelTitle;
    qint64 firstEventMs = 0;
    qint64 lastEventMs = 0;
    QList<RecordPerson> consultants;   // everyone who wrote in the log, first to write first
    QMap<QString, QString> roleTitles; // participant and source role -> its Danish title
    QList<RecordConversation> conversations;
    QList<Note> otherNotes;      // notes outside any conversation of the visit
    QStringList coverageSources; // columns of the coverage matrix, in the template's role order
    QStringList coverageMethods;
    QList<RecordCoverage> coverage;      // the focus indicators, then any other tagged or scored
    QList<RecordAssessment> assessments; // in the same order as coverage
    QList<RecordThemeAverage> themes;    // every theme of the model, in model order
    QList<Event> log;                    // fold order, each event once: the appendix
    QByteArray logHash;                  // core/RecordHash.h

    qint64 endMs() const { return state.closed ? state.closedWallMs : lastEventMs; }
};

VisitRecord buildVisitRecord(const QList<Event> &events, const RecordReference &reference);

} // namespace feltdialog
