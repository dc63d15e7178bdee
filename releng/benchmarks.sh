#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Prints what users wait for on synthetic debates of 100 to 10,000 statements: the steps warm in
# one JVM (load against a raw SAX parse, validate, layout, scene, SVG, PNG, save), the command
# line end to end with peak memory against Argdown's "argdown map -f svg" on the same debates
# (A B A B), Disputatio's render of the same .argdown files, paint times of the map canvas, the
# workbench from launch to its first painted map, and maps opened in a running workbench. With a
# folder as argument, the timed frames are saved there as PNGs. Needs a built tree (./mvnw
# verify); runs under Xvfb when there is no display. Argdown is installed with npm into
# target/argdown (never into the product) when npm is there; without it the Argdown column says
# so. Then grounded and preferred evaluation times, layout and undo in the workbench's way, and
# last what the machine did in each part (steal).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.mvn/find-jdk.sh"
plugins="$root/releng/org.disputatio.product/target/products/org.disputatio.product/linux/gtk/x86_64/plugins"
bench=$(ls "$root"/bundles/org.disputatio.benchmarks/target/org.disputatio.benchmarks-*.jar 2>/dev/null | head -n 1)
# The synthetic debates live in the test-support bundle, which the product does not ship.
testing=$(ls "$root"/tests/org.disputatio.testing/target/org.disputatio.testing-*.jar 2>/dev/null | head -n 1)
if [ ! -d "$plugins" ] || [ -z "$bench" ] || [ -z "$testing" ]; then
  echo "benchmarks: build first with ./mvnw verify" >&2
  exit 2
fi
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "benchmarks: no display and no xvfb-run (apt-get install xvfb)" >&2; exit 2; }
  exec xvfb-run -a -s "-screen 0 1920x1200x24" "$0" "$@"
fi
[ -x /usr/bin/time ] || { echo "benchmarks: needs GNU time for peak memory (apt-get install time)" >&2; exit 2; }

argdown=""
ad="$root/target/argdown"
if [ ! -x "$ad/node_modules/.bin/argdown" ] && command -v npm >/dev/null; then
  mkdir -p "$ad"
  # 2.x of the markdown-it plugin is not on the registry; 1.7.7 works with the 2.x CLI.
  cat > "$ad/package.json" <<'JSON'
{
  "name": "disputatio-benchmark-argdown",
  "private": true,
  "dependencies": { "@argdown/cli": "2" },
  "overrides": { "@argdown/markdown-it-plugin": "1.7.7" }
}
JSON
  (cd "$ad" && npm install --no-audit --no-fund >npm.log 2>&1) || echo "benchmarks: npm could not install @argdown/cli (see $ad/npm.log)" >&2
fi
[ -x "$ad/node_modules/.bin/argdown" ] && argdown="$ad/node_modules/.bin/argdown"

cp="$bench:$testing"
for jar in "$plugins"/*.jar; do
  case "$(basename "$jar")" in
    org.disputatio.*|org.eclipse.emf.*|org.eclipse.elk.*|org.eclipse.xtext.xbase.lib_*|com.google.guava*|com.google.gson_*|org.apache.pdfbox*|org.apache.commons.commons-logging_*|org.eclipse.swt*|org.eclipse.jface_*|org.eclipse.core.commands_*|org.eclipse.equinox.common_*) cp="$cp:$jar" ;;
  esac
done
work="$root/target/benchmarks"
mkdir -p "$work"
# What the machine did during each part, from /proc/stat: a quiet run is claimed from these
# figures, not assumed. Steal is time the hypervisor gave this virtual machine's cores to others.
parts="$work/parts.txt"
: > "$parts"
tick=$(getconf CLK_TCK 2>/dev/null || echo 100)
cpu_now() { read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat; echo "$(date +%s%N) $((user + nice + system + irq + softirq)) $idle $iowait $steal"; }
mark=$(cpu_now)
part() {
  now=$(cpu_now)
  echo "$1 $mark $now" >> "$parts"
  mark=$now
}
# The first command after a build prepares the command line's class cache: not timed.
"$root/disputatio" help >/dev/null
mark=$(cpu_now)
"$JAVA_HOME/bin/java" -Xmx4g -Djava.awt.headless=true -cp "$cp" org.disputatio.benchmarks.EndToEnd "$work" "$root/disputatio" "$argdown" ${DISPUTATIO_BENCH_SIZES:-}
part "steps-and-whole-processes"
echo
# Without a session bus SWT's session manager would try to start one and print two failures.
dbus=""
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ ! -S "${XDG_RUNTIME_DIR:-/nonexistent}/bus" ]; then
  dbus="-Dorg.eclipse.swt.internal.SessionManagerDBus.disable=true"
fi
"$JAVA_HOME/bin/java" -Xmx4g --enable-native-access=ALL-UNNAMED $dbus -cp "$cp" org.disputatio.benchmarks.Benchmarks "$@"
part "canvas"
echo
set -- "$root/examples/soft-power-debate.argmap"
for size in 1000 5000 10000; do
  [ -f "$work/debate-$size-laid-out.argmap" ] && set -- "$@" "$work/debate-$size-laid-out.argmap"
done
"$JAVA_HOME/bin/java" -cp "$cp" org.disputatio.benchmarks.WorkbenchStart "$work" "$root/disputatio" "$@"
part "workbench"
echo
"$JAVA_HOME/bin/java" -Xmx4g -Djava.awt.headless=true -cp "$cp" org.disputatio.benchmarks.EvaluationBenchmark
part "evaluation"

echo
"$JAVA_HOME/bin/java" -Xmx4g -Djava.awt.headless=true -cp "$cp" org.disputatio.benchmarks.LayoutUndoBenchmark
part "layout-and-undo"

echo
echo "The machine during each part (/proc/stat, both cores):"
echo "part | wall (s) | cores busy | iowait (s) | steal (s)"
while read -r name t0 busy0 idle0 io0 steal0 t1 busy1 idle1 io1 steal1; do
  awk -v n="$name" -v w="$(( (t1 - t0) / 1000000 ))" -v b="$((busy1 - busy0))" -v i="$((idle1 - idle0))" -v io="$((io1 - io0))" -v st="$((steal1 - steal0))" -v hz="$tick" \
    'BEGIN { all = b + i + io + st; printf "%s | %.1f | %.0f%% | %.2f | %.2f\n", n, w / 1000, (all > 0 ? 100 * b / all : 0), io / hz, st / hz }'
done < "$parts"
