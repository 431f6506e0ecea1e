# Development oracle only (never run by the tests): psi4 1.3.2 from Debian (apt-get install psi4).
# Run: PYTHONPATH=/usr/lib/x86_64-linux-gnu python3 psi4-references.py ; output lines 'REF ...' are in psi4-references.log.
# Geometries: data/molecules/*.xyz converted to bohr with 1 bohr = 0.52917721092 A (our CODATA 2010 constant).
import psi4
psi4.set_memory('1 GB')
psi4.set_num_threads(1)
psi4.core.set_output_file('refb.out', False)
geoms = {
 'h2': "0 1\nH 0.000000000000 0.000000000000 0.000000000000\nH 0.000000000000 0.000000000000 1.401042948753\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
 'lih': "0 1\nLi 0.000000000000 0.000000000000 0.000000000000\nH 0.000000000000 0.000000000000 3.013924196069\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
 'h2o': "0 1\nO 0.000000000000 0.000000000000 0.221664874411\nH 0.000000000000 1.430900621521 -0.886659497646\nH 0.000000000000 -1.430900621521 -0.886659497646\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
 'nh3': "0 1\nN 0.000000000000 0.000000000000 0.000000000000\nH 0.000000000000 1.771329113683 -0.720887052821\nH 1.534015417234 -0.885663611978 -0.720887052821\nH -1.534015417234 -0.885663611978 -0.720887052821\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
 'heh+': "1 1\nHe 0.000000000000 0.000000000000 0.000000000000\nH 0.000000000000 0.000000000000 1.458868568164\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
 'n2': "0 1\nN 0.000000000000 0.000000000000 0.000000000000\nN 0.000000000000 0.000000000000 2.074352366935\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
 'beh2': "0 1\nBe 0.000000000000 0.000000000000 0.000000000000\nH 0.000000000000 0.000000000000 2.506532731623\nH 0.000000000000 0.000000000000 -2.506532731623\nunits bohr\nno_reorient\nno_com\nsymmetry c1",
}
jobs = [('h2','sto-3g',False),('lih','sto-3g',False),('h2o','sto-3g',False),('h2','6-31g',False),
        ('lih','6-31g',False),('h2o','6-31g*',False),('nh3','sto-3g',False),('heh+','sto-3g',False),
        ('n2','sto-3g',False),('beh2','sto-3g',False),('lih','sto-3g',True),('h2o','sto-3g',True),('h2o','6-31g',False)]
for name, basis, fc in jobs:
    psi4.core.clean()
    mol = psi4.geometry(geoms[name])
    psi4.set_options({'basis': basis, 'scf_type': 'pk', 'mp2_type': 'conv', 'cc_type': 'conv',
                      'e_convergence': 1e-10, 'd_convergence': 1e-10, 'r_convergence': 1e-10,
                      'freeze_core': fc, 'puream': False})
    e_nuc = mol.nuclear_repulsion_energy()
    ehf = psi4.energy('scf')
    emp2 = psi4.energy('mp2')
    eccsd = psi4.energy('ccsd')
    print(f"REF {name} {basis} fc={fc} enuc={e_nuc:.12f} hf={ehf:.10f} mp2={emp2:.10f} ccsd={eccsd:.10f}", flush=True)

# HCl (second row, frozen core) was run separately with this block:
# import psi4
# psi4.set_memory('1 GB'); psi4.set_num_threads(1)
# psi4.core.set_output_file('hcl.out', False)
# r = 1.2746/0.52917721092
# psi4.geometry("0 1\nH 0 0 0\nCl 0 0 %.12f\nunits bohr\nno_reorient\nno_com\nsymmetry c1" % r)
# for basis, fc in [('sto-3g', True), ('6-31g*', True)]:
#     psi4.core.clean()
#     psi4.set_options({'basis': basis, 'scf_type': 'pk', 'mp2_type': 'conv', 'e_convergence': 1e-10, 'd_convergence': 1e-10, 'freeze_core': fc, 'puream': False})
#     ehf = psi4.energy('scf'); emp2 = psi4.energy('mp2')
#     print(f"REF hcl {basis} fc={fc} r={r:.12f} hf={ehf:.10f} mp2={emp2:.10f}", flush=True)
