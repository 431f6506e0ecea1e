# Development oracle only (never run by the tests): psi4 1.3.2 from Debian (apt-get install psi4).
# Run: PYTHONPATH=/usr/lib/x86_64-linux-gnu /usr/bin/python3 psi4-h2-stretched.py ; the 'REF ...' lines are in psi4-h2-stretched.log.
# Geometries in bohr converted with our constant 1 bohr = 0.52917721092 A (psi4 1.3.2 itself uses 0.52917721067,
# so 'units bohr' keeps both programs on the same nuclear positions). H2 is centred so that psi4 finds D2h.
import re
import psi4
psi4.set_memory('1 GB')
psi4.set_num_threads(1)
A2B = 1 / 0.52917721092

def lowest_singlet(outfile):
    text = open(outfile).read()
    return re.findall(r"Lowest singlet \(RHF->RHF\) stability eigenvalues:-\s*\n\s*(\S+)\s+(\S+)", text)

def h2(r_angstrom, c1):
    z = r_angstrom * A2B / 2
    return f"0 1\nH 0 0 {-z:.14f}\nH 0 0 {z:.14f}\nunits bohr\nno_reorient\nno_com" + ("\nsymmetry c1" if c1 else "")

common = {'basis': 'sto-3g', 'reference': 'rhf', 'scf_type': 'pk', 'e_convergence': 1e-10, 'd_convergence': 1e-10,
          'r_convergence': 1e-10, 'cc_type': 'conv', 'puream': False, 'stability_analysis': 'check'}
# 1) C1 symmetry, the three psi4 guesses: all land on the ionic H-H+ solution at 20 A.
for guess in ['sad', 'core', 'gwh']:
    out = f'c1-{guess}.out'
    psi4.core.set_output_file(out, False)
    psi4.core.clean(); psi4.core.clean_options()
    psi4.geometry(h2(20.0, True))
    psi4.set_options(dict(common, guess=guess))
    e = psi4.energy('scf')
    print(f"REF h2 20A c1 guess={guess} hf={e:.10f} lowest_singlet={lowest_singlet(out)}", flush=True)
# 2) D2h symmetry with sigma_g^2 fixed (docc): the RHF ground state, plus CCSD and FCI.
for r in [5.0, 20.0]:
    out = f'd2h-{r}.out'
    psi4.core.set_output_file(out, False)
    psi4.core.clean(); psi4.core.clean_options()
    psi4.geometry(h2(r, False))
    psi4.set_options(dict(common, guess='sad', docc=[1, 0, 0, 0, 0, 0, 0, 0]))
    e = psi4.energy('scf')
    ecc = psi4.energy('ccsd')
    efci = psi4.energy('fci')
    print(f"REF h2 {r}A d2h docc=[1,0,0,0,0,0,0,0] hf={e:.10f} ccsd={ecc:.10f} fci={efci:.10f} lowest_singlet={lowest_singlet(out)[:1]}", flush=True)
# 3) Equilibrium H2O and N2 (data/molecules geometries, as in psi4-references.py), C1.
geoms = {
 'h2o': "0 1\nO 0.000000000000 0.000000000000 0.221664874411\nH 0.000000000000 1.430900621521 -0.886659497646\nH 0.000000000000 -1.430900621521 -0.886659497646\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
 'n2': "0 1\nN 0.000000000000 0.000000000000 0.000000000000\nN 0.000000000000 0.000000000000 2.074352366935\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
}
for name, g in geoms.items():
    out = f'eq-{name}.out'
    psi4.core.set_output_file(out, False)
    psi4.core.clean(); psi4.core.clean_options()
    psi4.geometry(g)
    psi4.set_options(dict(common, guess='sad'))
    e = psi4.energy('scf')
    print(f"REF {name} sto-3g c1 hf={e:.10f} lowest_singlet={lowest_singlet(out)}", flush=True)
