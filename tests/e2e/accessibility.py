#!/usr/bin/python3
"""Walks Feltdialog the way a screen reader does, over AT-SPI: every control that is showing must
have a name, and the walk presses controls by their names (the PIN pad, Start besøg, a facility,
Start samtale). Run by accessibility.sh inside a private session and accessibility bus."""
import subprocess
import sys
import time

import pyatspi

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "text", "password text",
               "combo box", "menu item", "list item", "spin button", "slider"}


def find_app(name, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name and name in app.name.lower():
                return app
        time.sleep(0.3)
    sys.exit("FAIL: the app never appeared on the accessibility bus")


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def walk(node, out):
    try:
        out.append(node)
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                walk(child, out)
    except Exception:
        pass
    return out


def controls(app):
    return [n for n in walk(app, []) if showing(n) and n.getRoleName() in INTERACTIVE]


def label_of(node):
    # Qt 6.4 reports a text field's Accessible.name as its description (and keeps the name for the
    # text typed, withheld for passwords); a screen reader reads either.
    if node.getRoleName() in ("text", "password text"):
        return (node.name or node.description or "").strip()
    return (node.name or "").strip()


def inside_combo_box(node):
    # A combo box's own display text is read as part of the (named) combo box.
    return node.parent is not None and node.parent.getRoleName() == "combo box"


def check_names(app, screen):
    nameless = [(n.getRoleName(), n.getIndexInParent(), n.parent.getRoleName() if n.parent else None)
                for n in controls(app) if not label_of(n) and not inside_combo_box(n)]
    if nameless:
        sys.exit(f"FAIL: {screen}: {len(nameless)} control(s) without a name: {nameless}")
    print(f"ok: {screen}: {len(controls(app))} controls, all named")


def press(app, name, role="push button", timeout=10):
    """Activates a control found by role and name. The PIN keys answer AT-SPI's Press action
    (they handle Accessible.pressAction); Qt 6.4's Controls buttons do not click on Press, so the
    rest are activated the way a keyboard or switch user does: focus (SetFocus), then Space."""
    end = time.time() + timeout
    while time.time() < end:
        for node in controls(app):
            if node.getRoleName() == role and node.name == name:
                action = node.queryAction()
                names = [action.getName(i) for i in range(action.nActions)]
                if len(name) == 1 or name in ("Gem", "Lås op"):
                    action.doAction(names.index("Press"))
                else:
                    if "SetFocus" in names:
                        action.doAction(names.index("SetFocus"))
                    else:
                        node.queryComponent().grabFocus()
                    time.sleep(0.2)
                    subprocess.run(["xdotool", "key", "space"], check=True)
                time.sleep(0.8)
                return
        time.sleep(0.3)
    seen = [(n.getRoleName(), n.name) for n in controls(app)]
    sys.exit(f"FAIL: no showing {role} named {name!r}; showing: {seen}")


def wait_title(app, title, timeout=15):
    end = time.time() + timeout
    while time.time() < end:
        frames = [n for n in walk(app, []) if n.getRoleName() == "frame"]
        if any(f.name == title for f in frames):
            return
        time.sleep(0.3)
    sys.exit(f"FAIL: the window never became {title!r}")


app = find_app("feltdialog")
wait_title(app, "Feltdialog (låst)")
check_names(app, "choose PIN")
for _ in range(2):  # the PIN, then its repeat
    for digit in "135792":
        press(app, digit)
    press(app, "Gem")
wait_title(app, "Feltdialog")
check_names(app, "visit list")
press(app, "Start besøg")
check_names(app, "facility picker")
# The picker's rows do not take keyboard focus from AT-SPI in Qt 6.4; a tap opens the visit.
subprocess.run(["xdotool", "mousemove", "500", "236", "click", "1"], check=True)
time.sleep(1)
check_names(app, "visit page")
press(app, "Start samtale")
check_names(app, "conversation, contract phase")
press(app, "Check-in")
check_names(app, "check-in phase")
print("PASS: every showing control on every screen walked has a name")
