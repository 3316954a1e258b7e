#pragma once

#include "Event.h"
#include "QualityModel.h"
#include "Template.h"

#include <QList>
#include <QVariantList>
#include <functional>

namespace feltdialog {

// The visit as it happened, read-only and straight from the log: one entry per event, in fold
// order, as a sentence for people ({"at": QDateTime, "what": ..., "detail": ..., "author": ...}).
// Amendments show beside the original; unknown event types (from a newer app) are listed too.
// Contract items and questions are named by the visit's template, indicators by the quality model
// (number and title, as the note cards show them), in the UI language; authors by nameOf
// (Workspace::personName).
QVariantList describeTimeline(const QList<Event> &events, const VisitTemplate *visitTemplate,
                              const QualityModel *qualityModel = nullptr,
                              const std::function<QString(const QString &)> &nameOf = {});

} // namespace feltdialog
