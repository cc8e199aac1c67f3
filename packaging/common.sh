# Shared by the packaging scripts: where things are, the version, the icons.
# shellcheck shell=bash
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$root/target/dist"
# The version, from the workspace's Cargo.toml.
version="$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' "$root/Cargo.toml")"
mkdir -p "$dist"

# The app icon in the sizes desktops ask for, under $dist/icons/NxN/plenary.png.
make_icons() {
    local size
    for size in 16 24 32 48 64 128 256; do
        mkdir -p "$dist/icons/${size}x${size}"
        convert "$root/assets/icon.png" -resize "${size}x${size}" \
            "$dist/icons/${size}x${size}/plenary.png"
    done
}

# The licence files every package carries, into folder $1.
copy_licences() {
    mkdir -p "$1/licences"
    cp "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$1/"
    cp "$root"/packaging/licences/* "$1/licences/"
}
