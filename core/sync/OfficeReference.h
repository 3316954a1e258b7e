#pragma once

#include "Facilities.h"
#include "Status.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace feltdialog {

// A visit the office planned for this consultant: the tablet starts it under the office's visit
// id, so what the consultant and any colleague on it write lands on the planned visit.
struct PlannedVisit
{
    QUuid visitId;
    QString facilityId;
    QString kind; // a template kind: "unannounced" | "dialogue_meeting"
    QDate plannedDate;
    QStringList focusIndicators; // the office's focus for this visit; may be empty
    QStringList consultantIds;   // everyone assigned, this consultant included
};

// The office's reference data as GET /v1/reference returns it (docs/sync-protocol.md).
struct OfficeReference
{
    QString version;
    QList<Facility> facilities;
    QList<PlannedVisit> plannedVisits;
    QHash<QString, QString> colleagues; // consultant id -> the name the office gave, this consultant too
};

// Reads the reference data; a problem is named by its JSON path, and nothing is half-read.
Status parseOfficeReference(const QByteArray &json, OfficeReference *out);

} // namespace feltdialog
