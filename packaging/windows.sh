#!/usr/bin/env bash
# The portable Windows program: plenary.exe cross-built with mingw-w64,
# stripped, with its icon and version information (build.rs), zipped with
# the README and the licences. No installer, no admin rights: unzip and run,
# from a folder or a USB stick; preferences and recovery files go to the
# user's profile (%APPDATA%\plenary).
#
# Needs: rustup target add x86_64-pc-windows-gnu; apt-get install mingw-w64 zip
# Writes: target/dist/plenary-VERSION-windows-x86_64.zip
set -euo pipefail
source "$(dirname "$0")/common.sh"

cd "$root"
cargo build --release --target x86_64-pc-windows-gnu
name="plenary-$version-windows-x86_64"
folder="$dist/$name"
rm -rf "$folder" "$folder.zip"
mkdir -p "$folder"
x86_64-w64-mingw32-strip -o "$folder/plenary.exe" \
    target/x86_64-pc-windows-gnu/release/plenary.exe
cp README.md "$folder/README.md"
copy_licences "$folder"
(cd "$dist" && zip -qr "$name.zip" "$name")
echo "$dist/$name.zip"
