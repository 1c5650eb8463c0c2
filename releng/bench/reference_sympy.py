"""Side-by-side benchmark: the reference method of the papers, with SymPy.

Not part of Lawkeeper (the product never depends on Python). This re-implements what the authors'
SageMath notebooks do (docs/ALGORITHMS.md §3): symbolic generating fields, symbolic brackets
[generator, newest field], each evaluated at one random point, kept if it raises the floating-point
rank there, until a level adds nothing. It gives the counts of docs/THEORY.md §12 and a timing to
compare with `./lawkeeper bench`.

    python3 releng/bench/reference_sympy.py linear:2,2,2:gf linear:2,3,2,2:momentum ...
"""
import itertools
import random
import sys
import time

import numpy as np
import sympy as sp


def model(spec):
    """Variables and factorisation phi of linear:... or relu:... (path lifting), row-major."""
    kind, widths = spec.split(":")
    n = [int(w) for w in widths.split(",")]
    layers = []
    variables = []
    for i in range(len(n) - 1):
        m = sp.Matrix(n[i], n[i + 1], lambda r, c: sp.Symbol(f"U{i + 1}_{r}_{c}"))
        layers.append(m)
        variables.extend(list(m))
    if kind == "linear":
        product = layers[0]
        for m in layers[1:]:
            product = product * m
        phi = [sp.expand(e) for e in product]
    elif kind == "relu":
        phi = []
        for path in itertools.product(*[range(w) for w in n]):
            term = sp.Integer(1)
            for layer, m in enumerate(layers):
                term *= m[path[layer], path[layer + 1]]
            phi.append(term)
    else:
        raise ValueError(spec)
    return variables, phi


def fields(variables, phi, flow):
    """Generating fields as lists of component expressions over the state variables."""
    gradients = [[sp.diff(f, x) for x in variables] for f in phi]
    if flow == "gf":
        return variables, gradients
    if flow == "momentum":  # heavy ball, tau = 0: state (t, theta, v)
        t = sp.Symbol("t")
        velocities = [sp.Symbol("v_" + str(x)) for x in variables]
        zero = [sp.Integer(0)] * len(variables)
        drift = [sp.Integer(1)] + velocities + zero
        forces = [[sp.Integer(0)] + zero + g for g in gradients]
        return [t] + variables + velocities, [drift] + forces
    raise ValueError(flow)


def bracket(x, y, state):
    return [sp.expand(sum(x[j] * sp.diff(y[i], state[j]) - y[j] * sp.diff(x[i], state[j])
                          for j in range(len(state)))) for i in range(len(state))]


def count(spec, flow):
    variables, phi = model(spec)
    state, generators = fields(variables, phi, flow)
    point = {s: random.gauss(0, 1) for s in state}
    values = []

    def raises_rank(field):
        value = [float(c.evalf(subs=point)) if c.free_symbols else float(c) for c in field]
        candidate = np.array(values + [value])
        if np.linalg.matrix_rank(candidate, tol=1e-9 * max(1.0, np.abs(candidate).max())) > len(values):
            values.append(value)
            return True
        return False

    newest = [g for g in generators if raises_rank(g)]
    while newest and len(values) < len(state):
        level = []
        for g in generators:
            for f in newest:
                b = bracket(g, f, state)
                if raises_rank(b):
                    level.append(b)
        newest = level
    return len(state) - len(values)


if __name__ == "__main__":
    random.seed(1)
    print(f"{'case':<28}{'count':>6}{'seconds':>10}")
    for case in sys.argv[1:]:
        spec, flow = case.rsplit(":", 1)
        start = time.perf_counter()
        laws = count(spec, flow)
        print(f"{case:<28}{laws:>6}{time.perf_counter() - start:>10.2f}", flush=True)
