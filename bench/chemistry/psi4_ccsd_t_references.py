#!/usr/bin/python3
"""psi4 1.3.2 CCSD(T) reference energies for tests/QuantumApps.Chemistry.Tests/CoupledCluster/PerturbativeTriplesTests
(development oracle only, never run by the tests). Output: psi4_ccsd_t_references.log next to this script.

Run from the repository root:
  PYTHONPATH=/usr/lib/x86_64-linux-gnu /usr/bin/python3 bench/chemistry/psi4_ccsd_t_references.py > bench/chemistry/psi4_ccsd_t_references.log
Settings (the same as tests/QuantumApps.Chemistry.Tests/References/psi4-references.py): geometries from
data/molecules/*.xyz in angstrom converted to bohr with 1 bohr = 0.52917721092 A, no_reorient, no_com, symmetry c1,
reference rhf, scf_type pk, cc_type conv, e_convergence 1e-10, d_convergence 1e-10, r_convergence 1e-10,
puream false (Cartesian d), freeze_core false. Prints 'REF <name> <basis> hf=.. ccsd=.. ccsd(t)=.. t=..' (hartree;
t = the (T) correction = E_CCSD(T) - E_CCSD as psi4 prints it in 'CCSD(T) CORRELATION ENERGY' minus 'CCSD ...').
"""
import os
import psi4

BOHR = 0.52917721092
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')


def geometry(name):
    lines = open(os.path.join(ROOT, 'data', 'molecules', name + '.xyz')).read().strip().splitlines()
    atoms = []
    for line in lines[2:2 + int(lines[0])]:
        el, x, y, z = line.split()[:4]
        atoms.append(f"{el} {float(x) / BOHR:.12f} {float(y) / BOHR:.12f} {float(z) / BOHR:.12f}")
    return "0 1\n" + "\n".join(atoms) + "\nunits bohr\nno_reorient\nno_com\nsymmetry c1\n"


psi4.set_memory('2 GB')
psi4.set_num_threads(1)
psi4.core.set_output_file('psi4_ccsd_t.out', False)
for name, basis in [('h2o', 'sto-3g'), ('h2o', '6-31g*'), ('lih', '6-31g*'), ('n2', 'sto-3g'), ('nh3', 'sto-3g')]:
    psi4.core.clean()
    psi4.geometry(geometry(name))
    psi4.set_options({'basis': basis, 'reference': 'rhf', 'scf_type': 'pk', 'cc_type': 'conv', 'e_convergence': 1e-10,
                      'd_convergence': 1e-10, 'r_convergence': 1e-10, 'puream': False, 'freeze_core': False})
    e = psi4.energy('ccsd(t)')
    ehf = psi4.variable('SCF TOTAL ENERGY')
    eccsd = psi4.variable('CCSD TOTAL ENERGY')
    print(f"REF {name} {basis} hf={ehf:.10f} ccsd={eccsd:.10f} ccsd(t)={e:.10f} t={e - eccsd:.12f}", flush=True)
print(f"psi4 {psi4.__version__}")
