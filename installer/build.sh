#!/usr/bin/env bash
# Builds Octopus Desk as a self-contained application with jpackage (JDK 17): no Java needed on the
# workstation. Usage: installer/build.sh [app-image|deb|rpm|msi|dmg]   (default: app-image)
# deb needs Debian's fakeroot and dpkg-deb; msi and dmg must be built on Windows and macOS.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"

mvn -q -B -DskipTests package
version=$(sed -n 's/^version=//p' target/classes/org/octopusdesk/version.properties)

input=target/installer/input
rm -rf target/installer
mkdir -p "$input"
cp target/octopus-desk.jar target/lib/*.jar "$input/"

# The JDK modules the application and its libraries use, plus those reached only by reflection.
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$input/*" target/octopus-desk.jar)
modules="$modules,java.desktop,java.logging,java.naming,java.sql,java.xml,jdk.unsupported"

jpackage --type "$type" \
    --name octopus-desk \
    --app-version "$version" \
    --vendor "Council of Europe, T-CY secretariat" \
    --description "Octopus Desk: projects and their duration, for the T-CY secretariat" \
    --input "$input" \
    --main-jar octopus-desk.jar \
    --main-class org.octopusdesk.app.Launcher \
    --add-modules "$modules" \
    --java-options "-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true" \
    --dest target/installer

echo "Built $type in target/installer"
