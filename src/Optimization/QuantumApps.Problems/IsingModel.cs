using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Problems;

/// <summary>
/// Immutable Ising model, to be MINIMISED: E(s) = offset + Σ_i h_i s_i + Σ_(i&lt;j) J_ij s_i s_j with spins
/// s_i ∈ {+1, −1}. Spin ↔ bit: s_i = 1 − 2 x_i, so x_i = 0 ↔ s_i = +1 ↔ |0⟩ (Z eigenvalue +1); as an operator
/// the model is the diagonal H = offset·I + Σ h_i Z_i + Σ J_ij Z_i Z_j with qubit q = spin q, and
/// ⟨x|H|x⟩ = E(s(x)) for every basis state x. Couplings are stored once with i &lt; j.
/// </summary>
public sealed class IsingModel : IEquatable<IsingModel>
{
    private readonly double[] _h;
    private readonly QuboTerm[] _j;

    /// <summary>Creates a model; couplings must have i &lt; j, be unique and in range.</summary>
    public IsingModel(int numSpins, IReadOnlyList<double> fields, IReadOnlyList<QuboTerm> couplings, double offset)
    {
        if (fields.Count != numSpins) throw new QuantumAppsException($"ising: {fields.Count} fields for {numSpins} spins");
        var seen = new HashSet<(int, int)>();
        foreach (var c in couplings)
        {
            if (c.I < 0 || c.J >= numSpins || c.I >= c.J) throw new QuantumAppsException($"ising: coupling ({c.I},{c.J}) must have 0 <= i < j < {numSpins}");
            if (!seen.Add((c.I, c.J))) throw new QuantumAppsException($"ising: coupling ({c.I},{c.J}) given twice");
        }
        NumSpins = numSpins;
        _h = fields.ToArray();
        _j = couplings.OrderBy(c => c.I).ThenBy(c => c.J).ToArray();
        Offset = offset;
    }

    public int NumSpins { get; }
    public double Offset { get; }
    public ReadOnlySpan<double> Fields => _h;
    public IReadOnlyList<QuboTerm> Couplings => _j;

    /// <summary>E(s) for spins given as ±1 integers.</summary>
    public double Energy(ReadOnlySpan<int> spins)
    {
        if (spins.Length != NumSpins) throw new QuantumAppsException($"ising: {spins.Length} spins given, expected {NumSpins}");
        double e = Offset;
        for (int i = 0; i < spins.Length; i++) e += _h[i] * spins[i];
        foreach (var c in _j) e += c.Value * spins[c.I] * spins[c.J];
        return e;
    }

    /// <summary>E(s(x)) for the basis index x (bit q = x_q, s_q = 1 − 2x_q).</summary>
    public double Energy(ulong index)
    {
        double e = Offset;
        for (int i = 0; i < NumSpins; i++) e += ((index >> i) & 1) == 0 ? _h[i] : -_h[i];
        foreach (var c in _j) e += (((index >> c.I) ^ (index >> c.J)) & 1) == 0 ? c.Value : -c.Value;
        return e;
    }

    /// <summary>
    /// Exact change to a QUBO via s_i = 1 − 2x_i: Q_ii = −2h_i − 2Σ_(j≠i) J_ij, Q_ij = 4J_ij,
    /// offset' = offset + Σ h_i + Σ J_ij.
    /// </summary>
    public Qubo ToQubo()
    {
        var b = new QuboBuilder(NumSpins);
        double off = Offset;
        for (int i = 0; i < NumSpins; i++) { off += _h[i]; b.AddLinear(i, -2 * _h[i]); }
        foreach (var c in _j)
        {
            off += c.Value;
            b.AddLinear(c.I, -2 * c.Value).AddLinear(c.J, -2 * c.Value).AddPair(c.I, c.J, 4 * c.Value);
        }
        b.AddConstant(off);
        return b.ToQubo();
    }

    /// <summary>
    /// The diagonal operator offset·I + Σ h_i Z_i + Σ J_ij Z_i Z_j on <see cref="NumSpins"/> qubits (qubit q = spin q);
    /// only exact zeros are dropped, so ⟨x|H|x⟩ = E(s(x)) exactly. At most 64 spins.
    /// </summary>
    public PauliSum ToPauliSum()
    {
        var b = new PauliSumBuilder(NumSpins);
        b.Add(PauliString.Identity, Offset);
        for (int i = 0; i < NumSpins; i++) b.Add(new PauliString(0, 1UL << i), _h[i]);
        foreach (var c in _j) b.Add(new PauliString(0, (1UL << c.I) | (1UL << c.J)), c.Value);
        return b.ToPauliSum(double.Epsilon);
    }

    /// <summary>All 2^n energies, index x ↦ E(s(x)), via the Gray-code kernel on the equivalent QUBO.</summary>
    public double[] Diagonal() => ToQubo().Diagonal();

    public bool Equals(IsingModel? other) =>
        other is not null && NumSpins == other.NumSpins && Offset.Equals(other.Offset) &&
        _h.AsSpan().SequenceEqual(other._h) && _j.AsSpan().SequenceEqual(other._j);

    public override bool Equals(object? obj) => Equals(obj as IsingModel);

    public override int GetHashCode() => HashCode.Combine(NumSpins, Offset, _j.Length);
}
