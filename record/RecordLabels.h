#pragma once

#include "RecordModel.h"

#include <QString>

namespace feltdialog::recordtext {

// The Danish words of the visit record. The record goes to a Danish case file, so it is written
// in Danish whatever language the app is set to; codes the log holds ("resident", "refocus") are
// turned into words here and nowhere else. An unknown code is shown as it is, never dropped.

QString role(const VisitRecord &r, const QString &roleId); // the template's title first
QString method(const QString &method);
QString position(const QString &position); // "kontrolposition" | "udviklingsposition"
QString phase(const QString &phase);
QString visitKind(const QString &kind);
QString conversationKind(const QString &kind);
QString calledBy(const QString &calledBy);
QString timeoutOutcome(const QString &outcome);
QString summaryResponse(const QString &response);
QString findingKind(const QString &kind);
QString answer(const QString &answerType, const QString &answer);
QString locationMoment(const QString &moment);
QString locationStatus(const QString &status);
QString locationReason(const QString &reason);
QString consultant(const VisitRecord &r, const QString &authorId);
QString indicator(const VisitRecord &r, const QString &indicatorId); // "8.b Ekstern supervision ..."

// Times in Danish civil time (Europe/Copenhagen), as a case file reads them.
QString date(qint64 wallMs);      // "tirsdag den 18. november 2025"
QString shortDate(qint64 wallMs); // "18.11.2025"
QString time(qint64 wallMs);      // "09.05"
QString timeWithSeconds(qint64 wallMs);
QString dateTime(qint64 wallMs); // "18.11.2025 kl. 09.05"
QString duration(qint64 ms);     // "4 min. 30 sek."

} // namespace feltdialog::recordtext
