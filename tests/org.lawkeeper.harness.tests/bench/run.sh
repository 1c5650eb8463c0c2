#!/usr/bin/env bash
# Benchmark of the harness against SciPy's solve_ivp (DOP853) on the same trajectories, in one run.
# Needs the harness installed (./lawkeeper test, or mvn install of the jar modules) and SciPy.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(cd ../.. && pwd)
# the launcher picks the JDK and the Maven that Tycho needs
"$ROOT/lawkeeper" test -o -q -pl tests/org.lawkeeper.harness.tests -Dtest=ThroughputBenchmarkTest \
  -Dlawkeeper.bench=true -Dsurefire.failIfNoSpecifiedTests=false
python3 bench/scipy_dop853.py target/bench
