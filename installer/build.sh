#!/usr/bin/env bash
# Builds Octopus Desk as an installed application with the JDK's jpackage: its own jlink'ed Java runtime, the
# icon, a menu entry, and a class-data-sharing (AppCDS) archive recorded from a real start. Results go to
# target/installer/. `mvn -Pinstaller package` runs this script with --skip-maven after building the jars.
#
# Usage: installer/build.sh [--skip-maven] [TYPE...]
#   TYPE: app-image, deb, rpm (Linux), msi (Windows), dmg (macOS). Default: what this system builds, i.e.
#   Linux: app-image, deb, and rpm where rpmbuild exists; Windows: app-image, msi; macOS: app-image, dmg.
# Needs: JDK 17 (jdeps, jlink, jpackage). deb: fakeroot, dpkg-deb. rpm: rpmbuild. msi: WiX 3. The AppCDS
# training opens the window: it uses $DISPLAY, else xvfb-run (Debian: xvfb), else trains on the command line.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly NAME=octopus-desk
readonly TITLE="Octopus Desk"
readonly VENDOR="Council of Europe, T-CY secretariat"
readonly DESCRIPTION="Projects, donors, contributions and reports of the T-CY secretariat"
readonly MAIN_CLASS=org.octopusdesk.app.Launcher
readonly OUT=target/installer
readonly ARCHIVE=$NAME.jsa
# Modules no class names in a way jdeps sees, each needed at run time:
#   jdk.crypto.ec    elliptic-curve TLS handshakes, for the ECB download over HTTPS
#   jdk.localedata   French month names and number formats (the locales are cut to en and fr below)
#   java.logging, jdk.unsupported, java.naming   JavaFX's logging, Unsafe for H2 and JavaFX, logback's JNDI
readonly EXTRA_MODULES=jdk.crypto.ec,jdk.localedata,java.logging,jdk.unsupported,java.naming
# What JavaFX's window needs from the system (GTK 3, OpenGL, X11) and the fonts it lays text out with; jpackage
# adds the libraries the runtime's own native code links to.
readonly DEB_DEPENDENCIES="libgtk-3-0, libgl1, libx11-6, libxtst6, libxxf86vm1, libasound2, libfontconfig1, \
libfreetype6, fonts-dejavu-core"
readonly RPM_DEPENDENCIES="gtk3, mesa-libGL, libX11, libXtst, libXxf86vm, alsa-lib, fontconfig, freetype, \
dejavu-sans-fonts"

skip_maven=false
types=()
for argument in "$@"; do
    case "$argument" in
        --skip-maven) skip_maven=true ;;
        app-image|deb|rpm|msi|dmg) types+=("$argument") ;;
        *) echo "Unknown argument: $argument (see the usage at the top of $0)" >&2; exit 2 ;;
    esac
done

case "$(uname -s)" in
    Linux) system=linux ;;
    Darwin) system=mac ;;
    MINGW*|MSYS*|CYGWIN*) system=windows ;;
    *) echo "Unsupported system: $(uname -s)" >&2; exit 2 ;;
esac
if [ ${#types[@]} -eq 0 ]; then
    case "$system" in
        linux) types=(app-image deb); if command -v rpmbuild >/dev/null; then types+=(rpm); fi ;;
        mac) types=(app-image dmg) ;;
        windows) types=(app-image msi) ;;
    esac
fi

if [ "$skip_maven" = false ]; then
    mvn -q -B -DskipTests package
fi
version=$(sed -n 's/^version=//p' target/classes/org/octopusdesk/version.properties)
if [ "$system" = mac ] && [ "${version%%.*}" = 0 ]; then
    # jpackage refuses a macOS bundle version whose first number is 0.
    echo "macOS packages need a version of 1.0 or later (the pom says $version)" >&2
    exit 1
fi

step() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }

rm -rf "$OUT"
input=$OUT/input
mkdir -p "$input/lib"
cp target/$NAME.jar "$input/"
cp target/lib/*.jar "$input/lib/"

# JavaFX's native libraries beside its jars: JavaFX loads them from there instead of unpacking them into the
# user's ~/.openjfx/cache at the first start.
for jar in "$input"/lib/javafx-*-*.jar; do
    natives=$(jar tf "$jar" | grep -E '\.(so|dll|dylib)$' || true)
    if [ -n "$natives" ]; then
        (cd "$input/lib" && jar xf "$(basename "$jar")" $natives)
    fi
done

step "Finding the JDK modules (jdeps)"
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$input/lib/*" "$input/$NAME.jar")
modules=$(echo "$modules,$EXTRA_MODULES" | tr , '\n' | sort -u | paste -sd, -)
echo "$modules" > "$OUT/modules.txt"
echo "    $modules"

step "Linking the runtime (jlink)"
# --generate-cds-archive writes the JDK's own base archive, on which the application's archive is layered; it
# runs the runtime's bin/java, so the native commands stay.
jlink --add-modules "$modules" --include-locales=en,fr --generate-cds-archive \
    --strip-debug --no-man-pages --no-header-files \
    --output "$OUT/runtime"

case "$system" in
    linux) icon=assets/icon/$NAME-256.png; image_name=$NAME ;;
    mac) icon=assets/icon/$NAME.icns; image_name=$TITLE ;;
    windows) icon=assets/icon/$NAME.ico; image_name=$TITLE ;;
esac
common=(--app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" --dest "$OUT")

step "Building the application image (jpackage)"
image_options=(--type app-image --name "$image_name" --input "$input" --main-jar $NAME.jar
    --main-class "$MAIN_CLASS" --runtime-image "$OUT/runtime" --icon "$icon"
    --java-options "-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true")
if [ "$system" = windows ]; then
    image_options+=(--add-launcher "$NAME=installer/windows/$NAME-console.properties")
fi
jpackage "${image_options[@]}" "${common[@]}"

case "$system" in
    linux) app=$OUT/$NAME; launcher=$app/bin/$NAME; app_dir=$app/lib/app ;;
    mac) app="$OUT/$TITLE.app"; launcher="$app/Contents/MacOS/$TITLE"; app_dir="$app/Contents/app" ;;
    windows) app="$OUT/$TITLE"; launcher="$app/$TITLE.exe"; app_dir="$app/app" ;;
esac

training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT

# Records the classes a start loads into the image's AppCDS archive, then makes every start map it. The JVM reads
# JAVA_TOOL_OPTIONS whatever the launcher, and writes the archive when the process exits. JDK 17 accepts an
# archive only where the jars are at the paths they had when it was recorded, so an image is trained where it
# will run: in place for the app image, at /opt/octopus-desk for the Linux packages (see train_installed).
# Arguments: the image's app folder, then the command that runs the image's launcher (as the training sees it).
train() {
    local app_dir=$1
    shift
    local launcher=$1
    local archive_option="-XX:ArchiveClassesAtExit=$app_dir/$ARCHIVE -Xlog:cds*=error"
    local window_start=("$@" --data-dir "$training/data-$RANDOM" --sample-data --cds-training)
    if [ "$system" != linux ] || [ -n "${DISPLAY:-}" ]; then
        JAVA_TOOL_OPTIONS=$archive_option "${window_start[@]}"
    elif command -v xvfb-run >/dev/null; then
        JAVA_TOOL_OPTIONS=$archive_option xvfb-run -a -s "-screen 0 1280x1024x24" "${window_start[@]}"
    else
        echo "    no display and no xvfb-run: the archive holds the command line's classes only" >&2
        JAVA_TOOL_OPTIONS=$archive_option "$launcher" --data-dir "$training/data-cli" init --sample-data >/dev/null
    fi 2>&1 | grep -v '^Picked up JAVA_TOOL_OPTIONS' || true
    if [ ! -s "$app_dir/$ARCHIVE" ]; then
        echo "The AppCDS archive was not written: see the output above" >&2
        exit 1
    fi
    # $APPDIR is the folder of the jars, wherever the image is. The archive is mapped where it was recorded, not
    # moved to a random address with every pointer in it patched: that patching took 200 ms of each start
    # (decision 0039). ArchiveRelocationMode is a diagnostic option of JDK 17, hence the unlock.
    printf 'java-options=%s\n' "-XX:SharedArchiveFile=\$APPDIR/$ARCHIVE" -XX:+UnlockDiagnosticVMOptions \
        -XX:ArchiveRelocationMode=0 >> "$app_dir/$image_name.cfg"
    # -Xshare:on makes a start that cannot map the archive fail instead of going on without it.
    if ! JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1; then
        echo "The launcher does not start with the archive it was trained for" >&2
        exit 1
    fi
    echo "    $(du -h "$app_dir/$ARCHIVE" | cut -f1) archive, mapped by a start with -Xshare:on"
}

# Trains an image as the .deb installs it, at /opt/octopus-desk: in a mount namespace of its own (no root
# needed: unshare maps the user), /opt is an empty tmpfs on which the image is mounted. Nothing outside this
# process sees it.
train_installed() {
    local image
    image=$(cd "$1" && pwd)
    unshare --map-root-user --mount sh -c '
        mount -t tmpfs octopus-desk-build /opt && mkdir /opt/octopus-desk &&
        mount --bind "$0" /opt/octopus-desk && "$@"' \
        "$image" bash -c "$(declare -f train); $(declare -p ARCHIVE system image_name training); \
            train /opt/octopus-desk/lib/app /opt/octopus-desk/bin/$NAME"
}

step "Recording the classes a start loads (AppCDS), for the image where it is"
train "$app_dir" "$launcher"

# Packages are built from a copy of the image without the archive: jpackage copies the image again with new file
# times, and JDK 17 refuses an archive whose jars changed time. The .deb gets its archive afterwards
# (add_archive_to_deb); the others go without (see installer/README.md).
package_image=$OUT/package/$(basename "$app")
mkdir -p "$OUT/package"
cp -a "$app" "$OUT/package/"
rm -f "$package_image"/*/app/"$ARCHIVE" "$package_image"/app/"$ARCHIVE"
for cfg in "$package_image"/*/app/*.cfg "$package_image"/app/*.cfg; do
    if [ -f "$cfg" ]; then
        grep -v -E 'SharedArchiveFile|UnlockDiagnosticVMOptions|ArchiveRelocationMode' "$cfg" > "$cfg.new" \
            && mv "$cfg.new" "$cfg"
    fi
done

# Unpacks the .deb, records the archive in its tree mounted at /opt/octopus-desk (the file times are the ones
# dpkg will install), and packs it again with root as the owner of every file.
add_archive_to_deb() {
    local deb=$1 tree=$OUT/package/deb-tree size
    rm -rf "$tree"
    dpkg-deb --raw-extract "$deb" "$tree"
    train_installed "$tree/opt/$NAME"
    size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
    sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$tree/DEBIAN/control"
    # gzip rather than dpkg's default xz: the second compression of 200 MB then takes seconds, not a minute or
    # more, for a package about a third larger; apt reads both.
    dpkg-deb --root-owner-group -Zgzip --build "$tree" "$deb" >/dev/null
    rm -rf "$tree"
}

for type in "${types[@]}"; do
    [ "$type" = app-image ] && continue
    step "Building the $type package (jpackage)"
    case "$type" in
        deb|rpm)
            package_options=(--type "$type" --app-image "$package_image" --name "$NAME" --icon "$icon"
                --resource-dir installer/linux --install-dir /opt
                --linux-shortcut --linux-menu-group Office --linux-app-category office)
            if [ "$type" = deb ]; then
                package_options+=(--linux-package-deps "$DEB_DEPENDENCIES")
            else
                package_options+=(--linux-package-deps "$RPM_DEPENDENCIES")
            fi
            ;;
        msi)
            package_options=(--type msi --app-image "$package_image" --name "$TITLE" --win-menu
                --win-menu-group "$TITLE" --win-shortcut --win-dir-chooser
                --win-upgrade-uuid 7d3c9f64-5f3e-4d0e-9a55-0c3c1e2b8a11)
            ;;
        dmg)
            package_options=(--type dmg --app-image "$package_image" --name "$TITLE")
            ;;
    esac
    jpackage "${package_options[@]}" "${common[@]}"
    if [ "$type" = deb ]; then
        step "Recording the classes a start loads (AppCDS) in the deb, at /opt/$NAME"
        add_archive_to_deb "$(ls "$OUT"/"$NAME"_"$version"-*.deb)"
    fi
done

rm -rf "$input" "$OUT/runtime" "$OUT/package"
step "Built in $OUT:"
ls -1 "$OUT"
