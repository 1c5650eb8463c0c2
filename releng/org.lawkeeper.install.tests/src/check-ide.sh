#!/usr/bin/env bash
# Starts the materialised IDE as `./lawkeeper ide` does, on a fresh workspace, waits until the example
# project is analysed, saves a screenshot ($3) and fails if the IDE logged an error. It runs with the
# workbench's CSS theme (no -cssTheme none): when the theme engine cannot load (as with an incomplete
# Batik: NoClassDefFoundError: org/w3c/css/sac/Parser) the workbench logs it and dies, and this fails.
# Needs a display (./lawkeeper test provides Xvfb); without one it says so and skips.
set -euo pipefail
product=$1 workspace=$2 screenshot=$3
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ -z "${DISPLAY:-}" ]]; then
  echo "IDE check: no DISPLAY, skipped (run ./lawkeeper test, which provides Xvfb)"
  exit 0
fi
launcher=("$product"/plugins/org.eclipse.equinox.launcher_*.jar)
rm -rf "$workspace"
"$java" -Dlawkeeper.example=true -jar "${launcher[0]}" -data "$workspace" >"$workspace.out" 2>&1 &
ide=$!
trap 'kill "$ide" 2>/dev/null || true' EXIT
# The example project appears once the workbench is up; its analysis takes a few seconds more.
for _ in $(seq 1 120); do
  [[ -f "$workspace/lawkeeper-examples/src/models/TinyRelu.java" ]] && break
  kill -0 "$ide" 2>/dev/null || { cat "$workspace.out" >&2; echo "IDE check: the IDE exited" >&2; exit 1; }
  sleep 1
done
[[ -f "$workspace/lawkeeper-examples/src/models/TinyRelu.java" ]] || { echo "IDE check: no example project after 120 s" >&2; exit 1; }
sleep 20
"$java" "$(dirname "$0")/Screenshot.java" "$screenshot"
if [[ -f "$workspace/.metadata/.log" ]] && grep -q '^!ENTRY' "$workspace/.metadata/.log"; then
  cat "$workspace/.metadata/.log" >&2
  echo "IDE check: the IDE logged errors" >&2
  exit 1
fi
echo "IDE check: the IDE started with the example project, no error logged; screenshot $screenshot"
