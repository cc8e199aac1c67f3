"""Time from starting Plenary to its first frame, as the accessibility bus
sees it (the window's tree arrives after the first frame is drawn).

Run by packaging/first-frame.sh inside Xvfb and a D-Bus session. Prints the
median of five starts, in milliseconds.
"""

import os
import statistics
import subprocess
import sys
import time

import pyatspi


def first_frame(binary):
    start = time.monotonic()
    app = subprocess.Popen([binary], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.monotonic() - start < 60:
            for node in pyatspi.Registry.getDesktop(0):
                if node is not None and (node.name or "").lower() == "plenary":
                    if node.childCount > 0 and node.getChildAtIndex(0) is not None:
                        return (time.monotonic() - start) * 1000
            time.sleep(0.01)
        raise SystemExit("no window after 60 s")
    finally:
        app.terminate()
        app.wait()
        time.sleep(0.5)


times = [first_frame(sys.argv[1]) for _ in range(5)]
print(f"first frame: median {statistics.median(times):.0f} ms "
      f"(of {', '.join(f'{t:.0f}' for t in times)})")
