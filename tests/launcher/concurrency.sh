#!/usr/bin/env bash
# Launcher test (issue 12 §6): command-line calls at the same time in one checkout.
#
#   tests/launcher/concurrency.sh REPOSITORY_ROOT WORK_DIR
#
# Works on a throw-away `git clone` of REPOSITORY_ROOT in WORK_DIR/clone (with the working tree's
# launcher copied over it, so that an uncommitted launcher is what gets tested), offline against
# the warm ~/.m2 (Maven 3.9 is unpacked from there too). Run by `./lawkeeper test` through
# tests/launcher/pom.xml; it takes about a minute (two builds of the command line).
#
#  1. Four calls at once on the fresh clone (nothing built yet): all succeed with the right output,
#     exactly one of them builds, the others wait for it (one line each), nothing else on stderr.
#  2. A long `check` is started and frozen (SIGSTOP) once its JVM has opened the harness jar; a
#     source is touched and four calls at once rebuild (again exactly one build); the frozen call
#     then resumes and must finish as if nothing had happened: it runs from its own copy.
#  3. The launcher's list of the command line's modules matches the build; an edit of the IDE
#     plug-in rebuilds nothing; a call by a relative path from another folder runs.
set -euo pipefail

ROOT=${1:?usage: concurrency.sh REPOSITORY_ROOT WORK_DIR}
WORK=${2:?usage: concurrency.sh REPOSITORY_ROOT WORK_DIR}
CLONE="$WORK/clone"
OUT="$WORK/out"
DEADLINE_S=240        # for each wait on a condition; the pom's timeout bounds the whole script
passed=0 failed=0
started=$SECONDS

fail() { echo "FAILED: $*" >&2; failed=$((failed + 1)); }
ok() { echo "ok: $*"; passed=$((passed + 1)); }

# Waits until the command "$@" succeeds, polling; gives up after DEADLINE_S.
wait_for() {
  local until=$((SECONDS + DEADLINE_S))
  until "$@"; do
    ((SECONDS < until)) || return 1
    sleep 0.01
  done
}

# The calls of a round: command line and a pattern its standard output must match.
CALLS=("count product:2"
       "count relu:2,3,2+bias --json"
       "count linear:2,3,2,2 --flow momentum"
       "verify linear:2,3,2 --flow gf --law U1^T*U1-U2*U2^T")
EXPECTED=("^product:2 under gf: 1 law "
          '"count":3,'
          "^linear:2,3,2,2 under momentum: 4 laws "
          "^conserved: ")

# Starts the four calls at once, waits for all, and checks them: exit 0, the right output, exactly
# one build among them, and on stderr nothing but the launcher's one-line notes.
round() {
  local name=$1 i pids=() builds=0
  for i in "${!CALLS[@]}"; do
    # shellcheck disable=SC2086  # a call's words
    (cd "$CLONE" && exec ./lawkeeper ${CALLS[i]}) >"$OUT/$name.$i.out" 2>"$OUT/$name.$i.err" &
    pids+=($!)
  done
  for i in "${!CALLS[@]}"; do
    local rc=0
    wait "${pids[i]}" || rc=$?
    local label="$name: ./lawkeeper ${CALLS[i]}"
    if [[ $rc -ne 0 ]]; then
      fail "$label exited with $rc; stderr:"; sed 's/^/    /' "$OUT/$name.$i.err" >&2
      continue
    fi
    grep -qE -- "${EXPECTED[i]}" "$OUT/$name.$i.out" || { fail "$label printed no '${EXPECTED[i]}'"; continue; }
    if grep -vqE '^(building Lawkeeper \((first run|sources changed)\)…|waiting for another Lawkeeper build…)$' \
         "$OUT/$name.$i.err"; then
      fail "$label printed more than the launcher's notes on stderr:"; sed 's/^/    /' "$OUT/$name.$i.err" >&2
      continue
    fi
    if [[ $(grep -c 'waiting for another' "$OUT/$name.$i.err") -gt 1 ]]; then
      fail "$label said it was waiting more than once"; continue
    fi
    builds=$((builds + $(grep -c '^building Lawkeeper' "$OUT/$name.$i.err" || true)))
    ok "$label"
  done
  if [[ $builds -eq 1 ]]; then ok "$name: exactly one build"; else fail "$name: $builds builds, not one"; fi
}

# The pid of the CLI's JVM has the harness jar of its copy open (it is well into its run).
holds_harness_jar() {
  local fd
  for fd in /proc/"$1"/fd/*; do
    [[ $(readlink "$fd" 2>/dev/null) == */.lawkeeper/cli/*/lib/org.lawkeeper.harness-* ]] && return 0
  done
  return 1
}
is_stopped() { [[ $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) == T ]]; }

long_pid=""
cleanup() {
  if [[ -n $long_pid ]] && kill -0 "$long_pid" 2>/dev/null; then
    kill -CONT "$long_pid" 2>/dev/null || true
    kill "$long_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

rm -rf "$CLONE" "$OUT"
mkdir -p "$OUT"
git clone -q "$ROOT" "$CLONE"
for f in lawkeeper releng/launcher; do   # the launcher and its helpers, as in the working tree
  [[ ! -e "$ROOT/$f" ]] || cp -rT "$ROOT/$f" "$CLONE/$f"
done

echo "round 1: four calls at once on a fresh clone"
round fresh

echo "round 2: a running call survives a rebuild under it"
first_copy=$(readlink "$CLONE/.lawkeeper/cli/current" || true)
(cd "$CLONE" && exec ./lawkeeper check linear:2,3,2 --flow gf --law 'U1^T*U1 - U2*U2^T' \
                      --tries 20000 --report "$OUT/report") >"$OUT/long.out" 2>"$OUT/long.err" &
long_pid=$!
if wait_for holds_harness_jar "$long_pid" && kill -STOP "$long_pid" && wait_for is_stopped "$long_pid"; then
  touch "$(find "$CLONE"/bundles/org.lawkeeper.core/src -name '*.java' -print -quit)"
  round changed
  second_copy=$(readlink "$CLONE/.lawkeeper/cli/current" || true)
  if [[ $second_copy != "$first_copy" ]]; then ok "the rebuild made a new copy"; else fail "no new copy"; fi
  if [[ -d "$CLONE/.lawkeeper/cli/$first_copy" ]]; then ok "the running call's copy is still there"
  else fail "the running call's copy was removed"; fi
  kill -CONT "$long_pid"
  rc=0; wait "$long_pid" || rc=$?
  long_pid=""
  if [[ $rc -eq 0 ]] && grep -qE '^gf +conserved +20000 ' "$OUT/long.out" && [[ -s "$OUT/report/index.html" ]] &&
     [[ ! -s "$OUT/long.err" ]]; then
    ok "the running check finished after the rebuild (exit 0, conserved, report written)"
  else
    fail "the running check (exit $rc) did not survive the rebuild; stdout, stderr:"
    sed 's/^/    /' "$OUT/long.out" "$OUT/long.err" >&2
  fi
else
  fail "the long check never opened the harness jar or could not be stopped (it printed:)"
  sed 's/^/    /' "$OUT/long.out" "$OUT/long.err" >&2
fi

echo "round 3: what a call rebuilds for, and from where it is called"
# The launcher's list of the command line's modules (CLI_MODULES) is the build's: the modules in a copy.
listed=$(sed -n 's/^CLI_MODULES=(\([^)]*\)).*/\1/p' "$CLONE/lawkeeper" | tr ' ' '\n' | sort | tr '\n' ' ')
built=$(cd "$CLONE/.lawkeeper/cli/current" && ls org.lawkeeper.*.jar lib/org.lawkeeper.*.jar |
        sed 's|^lib/||; s|^org\.lawkeeper\.||; s|-[0-9].*||' | sort | tr '\n' ' ')
if [[ -n $listed && $listed == "$built" ]]; then ok "CLI_MODULES lists the modules of the build ($listed)"
else fail "CLI_MODULES lists '$listed', the build has '$built'"; fi
touch "$(find "$CLONE"/bundles/org.lawkeeper.eclipse.ui/src -name '*.java' -print -quit)"
# a call by a relative path from another folder: the launcher finds its checkout without `cd`
rc=0; (cd "$WORK" && exec clone/lawkeeper count product:2) >"$OUT/ui.out" 2>"$OUT/ui.err" || rc=$?
if [[ $rc -eq 0 && ! -s "$OUT/ui.err" ]] && grep -q '^product:2 under gf: 1 law ' "$OUT/ui.out"; then
  ok "an edit of the IDE plug-in rebuilds no command line; a call from another folder runs"
else
  fail "after an edit of the IDE plug-in, clone/lawkeeper count product:2 from $WORK (exit $rc) printed:"
  sed 's/^/    /' "$OUT/ui.out" "$OUT/ui.err" >&2
fi

echo "launcher concurrency: $passed passed, $failed failed ($((SECONDS - started)) s)"
[[ $failed -eq 0 ]] || exit 1
rm -rf "$CLONE"
