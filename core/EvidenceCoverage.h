#pragma once

#include "VisitState.h"

#include <QMap>
#include <QStringList>

namespace feltdialog {

// What backs one indicator: the notes tagged to it, by source and by method. The triangulation
// rule the guidance asks for lives here once, for the app's coverage panel and the record alike.
struct EvidenceCoverage
{
    QString indicatorId;
    QList<const Note *> notes;   // in the visit's order; valid while the notes they point into are
    QStringList sources;         // each source role once, in the order first met
    QStringList methods;         // each method once, in the order first met
    QMap<QString, int> bySource; // source role -> notes
    QMap<QString, int> byMethod; // method -> notes

    // A gap: no notes, or only one kind of source and one method behind the indicator.
    bool gap() const { return notes.isEmpty() || (sources.size() < 2 && methods.size() < 2); }
};

EvidenceCoverage evidenceCoverage(const QList<Note> &notes, const QString &indicatorId);

} // namespace feltdialog
