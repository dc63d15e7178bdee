#!/bin/sh
# Prints layout and paint times for synthetic debates of 100, 1,000 and 5,000 statements;
# with a folder as argument, also saves the timed frames there as PNGs.
# Needs a built tree (./mvnw verify); runs under Xvfb when there is no display.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.mvn/find-jdk.sh"
plugins="$root/releng/org.disputatio.product/target/products/org.disputatio.product/linux/gtk/x86_64/plugins"
bench=$(ls "$root"/bundles/org.disputatio.benchmarks/target/org.disputatio.benchmarks-*.jar 2>/dev/null | head -n 1)
if [ ! -d "$plugins" ] || [ -z "$bench" ]; then
  echo "benchmarks: build first with ./mvnw verify" >&2
  exit 2
fi
cp="$bench"
for jar in "$plugins"/*.jar; do
  case "$(basename "$jar")" in
    org.disputatio.*|org.eclipse.emf.*|org.eclipse.elk.*|org.eclipse.xtext.xbase.lib_*|com.google.guava*|org.eclipse.swt*|org.eclipse.jface_*|org.eclipse.core.commands_*|org.eclipse.equinox.common_*) cp="$cp:$jar" ;;
  esac
done
# BENCHMARK=org.disputatio.benchmarks.EvaluationBenchmark times the evaluation instead.
run() { "$JAVA_HOME/bin/java" -Xmx4g --enable-native-access=ALL-UNNAMED -cp "$cp" "${BENCHMARK:-org.disputatio.benchmarks.Benchmarks}" "$@"; }
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "benchmarks: no display and no xvfb-run (apt-get install xvfb)" >&2; exit 2; }
  xvfb-run -a -s "-screen 0 1920x1200x24" "$0" "$@"
  exit $?
fi
run "$@"
