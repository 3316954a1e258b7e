#!/usr/bin/env bash
# A whole guided visit by real input (taps and typing under Xvfb, Danish keyboard): framing on
# arrival, check-in of three people with hopes, a tagged note, a keyword follow-up, a scale answer,
# a timeout called by the facility, wrap-up with one point confirmed and one understood
# differently, an agreement, check-out, next steps; a second conversation that skips to wrap-up;
# the visit closed. The record is then read back through store_dump and checked field by field.
# Screenshots of every step are kept in the output directory.
# usage: guided_visit.sh <feltdialog binary> <store_dump binary> <output dir>
set -euo pipefail
app=$1
dump=$2
out=$3
pin=246813
# shellcheck source=driver.sh
source "$(dirname "$0")/driver.sh"
e2e_begin "$0" "$@"
# Not faster: under load xdotool has been seen to drop æ, ø and å typed at 25 ms.
t() { xdotool type --delay 90 "$1"; }
scroll_down() { xdotool mousemove 300 600; for _ in $(seq 15); do xdotool click 5; sleep 0.05; done; sleep 0.5; }

start_app "$data"
type_pin 0.5
type_pin
click 1200 24; click 500 236                          # Start besøg, Botilbuddet Solhaven
click 100 88                                          # Start samtale: the contract phase
click 33 176; click 33 289; click 33 368              # purpose, desired outcome, process agreed
shot 01-contract
click 239 88                                          # Check-in
click 388 234; t "Hanne"; xdotool key Return; sleep 0.5               # leader
click 112 234; xdotool key Down Return; sleep 0.5
click 388 234; t "MK"; xdotool key Return; sleep 0.5                  # staff
click 112 234; xdotool key Down Down Return; sleep 0.5
click 388 234; t "JB"; xdotool key Return; sleep 0.5                  # resident, by initials
click 325 356; t "At få sparring"; xdotool key Return
click 325 410; t "Om der er tid nok"; xdotool key Return
shot 02-checkin
click 327 88                                          # Samtale
click 955 159 0.5; t "Supervision opleves som frustrerende af personalet"; sleep 0.5
click 753 687; xdotool key Escape; sleep 0.3; xdotool key Down Down; sleep 0.3     # indicator 8.b
click 951 687; xdotool key Escape; sleep 0.3; xdotool key Down Down; sleep 0.3     # source: staff
click 1149 687; xdotool key Escape; sleep 0.3; xdotool key Down; sleep 0.3         # interview
shot 03-tagged-note
click 1215 747                                        # Færdig
xdotool mousemove 300 250 mousedown 1; sleep 1.3; xdotool mouseup 1; sleep 0.8   # hold the note
shot 04-follow-up
click 649 373; click 859 493                          # "frustrerende", Spurgt
click 260 705                                         # Skalaspørgsmål
# The open card sits under the note card, which shows its tags on a line of its own and, once
# asked, the follow-up ("Spurgt: …") on another.
click 159 539; click 325 589; t "Faste supervisionsmøder"; click 325 643; t "Tre"
shot 05-scale
click 568 701                                         # Gem svaret
click 1071 24; shot 06-timeout-who; click 640 343; t "Uro i gangen"; click 733 419 1      # Timeout, called by the facility
shot 06-timeout
click 279 182                                         # Fokusér igen
click 424 88                                          # Afrunding
click 290 172; t "Ledelsen vil indføre fast ekstern supervision"; xdotool key Return; sleep 0.5
t "Beboerne ser ikke ledelsen om aftenen"; xdotool key Return; sleep 0.5
click 78 265                                          # the first point: confirmed
click 325 414; t "Ledelsen er der også om aftenen to gange om ugen"; click 229 472
shot 07-summary
scroll_down
click 325 487; t "Mod på at prøve noget nyt"; xdotool key Return
click 325 695; t "Rapporten kommer inden for fire uger"
click 130 188; t "Plan for ekstern supervision"; click 330 188; t "Hanne"; click 486 188; t "15. januar"
click 601 192
scroll_down
shot 08-wrap-up
click 565 759 1                                       # Afslut samtale
shot 08b-ended-undo-offered                           # "Fortryd" for a few seconds
click 100 88; click 424 88                            # a second conversation, straight to wrap-up
shot 09-second-conversation
click 565 652 1                                       # Afslut samtale
click 1240 24; click 1100 271 1; click 934 451 1      # ⋮, Afslut besøg, OK
shot 10-visit-closed
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

echo "$pin" | "$dump" "$data/feltdialog.sqlite" >"$out/record.json"
python3 - "$out/record.json" <<'PY'
import json, sys
visit = json.load(open(sys.argv[1]))[0]
d = visit["dialogue"]
problems = []
def expect(what, ok):
    if not ok:
        problems.append(what)
expect("visit closed", visit["closed"])
expect("template recorded", visit["templateId"] == "uanmeldt-botilbud" and visit["qualityModelVersion"])
expect("two conversations", len(d["conversations"]) == 2)
c1, c2 = d["conversations"][0], d["conversations"][1]
expect("both conversations ended", c1["ended"] and c2["ended"])
expect("three contract items agreed", sorted(k for k, v in c1["contract"].items() if v) ==
       ["desired_outcome", "process", "purpose"])
roles = [p["role"] for p in c1["participants"]]
expect(f"leader, staff, resident checked in (got {roles})", roles == ["leader", "staff", "resident"])
expect("hopes noted", c1["participants"][0]["hopes"] == "At få sparring")
expect("check-out noted", c1["participants"][0]["takesAway"] == "Mod på at prøve noget nyt")
expect("timeout by the facility, refocused", [(t["calledBy"], t["outcome"], t["reason"]) for t in c1["timeouts"]] ==
       [("facility", "refocus", "Uro i gangen")])
expect("scale answer 3 with a step up", [(p["kind"], p["scale"], p["stepUp"]) for p in c1["prompts"]] ==
       [("scale", 3, "Faste supervisionsmøder")])
expect("keyword follow-up", [f["keyword"] for f in c1["followUps"]] == ["frustrerende"])
expect("one point confirmed, one understood differently",
       [s["response"] for s in c1["summary"]] == ["confirmed", "understood_differently"])
expect("their own words kept", c1["summary"][1]["theirWords"].startswith("Ledelsen er der også"))
expect("agreement", [(a["what"], a["who"]) for a in c1["agreements"]] == [("Plan for ekstern supervision", "Hanne")])
expect("next steps told", c1["nextSteps"] == "Rapporten kommer inden for fire uger")
expect("second conversation skipped check-in and conversation", c2["phasesSkipped"] == ["checkin", "conversation"])
note = visit["notes"][0]
expect(f"note tagged 8.b / staff / interview (got {note['tags']})",
       note["tags"].get("indicatorId") == "8.b" and note["tags"].get("sourceRole") == "staff"
       and note["tags"].get("method") == "interview" and note["tags"].get("conversationId") == c1["id"])
if problems:
    print("FAIL: " + "; ".join(problems))
    sys.exit(1)
print("PASS: the whole visit is in the record as walked")
PY
