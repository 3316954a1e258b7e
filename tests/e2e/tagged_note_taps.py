#!/usr/bin/python3
"""Counts the taps from the visit screen to a saved note with all three tags (indicator, source,
method), by real input aimed over AT-SPI (atspi_input.py): issue 13 asks for at most 3 (it took 8:
New note, three pickers of two taps each, Done). Typing the text is not a tap. A second note takes
the last note's tags, offered under their label, never carried over unasked. The card must show
the tags filed; tagged_note.sh reads them back from the store.
usage: tagged_note_taps.py <output dir>"""
import sys

from atspi_input import (controls, fail, find, find_app, label_of, set_pin_and_start_demo_visit, shot, tap, type_text,
                         wait_title)

out = sys.argv[1]
PIN = "135792"
# The first suggestion in a conversation with the leader: the first focus indicator of the
# template, the person present, interviewed. Danish words, as the consultant reads them.
TAGS = "8.a Ledelsens kompetencer · Leder · Interview"
taps = 0


def counted_tap(name, kind=None):
    global taps
    taps += 1
    return tap(app, name, kind)


def expect_taps(what, at_most):
    global taps
    print(f"{what}: {taps} taps")
    if taps > at_most:
        fail(f"{what} took {taps} taps, more than {at_most}")
    taps = 0


def card_showing(text):
    """The note card (by its accessible name, which carries the tags shown on it) with the text."""
    cards = [n for n in controls(app) if text in label_of(n) and "Note skrevet" in label_of(n)]
    if not cards:
        fail(f"no note card with {text!r}; visible: {sorted({label_of(n) for n in controls(app)})}")
    return label_of(cards[0])


app = find_app("feltdialog")
wait_title(app, "Feltdialog (låst)")
set_pin_and_start_demo_visit(app, PIN)
tap(app, "Start samtale")
tap(app, "Check-in")
tap(app, "Navn eller initialer", "text")
type_text("Hanne Kristiansen", enter=True)  # the leader, the first role offered
tap(app, "Samtale")
shot(out, "01-visit-screen")

# From the visit screen: New note, (type), the suggested tag set, Done.
counted_tap("Ny note")
type_text("Lederen har ansvar for supervisionen")
shot(out, "02-editor-with-suggestions")
if any(label_of(n).startswith("Mærk noten: Samme mærker") for n in controls(app)):
    fail("the first note of the visit is offered a last note's tags")
counted_tap("Mærk noten: " + TAGS)
find(app, "Valgte mærker: " + TAGS)  # the chosen set shows as chosen before it is filed
shot(out, "03-editor-tagged")
counted_tap("Færdig med noten")
expect_taps("a note with three tags", 3)
shot(out, "04-note-filed")
print("card: " + card_showing("Lederen har ansvar"))
if TAGS not in card_showing("Lederen har ansvar"):
    fail("the card does not show the tags filed")

# The next note starts untagged; the last note's set is offered as such and taken by one tap.
counted_tap("Ny note")
type_text("Supervision hver sjette uge")
shot(out, "05-next-note-untagged")
counted_tap("Mærk noten: Samme mærker som sidste note: " + TAGS)
find(app, "Valgte mærker: Samme mærker som sidste note: " + TAGS)
counted_tap("Færdig med noten")
expect_taps("a note with the last note's tags", 3)
shot(out, "06-second-note-filed")
if TAGS not in card_showing("sjette uge"):
    fail("the second card does not show the tags filed")
print("PASS: tagged notes in 3 taps each from the visit screen")
