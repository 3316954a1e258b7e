#pragma once

#include "RecordModel.h"

#include <QByteArray>

namespace feltdialog {

// The visit record as JSON for other systems (docs/record-format.md has the schema). The same log
// gives the same bytes whatever order its events came in: keys are sorted, lists follow the fold
// order, and nothing depends on when or where the export ran (no generation time).

inline constexpr auto RecordSchemaName = "feltdialog/visit-record";
inline constexpr int RecordSchemaVersion = 1;

QByteArray recordToJson(const VisitRecord &record);

} // namespace feltdialog
