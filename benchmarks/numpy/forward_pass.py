#!/usr/bin/env python3
"""The numpy bar for docs/performance.md: a vectorised Monte Carlo forward pass over the benchmark network.

The network is the one of benchmarks/Pmo.Core.Benchmarks/Risk/Simulation/BenchmarkNetworks.cs, built from the same
formulas: activity i has most-likely duration m_i = 5 + (37 i mod 20), triangular (0.8 m_i, m_i, 1.5 m_i), and
finish-to-start predecessors i-1, i-1-(7 i mod 13), i-1-(11 i mod 47) (those >= 0). The analyst's way: loop over
activities in topological order, numpy arrays across iterations, percentiles only.

Usage: python3 benchmarks/numpy/forward_pass.py [activities] [iterations] [repeats]
(needs python3-numpy: apt-get install -y python3-numpy). Prints the best time and M activity-samples/s on one core
(numpy's element-wise kernels are single-threaded).
"""
import sys
import time

import numpy as np


def predecessors(i):
    return sorted({p for p in (i - 1, i - 1 - (7 * i) % 13, i - 1 - (11 * i) % 47) if p >= 0})


def run(n, iters, rng):
    finish = np.empty((n, iters))
    project = np.zeros(iters)
    for i in range(n):
        m = 5 + (37 * i) % 20
        d = rng.triangular(0.8 * m, m, 1.5 * m, iters)
        preds = predecessors(i)
        if preds:
            start = finish[preds[0]].copy()
            for p in preds[1:]:
                np.maximum(start, finish[p], out=start)
            d += start
        finish[i] = d
        np.maximum(project, d, out=project)
    return np.percentile(project, [50, 80])


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    iters = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    rng = np.random.default_rng(42)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        p50, p80 = run(n, iters, rng)
        best = min(best, time.perf_counter() - t0)
    print(f"numpy {np.__version__}: {n} activities x {iters} iterations: best {best * 1000:.1f} ms, "
          f"{n * iters / best / 1e6:.1f} M activity-samples/s; P50 {p50:.1f}, P80 {p80:.1f}")


if __name__ == "__main__":
    main()
