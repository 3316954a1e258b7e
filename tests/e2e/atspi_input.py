"""Real input aimed by the accessibility bus: controls are found over AT-SPI by role and name, as a
screen reader finds them, scrolled into the window with the mouse wheel, and tapped or typed into
with xdotool, as a finger would. Shared by the phone walk and the large-text walk.

Under QT_SCALE_FACTOR the app reports extents in logical pixels; taps are in screen pixels, so
every point is multiplied by the scale (FELTDIALOG_E2E_SCALE, the same number)."""
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import Atspi

SCALE = float(os.environ.get("FELTDIALOG_E2E_SCALE", "1"))
# libatspi gives up on a call the app has not answered in 0.8 s, and a walk then sees the node as
# gone: on a loaded machine (walks side by side with tests that compute) a busy app answered
# later, and the walk failed with "no window on the accessibility bus". A node that is really gone
# answers with an error at once, so the longer wait costs nothing there.
Atspi.set_timeout(10000, 15000)
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "text", "password text",
               "combo box", "menu item", "list item", "spin button", "slider"}


def fail(message):
    sys.exit(f"FAIL: {message}")


def find_app(name, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name and name in app.name.lower():
                # No client-side cache: it kept the empty extents of a control that was hidden at
                # the first look (the timeout button before a conversation) after it showed.
                app.set_cache_mask(Atspi.Cache.NONE)
                return app
        time.sleep(0.3)
    fail("the app never appeared on the accessibility bus")


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


def role(node):
    # Nodes go away while a page changes; a vanished one has no role rather than an error.
    try:
        return node.getRoleName()
    except Exception:
        return ""


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def visible(node):
    """On the page, though maybe scrolled out of the window. Qt 6.4 reports a control outside its
    scroll area's view as neither visible nor showing (offscreen), but gives it its real extents;
    a hidden control (another phase's panel) has none. The scrolled-out ones are exactly what a
    person must be able to scroll to."""
    try:
        if node.getState().contains(pyatspi.STATE_VISIBLE):
            return True
        e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return e.width > 0 and e.height > 0
    except Exception:
        return False


def enabled(node):
    try:
        return node.getState().contains(pyatspi.STATE_ENABLED)
    except Exception:
        return False


def label_of(node):
    # Qt 6.4 reports a text field's Accessible.name as its description (the name is the text).
    try:
        if role(node) in ("text", "password text"):
            return (node.description or node.name or "").strip()
        return (node.name or "").strip()
    except Exception:
        return ""


def controls(app):
    """Every interactive control on the current page, on screen or scrolled out of it."""
    return [n for n in walk(app, []) if role(n) in INTERACTIVE and visible(n)]


def frame(app, timeout=10):
    end = time.time() + timeout
    while True:
        frames = [n for n in walk(app, []) if role(n) == "frame" and showing(n)]
        if frames:
            return frames[0]
        if time.time() > end:
            fail("no window on the accessibility bus")
        time.sleep(0.3)


def rect(node):
    try:
        e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except Exception:  # gone, or never placed
        return 0, 0, 0, 0
    return e.x, e.y, e.width, e.height


def find(app, name, kind=None, timeout=10):
    """The visible control whose name (or, for a text field, description) is `name`."""
    end = time.time() + timeout
    while True:
        for node in controls(app):
            if (kind is None or role(node) == kind) and label_of(node) == name:
                return node
        if time.time() > end:
            seen = sorted({(role(n), label_of(n)) for n in controls(app)})
            fail(f"no visible {kind or 'control'} named {name!r}; visible: {seen}")
        time.sleep(0.3)


def at_point(app, x, y, window=None):
    """The control a tap at (x, y) reaches, as the app itself answers it (nothing drawn above).
    Finding the window walks the whole tree: a caller asking about many points passes it."""
    try:
        window = window or frame(app)
        return window.queryComponent().getAccessibleAtPoint(round(x), round(y), pyatspi.DESKTOP_COORDS)
    except Exception:
        return None


def same(a, b):
    try:
        return a is not None and b is not None and a.path == b.path
    except Exception:
        return False


def reaches(hit, node):
    """A tap that lands on `hit` reaches `node`: it is the node, or text inside it that takes no
    input (a combo box's wrapped choice, a note card's words)."""
    for _ in range(5):
        if hit is None:
            return False
        if same(hit, node):
            return True
        if role(hit) in INTERACTIVE:
            return False
        try:
            hit = hit.parent
        except Exception:
            return False
    return False


def inside(app, node):
    """All of the control is in the window, and its centre is not under the header or a banner
    (a control scrolled up under the tool bar is still in the window's rectangle). A card of text
    taller than two touch targets (a note: its length is the consultant's) need not fit whole: a
    touch target's height of it must be in the window, and a tap at the middle of that reach it."""
    fx, fy, fw, fh = rect(frame(app))
    x, y, w, h = rect(node)
    if w <= 0 or h <= 0 or x < fx - 1 or x + w > fx + fw + 1:
        return False
    if y >= fy - 1 and y + h <= fy + fh + 1:
        return reaches(at_point(app, x + w / 2, y + h / 2), node)
    if h <= 2 * 48 or role(node) in ("text", "password text", "combo box"):
        return False
    top, bottom = max(y, fy), min(y + h, fy + fh)
    return bottom - top >= 48 and reaches(at_point(app, x + w / 2, (top + bottom) / 2), node)


def wheel(x, y, button, clicks=2):
    subprocess.run(["xdotool", "mousemove", str(round(x * SCALE)), str(round(y * SCALE))], check=True)
    for _ in range(clicks):
        subprocess.run(["xdotool", "click", str(button)], check=True)
        time.sleep(0.05)
    time.sleep(0.3)


def drag(x, y, dy):
    """A finger on (x, y) moved dy pixels and held still before it lifts, so the area follows the
    finger and does not fling on. Farther than Qt's drag threshold, so a button pressed on is not
    clicked."""
    def move(to_y):
        subprocess.run(["xdotool", "mousemove", str(round(x * SCALE)), str(round(to_y * SCALE))], check=True)

    move(y)
    subprocess.run(["xdotool", "mousedown", "1"], check=True)
    for i in range(1, 7):
        time.sleep(0.03)
        move(y + dy * i / 6)
    time.sleep(0.4)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    time.sleep(0.3)


def reached_rows(app, node):
    """The heights (every 6 px) at which a tap on the control reaches it: where it shows."""
    x, y, w, h = rect(node)
    window = frame(app)
    return [row for row in range(round(y) + 2, round(y + h) - 1, 6)
            if reaches(at_point(app, x + w / 2, row, window), node)]


def bring_into_view(app, node, what=None):
    """Scrolls the area the control is in until all of it is in the window and a tap at its centre
    reaches it, as a person would with a finger; fails when it cannot be brought there. The wheel
    goes where the control's own area shows: next to the control's edge nearest the window,
    else lower or higher in its column (a window can hold several scroll areas). A control the
    area shows only part of is dragged the rest of the way by a finger on that part: a short area
    (landscape at twice the text size, a timeout open) is shorter than two of the wheel's steps,
    and a step can jump past every place where the control shows whole."""
    fx, fy, fw, fh = rect(frame(app))
    spot = 0
    drags = 0
    for _ in range(60):
        if inside(app, node):
            return
        x, y, w, h = rect(node)
        if w <= 0 or h <= 0:  # a page still settling reports no extents for a moment
            time.sleep(0.3)
            continue
        cx = min(max(x + w / 2, fx + 8), fx + fw - 8)
        rows = reached_rows(app, node) if y >= fy and y + h <= fy + fh and drags < 8 else []
        hidden_above, hidden_below = (rows[0] - y, y + h - rows[-1]) if rows else (0, 0)
        if max(hidden_above, hidden_below) > 6:  # partly hidden by its area, not off to a side
            grip = (rows[0] + rows[-1]) / 2
            # Past the control's own edge, so a press the area does not take is no tap on it.
            reach = max(hidden_above + 6, 24, h / 2 + 8)
            drag(cx, grip, reach if hidden_above > hidden_below else -reach)
            # An area that did not move cannot scroll that way: no more drags, the wheel's turn.
            drags = drags + 1 if rect(node) != (x, y, w, h) else 8
            continue
        if y + h > fy + fh:  # below the window: scroll down just above where it would show
            spots = [(min(y - 8, fy + fh - 8), 5), (fy + fh * 0.8, 5), (fy + fh * 0.5, 5)]
        elif y < fy:  # above the window
            spots = [(max(y + h + 8, fy + 8), 4), (fy + fh * 0.5, 4), (fy + fh * 0.3, 4)]
        else:  # in the window but clipped by its area: just past either edge of the control
            spots = [(min(y + h + 8, fy + fh - 8), 4), (max(y - 8, fy + 8), 5)]
            spots += [(fy + fh * f, b) for f in (0.8, 0.6) for b in (4, 5)]
        at, button = spots[spot % len(spots)]
        # One step at a time inside the window: a short area must not be jumped over.
        clicks = 1 if fy <= y and y + h <= fy + fh else 2
        wheel(cx, at, button, clicks)
        nx, ny, nw, nh = rect(node)
        if (nx, ny, nw, nh) == (x, y, w, h):
            spot += 1  # nothing moved under that spot: try the next
        elif abs(ny + nh / 2 - at) > abs(y + h / 2 - at) + 1:
            # The wheel moved the area under the spot, so that area shows there: the control must
            # come toward the spot. It went away: undo, try the next.
            wheel(cx, at, 9 - button, clicks)
            spot += 1
    x, y, w, h = rect(node)
    hit = at_point(app, x + w / 2, y + h / 2)
    fail(f"{what or label_of(node)!r} cannot be scrolled into the window: {rect(node)} in {rect(frame(app))}"
         f"; a tap at its centre reaches {role(hit) if hit else None} {label_of(hit) if hit else ''!r}")


def tap(app, name, kind=None, settle=0.8):
    return tap_node(app, find(app, name, kind), name, settle)


def tap_node(app, node, what, settle=0.8):
    """Taps a control already found (one of several of the same name: each row's field)."""
    bring_into_view(app, node, what)
    x, y, w, h = rect(node)
    subprocess.run(["xdotool", "mousemove", str(round((x + w / 2) * SCALE)), str(round((y + h / 2) * SCALE)),
                    "click", "1"], check=True)
    time.sleep(settle)
    return node


def hold(app, name, kind=None, seconds=1.3):
    node = find(app, name, kind)
    bring_into_view(app, node, name)
    x, y, w, h = rect(node)
    subprocess.run(["xdotool", "mousemove", str(round((x + w / 2) * SCALE)), str(round((y + h / 2) * SCALE)),
                    "mousedown", "1"], check=True)
    time.sleep(seconds)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    time.sleep(0.8)


def type_text(text, enter=False):
    subprocess.run(["xdotool", "type", "--delay", "90", text], check=True)
    if enter:
        subprocess.run(["xdotool", "key", "Return"], check=True)
    time.sleep(0.5)


def fill(app, name, text, enter=False):
    """Taps into the text field of that name and types the text, as a person would."""
    tap(app, name, "text")
    type_text(text, enter)


def choose(app, combo, item):
    """Opens the combo box of that name and taps one of its choices."""
    tap(app, combo, "combo box")
    tap(app, item, "menu item")


def set_pin_and_start_demo_visit(app, pin):
    """The first start: the new PIN twice, then a visit started at the demo facility."""
    for _ in range(2):  # the new PIN, then its repeat
        type_text(pin, enter=True)
    wait_title(app, "Feltdialog")
    tap(app, "Start besøg")
    tap(app, "Start besøg på Botilbuddet Solhaven (demo)", settle=2)


def key(*names):
    subprocess.run(["xdotool", "key", *names], check=True)
    time.sleep(0.3)


def wait_title(app, title, timeout=15):
    end = time.time() + timeout
    while time.time() < end:
        if any(f.name == title for f in walk(app, []) if role(f) == "frame"):
            return
        time.sleep(0.3)
    fail(f"the window never became {title!r}")


def shot(out, name):
    subprocess.run(["import", "-window", "root", os.path.join(out, name + ".png")], check=True)
