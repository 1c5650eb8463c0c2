"""Side by side: single `./lawkeeper count` calls against the reference method, same cases, same hour.

Not part of Lawkeeper (the product never depends on Python). For each case it runs, one after the
other and each in a fresh process, `./lawkeeper count SPEC --flow FLOW --json` and the SymPy
re-implementation of the authors' algorithm (reference_sympy.py, the papers' method: symbolic
brackets, floating-point rank), and, when `sage` is on the PATH and --sage-script names a driver of the
authors' Sage code, that too: `sage SCRIPT SPEC:FLOW`, which must print `CASE COUNT SECONDS` as its last
line like reference_sympy.py does (Sage is not installed on the machine this was written on, so that
path has not been run). It prints wall-clock seconds (process start included on both sides),
the ratio reference / Lawkeeper, and whether the counts agree; a reference run over --timeout
is stopped and its ratio shown as a lower bound. With --repeat N every call of a case is made N
times, the two sides alternating, and the medians are shown (a one-shot call of 0.07 s varies by
several milliseconds from run to run on a loaded machine: one call each decides little).

    python3 releng/bench/side_by_side.py                        # the default cases
    python3 releng/bench/side_by_side.py linear:4,4,4:gf relu:3,3,3:gf --timeout 600 --repeat 5
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# docs/THEORY.md §12.1–§12.2 oracle cases the reference can express (linear and bias-free ReLU; gf and heavy-ball momentum),
# with state dimensions 8 to 50
DEFAULT_CASES = ["linear:2,2,2:gf", "linear:3,3,3:gf", "relu:3,3,3:gf", "linear:4,4,4:gf", "relu:4,4,4:gf",
                 "linear:2,3,2,2:momentum", "linear:5,5,5:gf"]


def timed(command, timeout):
    """(seconds, stdout) of one process; stdout None when it ran past the timeout."""
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
        return time.perf_counter() - start, done.stdout
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None


def lawkeeper(launcher, case):
    spec, flow = case.rsplit(":", 1)
    seconds, out = timed([launcher, "count", spec, "--flow", flow, "--json"], None)
    result = json.loads(out)
    return seconds, result["count"], result["stateDimension"]


def reference(command, case, timeout):
    seconds, out = timed(command + [case], timeout)
    if out is None:
        return seconds, None
    return seconds, int(out.strip().splitlines()[-1].split()[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", default=DEFAULT_CASES, help="SPEC:FLOW, e.g. linear:4,4,4:gf")
    parser.add_argument("--lawkeeper", default=os.path.join(ROOT, "lawkeeper"), help="the launcher to call")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed to each reference run")
    parser.add_argument("--repeat", type=int, default=1, help="calls of each side per case (medians shown)")
    parser.add_argument("--sage-script", help="the authors' Sage code, run as `sage SCRIPT SPEC:FLOW`")
    args = parser.parse_args()

    references = [("sympy", [sys.executable, os.path.join(HERE, "reference_sympy.py")])]
    if args.sage_script and shutil.which("sage"):
        references.append(("sage", ["sage", args.sage_script]))
    elif args.sage_script:
        print("sage is not on the PATH: the authors' code is left out", file=sys.stderr)
    subprocess.run([args.lawkeeper, "count", "product:2"], capture_output=True, check=True)  # builds if needed

    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.2f}, {platform.python_implementation()} {platform.python_version()}"
          + (f", medians of {args.repeat} calls each" if args.repeat > 1 else ""))
    header = f"{'case':<26}{'D':>5}{'laws':>6}{'lawkeeper s':>13}"
    for name, _ in references:
        header += f"{name + ' s':>12}{'ratio':>10}{'agree':>7}"
    print(header)
    for case in args.cases:
        ours, theirs = [], [[] for _ in references]
        for _ in range(max(1, args.repeat)):
            ours.append(lawkeeper(args.lawkeeper, case))
            for runs, (_, command) in zip(theirs, references):
                runs.append(reference(command, case, args.timeout))
        seconds = statistics.median(run[0] for run in ours)
        counts = {run[1] for run in ours}
        count = counts.pop() if len(counts) == 1 else None
        dimension = ours[0][2]
        line = f"{case:<26}{dimension:>5}{'?' if count is None else count:>6}{seconds:>13.3f}"
        for runs in theirs:
            ref_seconds = statistics.median(run[0] for run in runs)
            ref_counts = {run[1] for run in runs}
            ref_count = ref_counts.pop() if len(ref_counts) == 1 else None
            bound = ">" if ref_count is None else ""
            agree = "?" if ref_count is None or count is None else "yes" if ref_count == count else "NO"
            line += f"{bound + format(ref_seconds, '.2f'):>12}{bound + format(ref_seconds / seconds, '.0f') + '×':>10}"
            line += f"{agree:>7}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
