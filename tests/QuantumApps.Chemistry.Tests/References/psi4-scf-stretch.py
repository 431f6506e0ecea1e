# Development oracle only (never run by the tests): psi4 1.3.2 from Debian (apt-get install psi4).
# Run: PYTHONPATH=/usr/lib/x86_64-linux-gnu /usr/bin/python3 psi4-scf-stretch.py ; the 'REF ...' lines are in psi4-scf-stretch.log.
# RHF/STO-3G along the symmetric H2O stretch (both O-H = r, angle 104.5 deg, O at the origin, H at (0, +-r sin 52.25, r cos 52.25))
# and the N2 stretch (N at the origin and at (0, 0, r)), r in angstrom converted to bohr with our constant
# 1 bohr = 0.52917721092 A ('units bohr', so both programs use the same nuclear positions). C1 symmetry, psi4's default
# SAD guess and DIIS, conventional integrals, 1e-10 convergence, maxiter 200; the lowest singlet (RHF->RHF) stability
# eigenvalue is printed so that a psi4 solution that is not a minimum can be told apart (psi4 1.3.2 cannot follow an
# RHF instability). N2 from 2.0 A also runs CCSD (cc_type conv) on its RHF solution when that is stable.
import math
import re
import psi4
psi4.set_memory('1 GB')
psi4.set_num_threads(1)
A2B = 1 / 0.52917721092

def lowest_singlet(outfile):
    text = open(outfile).read()
    found = re.findall(r"Lowest singlet \(RHF->RHF\) stability eigenvalues:-\s*\n\s*(\S+)\s+(\S+)", text)
    return found[-1][1] if found else 'none'

def iterations(outfile):
    text = open(outfile).read()
    return len(re.findall(r"^\s+@RHF iter\s+\d+:", text, re.M))

def h2o(r):
    t = math.radians(104.5 / 2)
    y, z = r * math.sin(t) * A2B, r * math.cos(t) * A2B
    return f"0 1\nO 0 0 0\nH 0 {y:.14f} {z:.14f}\nH 0 {-y:.14f} {z:.14f}\nunits bohr\nno_reorient\nno_com\nsymmetry c1"

def n2(r):
    return f"0 1\nN 0 0 0\nN 0 0 {r * A2B:.14f}\nunits bohr\nno_reorient\nno_com\nsymmetry c1"

common = {'basis': 'sto-3g', 'reference': 'rhf', 'scf_type': 'pk', 'e_convergence': 1e-10, 'd_convergence': 1e-10,
          'r_convergence': 1e-9, 'cc_type': 'conv', 'puream': False, 'stability_analysis': 'check', 'maxiter': 200,
          'fail_on_maxiter': False}
for name, geom, start, stop in [('h2o', h2o, 8, 30), ('n2', n2, 9, 30)]:
    for k in range(start, stop + 1):
        r = k / 10
        out = f'{name}-{k}.out'
        psi4.core.set_output_file(out, False)
        psi4.core.clean(); psi4.core.clean_options()
        psi4.geometry(geom(r))
        psi4.set_options(common)
        e, wfn = psi4.energy('scf', return_wfn=True)
        low = lowest_singlet(out)
        line = f"REF {name} sto-3g r={r:.1f} hf={e:.10f} iterations={iterations(out)} lowest_singlet={low}"
        if name == 'n2' and k in (20,) :
            psi4.core.set_output_file(f'{name}-{k}-cc.out', False)
            try:
                ecc = psi4.energy('ccsd', ref_wfn=wfn)
                line += f" ccsd={ecc:.10f}"
            except Exception as ex:
                line += f" ccsd=failed({type(ex).__name__})"
        print(line, flush=True)
