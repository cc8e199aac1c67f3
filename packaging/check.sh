#!/usr/bin/env bash
# Checks the release artifacts here rather than assuming them: builds the
# Windows zip and runs plenary.exe under Wine, and builds the .deb and
# installs it with dpkg -i; each runs --version, validate, merge, themes and
# report in all five formats on the example group files, and must write the
# same bytes as the Linux build for the merged file, Markdown, HTML and CSV
# (DOCX and PDF must open: a zip, a %PDF). Then the Windows window is started
# under Wine and Xvfb and a screenshot taken (target/dist/wine.png).
#
# Needs (Debian): mingw-w64 zip wine64 xvfb xauth imagemagick, cargo-deb, and
# the x86_64-pc-windows-gnu target. Run as root (dpkg -i). Takes about 20
# minutes from a cold build, 2 once built.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$root"

failures=0
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
pass() { echo "ok    $*"; }

# Runs every command of `$1` (a program and its launcher) in folder `$2`.
exercise() {
    local folder="$2"
    local -a run
    read -r -a run <<< "$1"
    mkdir -p "$folder"
    cp sessions/ptc-2017-disruptive-technologies.ron "$folder/session.ron"
    cp tests/data/ptc-groups/*.ron "$folder/"
    (
        cd "$folder"
        "${run[@]}" --version > version.txt
        "${run[@]}" validate session.ron group-1.ron group-2.ron group-3.ron \
            group-4.ron group-5.ron > validate.txt 2>&1
        "${run[@]}" merge --out merged.ron session.ron group-1.ron group-2.ron \
            group-3.ron group-4.ron group-5.ron > merge.txt 2>&1
        "${run[@]}" themes merged.ron > themes.txt 2>&1
        for format in md html csv docx pdf; do
            "${run[@]}" report merged.ron --out "report.$format" > /dev/null 2>&1
        done
    )
}

# Compares what `$1` wrote with the Linux build's, named `$2`.
compare() {
    local folder="$1" what="$2" file
    for file in merged.ron report.md report.html report.csv; do
        if cmp -s "$dist/check-linux/$file" "$folder/$file"; then
            pass "$what: $file the same bytes as on Linux"
        else
            fail "$what: $file differs from Linux's"
        fi
    done
    [[ "$(head -c 2 "$folder/report.docx")" == PK ]] && pass "$what: report.docx is a zip" \
        || fail "$what: report.docx"
    [[ "$(head -c 4 "$folder/report.pdf")" == %PDF ]] && pass "$what: report.pdf is a PDF" \
        || fail "$what: report.pdf"
    grep -q "$version" "$folder/version.txt" && pass "$what: --version says $version" \
        || fail "$what: --version"
}

# The reference: the Linux release build.
cargo build --release
rm -rf "$dist/check-linux" "$dist/check-windows" "$dist/check-deb"
exercise "$root/target/release/plenary" "$dist/check-linux"

# Windows, under Wine.
zip="$("$root/packaging/windows.sh" | tail -n 1)"
unpacked="$(mktemp -d)"
unzip -q "$zip" -d "$unpacked"
exe="$(ls "$unpacked"/*/plenary.exe)"
export WINEDEBUG=-all WINEPREFIX="$dist/wine-prefix"
# Wine 8 lacks bcryptprimitives.dll (every Windows 10 and 11 has it): a
# stand-in goes into this prefix only (packaging/wine/).
if [[ ! -f "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" ]]; then
    wineboot --init > /dev/null 2>&1 || true
    x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
        packaging/wine/bcryptprimitives.c packaging/wine/bcryptprimitives.def -ladvapi32
fi
exercise "wine $exe" "$dist/check-windows"
compare "$dist/check-windows" "Windows (Wine)"
rm -f "$dist/wine.png"
# The Wine server of the commands above has no display: the window needs one
# started on Xvfb's.
wineserver -k 2> /dev/null || true
wineserver -w 2> /dev/null || true
# Wine's Direct3D 12 (vkd3d) cannot compile wgpu's shaders ("device lost");
# its Vulkan, on Mesa's software driver, draws the window as Windows would.
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    WGPU_BACKEND=vulkan wine '$exe' > '$dist/wine-window.log' 2>&1 &
    sleep 30
    import -window root '$dist/wine.png'
    wineserver -k || true
" || true
# A window drawn, not a black screen: more than a handful of colours.
colours="$(convert "$dist/wine.png" -format %k info: 2> /dev/null || echo 0)"
[[ "$colours" -gt 16 ]] && pass "Windows (Wine): the window drawn, in $dist/wine.png" \
    || fail "Windows (Wine): no window drawn ($colours colours)"

# The .deb, installed.
deb="$("$root/packaging/deb.sh" | tail -n 1)"
dpkg -i "$deb" > /dev/null
exercise /usr/bin/plenary "$dist/check-deb"
compare "$dist/check-deb" ".deb"
for file in /usr/share/applications/plenary.desktop /usr/share/mime/packages/plenary.xml \
    /usr/share/icons/hicolor/48x48/apps/plenary.png; do
    [[ -f "$file" ]] && pass ".deb: installs $file" || fail ".deb: $file missing"
done
dpkg -r plenary > /dev/null

echo "sizes: $(du -h "$zip" | cut -f1) zip, $(du -h "$deb" | cut -f1) deb"
[[ "$failures" == 0 ]] && echo "all passed" || { echo "$failures failed"; exit 1; }
