#!/usr/bin/env bash
# Counts the taps to a note with all three tags by real input on a phone's screen (the xcb
# platform under Xvfb, controls aimed over AT-SPI: tagged_note_taps.py), then reads the notes back
# from the store: both carry the tags tapped, the second the last note's, offered and chosen.
# usage: tagged_note.sh <feltdialog binary> <store_dump binary> <output dir> [WIDTHxHEIGHT [scale]]
set -euo pipefail
app=$1
dump=$2
out=$3
size=${4:-390x844}
scale=${5:-1}
# A display, a D-Bus session and an accessibility bus of its own (own_display.sh says why).
source "$(dirname "$0")/own_display.sh"
own_display "${size}" "$0" "$@"
walk_app "$size" "$scale" tagged_note_taps.py "$out"

echo 135792 | "$dump" "$out/data/feltdialog.sqlite" >"$out/record.json"
python3 - "$out/record.json" <<'PY'
import json, sys
visit = json.load(open(sys.argv[1]))[0]
notes = visit["notes"]
conversation = visit["dialogue"]["conversations"][0]["id"]
got = [(n["tags"].get("indicatorId"), n["tags"].get("sourceRole"), n["tags"].get("method"),
        n["tags"].get("conversationId") == conversation) for n in notes]
want = [("8.a", "leader", "interview", True)] * 2
if got != want:
    print(f"FAIL: the notes in the store are tagged {got}, not {want}")
    sys.exit(1)
print("PASS: both notes are in the store with the tags tapped")
PY
