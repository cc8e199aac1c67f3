#!/usr/bin/env bash
# A plain tarball for Linux distributions other than Debian's: the stripped
# program, its desktop entry, icons and session MIME type laid out as under
# /usr/local (or ~/.local), the README and the licences.
#
# Needs: imagemagick (the icons)
# Writes: target/dist/plenary-VERSION-linux-x86_64.tar.gz
set -euo pipefail
source "$(dirname "$0")/common.sh"

cd "$root"
cargo build --release
make_icons
name="plenary-$version-linux-x86_64"
folder="$dist/$name"
rm -rf "$folder" "$folder.tar.gz"
mkdir -p "$folder/bin" "$folder/share/applications" "$folder/share/mime/packages"
strip -o "$folder/bin/plenary" target/release/plenary
cp packaging/linux/plenary.desktop "$folder/share/applications/"
cp packaging/linux/plenary.xml "$folder/share/mime/packages/"
for size in "$dist"/icons/*; do
    mkdir -p "$folder/share/icons/hicolor/$(basename "$size")/apps"
    cp "$size/plenary.png" "$folder/share/icons/hicolor/$(basename "$size")/apps/"
done
cp README.md "$folder/"
copy_licences "$folder"
cat > "$folder/INSTALL.txt" <<'TEXT'
Run bin/plenary from here, or install for yourself:

    cp -r bin share ~/.local/
    update-mime-database ~/.local/share/mime
    update-desktop-database ~/.local/share/applications

(or for everyone, as root, into /usr/local). Plenary then opens session
files (*.ron) with a double-click.
TEXT
tar -C "$dist" -czf "$folder.tar.gz" "$name"
echo "$folder.tar.gz"
