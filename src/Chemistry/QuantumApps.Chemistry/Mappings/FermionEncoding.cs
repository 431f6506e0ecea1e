using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Chemistry.Mappings;

/// <summary>
/// A linear fermion-to-qubit encoding on n ≤ 64 modes: qubit basis state b = A·n (mod 2) for occupation
/// vector n, with A lower triangular with unit diagonal (so A is invertible and qubit k depends only on
/// modes ≤ k). Ladder operators follow from three qubit sets (Seeley, Richard &amp; Love 2012, Sec. III):
/// <list type="bullet">
/// <item>update set U(j) = {k ≠ j : A_kj = 1}: qubits other than j that flip when n_j flips;</item>
/// <item>parity set P(j): qubits whose parity equals n_0 ⊕ ⋯ ⊕ n_{j−1} (rows k &lt; j of A⁻¹ summed);</item>
/// <item>flip set F(j) = {l ≠ j : (A⁻¹)_jl = 1}: n_j = b_j ⊕ parity(b_F(j)); remainder set R(j) = P(j) ⊕ F(j).</item>
/// </list>
/// Then, acting on the encoded determinant,
/// <code>a†_j = X_U X_j Z_P · ½(1 + Z_j Z_F) = ½(X_U X_j Z_P − i X_U Y_j Z_R)</code>
/// <code>a_j  = X_U X_j Z_P · ½(1 − Z_j Z_F) = ½(X_U X_j Z_P + i X_U Y_j Z_R)</code>
/// where ½(1 ± Z_j Z_F) projects on n_j = 0 / 1, Z_P supplies the sign (−1)^(Σ_{k&lt;j} n_k) and X_U X_j flips
/// n_j. For Jordan–Wigner (A = 1) this is a†_j = ½(X_j − iY_j) Z_{j−1}⋯Z_0.
/// </summary>
public sealed class FermionEncoding
{
    private readonly ulong[] _rows;
    private readonly ulong[] _inverseRows;
    private readonly ulong[] _update;
    private readonly ulong[] _parity;
    private readonly ulong[] _flip;

    private FermionEncoding(MappingKind kind, ulong[] rows)
    {
        Kind = kind;
        int n = rows.Length;
        _rows = rows;
        _inverseRows = InvertLowerUnitTriangular(rows);
        _update = new ulong[n];
        _parity = new ulong[n];
        _flip = new ulong[n];
        ulong prefix = 0;
        for (int j = 0; j < n; j++)
        {
            ulong bit = 1UL << j;
            for (int k = 0; k < n; k++)
            {
                if (k != j && (rows[k] & bit) != 0)
                {
                    _update[j] |= 1UL << k;
                }
            }
            _parity[j] = prefix;
            prefix ^= _inverseRows[j];
            _flip[j] = _inverseRows[j] & ~bit;
        }
    }

    /// <summary>The encoding family.</summary>
    public MappingKind Kind { get; }

    /// <summary>Number of modes = number of qubits.</summary>
    public int NumModes => _rows.Length;

    /// <summary>Jordan–Wigner: A = 1.</summary>
    public static FermionEncoding JordanWigner(int numModes) =>
        new(MappingKind.JordanWigner, BuildRows(numModes, static k => 1UL << k));

    /// <summary>Parity: qubit k stores n_0 ⊕ ⋯ ⊕ n_k.</summary>
    public static FermionEncoding Parity(int numModes) =>
        new(MappingKind.Parity, BuildRows(numModes, static k => k == 63 ? ulong.MaxValue : (2UL << k) - 1));

    /// <summary>
    /// Bravyi–Kitaev: qubit k stores the parity of modes (k ∧ (k+1)) … k, the Fenwick-tree range ending at k.
    /// For n a power of two this is the recursive matrix of Seeley–Richard–Love Eq. (24); for other n it is
    /// its leading n×n block (qubit k never depends on modes above k, so truncation stays a valid encoding).
    /// </summary>
    public static FermionEncoding BravyiKitaev(int numModes) =>
        new(MappingKind.BravyiKitaev, BuildRows(numModes, static k =>
        {
            int low = k & (k + 1);
            ulong upTo = k == 63 ? ulong.MaxValue : (2UL << k) - 1;
            ulong below = (1UL << low) - 1;
            return upTo & ~below;
        }));

    /// <summary>The encoding for a mapping kind.</summary>
    public static FermionEncoding For(MappingKind kind, int numModes) => kind switch
    {
        MappingKind.JordanWigner => JordanWigner(numModes),
        MappingKind.Parity => Parity(numModes),
        MappingKind.BravyiKitaev => BravyiKitaev(numModes),
        _ => throw new QuantumAppsException($"unknown mapping kind {kind}"),
    };

    /// <summary>Row k of A as a mask over modes: qubit k stores the parity of these occupations.</summary>
    public ulong EncodingRow(int qubit) => _rows[qubit];

    /// <summary>Update set U(j) as a qubit mask (j excluded).</summary>
    public ulong UpdateSet(int mode) => _update[mode];

    /// <summary>Parity set P(j) as a qubit mask: parity(b_P) = n_0 ⊕ ⋯ ⊕ n_{j−1}.</summary>
    public ulong ParitySet(int mode) => _parity[mode];

    /// <summary>Flip set F(j) as a qubit mask (j excluded): n_j = b_j ⊕ parity(b_F).</summary>
    public ulong FlipSet(int mode) => _flip[mode];

    /// <summary>Remainder set R(j) = P(j) ⊕ F(j) as a qubit mask (the Z string on the Y part of a†_j).</summary>
    public ulong RemainderSet(int mode) => _parity[mode] ^ _flip[mode];

    /// <summary>Qubit basis index b = A·n of the determinant with occupation bits n (bit k = mode k).</summary>
    public ulong Encode(ulong occupation)
    {
        ulong b = 0;
        for (int k = 0; k < _rows.Length; k++)
        {
            b |= (ulong)(BitOperations.PopCount(_rows[k] & occupation) & 1) << k;
        }
        return b;
    }

    /// <summary>Occupation bits n = A⁻¹·b of qubit basis index b.</summary>
    public ulong Decode(ulong basisIndex)
    {
        ulong n = 0;
        for (int j = 0; j < _inverseRows.Length; j++)
        {
            n |= (ulong)(BitOperations.PopCount(_inverseRows[j] & basisIndex) & 1) << j;
        }
        return n;
    }

    /// <summary>a†_j (creation) or a_j as a two-term Pauli sum on <see cref="NumModes"/> qubits.</summary>
    public PauliSum Ladder(int mode, bool creation)
    {
        var (p0, c0, p1, c1) = LadderTerms(mode, creation);
        return new PauliSumBuilder(NumModes).Add(p0, c0).Add(p1, c1).ToPauliSum();
    }

    /// <summary>
    /// The two terms c0·P0 + c1·P1 of a ladder operator with phase-free (Hermitian) strings:
    /// P0 = X_U X_j Z_P, c0 = ½; P1 = X_U Y_j Z_R, c1 = ∓i/2 (− for creation).
    /// </summary>
    internal (PauliString P0, Complex C0, PauliString P1, Complex C1) LadderTerms(int mode, bool creation)
    {
        if ((uint)mode >= (uint)NumModes)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"mode must be in 0..{NumModes - 1}");
        }
        ulong bit = 1UL << mode;
        var flip = new PauliString(_update[mode] | bit, 0) * new PauliString(0, _parity[mode]);
        var flipProject = flip * new PauliString(0, _flip[mode] | bit);
        double sign = creation ? 0.5 : -0.5;
        return (flip.WithoutPhase(), 0.5 * flip.PhaseFactor,
            flipProject.WithoutPhase(), sign * flipProject.PhaseFactor);
    }

    private static ulong[] BuildRows(int numModes, Func<int, ulong> row)
    {
        if (numModes < 1 || numModes > 64)
        {
            throw new QuantumAppsException($"an encoding needs 1..64 modes, not {numModes}");
        }
        var rows = new ulong[numModes];
        for (int k = 0; k < numModes; k++)
        {
            rows[k] = row(k);
        }
        return rows;
    }

    /// <summary>Forward substitution over GF(2): row j of A⁻¹ = e_j ⊕ Σ_{l&lt;j, A_jl=1} row l of A⁻¹.</summary>
    private static ulong[] InvertLowerUnitTriangular(ulong[] rows)
    {
        var inv = new ulong[rows.Length];
        for (int j = 0; j < rows.Length; j++)
        {
            ulong bit = 1UL << j;
            if ((rows[j] & bit) == 0 || (j < 63 && (rows[j] >> (j + 1)) != 0))
            {
                throw new InvalidOperationException($"encoding row {j} is not lower triangular with unit diagonal");
            }
            ulong r = bit;
            ulong below = rows[j] & (bit - 1);
            while (below != 0)
            {
                int l = BitOperations.TrailingZeroCount(below);
                r ^= inv[l];
                below &= below - 1;
            }
            inv[j] = r;
        }
        return inv;
    }
}
