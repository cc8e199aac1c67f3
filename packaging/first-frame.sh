#!/usr/bin/env bash
# The time from starting Plenary to its first frame, median of five starts,
# under Xvfb with Mesa's software rendering (as on a laptop with no GPU
# driver). Usage: packaging/first-frame.sh [BINARY] (default: the release build)
set -euo pipefail
source "$(dirname "$0")/common.sh"
binary="${1:-$root/target/release/plenary}"
export HOME="$(mktemp -d)"
trap 'rm -rf "$HOME"' EXIT
inside="dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status \
    string:IsEnabled variant:boolean:true > /dev/null && \
    /usr/bin/python3 '$root/packaging/first-frame.py' '$binary'"
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$inside" 2> /dev/null
