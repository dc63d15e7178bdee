#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# A longer run of the mutation loop the test suite runs 10,000 times per reader:
#   releng/fuzz.sh [MUTANTS_PER_READER [SEED]]     (default 200000, seed from the clock)
# Same harness, same 256 MB heap, same checks (a map or one clear message, never another
# exception); a failure names the seed and the mutant, so `releng/fuzz.sh N SEED` repeats it.
# Takes the machine-wide Maven lock, like every build here.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
mutants=${1:-200000}
seed=${2:-$(date +%s)}
echo "fuzz: $mutants mutants per reader, seed $seed"
cd "$root"
unset DISPLAY
exec flock /tmp/disputatio-mvn.lock ./mvnw -B --no-transfer-progress -o \
  -pl tests/org.disputatio.interchange.tests -am verify \
  -Dtest='HostileInputsTest#tenThousand*' -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dtycho.testArgLine=-Xmx256m -Ddisputatio.mutants=$mutants -Ddisputatio.fuzzSeed=$seed"
