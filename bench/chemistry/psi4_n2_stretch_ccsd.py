#!/usr/bin/python3
"""psi4 1.3.2 RHF and CCSD along the N2/STO-3G stretch 0.9-3.0 A (step 0.1) for issue 13 item 2 (development oracle
only, never run by the tests). Output: psi4_n2_stretch_ccsd.log next to this script.

Run from the repository root:
  PYTHONPATH=/usr/lib/x86_64-linux-gnu /usr/bin/python3 bench/chemistry/psi4_n2_stretch_ccsd.py > bench/chemistry/psi4_n2_stretch_ccsd.log
Settings: N at the origin and at (0, 0, r), r in angstrom converted to bohr with 1 bohr = 0.52917721092 A ('units
bohr', as `molecule scan data/molecules/n2.xyz --bond 0.9:3.0:0.1` places them), no_reorient, no_com, symmetry c1,
basis sto-3g, puream false, reference rhf, scf_type pk, psi4's default SAD guess and DIIS, e_convergence 1e-10,
d_convergence 1e-10, r_convergence 1e-10, cc_type conv, freeze_core false, maxiter 200 (SCF and CC),
fail_on_maxiter false for the SCF. psi4 1.3.2 does not follow an RHF instability: from 1.5 A its RHF is the
cylindrically symmetric saddle point (tests/QuantumApps.Chemistry.Tests/References/psi4-scf-stretch.log), and the CCSD
runs on those orbitals. Prints 'REF n2 sto-3g r=.. hf=.. ccsd=..|ccsd=failed(..) cc_iterations=..' (hartree).
"""
import re
import psi4

A2B = 1 / 0.52917721092
psi4.set_memory('1 GB')
psi4.set_num_threads(1)
for k in range(9, 31):
    r = k / 10
    out = f'psi4-n2-cc-{k}.out'
    psi4.core.set_output_file(out, False)
    psi4.core.clean()
    psi4.core.clean_options()
    psi4.geometry(f"0 1\nN 0 0 0\nN 0 0 {r * A2B:.14f}\nunits bohr\nno_reorient\nno_com\nsymmetry c1")
    psi4.set_options({'basis': 'sto-3g', 'reference': 'rhf', 'scf_type': 'pk', 'e_convergence': 1e-10,
                      'd_convergence': 1e-10, 'r_convergence': 1e-10, 'cc_type': 'conv', 'puream': False,
                      'freeze_core': False, 'maxiter': 200, 'fail_on_maxiter': False})
    ehf, wfn = psi4.energy('scf', return_wfn=True)
    line = f"REF n2 sto-3g r={r:.1f} hf={ehf:.10f}"
    try:
        ecc = psi4.energy('ccsd', ref_wfn=wfn)
        line += f" ccsd={ecc:.10f}"
    except Exception as ex:
        line += f" ccsd=failed({type(ex).__name__})"
    text = open(out).read()
    its = re.findall(r"^\s+(\d+)\s+-?\d+\.\d+\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s*$", text, re.M)
    line += f" cc_iterations={its[-1] if its else 'n/a'}"
    print(line, flush=True)
print(f"psi4 {psi4.__version__}")
