#!/bin/sh
# Records the classes the desktop window loads until it shows its list and reader, for the
# class-data sharing archive the build makes (ClassDataTraining). Run it after changes that load
# new classes at start (a new control, a new library), with a display (or under xvfb-run -a):
#   ./mvnw -q -DskipTests package && sh src/main/cds/record-window-classes.sh
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$here/target/flagmark.jar" --library "$work/library.sqlite" import "$here/seeds" >/dev/null
java -Xshare:off -Xlog:class+load=info:file="$work/loaded.txt" -Dflagmark.startupMarker=true \
    -Djava.util.prefs.userRoot="$work/settings" -jar "$here/target/flagmark.jar" --library "$work/library.sqlite" \
    > "$work/out.txt" 2>&1 &
app=$!
# The list first, then a few seconds for the reader's WebView, which is made after it.
while ! grep -q 'list shown' "$work/out.txt"; do
    kill -0 "$app" 2>/dev/null || { cat "$work/out.txt" >&2; exit 1; }
    sleep 0.2
done
sleep 8
kill "$app"
wait "$app" || true
grep -E 'source: (jrt:|file:)' "$work/loaded.txt" | sed -E 's/^\[[^]]*\]\[info\]\[class,load\] ([^ ]+) source:.*/\1/' \
    | grep -v -E '\$\$Lambda|/0x|\$Proxy' | sort -u > "$here/src/main/cds/window-classes.txt"
wc -l "$here/src/main/cds/window-classes.txt"
