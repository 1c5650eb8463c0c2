"""Side by side: single `./lawkeeper count` calls against the reference method, same cases, same hour.

Not part of Lawkeeper (the product never depends on Python). For each case it runs, one after the
other and each in a fresh process, `./lawkeeper count SPEC --flow FLOW --json` and the SymPy
re-implementation of the authors' algorithm (reference_sympy.py, the papers' method: symbolic
brackets, floating-point rank), and, when `sage` is on the PATH and --sage-script names a driver of the
authors' Sage code, that too: `sage SCRIPT SPEC:FLOW`, which must print `CASE COUNT SECONDS` as its last
line like reference_sympy.py does (Sage is not installed on the machine this was written on, so that
path has not been run). It prints wall-clock seconds (process start included on both sides),
the ratio reference / Lawkeeper, and whether the counts agree; a reference run over --timeout
is stopped and its ratio shown as a lower bound.

    python3 releng/bench/side_by_side.py                        # the default cases
    python3 releng/bench/side_by_side.py linear:4,4,4:gf relu:3,3,3:gf --timeout 600
"""
import argparse
import json
import os
import platform
import shutil
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
    parser.add_argument("--sage-script", help="the authors' Sage code, run as `sage SCRIPT SPEC:FLOW`")
    args = parser.parse_args()

    references = [("sympy", [sys.executable, os.path.join(HERE, "reference_sympy.py")])]
    if args.sage_script and shutil.which("sage"):
        references.append(("sage", ["sage", args.sage_script]))
    elif args.sage_script:
        print("sage is not on the PATH: the authors' code is left out", file=sys.stderr)
    subprocess.run([args.lawkeeper, "count", "product:2"], capture_output=True, check=True)  # builds if needed

    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.2f}, {platform.python_implementation()} {platform.python_version()}")
    header = f"{'case':<26}{'D':>5}{'laws':>6}{'lawkeeper s':>13}"
    for name, _ in references:
        header += f"{name + ' s':>12}{'ratio':>10}{'agree':>7}"
    print(header)
    for case in args.cases:
        seconds, count, dimension = lawkeeper(args.lawkeeper, case)
        line = f"{case:<26}{dimension:>5}{count:>6}{seconds:>13.2f}"
        for _, command in references:
            ref_seconds, ref_count = reference(command, case, args.timeout)
            bound = ">" if ref_count is None else ""
            agree = "?" if ref_count is None else "yes" if ref_count == count else "NO"
            line += f"{bound + format(ref_seconds, '.2f'):>12}{bound + format(ref_seconds / seconds, '.0f') + '×':>10}"
            line += f"{agree:>7}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
