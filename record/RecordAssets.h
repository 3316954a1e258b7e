#pragma once

#include "Facilities.h"
#include "QualityModel.h"
#include "RecordModel.h"
#include "Template.h"

namespace feltdialog {

// The reference data a record names, read from an assets folder (templates/, quality-model/,
// demo/facilities.json): the template and quality model a visit was made with are picked by id
// and version. Used where no app holds them: feltdialog-record and feltdialog-server export.
struct RecordAssets
{
    QList<VisitTemplate> templates;
    QList<QualityModel> models;
    QList<Facility> facilities;

    // A file that does not read is left out; the record then shows ids instead of titles.
    void load(const QString &dir);
    // Pointers into this object: keep it alive while the reference is used.
    RecordReference forVisit(const VisitState &visit) const;
};

} // namespace feltdialog
