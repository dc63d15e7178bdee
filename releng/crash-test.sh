#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# The real crash: start the built product on a private Xvfb, add a claim to a copy of an
# example map, wait for the recovery copy, kill the application with SIGKILL, start it again,
# restore, save, and compare the saved file with the model as it was edited.
#   releng/crash-test.sh [DISPLAY]        (default :57; needs Xvfb, xdotool, ImageMagick's import)
# Build the product first (./mvnw verify). Screenshots and logs stay in the printed folder.
# Takes the machine-wide Maven lock while the application runs, like every heavy job here.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.mvn/find-jdk.sh"
display=${1:-:57}
product="$root/releng/org.disputatio.product/target/products/org.disputatio.product/linux/gtk/x86_64"
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || { echo "crash-test: no product in $product; run ./mvnw verify first" >&2; exit 1; }

if [ "${CRASH_TEST_LOCKED:-}" != 1 ]; then
  CRASH_TEST_LOCKED=1 exec flock /tmp/disputatio-mvn.lock "$0" "$@"
fi

work=$(mktemp -d /tmp/crash-test.XXXXXX)
map="$work/edney-2015.argmap"
cp "$root/examples/edney-2015.argmap" "$map"
cp "$map" "$work/original.argmap"
recovery="$work/workspace/.metadata/.plugins/org.disputatio.ui/recovery"
echo "crash-test: working in $work"

Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY="$display"
sleep 1

launch() {
  "$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -jar "$launcher" -clearPersistedState \
    -data "$work/workspace" -consoleLog "$map" >"$work/run$1.log" 2>&1 &
  app=$!
}

# Waits up to $2 seconds for a window whose name matches $1; prints its id.
window() {
  i=0
  while [ "$i" -lt "$2" ]; do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1 || true)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 1
    i=$((i + 1))
  done
  echo "crash-test: FAIL: no window '$1' after $2 s" >&2
  return 1
}

fail() {
  echo "crash-test: FAIL: $*" >&2
  import -window root "$work/failure.png" 2>/dev/null || true
  exit 1
}

launch 1
main=$(window "Disputatio" 90)
sleep 8
import -window root "$work/1-opened.png"
# A new claim at the pointer (the editor's C key), its label typed in place.
xdotool mousemove 800 500 click 1
sleep 1
xdotool key c
sleep 1
xdotool type --delay 40 "Recovered after SIGKILL"
xdotool key Return
sleep 1
import -window root "$work/2-edited.png"

i=0
until ls "$recovery"/*.recovery >/dev/null 2>&1; do
  i=$((i + 1))
  [ "$i" -le 20 ] || fail "no recovery copy in $recovery 20 s after the edit"
  sleep 1
done
sleep 1
cp "$recovery"/*.argmap "$work/expected.argmap"
echo "crash-test: recovery copy written: $(ls "$recovery")"
cat "$recovery"/*.recovery | grep -v '^#' | sed 's/^/crash-test:   /'

kill -9 "$app"
wait "$app" 2>/dev/null || true
app=""
echo "crash-test: killed with SIGKILL"
cmp -s "$map" "$work/original.argmap" || fail "the user's file changed before it was saved"
grep -q "Recovered after SIGKILL" "$work/expected.argmap" || fail "the recovery copy lacks the new claim"

launch 2
dialog=$(window "Recover Unsaved Maps" 90)
sleep 2
import -window root "$work/3-restore-offer.png"
# Restore is the default button.
xdotool windowfocus "$dialog" 2>/dev/null || true
xdotool key Return
sleep 8
import -window root "$work/4-restored.png"
cmp -s "$map" "$work/original.argmap" || fail "restoring wrote the user's file before Save"
main=$(window "Disputatio" 10)
xdotool mousemove 800 500 click 1
xdotool key ctrl+s
i=0
while cmp -s "$map" "$work/original.argmap"; do
  i=$((i + 1))
  [ "$i" -le 20 ] || fail "Save did not write the file"
  sleep 1
done
sleep 1
import -window root "$work/5-saved.png"
cmp -s "$map" "$work/expected.argmap" || fail "the saved map differs from the model as it was edited (diff $map $work/expected.argmap)"
ls "$recovery"/*.recovery >/dev/null 2>&1 && fail "the recovery copy is still there after Save"
grep -E '!ENTRY|!MESSAGE' "$work/workspace/.metadata/.log" 2>/dev/null | sed 's/^/crash-test: log: /' || true
echo "crash-test: PASS: after SIGKILL the map was restored and saved exactly as edited (screenshots in $work)"
