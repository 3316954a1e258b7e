#!/usr/bin/python3
"""A whole guided visit by real input, every control found by its name over AT-SPI as a screen
reader finds it and tapped or typed into with xdotool (atspi_input.py): framing on arrival,
check-in of three people with hopes, a tagged note, a keyword follow-up by holding the note, a
scale answer, a timeout called by the facility, wrap-up with one point confirmed and one
understood differently, an agreement, check-out, next steps; a second conversation that skips to
wrap-up; the visit closed. Aimed by name, not by place, so the walk follows the layout wherever it
puts a control. guided_visit.sh reads the record back and checks it field by field.
usage: guided_walk.py <output dir>"""
import sys
import time

from atspi_input import (choose, controls, fail, fill, find_app, hold, label_of, role,
                         set_pin_and_start_demo_visit, shot, tap, tap_node, type_text, wait_title)

out = sys.argv[1]
PIN = "246813"


def nth(app, name, kind, index, timeout=10):
    """The index-th visible control (in the page's reading order) of that name: a name the page
    repeats per row (each person's hopes, each summary point's answer)."""
    end = time.time() + timeout
    while True:
        found = [n for n in controls(app) if role(n) == kind and label_of(n) == name]
        if len(found) > abs(index) - (index < 0):
            return found[index]
        if time.time() > end:
            fail(f"no {kind} number {index} named {name!r}; {len(found)} of them visible")
        time.sleep(0.3)


def add_participant(app, role_title, name_field, name):
    if role_title:
        choose(app, "Rolle", role_title)
    fill(app, name_field, name, enter=True)


app = find_app("feltdialog")
wait_title(app, "Feltdialog (låst)")
set_pin_and_start_demo_visit(app, PIN)

tap(app, "Start samtale")
for item in ("Formål", "Ønsket udbytte", "Proces"):
    tap(app, item, "check box", settle=0.4)
shot(out, "01-contract")

tap(app, "Check-in")
add_participant(app, None, "Navn eller initialer", "Hanne")  # the leader, the first role
add_participant(app, "Medarbejder", "Navn eller initialer", "MK")
add_participant(app, "Borger", "Initialer", "JB")  # a resident, by initials
tap_node(app, nth(app, "Håb for samtalen", "text", 0), "Hanne's hopes")
type_text("At få sparring", enter=True)
tap_node(app, nth(app, "Usikkerheder eller bekymringer", "text", 0), "Hanne's uncertainties")
type_text("Om der er tid nok", enter=True)
shot(out, "02-checkin")

tap(app, "Samtale")
tap(app, "Ny note")
type_text("Supervision opleves som frustrerende af personalet")
choose(app, "Indikator", "8.b Ekstern supervision og sparring")
choose(app, "Kilde", "Medarbejder")
choose(app, "Metode", "Interview")
shot(out, "03-tagged-note")
tap(app, "Færdig med noten")

# Holding the note offers a follow-up on one of its words.
notes = [n for n in controls(app) if "Supervision opleves som frustrerende" in label_of(n)
         and role(n) not in ("text", "combo box")]
if not notes:
    fail("the filed note is not on the page")
hold(app, label_of(notes[0]))
shot(out, "04-follow-up")
tap(app, "Følg op på “frustrerende”")
tap(app, "Notér opfølgningen som stillet")

tap(app, "Spørgsmål: Skalaspørgsmål")
tap(app, "Skala 3 af 5")
fill(app, "Hvad skal der til for at komme et trin op?", "Faste supervisionsmøder")
fill(app, "Deres svar", "Tre")
shot(out, "05-scale")
tap(app, "Gem svaret")

tap(app, "Kald en timeout")
shot(out, "06-timeout-who")
fill(app, "Grund (valgfri)", "Uro i gangen")
tap(app, "Timeout kaldt af tilbuddet")
shot(out, "06-timeout")
tap(app, "Afslut timeout: Fokusér igen")

tap(app, "Afrunding")
fill(app, "Et opsamlingspunkt", "Ledelsen vil indføre fast ekstern supervision", enter=True)
type_text("Beboerne ser ikke ledelsen om aftenen", enter=True)  # the field keeps the focus
tap_node(app, nth(app, "Tilbuddet bekræfter dette punkt", "push button", 0), "the first point confirmed")
tap_node(app, nth(app, "Med deres egne ord, hvis det er forstået anderledes", "text", -1), "their own words")
type_text("Ledelsen er der også om aftenen to gange om ugen")
tap_node(app, nth(app, "Tilbuddet forstod dette punkt anderledes", "push button", -1),
         "the second point understood differently")
shot(out, "07-summary")
fill(app, "Hanne tager med sig …", "Mod på at prøve noget nyt", enter=True)
fill(app, "F.eks. at rapporten kommer inden for fire uger", "Rapporten kommer inden for fire uger")
fill(app, "Hvad", "Plan for ekstern supervision")
fill(app, "Hvem", "Hanne")
fill(app, "Hvornår", "15. januar")
tap(app, "Tilføj aftale")
shot(out, "08-wrap-up")
tap(app, "Afslut samtale")
shot(out, "08b-ended-undo-offered")  # "Fortryd" for a few seconds

tap(app, "Start samtale")  # a second conversation, straight to wrap-up
tap(app, "Afrunding")
shot(out, "09-second-conversation")
tap(app, "Afslut samtale")

tap(app, "Mere")
tap(app, "Afslut besøg", "menu item")
tap(app, "OK")
shot(out, "10-visit-closed")
print("PASS: the guided visit walked by real input; screenshots in " + out)
