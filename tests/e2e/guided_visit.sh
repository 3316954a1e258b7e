#!/usr/bin/env bash
# A whole guided visit by real input (taps and typing under Xvfb, Danish keyboard, each control
# aimed by its name over AT-SPI: guided_walk.py): framing on arrival, check-in of three people
# with hopes, a tagged note, a keyword follow-up, a scale answer, a timeout called by the
# facility, wrap-up with one point confirmed and one understood differently, an agreement,
# check-out, next steps; a second conversation that skips to wrap-up; the visit closed. The record
# is then read back through store_dump and checked field by field. Screenshots of every step are
# kept in the output directory.
# usage: guided_visit.sh <feltdialog binary> <store_dump binary> <output dir>
set -euo pipefail
app=$1
dump=$2
out=$3
pin=246813
# A 1280x800 tablet with a display, a D-Bus session and an accessibility bus of its own
# (own_display.sh says why).
source "$(dirname "$0")/own_display.sh"
own_display 1280x800 "$0" "$@"
walk_app 1280x800 1 guided_walk.py "$out"

echo "$pin" | "$dump" "$out/data/feltdialog.sqlite" >"$out/record.json"
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
# Every word typed is in the record as typed.
labels = [p["label"] for p in c1["participants"]]
expect(f"names as typed (got {labels})", labels == ["Hanne", "MK", "JB"])
expect("uncertainties noted", c1["participants"][0]["uncertainties"] == "Om der er tid nok")
expect("the scale question's answer", [p["text"] for p in c1["prompts"]] == ["Tre"])
expect("summary points as typed", [s["text"] for s in c1["summary"]] ==
       ["Ledelsen vil indføre fast ekstern supervision", "Beboerne ser ikke ledelsen om aftenen"])
expect("agreement by when", [a["byWhen"] for a in c1["agreements"]] == ["15. januar"])
expect("the note's words",
       visit["notes"][0]["versions"][-1]["text"] == "Supervision opleves som frustrerende af personalet")
expect("hopes noted", c1["participants"][0]["hopes"] == "At få sparring")
expect("check-out noted", c1["participants"][0]["takesAway"] == "Mod på at prøve noget nyt")
expect("timeout by the facility, refocused", [(t["calledBy"], t["outcome"], t["reason"]) for t in c1["timeouts"]] ==
       [("facility", "refocus", "Uro i gangen")])
expect("scale answer 3 with a step up", [(p["kind"], p["scale"], p["stepUp"]) for p in c1["prompts"]] ==
       [("scale", 3, "Faste supervisionsmøder")])
expect("keyword follow-up", [f["keyword"] for f in c1["followUps"]] == ["frustrerende"])
expect("one point confirmed, one understood differently",
       [s["response"] for s in c1["summary"]] == ["confirmed", "understood_differently"])
expect("their own words kept", c1["summary"][1]["theirWords"] == "Ledelsen er der også om aftenen to gange om ugen")
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
