# Development oracle only (never run by the tests): psi4 1.3.2 from Debian (apt-get install psi4).
# Run: PYTHONPATH=/usr/lib/x86_64-linux-gnu python3 psi4-fci.py ; output lines 'REF ...' are in psi4-fci.log.
# The FCI energies cited by the tests (LiH −7.8824034103, H2O −75.0125782412; STO-3G, all electrons) and the HCl
# CCSD energies the README mentions, with the settings of psi4-references.py (geometries in bohr from
# data/molecules/*.xyz with 1 bohr = 0.52917721092 A, Cartesian functions, conventional integrals, 1e-10 convergence).
import psi4
psi4.set_memory('1 GB')
psi4.set_num_threads(1)
psi4.core.set_output_file('fci.out', False)
geoms = {
 'lih': "0 1\nLi 0.000000000000 0.000000000000 0.000000000000\nH 0.000000000000 0.000000000000 3.013924196069\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
 'h2o': "0 1\nO 0.000000000000 0.000000000000 0.221664874411\nH 0.000000000000 1.430900621521 -0.886659497646\nH 0.000000000000 -1.430900621521 -0.886659497646\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
 'hcl': "0 1\nH 0 0 0\nCl 0 0 %.12f\nunits bohr\nno_reorient\nno_com\nsymmetry c1" % (1.2746 / 0.52917721092),
}
common = {'scf_type': 'pk', 'mp2_type': 'conv', 'cc_type': 'conv', 'e_convergence': 1e-10, 'd_convergence': 1e-10,
          'r_convergence': 1e-10, 'puream': False}
for name, fc in [('lih', False), ('lih', True), ('h2o', False)]:
    psi4.core.clean()
    psi4.geometry(geoms[name])
    psi4.set_options(dict(common, basis='sto-3g', freeze_core=fc))
    ehf = psi4.energy('scf')
    efci = psi4.energy('fci')
    print(f"REF {name} sto-3g fc={fc} hf={ehf:.10f} fci={efci:.10f}", flush=True)
for basis in ['sto-3g', '6-31g*']:
    psi4.core.clean()
    psi4.geometry(geoms['hcl'])
    psi4.set_options(dict(common, basis=basis, freeze_core=True))
    ehf = psi4.energy('scf')
    eccsd = psi4.energy('ccsd')
    print(f"REF hcl {basis} fc=True hf={ehf:.10f} ccsd={eccsd:.10f}", flush=True)
