#pragma once

namespace feltdialog {

// Limits the tablet and the office server share (issue 14: the server took a push of 20,000
// events and stored a 4 MiB note). Defined here once: the app's note editor stops at
// MaxNoteLength, the sync engine's batches stay at or below MaxEventsPerPush, and the server
// refuses what exceeds either (docs/sync-protocol.md).

// Events in one push (POST /v1/events); more is 413 too_many_events and nothing is stored.
inline constexpr int MaxEventsPerPush = 1000;

// Characters (UTF-16 code units, as QString and QML count them) of a note's text, and of any
// other text in an event's payload: about 25 printed pages, far beyond a note typed during a
// conversation, and small enough that a push of such notes stays within the body limit.
inline constexpr int MaxNoteLength = 50'000;

} // namespace feltdialog
