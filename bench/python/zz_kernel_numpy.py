#!/usr/bin/python3
"""Independent numpy state-vector implementation of the ZZ fidelity kernel (Qiskit ZZFeatureMap convention: reps 2,
full entanglement, phi_i = x_i, phi_ij = (pi - x_i)(pi - x_j), bandwidth c scaling every angle), used two ways:

  zz_kernel_numpy.py concentration   -- mean and variance of the off-diagonal entries on a fixed deterministic data
                                        set (20 samples from a 64-bit LCG, see fixed_data), n = 2..6, the
                                        oracle numbers of tests/QuantumApps.Learning.Tests/DiagnosticsTests.cs
  zz_kernel_numpy.py time CSV N [N..] -- wall time of the exact Gram matrix of a data set already reduced to N
                                        features in [0, pi] (CSV without header, one sample per row), min/median of runs

Qubit q is bit q of the basis index. The state is |psi> = D H^n D H^n |0>, D = diag(exp(i theta(b))),
theta(b) = sum_i 2c x_i b_i + sum_{i<j} 2c (pi - x_i)(pi - x_j) (b_i xor b_j); the Gram matrix is |Psi^H Psi|^2.
"""
import sys
import time
import numpy as np


def zz_states(x, c=1.0):
    m, n = x.shape
    dim = 1 << n
    bits = ((np.arange(dim)[:, None] >> np.arange(n)[None, :]) & 1).astype(np.float64)  # dim x n
    theta = 2 * c * x @ bits.T  # m x dim
    for i in range(n):
        for j in range(i + 1, n):
            w = 2 * c * (np.pi - x[:, i]) * (np.pi - x[:, j])
            theta += w[:, None] * np.logical_xor(bits[:, i], bits[:, j])[None, :]
    phase = np.exp(1j * theta)
    psi = phase / np.sqrt(dim)  # D H^n |0>
    # H^n as a Walsh-Hadamard transform on every row
    psi = psi.reshape((m,) + (2,) * n)
    h = np.array([[1, 1], [1, -1]]) / np.sqrt(2)
    for q in range(n):
        psi = np.moveaxis(np.tensordot(psi, h, axes=([q + 1], [1])), -1, q + 1)
    psi = psi.reshape(m, dim) * phase
    return psi


def zz_gram(x, c=1.0):
    psi = zz_states(x, c)
    g = psi.conj() @ psi.T
    return np.abs(g) ** 2


def fixed_data(count, n, seed=1):
    """x[i, q] = pi * u, u from the 64-bit LCG s <- s * 6364136223846793005 + 1442695040888963407 (mod 2^64), u = (s >> 11) / 2^53, row by row."""
    s = seed
    out = np.empty((count, n))
    for i in range(count):
        for q in range(n):
            s = (s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
            out[i, q] = np.pi * ((s >> 11) * 2.0 ** -53)
    return out


def concentration():
    print(f"numpy {np.__version__}")
    for n in range(2, 7):
        k = zz_gram(fixed_data(20, n))
        off = k[np.triu_indices(20, 1)]
        print(f"n={n} mean={off.mean():.17g} variance={off.var():.17g}")


def timing(path, ns, runs=5):
    print(f"numpy {np.__version__}")
    full = np.loadtxt(path, delimiter=",")
    for n in ns:
        x = full[:, :n]
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            zz_gram(x)
            times.append(time.perf_counter() - t)
        print(f"n={n} samples={x.shape[0]} min={min(times):.4f} s median={float(np.median(times)):.4f} s runs={runs}")


if __name__ == "__main__":
    if sys.argv[1] == "concentration":
        concentration()
    else:
        timing(sys.argv[2], [int(a) for a in sys.argv[3:]])
