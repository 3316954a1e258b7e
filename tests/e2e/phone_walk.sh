#!/usr/bin/env bash
# A whole visit by real input on a phone's screen (390x844, the xcb platform under Xvfb):
# start, contract, check-in, a tagged note, a timeout, wrap-up, close (screens_walk.py), with
# every control of each phase scrolled into the window and a whole touch target there. Below
# 600 px the visit page once froze on opening; this walk would stop at its first tap. The record
# is read back to check the walk reached it. Screenshots of each step are kept in the output dir.
# usage: phone_walk.sh <feltdialog binary> <store_dump binary> <output dir> [WIDTHxHEIGHT [scale [font points]]]
# With font points, the desktop's own font setting drives the text size instead of QT_SCALE_FACTOR:
# GTK's font (gtk-font-name, as GNOME's Settings › Accessibility › Large Text writes it) read by
# Qt's GTK platform theme, which the app follows (app/TextSize, docs/text-size.md).
set -euo pipefail
app=$1
dump=$2
out=$3
size=${4:-390x844}
scale=${5:-1}
font=${6:-}
# A display, a D-Bus session and an accessibility bus of its own (own_display.sh says why).
source "$(dirname "$0")/own_display.sh"
own_display "${size}" "$0" "$@"
if [ -n "$font" ]; then
  mkdir -p "$out/config/gtk-3.0"
  printf '[Settings]\ngtk-font-name = Cantarell %s\n' "$font" >"$out/config/gtk-3.0/settings.ini"
  # NO_AT_BRIDGE: GTK, loaded by the theme, would otherwise put a second "feltdialog" on the bus.
  export XDG_CONFIG_HOME="$out/config" QT_QPA_PLATFORMTHEME=gtk3 GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1
fi
FELTDIALOG_E2E_TEXT_SCALE=$(python3 -c "print(${font:-11} / 11)") walk_app "$size" "$scale" screens_walk.py "$out"

echo 135792 | "$dump" "$out/data/feltdialog.sqlite" >"$out/record.json"
python3 - "$out/record.json" <<'PY'
import json, sys
visit = json.load(open(sys.argv[1]))[0]
c = visit["dialogue"]["conversations"][0]
problems = []
def expect(what, ok):
    if not ok:
        problems.append(what)
expect("visit closed", visit["closed"])
expect("conversation ended", c["ended"])
expect("contract agreed", sorted(k for k, v in c["contract"].items() if v) == ["desired_outcome", "process", "purpose"])
expect("Hanne checked in with her hopes", [(p["label"], p["hopes"]) for p in c["participants"]] ==
       [("Hanne Kristiansen", "At få sparring")])
tags = visit["notes"][0]["tags"]
expect(f"note tagged 8.b / staff / interview (got {tags})", (tags.get("indicatorId"), tags.get("sourceRole"),
       tags.get("method")) == ("8.b", "staff", "interview"))
expect("timeout by the facility", [(t["calledBy"], t["outcome"]) for t in c["timeouts"]] == [("facility", "refocus")])
expect("point confirmed", [s["response"] for s in c["summary"]] == ["confirmed"])
expect("agreement", [(a["what"], a["who"], a["byWhen"]) for a in c["agreements"]] ==
       [("Plan for ekstern supervision", "Hanne", "15. januar")])
expect("next steps", c["nextSteps"] == "Rapporten kommer inden for fire uger")
if problems:
    print("FAIL: " + "; ".join(problems))
    sys.exit(1)
print("PASS: the visit walked at this screen size is in the record as walked")
PY
