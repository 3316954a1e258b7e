#!/usr/bin/python3
"""Audits Feltdialog the way a screen reader meets it, over AT-SPI, on every phase of a guided
visit and in every dialog: the first start, the visit list, the facility picker, the contract,
check-in, the conversation with a note being written, a timeout, the wrap-up, closing the visit,
the lock page, and the dialogs opened from them. On each screen it counts:

- nameless: interactive controls a screen reader would announce without a name (a text field's
  name is read from its description: Qt 6.4 keeps the name for the text typed), including the text
  shown inside a combo box;
- combo: combo boxes whose name does not carry what they show ("Kilde: Leder");
- small: interactive controls under 48x48 device-independent px (AT-SPI reports extents in
  logical px, so QT_SCALE_FACTOR does not change them);
- markup: names with raw markup (<b>, &nbsp;) that a screen reader would spell out;
- background: with a dialog open, controls of the page behind it still on the bus;
- order: notes whose order in the tree differs from their order on screen.

Controls are pressed by real input aimed over AT-SPI (atspi_input.py). The walk goes on after a
finding, so the table at the end shows every screen; any finding fails the test.
Run by accessibility.sh inside a private session and accessibility bus."""
import re
import sys
import time

from atspi_input import (INTERACTIVE, fail, find, find_app, key, label_of, rect, role, showing, tap, type_text,
                         visible, wait_title, walk)

PIN = "135792"
TOUCH_TARGET = 48
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&[a-zA-Z]+;|&#[0-9]+;")
rows = []
problems = []
START = time.time()


def name_text(node):
    try:
        return f"{node.name or ''} {node.description or ''}"
    except Exception:
        return ""


def shown_text(node):
    """What a combo box's display text shows, read through the text interface."""
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount).strip()
    except Exception:
        return (node.name or "").strip()


def descendants(node):
    return walk(node, [])


def in_combo_box(node):
    try:
        return node.parent is not None and role(node.parent) == "combo box"
    except Exception:
        return False


def spoken_name(node):
    """The words a screen reader says for the control. Qt 6.4 reports a text field's label as its
    description (its name is the text typed), but a password field's only label is its name."""
    if role(node) == "password text":
        try:
            return (node.name or "").strip()
        except Exception:
            return ""
    return label_of(node)


def describe(node):
    x, y, w, h = rect(node)
    return f"{role(node)} {label_of(node)!r} {w}x{h} at {x},{y}"


def notes_out_of_order(nodes):
    """The note cards in the order the tree gives them against their order on screen."""
    lists = [n for n in nodes if label_of(n) == "Noter" and role(n) != "list item" and visible(n)]
    found = []
    for notes in lists:
        cards = [n for n in descendants(notes) if role(n) == "list item" and visible(n)]
        on_screen = sorted(cards, key=lambda n: rect(n)[1])
        if [c.path for c in cards] != [c.path for c in on_screen]:
            found.append(f"tree {[label_of(c)[-20:] for c in cards]} vs screen {[label_of(c)[-20:] for c in on_screen]}")
    return found


def audit(app, screen, dialog=False):
    time.sleep(0.3)
    started = time.time()
    nodes = walk(app, [])
    shown = [n for n in nodes if role(n) in INTERACTIVE and visible(n)]
    inner = [n for n in shown if in_combo_box(n)]
    nameless = [n for n in shown if not spoken_name(n)]
    combos = [n for n in shown if role(n) == "combo box"]
    combo = []
    for c in combos:
        # The choice is read with the box: in its description (or name), matching what it shows.
        showing_now = [shown_text(t) for t in inner if t.parent.path == c.path]
        if not (c.description or "").strip():
            combo.append(f"{label_of(c)!r} has no description with its choice")
        elif showing_now and showing_now[0] and showing_now[0] not in name_text(c):
            combo.append(f"{label_of(c)!r} shows {showing_now[0]!r}")
    small = []
    for n in shown:
        if in_combo_box(n):
            continue  # the combo box is the target
        _, _, w, h = rect(n)
        if min(w, h) < TOUCH_TARGET - 1:  # extents are whole px: 47.6 reads 47
            small.append(describe(n))
    markup = [f"{role(n)} {name_text(n).strip()[:60]!r}" for n in nodes
              if visible(n) and MARKUP.search(name_text(n))]
    background = []
    if dialog:
        dialogs = [n for n in nodes if role(n) == "dialog" and showing(n)]
        if not dialogs:
            problems.append(f"{screen}: no dialog on the bus")
        inside = {d.path for dlg in dialogs for d in descendants(dlg)}
        background = [describe(n) for n in shown if n.path not in inside]
    order = notes_out_of_order(nodes)
    rows.append((screen, len(shown), len(nameless), len(combo), len(small), len(markup), len(background),
                 len(order), f"{time.time() - started:.1f}"))
    for what, found in (("nameless", [describe(n) for n in nameless]), ("combo box without its choice", combo),
                        ("under 48 px", small), ("raw markup", markup), ("background reachable", background),
                        ("notes out of order", order)):
        if found:
            problems.append(f"{screen}: {len(found)} {what}: {found[:8]}")


def press(app, name, kind=None, settle=0.5):
    tap(app, name, kind, settle=settle)


def audit_dialog(app, screen, opener, kind=None, menu=False):
    if menu:
        press(app, "Mere")
    press(app, opener, kind, settle=0.8)
    audit(app, screen, dialog=True)
    key("Escape")
    time.sleep(0.4)


def find_prefix(app, prefix, kind=None, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        for n in walk(app, []):
            if (kind is None or role(n) == kind) and label_of(n).startswith(prefix) and visible(n):
                return label_of(n)
        time.sleep(0.3)
    fail(f"no visible {kind or 'control'} named {prefix!r}…")


def table():
    head = ("screen", "controls", "nameless", "combo", "small", "markup", "background", "order", "audit s")
    width = max(len(r[0]) for r in rows + [head])
    print(f"{head[0]:<{width}} " + " ".join(f"{h:>10}" for h in head[1:]))
    for r in rows:
        print(f"{r[0]:<{width}} " + " ".join(f"{v:>10}" for v in r[1:]))


def finish(stopped=None):
    table()
    for p in problems:
        print("FAIL: " + p)
    if stopped:
        sys.exit(f"FAIL: the walk stopped: {stopped}")
    if problems:
        sys.exit(f"FAIL: {len(problems)} finding(s) on {len(rows)} screens ({time.time() - START:.0f} s)")
    print(f"PASS: {len(rows)} screens and dialogs audited, nothing found ({time.time() - START:.0f} s)")
    sys.exit(0)


try:
    app = find_app("feltdialog")
    wait_title(app, "Feltdialog (låst)")
    audit(app, "first start: choose PIN")
    for _ in range(2):  # the PIN, then its repeat
        type_text(PIN)
        # Typed, not yet saved: the digits are nowhere on the bus (the field's text, its name).
        revealed = [describe(n) for n in walk(app, []) if PIN in shown_text(n) + name_text(n)]
        if revealed:
            problems.append(f"first start: the PIN typed is readable over AT-SPI in {revealed}")
        key("Return")
    wait_title(app, "Feltdialog")
    audit(app, "visit list")
    audit_dialog(app, "dialog: lock and PIN (change PIN)", "Lås og PIN")
    audit_dialog(app, "dialog: enroll", "Forbind til kontoret")
    press(app, "Start besøg", settle=1.2)
    audit(app, "dialog: facility picker", dialog=True)
    press(app, "Start besøg på Botilbuddet Solhaven (demo)", settle=2)
    audit(app, "visit started")

    press(app, "Start samtale")
    audit(app, "contract")
    press(app, "Check-in")
    press(app, "Navn eller initialer", "text")
    type_text("Hanne K", enter=True)
    audit(app, "check-in")
    press(app, find_prefix(app, "Ret eller fjern "))
    audit_dialog(app, "dialog: participant change", "Ret navnet", "menu item")

    press(app, "Samtale")
    audit(app, "conversation")
    for text in ("Supervision frustrerer", "Savner sparring"):
        press(app, "Ny note")
        type_text(text)
        if text.startswith("Supervision"):
            press(app, find_prefix(app, "Kilde", "combo box"), "combo box")
            press(app, "Leder", "menu item")
            audit(app, "note editor")
        press(app, "Færdig med noten")
    audit(app, "conversation with two notes")
    audit_dialog(app, "dialog: follow-up", "Spørg ind til et ord i noten")
    press(app, "Kald en timeout", settle=1.2)
    audit(app, "dialog: timeout, who calls it", dialog=True)
    press(app, "Timeout kaldt af tilbuddet")
    audit(app, "timeout running")
    press(app, "Afslut timeout: Fokusér igen")

    press(app, "Afrunding")
    audit(app, "wrap-up")
    press(app, "Mere")
    press(app, "Evidens og vurdering", "menu item", settle=0.8)
    press(app, "Vejledning til bedømmelsen")  # the guide's levels, written with markup
    audit(app, "dialog: evidence and assessment, guide open", dialog=True)
    key("Escape")
    time.sleep(0.4)
    audit_dialog(app, "dialog: timeline", "Tidslinje", "menu item", menu=True)
    audit_dialog(app, "dialog: location", "Sted", "menu item", menu=True)
    audit_dialog(app, "dialog: visit record", "Besøgsrapport", "menu item", menu=True)
    press(app, "Mere")
    press(app, "Afslut besøg", "menu item", settle=1.2)
    audit(app, "dialog: close the visit", dialog=True)
    press(app, "OK")
    audit(app, "visit closed")

    press(app, "Tilbage til besøg")
    press(app, "Lås nu")
    wait_title(app, "Feltdialog (låst)")
    audit(app, "lock page: unlock")
    press(app, "Glemt din PIN?", settle=1.2)
    audit(app, "dialog: forgot PIN", dialog=True)
    press(app, "Behold alt")
    type_text(PIN, enter=True)
    wait_title(app, "Feltdialog")
    find(app, "Mere")  # back on the visit that was open, its page made anew
    audit(app, "visit reopened after unlocking")
except SystemExit as stop:
    if stop.code not in (0, None):
        finish(str(stop.code))
    raise
finish()
