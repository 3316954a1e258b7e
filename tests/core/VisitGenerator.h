#pragma once

#include "Event.h"

#include <QList>
#include <random>

namespace feltdialog::testing {

// Builds a realistic visit log the way two tablets on one visit would produce it: each with its
// own hybrid clock and sequence, clocks skewed and occasionally exchanging stamps, notes with
// Danish text, amendments (some of them concurrent, from both tablets, on the same note), and a
// closing. Deterministic for a given seed.
QList<Event> generateVisit(int eventCount, quint32 seed);

} // namespace feltdialog::testing
