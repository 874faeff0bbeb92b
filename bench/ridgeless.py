#!/usr/bin/env python3
"""The NumPy side of the simulation benchmark (README): ridgeless least squares, n = 400, p = 800,
200 trials, the conditional bias and variance given X in each trial, written the way one would in
NumPy (BLAS does the threading). Java side: dev.proofscheck.sim.RidgelessBenchmark."""
import time

import numpy as np

N, P, TRIALS, R, SIGMA = 400, 800, 200, 1.0, 1.0


def trial(rng):
    x = rng.standard_normal((N, P))
    beta = rng.standard_normal(P)
    beta *= R / np.linalg.norm(beta)
    k_inv = np.linalg.inv(x @ x.T)              # (X X^T)^-1, n x n
    e = beta - x.T @ (k_inv @ (x @ beta))        # (I - P) beta, P the projection on the row space
    return e @ e, SIGMA ** 2 * np.trace(k_inv)    # bias, variance


def main():
    rng = np.random.default_rng(1)
    trial(rng)  # warm-up, not timed
    t0 = time.perf_counter()
    risks = [sum(trial(rng)) for _ in range(TRIALS)]
    seconds = time.perf_counter() - t0
    print(f"numpy {np.__version__}: ridgeless least squares n = {N}, p = {P}, {TRIALS} trials: "
          f"{seconds:.2f} s wall ({1000 * seconds / TRIALS:.1f} ms/trial); mean risk {np.mean(risks):.4f} "
          f"+- {np.std(risks, ddof=1) / np.sqrt(TRIALS):.4f} (limit 1.5)")


if __name__ == "__main__":
    main()
