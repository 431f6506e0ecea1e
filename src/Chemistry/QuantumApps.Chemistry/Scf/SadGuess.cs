using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.Integrals;
using QuantumApps.Chemistry.Molecules;

namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// Superposition of atomic densities (SAD; Almlöf, Faegri &amp; Korsell, J. Comput. Chem. 3, 385 (1982); psi4's and
/// PySCF's default guess): the block-diagonal AO density P = ⊕_A P_A of the neutral atoms, each from a spherically
/// averaged atomic SCF in the atom's own basis functions (the same basis set). The atomic SCF occupies the orbitals
/// in ascending energy with Z_A electrons, two per orbital, and spreads the electrons of a partly filled shell (orbital
/// energies within <see cref="ShellDegeneracy"/> of each other) evenly over it (fractional occupation, so the density is
/// spherical, e.g. 2s² 2p^{4/3}·3 for O); Fock F = H + Σ P_λσ[(μν|λσ) − ½(μλ|νσ)] as in <see cref="RhfSteps.Fock"/>,
/// density damping ½ and at most <see cref="MaxAtomicIterations"/> iterations (a guess needs no tight convergence).
/// P is not idempotent and tr(PS) = Σ_A Z_A (the neutral atoms), whatever the molecular charge; the first molecular
/// iteration builds F(P) and occupies its N/2 lowest orbitals.
/// </summary>
public static class SadGuess
{
    /// <summary>Orbital energies closer than this (hartree) share the electrons of a partly filled shell.</summary>
    public const double ShellDegeneracy = 1e-4;

    /// <summary>Iteration limit of each atomic SCF.</summary>
    public const int MaxAtomicIterations = 60;

    /// <summary>The SAD density (n×n, the molecule's AO order: atoms in input order).</summary>
    public static Matrix<double> Density(Molecule molecule, BasisSetDefinition basis)
    {
        var total = MolecularBasis.Build(molecule, basis).NumFunctions;
        var p = Matrix<double>.Build.Dense(total, total);
        var cache = new Dictionary<int, Matrix<double>>();
        var offset = 0;
        foreach (var atom in molecule.Atoms)
        {
            if (!cache.TryGetValue(atom.AtomicNumber, out var block))
            {
                block = AtomicDensity(atom.Element, basis);
                cache[atom.AtomicNumber] = block;
            }

            p.SetSubMatrix(offset, offset, block);
            offset += block.RowCount;
        }

        return p;
    }

    /// <summary>Spherically averaged density of the neutral atom in its basis functions.</summary>
    internal static Matrix<double> AtomicDensity(Element element, BasisSetDefinition basis)
    {
        var z = element.AtomicNumber;
        var atom = new Molecule([new Atom(element, 0, 0, 0)], 0, z % 2 == 0 ? 1 : 2);
        var atomBasis = MolecularBasis.Build(atom, basis);
        var n = atomBasis.NumFunctions;
        var (s, t, v) = OneElectronIntegrals.Compute(atomBasis, atom);
        var eri = ElectronRepulsionIntegrals.Compute(atomBasis);
        var overlap = Matrix<double>.Build.DenseOfRowMajor(n, n, s);
        var core = Matrix<double>.Build.DenseOfRowMajor(n, n, t) + Matrix<double>.Build.DenseOfRowMajor(n, n, v);
        var x = RhfSteps.Orthogonaliser(overlap);
        var (eps, c) = RhfSteps.Diagonalise(core, x);
        var p = Occupy(eps, c, z);
        var energy = double.PositiveInfinity;
        for (var it = 0; it < MaxAtomicIterations; it++)
        {
            var f = RhfSteps.Fock(core, p, eri);
            var e = RhfSteps.ElectronicEnergy(p, core, f);
            (eps, c) = RhfSteps.Diagonalise(f, x);
            p = 0.5 * p + 0.5 * Occupy(eps, c, z);
            if (Math.Abs(e - energy) < 1e-8)
            {
                break;
            }

            energy = e;
        }

        return p;
    }

    /// <summary>P = Σ_i n_i C_i C_iᵀ with aufbau occupations, a partly filled degenerate shell filled evenly.</summary>
    private static Matrix<double> Occupy(Vector<double> eps, Matrix<double> c, int electrons)
    {
        var m = eps.Count;
        var occupation = new double[m];
        double left = electrons;
        var i = 0;
        while (left > 1e-12 && i < m)
        {
            var j = i;
            while (j + 1 < m && eps[j + 1] - eps[i] < ShellDegeneracy)
            {
                j++;
            }

            var size = j - i + 1;
            var shellElectrons = Math.Min(left, 2.0 * size);
            for (var k = i; k <= j; k++)
            {
                occupation[k] = shellElectrons / size;
            }

            left -= shellElectrons;
            i = j + 1;
        }

        var p = Matrix<double>.Build.Dense(c.RowCount, c.RowCount);
        for (var k = 0; k < m; k++)
        {
            if (occupation[k] > 0)
            {
                var col = c.Column(k);
                p += occupation[k] * col.OuterProduct(col);
            }
        }

        return p;
    }
}
