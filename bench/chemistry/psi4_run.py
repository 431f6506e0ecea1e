#!/usr/bin/python3
"""psi4 1.3.2 side of the chemistry timings in docs/benchmarks.md (never run by the tests).

Usage: PYTHONPATH=/usr/lib/x86_64-linux-gnu /usr/bin/python3 psi4_run.py XYZ BASIS METHOD [--fc] [--c1] [--threads N]
  METHOD: fci | ccsd | ccsd(t) | scf
Settings (the same as tests/QuantumApps.Chemistry.Tests/References/psi4-references.py): geometry from the XYZ in
angstrom converted to bohr with 1 bohr = 0.52917721092 A, no_reorient, no_com, scf_type pk, mp2_type conv,
cc_type conv, e/d/r_convergence 1e-10, puream false (Cartesian d), freeze_core if --fc. Point-group symmetry is
psi4's default (the fastest psi4 can do) unless --c1. Prints 'REF <method> energy=<E> wall=<s> cpu=<s>' where
wall/cpu cover only psi4.energy() (process start-up and python import excluded; the CPU time is the process's
user+system time over that call, all threads).
"""
import sys
import time
import resource
import psi4

BOHR = 0.52917721092


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main(argv):
    xyz, basis, method = argv[1], argv[2], argv[3]
    fc = '--fc' in argv
    c1 = '--c1' in argv
    threads = int(argv[argv.index('--threads') + 1]) if '--threads' in argv else 1
    lines = open(xyz).read().strip().splitlines()
    atoms = []
    for line in lines[2:2 + int(lines[0])]:
        el, x, y, z = line.split()[:4]
        atoms.append(f"{el} {float(x) / BOHR:.12f} {float(y) / BOHR:.12f} {float(z) / BOHR:.12f}")
    geom = "0 1\n" + "\n".join(atoms) + "\nunits bohr\nno_reorient\nno_com\n" + ("symmetry c1\n" if c1 else "")
    psi4.set_memory('8 GB')
    psi4.set_num_threads(threads)
    psi4.core.set_output_file('psi4_run.out', False)
    psi4.geometry(geom)
    psi4.set_options({'basis': basis, 'scf_type': 'pk', 'mp2_type': 'conv', 'cc_type': 'conv', 'e_convergence': 1e-10,
                      'd_convergence': 1e-10, 'r_convergence': 1e-10, 'puream': False, 'freeze_core': fc})
    w0, c0 = time.perf_counter(), cpu()
    e = psi4.energy(method)
    w1, c1_ = time.perf_counter(), cpu()
    print(f"REF {method} energy={e:.10f} wall={w1 - w0:.2f} cpu={c1_ - c0:.2f}", flush=True)


if __name__ == '__main__':
    main(sys.argv)
