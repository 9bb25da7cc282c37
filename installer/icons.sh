#!/usr/bin/env bash
# Renders the icon (assets/icon/octopus-desk.svg) into the PNG sizes the systems use, writes the ICO and ICNS
# from them, and copies the window's sizes into the application's resources. The results are committed, so a
# build needs none of this: run it after changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin) and a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
icons=assets/icon
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" "$icons/octopus-desk.svg" --output "$icons/octopus-desk-$size.png"
done
java installer/IconFiles.java "$icons"
window=src/main/resources/org/octopusdesk/ui/icon
mkdir -p "$window"
for size in 16 32 64 256; do
    cp "$icons/octopus-desk-$size.png" "$window/"
done
