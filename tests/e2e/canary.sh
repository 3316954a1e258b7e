#!/usr/bin/env bash
# Canary: a lost tablet must reveal nothing. Types notes carrying marker strings (as a filed note
# and as a draft still being typed) and a participant's name into the check-in (a field draft, not
# yet added), reads the visit record on the tablet and saves it through the save dialog to a
# documents folder outside the app's reach (as a consultant sends it on), kills the app with
# SIGKILL, then searches every file the app could have written (its data, temp, cache and config
# directories) and everything it printed, for the markers in UTF-8, UTF-16 (both byte orders) and
# base64 (all three alignments). Zero hits passes; the saved record must hold them.
# usage: canary.sh <feltdialog binary> <output dir>
set -euo pipefail
app=$1
out=$2
# shellcheck source=driver.sh
source "$(dirname "$0")/driver.sh"
e2e_display 1280x800 "$0" "$@"
rm -rf "$out" "$out.documents"
mkdir -p "$out"/{data,tmp,home,cache,config,runtime} "$out.documents"
chmod 700 "$out/runtime"
# The consultant's documents folder, where the save dialog starts: the one place outside the scan.
echo "XDG_DOCUMENTS_DIR=\"$out.documents\"" >"$out/config/user-dirs.dirs"
pin=482916
filed="KANARIEFILED Beboeren Jens Hansen fortalte om medicinen"
drafted="KANARIEDRAFT Medarbejderen Mette sagde at nattevagten sover"
field="KANARIEFELT Lone Kristiansen"
# Every place the app may write goes under $out, so the scan below covers it all.
export HOME="$out/home" TMPDIR="$out/tmp" XDG_CACHE_HOME="$out/cache" XDG_CONFIG_HOME="$out/config" \
  XDG_DATA_HOME="$out/home/.local/share" XDG_RUNTIME_DIR="$out/runtime"
start_app "$out/data"
type_pin 0.5
type_pin
click 1200 24                 # Start besøg
click 500 236                 # the first facility
click 955 159 0.5              # Ny note
xdotool type --delay 40 "$filed"
sleep 0.5
click 1190 760                # Færdig: filed as an event
click 1240 24 0.8              # ⋮
click 1030 223 1.5             # Besøgsrapport: the pages, painted in memory
shot record-view
click 416 172 1.5              # Gem som JSON …: the save dialog, in the documents folder
shot save-dialog
click 887 573 1.5              # Gem
shot record-saved
click 1048 780 0.8             # Luk
click 100 88                  # Start samtale
click 239 88                  # Check-in
shot checkin                  # the phase is new: its guidance is open above the field
click 380 380 0.5             # the participant's name, typed and not yet added: a field draft
xdotool type --delay 40 "$field"
sleep 1                       # the pause saves the field's draft
click 955 159 0.5              # Ny note
xdotool type --delay 40 "$drafted"
sleep 1                       # the pause saves the draft
import -window root "$out/before-kill.png"
kill -9 "$pid"
wait "$pid" 2>/dev/null || true

# The walk must have reached the disk, or finding nothing would prove nothing.
events=$(sqlite3 "$out/data/feltdialog.sqlite" "SELECT count(*) FROM events WHERE type='NoteWritten'")
drafts=$(sqlite3 "$out/data/feltdialog.sqlite" "SELECT count(*) FROM note_drafts")
fields=$(sqlite3 "$out/data/feltdialog.sqlite" "SELECT count(*) FROM field_drafts")
[ "$events" = 1 ] && [ "$drafts" = 1 ] && [ "$fields" = 1 ] || {
  echo "FAIL: expected one filed note, one note draft and one field draft on disk, found $events, $drafts and $fields"
  exit 1; }
# The record went where the consultant chose, with the filed note in it.
saved=("$out.documents"/tilsynsrapport-*.json)
[ -f "${saved[0]}" ] && grep -q KANARIEFILED "${saved[0]}" || {
  echo "FAIL: the saved record is not in the documents folder with the note (see $out/record-saved.png)"; exit 1; }

python3 - "$out" KANARIEFILED KANARIEDRAFT KANARIEFELT "Jens Hansen" "nattevagten sover" "Lone Kristiansen" <<'PY'
import base64, os, sys
root, markers = sys.argv[1], sys.argv[2:]
patterns = []
for m in markers:
    raw = m.encode()
    patterns += [(m, "utf-8", raw), (m, "utf-16le", m.encode("utf-16le")), (m, "utf-16be", m.encode("utf-16be"))]
    for shift in range(3):  # base64 of the marker at each alignment inside a longer text
        enc = base64.b64encode(b"x" * shift + raw).decode()
        core = enc[4 if shift else 0:-4]  # drop the groups that mix in neighbouring bytes
        patterns.append((m, f"base64+{shift}", core.encode()))
hits, scanned = [], 0
for dirpath, _, files in os.walk(root):
    for name in files:
        path = os.path.join(dirpath, name)
        if path.endswith(".png") or os.path.islink(path):
            continue  # the screenshot shows the screen on purpose
        data = open(path, "rb").read()
        scanned += 1
        for marker, form, pat in patterns:
            if pat and pat in data:
                hits.append(f"{path}: {marker} as {form}")
print(f"scanned {scanned} files for {len(patterns)} patterns")
if hits:
    print("FAIL: markers found:\n  " + "\n  ".join(hits))
    sys.exit(1)
PY
echo "PASS: no marker in any file or output after kill -9"
