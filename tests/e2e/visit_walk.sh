#!/usr/bin/env bash
# End-to-end, by real input: choose a PIN, start a visit, write a note with Danish letters, kill
# the app with SIGKILL while the note is still a draft, start it again, unlock, find the text where
# it was, file the note, let the app lock itself when idle, and check the record on disk (through
# store_dump: the file holds only sealed bytes). Screenshots of every step are kept in the output
# directory for a person to look at.
# usage: visit_walk.sh <feltdialog binary> <store_dump binary> <output dir>
set -euo pipefail
app=$1
dump=$2
out=$3
# shellcheck source=driver.sh
source "$(dirname "$0")/driver.sh"
e2e_begin "$0" "$@"
note="Lederen siger: ekstern supervision hver 6. uge. Blåbær, rødgrød, æble - frustrerende?"
record() { sqlite3 "$data/feltdialog.sqlite" "$1"; }
start_app "$data" --lock-after-idle-seconds 8
shot 00-choose-pin
type_pin 0.5                  # the new PIN, then the pad moves on to the repeat field
type_pin                      # the repeat: the store is sealed under it
shot 01-visit-list-empty
click 1200 24                 # Start besøg
shot 02-facility-picker
click 500 236                 # Botilbuddet Solhaven
shot 03-visit-started
click 955 159 0.5              # Ny note
xdotool type --delay 120 "$note"
sleep 1                       # a pause: the draft is saved
shot 04-note-typed
kill -9 "$pid"
wait "$pid" 2>/dev/null || true

drafts=$(record "SELECT count(*) FROM note_drafts")
[ "$drafts" = 1 ] || { echo "FAIL: expected the typed note as a draft after kill -9, found $drafts"; exit 1; }

start_app "$data" --lock-after-idle-seconds 8
shot 05-locked-after-restart
type_pin
shot 05-after-unlock
click 300 100                 # the visit in the list
shot 06-draft-restored
click 1190 760                # Færdig
shot 07-note-filed
# No touch for longer than the idle limit (8 s): the app locks itself, and says so in its title.
locked=no
for _ in $(seq 40); do
  sleep 0.5
  if xdotool search --name "Feltdialog \(låst\)" >/dev/null 2>&1; then locked=yes; break; fi
done
shot 08-locked-when-idle
[ "$locked" = yes ] || { echo "FAIL: the app did not lock within 20 s of no use"; exit 1; }
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

written=$(record "SELECT count(*) FROM events WHERE type='NoteWritten'")
[ "$written" = 1 ] || { echo "FAIL: expected one NoteWritten, found $written"; exit 1; }
echo "$pin" | "$dump" "$data/feltdialog.sqlite" >"$out/record.json"
stored=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["notes"][0]["versions"][0]["text"])' \
  "$out/record.json")
[ "$stored" = "$note" ] || { echo "FAIL: stored text differs: '$stored'"; exit 1; }
if grep -aq "Lederen siger" "$data"/feltdialog.sqlite*; then
  echo "FAIL: the note is readable in the store file without the PIN"; exit 1
fi
left=$(record "SELECT count(*) FROM note_drafts")
[ "$left" = 0 ] || { echo "FAIL: the draft was not removed when the note was filed"; exit 1; }
echo "PASS: note survived kill -9 as a sealed draft and was filed word for word; screenshots in $out"
