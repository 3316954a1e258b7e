#pragma once

#include "RecordModel.h"

#include <QList>

namespace feltdialog::testing {

// A fixed, hand-built unannounced visit at Botilbuddet Solhaven, written on two tablets: a
// conversation with the leader (contract, check-in, timeout called by the facility, position
// switches, scale answer, questions, a point understood differently, an agreement, a development
// point), one with two staff (check-in skipped, a concurrent amendment from both tablets, a timeout
// the consultant called), one with a resident whose name must shrink to initials, a document seen
// outside any conversation, the closing meeting, five indicator scores, two location stamps and
// the closing. Every id and time is fixed, so its record is the same bytes on every run.
struct RecordFixture
{
    QList<Event> events;
    QStringList noteTexts; // every note's current text, for the PDF checks

    static RecordFixture visit();
    // The same visit with extraNotes more notes (every seventh amended) spread over its
    // conversations: for the benchmark.
    static RecordFixture longVisit(int extraNotes);
    // The events plus one of a type this build does not know ("MoodBoardPinned", payload
    // {"colour": "grøn"}), as a newer app version would write it.
    static QList<Event> withEventFromTheFuture(QList<Event> events);
    // The events plus one more note (a copy of the first, new ids): `text`, e.g. one unbroken
    // token of 256 KiB pasted into the editor (issue 14: its record took minutes).
    static QList<Event> withNote(QList<Event> events, const QString &text);
};

// The template, quality model and facility the fixture names, read from the source tree's assets.
struct FixtureReference
{
    QualityModel model;
    VisitTemplate visitTemplate;
    Facility facility;

    static FixtureReference load(const QString &assetsDir);
    RecordReference reference() const;
};

} // namespace feltdialog::testing
