using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.Molecules;

namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// Makes degenerate canonical orbitals symmetry-pure. An eigensolver returns any orthonormal basis of a degenerate
/// eigenspace (the π pair of a linear molecule, the e pair of NH3), so the two orbitals can mix irreducible
/// representations of the point group; the orbitals are then still canonical, every energy is unchanged, but the
/// integrals lose the zeros that <c>Fci.OrbitalSymmetry</c> reads the symmetry from. The operations used are the
/// axis-aligned ones of D2h — (x, y, z) ↦ (±x, ±y, ±z), i.e. the inversion, the three C2 rotations about the axes and
/// the three reflections in the coordinate planes — that map the molecule onto itself (each atom onto an atom of the
/// same element within <see cref="GeometryTolerance"/> bohr). A Cartesian Gaussian x^lx y^ly z^lz on atom A goes to
/// (−1)^(lx·fx + ly·fy + lz·fz) times the same function on the image of A (f the flipped axes), so each operation is a
/// signed permutation R of the basis functions. Within every set of orbitals whose energies agree to
/// <see cref="DegeneracyTolerance"/> hartree (coefficients C_D), M = Σ_j 2^j C_Dᵀ S R_j C_D over at most three
/// independent operations is diagonalised and C_D rotated to its eigenvectors: each then has a definite character ±1
/// under every R_j (the eigenvalues Σ_j ±2^j are distinct for distinct characters). The rotation is applied only if
/// the orbitals stay canonical (Vᵀ diag(ε) V = diag(ε) to <see cref="CanonicalTolerance"/>): exactly degenerate sets
/// (π pairs of a linear molecule) always are; a pair split by SCF noise (NH3's e pair at 5e-7 Ha) and mixed is kept.
/// A set that is already pure is not touched, and otherwise the rotation is chosen closest to the identity (columns
/// reordered and signs fixed), so orbital order and phases change as little as possible. A molecule whose symmetry elements
/// are not along the coordinate axes keeps its orbitals (the FCI then finds less symmetry, never a wrong one).
/// </summary>
internal static class DegenerateOrbitals
{
    /// <summary>Largest displacement (bohr) of an atom from the image of another for an operation to count.</summary>
    public const double GeometryTolerance = 1e-6;

    /// <summary>Orbital energies closer than this (hartree) form one degenerate set.</summary>
    public const double DegeneracyTolerance = 1e-6;

    /// <summary>A set whose character matrix M has off-diagonal elements at most this is already symmetry-pure and kept as it is.</summary>
    public const double PureTolerance = 1e-10;

    /// <summary>Largest change (hartree) of the Fock matrix in the orbital basis that a rotation may cause (it is not applied otherwise).</summary>
    public const double CanonicalTolerance = 1e-9;

    /// <summary>
    /// The coefficients (row-major n×m) with every degenerate set made symmetry-pure; the input when there is nothing to
    /// do. A set never straddles the occupied/virtual boundary (<paramref name="numOccupied"/>), so the density is unchanged.
    /// </summary>
    public static double[] Adapt(Molecule molecule, MolecularBasis basis, Matrix<double> overlap, double[] orbitalEnergies, double[] coefficients,
        int numOccupied)
    {
        var n = basis.NumFunctions;
        var m = orbitalEnergies.Length;
        var operations = Operations(molecule, basis);
        var sets = new List<(int Start, int Count)>();
        for (var i = 0; i < m;)
        {
            var j = i + 1;
            while (j < m && j != numOccupied && Math.Abs(orbitalEnergies[j] - orbitalEnergies[j - 1]) < DegeneracyTolerance) j++;
            if (j - i > 1) sets.Add((i, j - i));
            i = j;
        }

        if (operations.Count == 0 || sets.Count == 0)
        {
            return coefficients;
        }

        var c = (double[])coefficients.Clone();
        foreach (var (start, count) in sets)
        {
            var cd = Matrix<double>.Build.Dense(n, count, (mu, i) => c[mu * m + start + i]);
            var sc = overlap * cd;
            var total = Matrix<double>.Build.Dense(count, count);
            for (var j = 0; j < operations.Count; j++)
            {
                var (perm, sign) = operations[j];
                var rc = Matrix<double>.Build.Dense(n, count);
                for (var mu = 0; mu < n; mu++)
                {
                    for (var i = 0; i < count; i++) rc[perm[mu], i] = sign[mu] * cd[mu, i];
                }

                total += (1 << j) * (sc.TransposeThisAndMultiply(rc));
            }

            total = 0.5 * (total + total.Transpose());
            if (OffDiagonal(total) <= PureTolerance)
            {
                continue;
            }

            var v = ClosestToIdentity(total.Evd(Symmetricity.Symmetric).EigenVectors);
            // Keep the orbitals canonical: Vᵀ diag(ε) V must stay diag(ε) to CanonicalTolerance (a set split by SCF
            // noise and strongly mixed is left alone rather than made non-canonical).
            var energies = Matrix<double>.Build.DenseOfDiagonalArray(orbitalEnergies.AsSpan(start, count).ToArray());
            if ((v.TransposeThisAndMultiply(energies) * v - energies).Enumerate().Max(Math.Abs) > CanonicalTolerance)
            {
                continue;
            }

            var rotated = cd * v;
            for (var mu = 0; mu < n; mu++)
            {
                for (var i = 0; i < count; i++) c[mu * m + start + i] = rotated[mu, i];
            }
        }

        return c;
    }

    /// <summary>Largest |M_ij|, i ≠ j.</summary>
    private static double OffDiagonal(Matrix<double> m)
    {
        var largest = 0.0;
        for (var i = 0; i < m.RowCount; i++)
        {
            for (var j = 0; j < m.ColumnCount; j++)
            {
                if (i != j) largest = Math.Max(largest, Math.Abs(m[i, j]));
            }
        }

        return largest;
    }

    /// <summary>
    /// The eigenvector columns reordered and sign-flipped so that column i has its largest weight on orbital i where
    /// possible (greedy) and a non-negative diagonal: the rotation moves the orbitals as little as the symmetry needs.
    /// </summary>
    private static Matrix<double> ClosestToIdentity(Matrix<double> v)
    {
        var count = v.ColumnCount;
        var result = Matrix<double>.Build.Dense(count, count);
        var used = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var best = -1;
            for (var j = 0; j < count; j++)
            {
                if (!used[j] && (best < 0 || Math.Abs(v[i, j]) > Math.Abs(v[i, best]))) best = j;
            }

            used[best] = true;
            var sign = v[i, best] < 0 ? -1.0 : 1.0;
            for (var r = 0; r < count; r++) result[r, i] = sign * v[r, best];
        }

        return result;
    }

    /// <summary>Up to three independent axis-flip operations that map the molecule onto itself, as signed permutations of the basis functions.</summary>
    private static List<(int[] Perm, double[] Sign)> Operations(Molecule molecule, MolecularBasis basis)
    {
        var atoms = molecule.Atoms;
        var shellsOf = basis.Shells.GroupBy(s => s.AtomIndex).ToDictionary(g => g.Key, g => g.ToList());
        var chosen = new List<int>();
        var span = new HashSet<int> { 0 };
        var result = new List<(int[], double[])>();
        for (var f = 1; f < 8 && chosen.Count < 3; f++)
        {
            if (span.Contains(f)) continue;
            var sx = (f & 1) != 0 ? -1.0 : 1.0;
            var sy = (f & 2) != 0 ? -1.0 : 1.0;
            var sz = (f & 4) != 0 ? -1.0 : 1.0;
            var image = new int[atoms.Count];
            var ok = true;
            for (var a = 0; a < atoms.Count && ok; a++)
            {
                image[a] = -1;
                for (var b = 0; b < atoms.Count; b++)
                {
                    if (atoms[b].AtomicNumber == atoms[a].AtomicNumber
                        && Math.Abs(atoms[b].XBohr - sx * atoms[a].XBohr) < GeometryTolerance
                        && Math.Abs(atoms[b].YBohr - sy * atoms[a].YBohr) < GeometryTolerance
                        && Math.Abs(atoms[b].ZBohr - sz * atoms[a].ZBohr) < GeometryTolerance)
                    {
                        image[a] = b;
                        break;
                    }
                }

                ok = image[a] >= 0;
            }

            if (!ok) continue;
            var perm = new int[basis.NumFunctions];
            var sign = new double[basis.NumFunctions];
            foreach (var (atom, shells) in shellsOf)
            {
                var target = shellsOf[image[atom]];
                for (var k = 0; k < shells.Count; k++)
                {
                    var shell = shells[k];
                    for (var comp = 0; comp < shell.Size; comp++)
                    {
                        var (lx, ly, lz) = shell.Components[comp];
                        var mu = shell.FunctionOffset + comp;
                        perm[mu] = target[k].FunctionOffset + comp;
                        sign[mu] = ((lx * (f & 1) + ly * (f >> 1 & 1) + lz * (f >> 2 & 1)) & 1) == 0 ? 1 : -1;
                    }
                }
            }

            chosen.Add(f);
            foreach (var g in span.ToArray()) span.Add(g ^ f);
            result.Add((perm, sign));
        }

        return result;
    }
}
