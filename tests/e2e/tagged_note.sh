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
width=$(python3 -c "print(round(${size%x*} / $scale))")
height=$(python3 -c "print(round(${size#*x} / $scale))")
QT_SCALE_FACTOR=$scale QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 FELTDIALOG_NO_KEYSTORE=1 \
  FELTDIALOG_NMEA_FILE="$(cd "$(dirname "$0")/../../assets/nmea" && pwd)/good_fix.nmea" \
  "$app" --data-dir "$out/data" --lang da -platform xcb -qwindowgeometry "${width}x${height}+0+0" \
  >"$out/app.log" 2>&1 &
pid=$!
status=0
FELTDIALOG_E2E_SCALE=$scale /usr/bin/python3 "$(dirname "$0")/tagged_note_taps.py" "$out" || status=$?
import -window root "$out/last-screen.png" || true
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
kill "$bus" 2>/dev/null || true
[ "$status" = 0 ] || exit "$status"

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
