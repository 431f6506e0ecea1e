#!/usr/bin/python3
"""psi4 1.3.2 FCI of N2/STO-3G at 2.5, 2.8 and 3.0 A (issue 13: the determinant FCI's Davidson stalled there before its
thick restart; development oracle only, never run by the tests). Output: psi4_n2_stretch_fci.log next to this script.

Run from the repository root:
  PYTHONPATH=/usr/lib/x86_64-linux-gnu /usr/bin/python3 bench/chemistry/psi4_n2_stretch_fci.py > bench/chemistry/psi4_n2_stretch_fci.log
Settings: N at the origin and at (0, 0, r), r in angstrom converted to bohr with 1 bohr = 0.52917721092 A, units bohr,
no_reorient, no_com, symmetry c1, basis sto-3g, puream false, reference rhf, scf_type pk, e_convergence 1e-10,
d_convergence 1e-10, all electrons correlated, detci FCI with r_convergence 1e-7 and ci_maxiter 200, fail_on_maxiter
false for the SCF. The FCI energy does not depend on the orbitals (all orbitals active), so psi4's symmetric RHF saddle
point and our stable symmetry-broken RHF give the same FCI. Prints 'REF n2 sto-3g r=.. fci=..' (hartree).
"""
import psi4

A2B = 1 / 0.52917721092
psi4.set_memory('1 GB')
psi4.set_num_threads(1)
for r in (2.5, 2.8, 3.0):
    psi4.core.set_output_file(f'psi4-n2-fci-{r}.out', False)
    psi4.core.clean()
    psi4.core.clean_options()
    psi4.geometry(f"0 1\nN 0 0 0\nN 0 0 {r * A2B:.14f}\nunits bohr\nno_reorient\nno_com\nsymmetry c1")
    psi4.set_options({'basis': 'sto-3g', 'reference': 'rhf', 'scf_type': 'pk', 'e_convergence': 1e-10,
                      'd_convergence': 1e-10, 'r_convergence': 1e-7, 'ci_maxiter': 200, 'puream': False,
                      'freeze_core': False, 'maxiter': 200, 'fail_on_maxiter': False})
    e = psi4.energy('fci')
    print(f'REF n2 sto-3g r={r} fci={e:.12f}', flush=True)
