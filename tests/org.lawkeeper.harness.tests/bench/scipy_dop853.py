#!/usr/bin/env python3
"""Integrates the trajectories of ThroughputBenchmarkTest with SciPy's solve_ivp (DOP853, the same
tolerances, the same systems with numpy gradients) and prints trajectories per second next to the
harness's figures from target/bench/java.txt. Benchmarks only: the build never runs this."""
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.integrate import solve_ivp

PASSES = 3
BENCH = Path(sys.argv[1] if len(sys.argv) > 1 else "target/bench")


def shapes(model):
    kind, widths = model.split(":")
    w = [int(x) for x in widths.split(",")]
    return kind, w


def loss_gradient(t, phi):
    """d loss / d phi for one trial's loss."""
    kind = t["loss"]
    if kind == "smooth":
        return np.asarray(t["a"]) + np.asarray(t["b"]) * phi + t["c"] * phi ** 3
    a = np.asarray(t["features"])
    y = np.asarray(t["targets"])
    p = a @ phi
    if kind == "square":
        return a.T @ (p - y)
    labels = np.where(y >= 0, 1.0, -1.0)
    return a.T @ (-labels / (1.0 + np.exp(labels * p)))


def system(t):
    kind, w = shapes(t["model"])
    n1, n2, n3 = w
    size1 = n1 * n2

    def gradient(theta):
        u1 = theta[:size1].reshape(n1, n2)
        u2 = theta[size1:].reshape(n2, n3)
        if kind == "linear":
            g = loss_gradient(t, (u1 @ u2).ravel()).reshape(n1, n3)
            return np.concatenate(((g @ u2.T).ravel(), (u1.T @ g).ravel()))
        phi = (u1[:, :, None] * u2[None, :, :]).ravel()  # path lifting, paths in (i, j, k) order
        g = loss_gradient(t, phi).reshape(n1, n2, n3)
        return np.concatenate((np.einsum("ijk,jk->ij", g, u2).ravel(), np.einsum("ijk,ij->jk", g, u1).ravel()))

    if t["flow"] == "gf":
        return lambda s, y: -gradient(y), np.asarray(t["theta"])
    d = len(t["theta"])

    def momentum(s, y):
        return np.concatenate((y[d:], -gradient(y[:d])))

    return momentum, np.concatenate((t["theta"], t["velocity"]))


def main():
    trials = defaultdict(list)
    for line in (BENCH / "trajectories.jsonl").read_text().splitlines():
        t = json.loads(line)
        trials[(t["model"], t["flow"])].append(t)
    java = {}
    for line in (BENCH / "java.txt").read_text().splitlines():
        model, flow, n, check_s, integrate_s = line.split()
        java[(model, flow)] = (int(n), float(check_s), float(integrate_s))
    print(f"{'model':14} {'flow':9} {'harness trials/s':>17} {'harness integr./s':>18} {'SciPy DOP853/s':>15} "
          f"{'speed-up (trial)':>17}")
    for key, ts in trials.items():
        best = float("inf")
        for _ in range(PASSES):  # the fastest pass, as on the Java side
            start = time.perf_counter()
            for t in ts:
                f, y0 = system(t)
                solve_ivp(f, (0.0, t["horizon"]), y0, method="DOP853", rtol=t["rtol"], atol=t["atol"])
            best = min(best, time.perf_counter() - start)
        scipy_rate = len(ts) / best
        n, check_s, integrate_s = java[key]
        print(f"{key[0]:14} {key[1]:9} {n / check_s:17.0f} {n / integrate_s:18.0f} {scipy_rate:15.1f} "
              f"{n / check_s / scipy_rate:16.1f}x")


if __name__ == "__main__":
    main()
