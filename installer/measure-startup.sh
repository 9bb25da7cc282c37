#!/usr/bin/env bash
# Measures the start of the app image in target/installer with and without its AppCDS archive, under Xvfb:
#   first window: from the launch to the window being on screen (polled with xdotool every 10 ms);
#   whole start:  from the launch to the exit of a --cds-training start, i.e. the sample database opened, the main
#                 screen drawn, every area shown once and the closing.
# Usage: installer/measure-startup.sh [RUNS] (default 7 of each, alternated); prints each run and the medians.
# Needs xvfb and xdotool (Debian). Build the image first: mvn -Pinstaller package -Dinstaller.types=app-image.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
runs=${1:-7}
image=target/installer/octopus-desk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same image without the archive: the JDK's own base archive stays, as in any Java 17 start.
cp -a "$image" "$work/without"
rm "$work/without/lib/app/octopus-desk.jsa"
sed -i -E '/SharedArchiveFile|UnlockDiagnosticVMOptions|ArchiveRelocationMode/d' "$work/without/lib/app/octopus-desk.cfg"
"$image/bin/octopus-desk" --data-dir "$work/sample" init --sample-data >/dev/null

now() { date +%s%N; }
measure() {
    local launcher=$1 data=$2 start first pid
    cp -a "$work/sample" "$data"
    start=$(now)
    "$launcher" --data-dir "$data" --cds-training >/dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name '^Octopus Desk$' >/dev/null 2>&1; do sleep 0.01; done
    first=$(( ($(now) - start) / 1000000 ))
    wait "$pid"
    echo "$first $(( ($(now) - start) / 1000000 ))"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for i in $(seq "$runs"); do
    measure "$image/bin/octopus-desk" "$work/with-$i" >> "$work/with.txt"
    measure "$work/without/bin/octopus-desk" "$work/without-$i" >> "$work/without.txt"
    echo "run $i: with AppCDS $(tail -1 "$work/with.txt") ms, without $(tail -1 "$work/without.txt") ms"
done
for variant in with without; do
    echo "$variant AppCDS: first window $(cut -d' ' -f1 "$work/$variant.txt" | median) ms," \
        "whole start $(cut -d' ' -f2 "$work/$variant.txt" | median) ms (medians of $runs)"
done
