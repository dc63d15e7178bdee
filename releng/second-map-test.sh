#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# The Outline of a second map, as the product shows it: start the built product on a private
# Xvfb without a window manager (where the window advisor places the window itself) with one
# example map, hand it a second one as `./disputatio FILE` does, and read the screen's pixels
# where the Outline's first rows are. The test workbench cannot show this defect (there the
# widgets' numbers and pixels were right while the product's Outline stayed blank), so it is
# checked here, on the product.
#   releng/second-map-test.sh [DISPLAY]   (default :58; needs Xvfb, xdotool, ImageMagick)
# Build the product first. Takes the machine-wide Maven lock while the application runs.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.mvn/find-jdk.sh"
display=${1:-:58}
product="$root/releng/org.disputatio.product/target/products/org.disputatio.product/linux/gtk/x86_64"
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || { echo "second-map-test: no product in $product; build it first" >&2; exit 1; }

if [ "${SECOND_MAP_TEST_LOCKED:-}" != 1 ]; then
  SECOND_MAP_TEST_LOCKED=1 exec flock /tmp/disputatio-mvn.lock "$0" "$@"
fi

work=$(mktemp -d /tmp/second-map-test.XXXXXX)
cp "$root/examples/soft-power-debate.argmap" "$root/examples/edney-2015.argmap" "$work/"
echo "second-map-test: working in $work"

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

start() {
  "$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -jar "$launcher" -clearPersistedState "$@" \
    -data "$work/workspace"
}

# How many colours the Outline's first rows show on the screen: one where nothing is drawn.
outline_colours() {
  import -window root "$work/$1.png"
  convert "$work/$1.png" -crop 280x120+20+62 -format %k info:
}

start "$work/soft-power-debate.argmap" >"$work/first.log" 2>&1 &
app=$!
i=0
until xdotool search --onlyvisible --name "soft-power-debate.argmap" >/dev/null 2>&1; do
  i=$((i + 1))
  [ "$i" -lt 60 ] || { echo "second-map-test: FAIL: the workbench did not open" >&2; exit 1; }
  sleep 1
done
sleep 3
first=$(outline_colours first)
# A second start hands its file to the running workbench and exits.
start "$work/edney-2015.argmap" >"$work/second.log" 2>&1
sleep 4
second=$(outline_colours second)
echo "second-map-test: colours where the Outline's rows are: first map $first, second map $second"
if [ -f "$work/workspace/.metadata/.log" ]; then
  echo "second-map-test: FAIL: the workspace log has errors: $work/workspace/.metadata/.log" >&2
  exit 1
fi
[ "$first" -gt 3 ] || { echo "second-map-test: FAIL: the first map's Outline is blank ($work/first.png)" >&2; exit 1; }
[ "$second" -gt 3 ] || { echo "second-map-test: FAIL: the second map's Outline is blank ($work/second.png)" >&2; exit 1; }
echo "second-map-test: passed"
