#pragma once

#include "RecordDocument.h"
#include "RecordModel.h"

#include <QDateTime>

namespace feltdialog {

// The parts of the PDF record, in the order a case worker reads them. Each writes Danish text
// into the document; none decides anything about the visit (that is core/RecordModel's job).

// The front page facts: authority, facility, time span, consultants, template and model
// versions, the log's hash, location stamps.
void writeVisitFacts(RecordDocument &doc, const VisitRecord &r, const QDateTime &generatedAt);
// One section per conversation: participants and check-in, contract, notes, follow-ups,
// timeouts, position switches, questions and scale answers, wrap-up and agreements.
void writeConversations(RecordDocument &doc, const VisitRecord &r);
// Development and attention points per indicator, the evidence coverage matrix, the indicator
// assessments and the theme averages with the radar chart.
void writeAssessment(RecordDocument &doc, const VisitRecord &r);
// What the exporter could not place: events from a newer app version, amendments whose note has
// not arrived. Listed, never dropped.
void writeUnplaced(RecordDocument &doc, const VisitRecord &r);
// The appendix: every event of the log in fold order, every amendment with its full text.
void writeTimeline(RecordDocument &doc, const VisitRecord &r);
// What the appendix says of one event: what happened, and its words.
std::pair<QString, QString> timelineWords(const VisitRecord &r, const Event &e);

} // namespace feltdialog
