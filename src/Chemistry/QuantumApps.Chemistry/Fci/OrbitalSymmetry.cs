using System.Numerics;
using QuantumApps.Chemistry.Hamiltonians;

namespace QuantumApps.Chemistry.Fci;

/// <summary>
/// Abelian (Z₂ᵏ) symmetry of a Hamiltonian's orbitals, read off its integrals: each orbital p gets a label l_p ∈ Z₂ᵏ
/// (a k-bit integer, combined by XOR) such that every integral above <see cref="Tolerance"/> conserves the label —
/// h_pq ≠ 0 ⇒ l_p ⊕ l_q = 0 and (pq|rs) ≠ 0 ⇒ l_p ⊕ l_q ⊕ l_r ⊕ l_s = 0. The label of a determinant (XOR over its
/// occupied spin orbitals) then commutes with H, so H is block-diagonal in the 2ᵏ sectors. For molecular orbitals of
/// a molecule with point-group symmetry these are the irreducible representations of its largest abelian subgroup
/// (C2v, D2h, …, order ≤ 8): the labels come from the integrals rather than from the geometry, so they need no
/// symmetry-adapted orbitals or a particular orientation and also hold for FCIDUMP input, but degenerate orbitals
/// that the SCF mixed across irreducible representations show less symmetry (correct, only less saving).
/// The labels solve a linear system over GF(2): each integral above the tolerance gives one row (the set of orbitals
/// that occur an odd number of times), and the label bits are a basis of the null space modulo the all-ones vector
/// (the electron-number parity, which distinguishes no two determinants). At most <see cref="MaxGenerators"/>
/// generators are kept (the first of the basis; any subset of conserved parities is itself conserved).
/// </summary>
internal sealed class OrbitalSymmetry
{
    /// <summary>Integrals of magnitude at most this (hartree) are treated as symmetry zeros.</summary>
    public const double Tolerance = 1e-10;

    /// <summary>Generators kept at most (2³ = 8 sectors, the order of D2h).</summary>
    public const int MaxGenerators = 3;

    private OrbitalSymmetry(int[] labels, int generators, double largestNeglected)
    {
        Labels = labels;
        Generators = generators;
        LargestNeglected = largestNeglected;
    }

    /// <summary>l_p for every orbital p, in [0, <see cref="Order"/>).</summary>
    public int[] Labels { get; }

    /// <summary>Number of independent Z₂ generators k.</summary>
    public int Generators { get; }

    /// <summary>2ᵏ sectors.</summary>
    public int Order => 1 << Generators;

    /// <summary>Largest magnitude of an integral that breaks the labels (all of them are at most <see cref="Tolerance"/>).</summary>
    public double LargestNeglected { get; }

    /// <summary>No symmetry: every orbital labelled 0.</summary>
    public static OrbitalSymmetry None(int numOrbitals) => new(new int[numOrbitals], 0, 0);

    /// <summary>The label of an occupation string: XOR of the labels of its occupied orbitals.</summary>
    public int Of(ulong occupation)
    {
        var label = 0;
        while (occupation != 0)
        {
            label ^= Labels[BitOperations.TrailingZeroCount(occupation)];
            occupation &= occupation - 1;
        }

        return label;
    }

    /// <summary>
    /// The labels of <paramref name="h"/> (see the class remarks). A Hamiltonian without integral arrays (a size query)
    /// gets no symmetry, so that estimates made from its size alone stay upper bounds.
    /// </summary>
    public static OrbitalSymmetry Detect(MolecularHamiltonian h)
    {
        var n = h.NumOrbitals;
        if (n == 0 || n > 64 || h.OneBody.Length != n * n || h.TwoBody.Length != (long)n * n * n * n)
        {
            return None(n);
        }

        // Reduced row echelon basis over GF(2): rows[c] has its lowest set bit at column c (or is 0).
        var rows = new ulong[n];
        var seen = new HashSet<ulong>();
        void Add(ulong mask)
        {
            if (mask == 0 || !seen.Add(mask))
            {
                return;
            }

            while (mask != 0)
            {
                var c = BitOperations.TrailingZeroCount(mask);
                if (rows[c] == 0)
                {
                    rows[c] = mask;
                    return;
                }

                mask ^= rows[c];
            }
        }

        for (var p = 0; p < n; p++)
        {
            for (var q = 0; q < p; q++)
            {
                if (Math.Abs(h.H(p, q)) > Tolerance)
                {
                    Add(1UL << p ^ 1UL << q);
                }
            }
        }

        for (var p = 0; p < n; p++)
        {
            for (var q = 0; q <= p; q++)
            {
                for (var r = 0; r <= p; r++)
                {
                    for (var s = 0; s <= r; s++)
                    {
                        if (Math.Abs(h.G(p, q, r, s)) > Tolerance)
                        {
                            Add(1UL << p ^ 1UL << q ^ 1UL << r ^ 1UL << s);
                        }
                    }
                }
            }
        }

        // Back-substitute to reduced form: no pivot column occurs in another row.
        for (var c = n - 1; c >= 0; c--)
        {
            if (rows[c] == 0)
            {
                continue;
            }

            for (var other = 0; other < n; other++)
            {
                if (other != c && (rows[other] >> c & 1) != 0)
                {
                    rows[other] ^= rows[c];
                }
            }
        }

        // Null space: one vector per free column f (x_f = 1, x_c = bit f of the pivot row c), made 0 on orbital 0 by
        // adding the all-ones vector, then reduced again so that the kept vectors are independent.
        var all = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
        var basis = new ulong[n];
        var generators = new List<ulong>();
        for (var f = 0; f < n && generators.Count < MaxGenerators; f++)
        {
            if (rows[f] != 0)
            {
                continue;
            }

            var x = 1UL << f;
            for (var c = 0; c < n; c++)
            {
                if (rows[c] != 0 && (rows[c] >> f & 1) != 0)
                {
                    x |= 1UL << c;
                }
            }

            if ((x & 1) != 0)
            {
                x ^= all;
            }

            var reduced = x;
            while (reduced != 0)
            {
                var c = BitOperations.TrailingZeroCount(reduced);
                if (basis[c] == 0)
                {
                    basis[c] = reduced;
                    generators.Add(x);
                    break;
                }

                reduced ^= basis[c];
            }
        }

        var labels = new int[n];
        for (var j = 0; j < generators.Count; j++)
        {
            for (var p = 0; p < n; p++)
            {
                if ((generators[j] >> p & 1) != 0)
                {
                    labels[p] |= 1 << j;
                }
            }
        }

        var symmetry = new OrbitalSymmetry(labels, generators.Count, 0);
        return new OrbitalSymmetry(labels, generators.Count, symmetry.Neglected(h));
    }

    /// <summary>Largest |integral| whose orbital labels do not XOR to zero.</summary>
    private double Neglected(MolecularHamiltonian h)
    {
        var n = h.NumOrbitals;
        var largest = 0.0;
        for (var p = 0; p < n; p++)
        {
            for (var q = 0; q < n; q++)
            {
                if ((Labels[p] ^ Labels[q]) != 0)
                {
                    largest = Math.Max(largest, Math.Abs(h.H(p, q)));
                }

                for (var r = 0; r < n; r++)
                {
                    for (var s = 0; s < n; s++)
                    {
                        if ((Labels[p] ^ Labels[q] ^ Labels[r] ^ Labels[s]) != 0)
                        {
                            largest = Math.Max(largest, Math.Abs(h.G(p, q, r, s)));
                        }
                    }
                }
            }
        }

        return largest;
    }
}
