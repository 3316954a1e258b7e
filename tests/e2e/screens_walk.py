#!/usr/bin/python3
"""A whole visit by real input on whatever screen the script is started on (a phone's 390x844,
twice the text size in landscape or portrait): start, contract, check-in, a tagged note, a
timeout, wrap-up, close. Controls are found by role and name over AT-SPI and tapped with xdotool
(atspi_input.py). In each phase every interactive control visible (on screen or scrolled out of it) must be brought into the
window by scrolling, as a finger would, and be a whole touch target there; a control that cannot
be reached fails the walk with its name. Screenshots of each step go to the output directory.
usage: screens_walk.py <output dir>"""
import os
import sys

from atspi_input import (bring_into_view, choose, controls, enabled, fail, fill, find, find_app, inside,
                         label_of, rect, role, shot, tap, type_text, visible, wait_title, walk)

out = sys.argv[1]
PIN = "135792"
TOUCH_TARGET = 44  # logical pixels; the theme's is 48, a Material check box's hit area is 48 too


def in_combo_box(node):
    # A combo box's display text is part of the (named) combo box, not a control of its own.
    return node.parent is not None and role(node.parent) == "combo box"


def check_reachable(app, phase):
    """Every interactive control of the phase can be brought on screen whole and pressed."""
    seen = [n for n in controls(app) if not in_combo_box(n)]
    names = []
    for node in seen:
        name = label_of(node)
        if not name:
            fail(f"{phase}: a {role(node)} without a name at {rect(node)}")
        bring_into_view(app, node, f"{phase}: {name}")
        if not inside(app, node):
            fail(f"{phase}: {name!r} is not inside the window after scrolling: {rect(node)}")
        _, _, w, h = rect(node)
        if h < TOUCH_TARGET and role(node) != "text":
            fail(f"{phase}: {name!r} is {w}x{h}, smaller than a touch target")
        names.append(name + ("" if enabled(node) else " (disabled until filled in)"))
    print(f"ok: {phase}: {len(names)} controls reachable: {names}")


app = find_app("feltdialog")
wait_title(app, "Feltdialog (låst)")
# The text size the walk runs at must be the one the screen shows: the first-start title is
# Theme.titleSize (24 px at scale 1) times the text scale, and a line is at least its font size.
TEXT_SCALE = float(os.environ.get("FELTDIALOG_E2E_TEXT_SCALE", "1"))
titles = [n for n in walk(app, []) if label_of(n) == "Vælg din PIN" and visible(n)]
title_height = max((rect(n)[3] for n in titles), default=0)
print(f"text: the title is {title_height} px high at text scale {TEXT_SCALE}")
if title_height < 24 * TEXT_SCALE:
    fail(f"the title is {title_height} px high: the text is not at {TEXT_SCALE} times its size")
for _ in range(2):  # the new PIN, then its repeat
    type_text(PIN, enter=True)
wait_title(app, "Feltdialog")
shot(out, "01-visit-list")
tap(app, "Start besøg")
tap(app, "Start besøg på Botilbuddet Solhaven (demo)", settle=2)
shot(out, "02-visit-started")
check_reachable(app, "visit started")

tap(app, "Start samtale")
for item in ("Formål", "Ønsket udbytte", "Proces"):
    tap(app, item, "check box", settle=0.4)
shot(out, "03-contract")
check_reachable(app, "contract")

tap(app, "Check-in")
fill(app, "Navn eller initialer", "Hanne Kristiansen", enter=True)
fill(app, "Håb for samtalen", "At få sparring", enter=True)
shot(out, "04-check-in")
check_reachable(app, "check-in")

tap(app, "Samtale")
check_reachable(app, "conversation")
tap(app, "Ny note")
type_text("Supervision opleves som frustrerende af personalet")
tap(app, "Indikator", "combo box")
shot(out, "05-indicator-list")
tap(app, "8.b Ekstern supervision og sparring", "menu item")
choose(app, "Kilde", "Medarbejder")
choose(app, "Metode", "Interview")
shot(out, "06-tagged-note")
check_reachable(app, "note editor")
tap(app, "Færdig med noten")
shot(out, "07-note-filed")

tap(app, "Kald en timeout")
fill(app, "Grund (valgfri)", "Uro i gangen")
shot(out, "08-timeout-who")
tap(app, "Timeout kaldt af tilbuddet")
shot(out, "09-timeout-running")
check_reachable(app, "timeout")
tap(app, "Afslut timeout: Fokusér igen")

tap(app, "Afrunding")
fill(app, "Et opsamlingspunkt", "Ledelsen vil indføre fast ekstern supervision", enter=True)
tap(app, "Tilbuddet bekræfter dette punkt")
fill(app, "Hvad", "Plan for ekstern supervision")
fill(app, "Hvem", "Hanne")
fill(app, "Hvornår", "15. januar")
tap(app, "Tilføj aftale")
shot(out, "10-wrap-up")
check_reachable(app, "wrap-up")
fill(app, "F.eks. at rapporten kommer inden for fire uger", "Rapporten kommer inden for fire uger")
tap(app, "Afslut samtale")
shot(out, "11-conversation-ended")

tap(app, "Mere")
tap(app, "Afslut besøg", "menu item")
tap(app, "OK")
shot(out, "12-visit-closed")
find(app, "Mere")  # the page still answers after closing
print("PASS: the whole visit walked by real input; screenshots in " + out)
