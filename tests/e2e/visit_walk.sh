#!/usr/bin/env bash
# End-to-end, by real input: start a visit, write a note with Danish letters, kill the app with
# SIGKILL while the note is still a draft, start it again, find the text where it was, file the
# note, and check the record on disk. Screenshots of every step are kept in $OUT for a person to
# look at.
# usage: visit_walk.sh <feltdialog binary> <output dir>
set -euo pipefail
app=$1
out=$2
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
rm -rf "$out"
mkdir -p "$out"
data="$out/data"
note="Lederen siger: ekstern supervision hver 6. uge. Blåbær, rødgrød, æble - frustrerende?"
geometry=1280x800+0+0
# A Danish keyboard, as on the tablets: xdotool then types æ, ø and å as real keys instead of
# remapping a spare key for each, which races with a slow (sanitizer) build.
setxkbmap dk

start_app() {
  "$app" --data-dir "$data" --lang da -qwindowgeometry "$geometry" >>"$out/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 50); do
    xdotool search --name Feltdialog >/dev/null 2>&1 && break
    sleep 0.1
  done
  sleep 1
}
shot() { import -window root "$out/$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-0.8}"; }
record() { sqlite3 "$data/feltdialog.sqlite" "$1"; }

start_app
shot 01-visit-list-empty
click 1200 24                 # Start besøg
shot 02-facility-picker
click 500 236                 # Botilbuddet Solhaven
shot 03-visit-started
click 955 99 0.5              # Ny note
xdotool type --delay 120 "$note"
sleep 1                       # a pause: the draft is saved
shot 04-note-typed
kill -9 "$pid"
wait "$pid" 2>/dev/null || true

drafts=$(record "SELECT count(*) FROM note_drafts")
[ "$drafts" = 1 ] || { echo "FAIL: expected the typed note as a draft after kill -9, found $drafts"; exit 1; }

start_app
shot 05-after-restart
click 300 100                 # the visit in the list
shot 06-draft-restored
click 1190 760                # Færdig
shot 07-note-filed
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

written=$(record "SELECT count(*) FROM events WHERE type='NoteWritten'")
[ "$written" = 1 ] || { echo "FAIL: expected one NoteWritten, found $written"; exit 1; }
stored=$(record "SELECT json_extract(payload, '$.text') FROM events WHERE type='NoteWritten'")
[ "$stored" = "$note" ] || { echo "FAIL: stored text differs: '$stored'"; exit 1; }
left=$(record "SELECT count(*) FROM note_drafts")
[ "$left" = 0 ] || { echo "FAIL: the draft was not removed when the note was filed"; exit 1; }
echo "PASS: note survived kill -9 as a draft and was filed word for word; screenshots in $out"
