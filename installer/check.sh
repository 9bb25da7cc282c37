#!/usr/bin/env bash
# Checks what installer/build.sh built on Linux, without installing anything on this machine: the app image's
# launcher runs the command line, and the .deb holds the launcher, the runtime, the desktop entry, the icon and the
# AppCDS archive, declares GTK 3 and the fonts, and its launcher, unpacked at /opt/octopus-desk (in a mount
# namespace of its own), maps the archive it carries. Exits non-zero at the first thing missing. Used by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/installer
launcher=$out/octopus-desk/bin/octopus-desk
version=$(sed -n 's/^version=//p' target/classes/org/octopusdesk/version.properties)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
fail() { echo "installer check FAILED: $*" >&2; echo "installer checks: $passed passed, 1 failed"; exit 1; }
pass() { echo "installer check ok: $*"; passed=$((passed + 1)); }

[ -x "$launcher" ] || fail "no app image launcher at $launcher"
[ "$("$launcher" --version)" = "Octopus Desk $version" ] || fail "--version does not say Octopus Desk $version"
pass "app image: --version says Octopus Desk $version"

# A home of its own, so that no default data folder of this machine's user is touched even by mistake.
HOME=$work/home "$launcher" --data-dir "$work/data" init --sample-data > "$work/init.txt"
[ -f "$work/data/octopus-desk.mv.db" ] || fail "init --sample-data made no database in the data folder"
HOME=$work/home "$launcher" --data-dir "$work/data" projects list > "$work/projects.txt"
[ -s "$work/projects.txt" ] || fail "projects list shows no sample project"
[ ! -e "$work/home/.local/share/octopus-desk" ] || fail "--data-dir was not obeyed"
pass "app image: init --sample-data, then projects list: $(wc -l < "$work/projects.txt") projects"

JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 || fail "the app image does not map its archive"
pass "app image: starts with its AppCDS archive (-Xshare:on)"

# Mapped where it was recorded, not relocated at each start (decision 0039): the JVM says when it relocates.
JAVA_TOOL_OPTIONS=-Xlog:cds=info "$launcher" --version > "$work/cds.txt" 2>&1 || true
grep -q "Opened archive .*octopus-desk.jsa" "$work/cds.txt" || fail "the app image's start does not open its archive"
! grep -q "alternative address" "$work/cds.txt" || fail "the app image's archive is relocated at each start"
pass "app image: its archive is mapped where it was recorded, not relocated"

deb=$(ls "$out"/octopus-desk_"$version"-*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no octopus-desk_$version-*.deb in $out"
dpkg-deb --info "$deb" > "$work/info.txt"
dpkg-deb --contents "$deb" > "$work/contents.txt"
for field in "Package: octopus-desk" "Version: $version" "Section: office"; do
    grep -q "^ $field" "$work/info.txt" || fail "the .deb's control has no '$field'"
done
depends=$(sed -n 's/^ Depends: //p' "$work/info.txt")
for package in libgtk-3-0 libgl1 libx11-6 libxtst6 fonts-dejavu-core; do
    [[ ", $depends," == *", $package,"* || ", $depends," == *" $package,"* ]] \
        || fail "the .deb does not depend on $package"
done
pass "deb: control names the package, its version and section, and depends on GTK 3, OpenGL, X11 and fonts"

for file in ./opt/octopus-desk/bin/octopus-desk \
        ./opt/octopus-desk/lib/runtime/lib/server/libjvm.so \
        ./opt/octopus-desk/lib/runtime/lib/server/classes.jsa \
        ./opt/octopus-desk/lib/app/octopus-desk.jar \
        ./opt/octopus-desk/lib/app/octopus-desk.jsa \
        ./opt/octopus-desk/lib/app/octopus-desk.cfg \
        ./opt/octopus-desk/lib/octopus-desk-octopus-desk.desktop \
        ./opt/octopus-desk/lib/octopus-desk.png; do
    grep -q " $file\$" "$work/contents.txt" || fail "the .deb lacks $file"
done
pass "deb: launcher, runtime, jars, AppCDS archive, desktop entry and icon are there"

dpkg-deb -x "$deb" "$work/root"
dpkg-deb -e "$deb" "$work/control"
desktop=$work/root/opt/octopus-desk/lib/octopus-desk-octopus-desk.desktop
for line in "Name=Octopus Desk" "Exec=/opt/octopus-desk/bin/octopus-desk" \
        "Icon=/opt/octopus-desk/lib/octopus-desk.png" "Categories=Office;" "Type=Application"; do
    grep -qxF "$line" "$desktop" || fail "the desktop entry lacks '$line'"
done
grep -q "xdg-desktop-menu install" "$work/control/postinst" || fail "postinst does not add the menu entry"
grep -q "ln -sf /opt/octopus-desk/bin/octopus-desk /usr/bin/octopus-desk" "$work/control/postinst" \
    || fail "postinst does not put octopus-desk on the PATH"
if cat "$work/control/prerm" "$work/control/postrm" | grep -v '^ *#' \
        | grep -qE '\.octopus-desk|\.local/share|HOME|~'; then
    fail "the removal scripts touch a data folder"
fi
pass "deb: desktop entry (Office menu), postinst adds the menu entry and the command; removal keeps the data"

# The launcher as installed: the unpacked tree mounted at /opt/octopus-desk, where the archive was recorded.
unshare --map-root-user --mount sh -c '
    mount -t tmpfs octopus-desk-check /opt && mkdir /opt/octopus-desk &&
    mount --bind "$0/opt/octopus-desk" /opt/octopus-desk &&
    JAVA_TOOL_OPTIONS=-Xshare:on /opt/octopus-desk/bin/octopus-desk --version' "$work/root" \
    > "$work/installed.txt" 2>&1 || fail "the installed launcher does not start with its archive: $(cat "$work/installed.txt")"
grep -q "^Octopus Desk $version" "$work/installed.txt" || fail "the installed launcher said: $(cat "$work/installed.txt")"
pass "deb: the launcher at /opt/octopus-desk starts with its AppCDS archive (-Xshare:on)"
echo "installer checks: $passed passed, 0 failed"
