#!/usr/bin/python3
"""psi4 1.3.2 AO ERI timing for docs/benchmarks.md (never run by the tests).
Usage: PYTHONPATH=/usr/lib/x86_64-linux-gnu /usr/bin/python3 psi4_eri.py XYZ BASIS ROUNDS
Builds the basis (puream false: Cartesian functions, as QuantumApps), then times MintsHelper.ao_eri() (the full
n^4 AO array, libint, 1 thread) ROUNDS times; prints wall and process CPU seconds of each call.
"""
import sys, time, resource
import psi4

BOHR = 0.52917721092
xyz, basis, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(xyz).read().strip().splitlines()
atoms = [f"{l.split()[0]} {float(l.split()[1]) / BOHR:.12f} {float(l.split()[2]) / BOHR:.12f} {float(l.split()[3]) / BOHR:.12f}"
         for l in lines[2:2 + int(lines[0])]]
psi4.set_memory('8 GB')
psi4.set_num_threads(1)
psi4.core.set_output_file('psi4_eri.out', False)
mol = psi4.geometry("0 1\n" + "\n".join(atoms) + "\nunits bohr\nno_reorient\nno_com\nsymmetry c1\n")
psi4.set_options({'basis': basis, 'puream': False})
wfn = psi4.core.Wavefunction.build(mol, psi4.core.get_global_option('BASIS'))
mints = psi4.core.MintsHelper(wfn.basisset())
for r in range(rounds):
    c0 = sum(resource.getrusage(resource.RUSAGE_SELF)[:2]); w0 = time.perf_counter()
    eri = mints.ao_eri()
    w1 = time.perf_counter(); c1 = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    print(f"psi4 n={wfn.basisset().nbf()} eri wall={w1 - w0:.2f} cpu={c1 - c0:.2f}", flush=True)
