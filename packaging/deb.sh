#!/usr/bin/env bash
# The Debian package: /usr/bin/plenary (stripped), a desktop entry, the icon
# in the usual sizes, and a MIME type for session files so a double-click
# opens them (cargo-deb; metadata in Cargo.toml).
#
# Needs: cargo install cargo-deb; apt-get install imagemagick
# Writes: target/debian/plenary_VERSION-1_amd64.deb
set -euo pipefail
source "$(dirname "$0")/common.sh"

cd "$root"
cargo build --release
make_icons
cargo deb --no-build --strip
ls "$root"/target/debian/plenary_"$version"-1_*.deb
