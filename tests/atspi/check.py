"""What a screen reader hears of Plenary, through the Linux accessibility bus.

Run by tests/atspi/run, which starts the app under Xvfb in its own D-Bus
session with the accessibility bus enabled. Walks the app's AT-SPI tree as
Orca would get it and checks what kittest cannot see (kittest reads
AccessKit's tree, not what the Linux adapter makes of it):

- the window and every focusable control have a name;
- the countdown is a timer whose name is a sentence with the time in it;
- every combo box says its value while closed;
- a Break-out row is read and reached by Tab from its answer's text to its
  Remove button;
- a countdown warning is announced (an object:announcement event) when it
  appears, without a key press;
- the Plenary view's figures (dots left) read as sentences.

Prints each check and exits 1 if any fails.
"""

import re
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

ANSWER = "Les portiques biométriques réduisent l'attente des voyageurs à l'aéroport"
FAILED = []


def check(ok, what, detail=""):
    print(("ok    " if ok else "FAIL  ") + what + (f": {detail}" if detail and not ok else ""))
    if not ok:
        FAILED.append(what)


def pump(seconds):
    """Waits `seconds`, delivering the bus's events meanwhile."""
    context = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.05)


def find_app(timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and (app.name or "").lower() == "plenary":
                # Its window, once the first frame is drawn.
                if app.childCount > 0 and app.getChildAtIndex(0) is not None:
                    return app
        time.sleep(0.3)
    return None


def walk(node):
    """Every node under `node`, in tree (reading) order."""
    try:
        count = node.childCount
    except Exception:
        return
    yield node
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            # Gone while walking (a window just closed): the tree is redrawn.
            continue
        if child is not None:
            yield from walk(child)


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return "?"


def focusable(node):
    try:
        return node.getState().contains(pyatspi.STATE_FOCUSABLE)
    except Exception:
        return False


def focused(node):
    try:
        return node.getState().contains(pyatspi.STATE_FOCUSED)
    except Exception:
        return False


def press(node):
    """Clicks `node` through its Action interface, as a screen reader does."""
    action = node.queryAction()
    action.doAction(0)


def holds(predicate, node):
    """Whether `predicate` holds for `node`. A node the app removed after the
    walk found it (the tree is rebuilt as a view opens) holds nothing."""
    try:
        return predicate(node)
    except Exception:
        return False


def wait_for(app, predicate, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        found = [node for node in walk(app) if holds(predicate, node)]
        if found:
            return found
        pump(0.3)
    return []


def key(name):
    subprocess.run(["xdotool", "key", name], check=True)
    pump(0.3)


def focus_window():
    """Gives the app's X window the keyboard, as clicking into it would."""
    found = subprocess.run(["xdotool", "search", "--sync", "--name", "Plenary"],
                           capture_output=True, text=True, check=True)
    window = found.stdout.split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
    pump(0.5)


def main():
    heard = []
    pyatspi.Registry.registerEventListener(
        lambda event: heard.append(str(event.any_data)), "object:announcement"
    )
    app = find_app()
    if app is None:
        check(False, "the app is on the accessibility bus")
        return
    window = app.getChildAtIndex(0)
    check(bool(window.name), "the window has a name", repr(window.name))

    # The Break-out, as the preferences left it: Group 3, countdown running.
    timers = wait_for(app, lambda node: role(node) == "timer")
    check(bool(timers), "the countdown is a timer")
    if timers:
        name = timers[0].name
        ok = re.fullmatch(r"\d+ minutes? \d+ seconds? left in the break-out", name)
        check(bool(ok), "the countdown's name is a sentence with the time", repr(name))

    nodes = list(walk(app))
    nameless = [f"{role(n)} at {i}" for i, n in enumerate(nodes) if focusable(n) and not n.name]
    check(not nameless, "every focusable control has a name", ", ".join(nameless[:10]))

    combos = [n.name for n in nodes if role(n) == "combo box"]
    mute = [name for name in combos if ": " not in name]
    check(bool(combos) and not mute, "every combo box says its value", repr(mute or combos))

    # A row of the answer list: its text first, then what can be done with it.
    names = [n.name for n in nodes]
    row = [i for i, name in enumerate(names) if name == ANSWER]
    check(bool(row), "the answer's text is in the tree", ANSWER)
    if row:
        start = row[0]
        order = [names.index(n, start) if n in names[start:] else -1 for n in (
            "Edit answer 1", "Kind of answer 1: Use today", "Remove answer 1")]
        check(-1 not in order and order == sorted(order),
              "a row reads from its answer to its Remove button", repr(names[start:start + 12]))
        answer = nodes[start]
        check(focusable(answer), "the answer's text is a focus stop")
        # Tab from the answer field walks the row in that order.
        focus_window()
        entry = next(n for n in nodes if n.name.startswith("New answer of Group 3"))
        entry.queryComponent().grabFocus()
        pump(0.5)
        reached = []
        for _ in range(8):
            key("Tab")
            now = [n.name for n in walk(app) if focused(n) and focusable(n)]
            if now:
                reached.append(now[0])
        expected = [ANSWER, "Edit answer 1", "Kind of answer 1: Use today"]
        starts = [i for i, name in enumerate(reached) if name == ANSWER]
        check(bool(starts) and reached[starts[0]:starts[0] + 3] == expected,
              "Tab reaches the answer, then Edit, then its kind", repr(reached))

    # The countdown crosses five minutes: heard without a key press.
    end = time.time() + 15
    while time.time() < end and not any("5 minutes left" in h for h in heard):
        pump(0.3)
    check(any("5 minutes left" in h for h in heard),
          "the five-minute warning is announced", repr(heard))

    # The menus: the bar and each menu named, as a screen reader announces
    # them when they open; the keyboard help has no nameless focus stop.
    bars = [n for n in walk(app) if role(n) in ("menu", "menu bar")]
    check(bool(bars) and bars[0].name == "Menus", "the menu bar is named",
          repr([n.name for n in bars]))
    file_menu = [n for n in walk(app) if role(n) == "push button" and n.name == "File"]
    if file_menu:
        press(file_menu[0])
        opened = wait_for(app, lambda n: role(n) == "menu" and n.name == "File")
        check(bool(opened), "the File menu, open, is named")
        key("Escape")
    help_menu = [n for n in walk(app) if role(n) == "push button" and n.name == "Help"]
    if help_menu:
        press(help_menu[0])
        entry = wait_for(app, lambda n: n.name == "Keyboard shortcuts" and role(n) == "push button")
        if entry:
            press(entry[0])
            wait_for(app, lambda n: (n.name or "") == "Larger text")
            odd = [f"{role(n)} {n.name!r}" for n in walk(app)
                   if focusable(n) and (not n.name or role(n) == "unknown")]
            check(not odd, "the keyboard help has no nameless focus stop", ", ".join(odd))
            close = [n for n in walk(app) if role(n) == "push button" and n.name == "Close"]
            if close:
                press(close[0])
                pump(0.5)

    # The Synthesis view: no control of unknown role or without a name.
    synthesis = [n for n in walk(app) if role(n) == "toggle button" and n.name == "Synthesis"]
    if synthesis:
        press(synthesis[0])
        wait_for(app, lambda n: (n.name or "").startswith("Suggest themes"))
        nodes = list(walk(app))
        odd = [f"{role(n)} {n.name!r}" for n in nodes
               if focusable(n) and (not n.name or role(n) == "unknown")]
        check(not odd, "every focusable control of the Synthesis view has a name and a role",
              ", ".join(odd[:10]))

    # The Plenary view: each voter's dots left read as a sentence.
    plenary = [n for n in walk(app) if role(n) == "toggle button" and n.name == "Plenary"]
    if plenary:
        press(plenary[0])
        left = wait_for(app, lambda n: re.fullmatch(r".+ has \d+ dots left", n.name or ""))
        check(bool(left), "dots left read as sentences")
        nodes = list(walk(app))
        nameless = [role(n) for n in nodes if focusable(n) and not n.name]
        check(not nameless, "every focusable control of the Plenary view has a name",
              ", ".join(nameless[:10]))
    else:
        check(False, "the Plenary view is reachable")


if __name__ == "__main__":
    main()
    print(f"{len(FAILED)} failed" if FAILED else "all passed")
    sys.exit(1 if FAILED else 0)
