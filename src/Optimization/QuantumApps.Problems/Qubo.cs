using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Problems;

/// <summary>
/// Immutable quadratic unconstrained binary optimisation problem, to be MINIMISED:
/// E(x) = offset + Σ_i Q_ii x_i + Σ_(i&lt;j) Q_ij x_i x_j, x_i ∈ {0, 1}.
/// Q is upper triangular (pair terms stored once with i &lt; j, like terms merged, exact zeros dropped).
/// Bit strings are written x_0 first; as a basis index, variable q is bit q (qubit q = variable q).
/// Value equality over (n, linear, pairs, offset). Assemble with <see cref="QuboBuilder"/>.
/// </summary>
public sealed class Qubo : IEquatable<Qubo>
{
    private readonly double[] _linear;
    private readonly QuboTerm[] _pairs;
    internal readonly int[] AdjStart;
    internal readonly int[] AdjVar;
    internal readonly double[] AdjValue;

    internal Qubo(int n, double[] linear, QuboTerm[] pairs, double offset)
    {
        NumVariables = n;
        _linear = linear;
        _pairs = pairs;
        Offset = offset;
        AdjStart = new int[n + 1];
        foreach (var p in pairs) { AdjStart[p.I + 1]++; AdjStart[p.J + 1]++; }
        for (int i = 0; i < n; i++) AdjStart[i + 1] += AdjStart[i];
        AdjVar = new int[2 * pairs.Length];
        AdjValue = new double[2 * pairs.Length];
        var fill = (int[])AdjStart.Clone();
        foreach (var p in pairs)
        {
            AdjVar[fill[p.I]] = p.J; AdjValue[fill[p.I]++] = p.Value;
            AdjVar[fill[p.J]] = p.I; AdjValue[fill[p.J]++] = p.Value;
        }
    }

    /// <summary>Number of binary variables n.</summary>
    public int NumVariables { get; }

    /// <summary>Constant term.</summary>
    public double Offset { get; }

    /// <summary>Diagonal coefficients Q_ii.</summary>
    public ReadOnlySpan<double> Linear => _linear;

    /// <summary>Off-diagonal coefficients Q_ij, i &lt; j, sorted by (i, j).</summary>
    public IReadOnlyList<QuboTerm> Pairs => _pairs;

    /// <summary>E(x) for x_i = bits[i].</summary>
    public double Energy(ReadOnlySpan<bool> bits)
    {
        if (bits.Length != NumVariables) throw new QuantumAppsException($"qubo: assignment has {bits.Length} bits, expected {NumVariables}");
        double e = Offset;
        for (int i = 0; i < bits.Length; i++) if (bits[i]) e += _linear[i];
        foreach (var p in _pairs) if (bits[p.I] && bits[p.J]) e += p.Value;
        return e;
    }

    /// <summary>E(x) for the basis index x (variable q = bit q); n ≤ 64.</summary>
    public double Energy(ulong index)
    {
        if (NumVariables > 64) throw new QuantumAppsException($"qubo: {NumVariables} variables do not fit a 64-bit index");
        double e = Offset;
        for (int i = 0; i < NumVariables; i++) if (((index >> i) & 1) != 0) e += _linear[i];
        foreach (var p in _pairs) if (((index >> p.I) & (index >> p.J) & 1) != 0) e += p.Value;
        return e;
    }

    /// <summary>
    /// Exact change to an Ising model via x_i = (1 − s_i)/2 (s_i = +1 ↔ x_i = 0 ↔ Z eigenvalue +1):
    /// h_i = −Q_ii/2 − Σ_(j≠i) Q_ij/4, J_ij = Q_ij/4, offset' = offset + Σ_i Q_ii/2 + Σ_(i&lt;j) Q_ij/4.
    /// </summary>
    public IsingModel ToIsing()
    {
        var h = new double[NumVariables];
        double off = Offset;
        var couplings = new QuboTerm[_pairs.Length];
        for (int i = 0; i < NumVariables; i++) { h[i] -= _linear[i] / 2; off += _linear[i] / 2; }
        for (int k = 0; k < _pairs.Length; k++)
        {
            var p = _pairs[k];
            h[p.I] -= p.Value / 4; h[p.J] -= p.Value / 4; off += p.Value / 4;
            couplings[k] = p with { Value = p.Value / 4 };
        }
        return new IsingModel(NumVariables, h, couplings, off);
    }

    /// <summary>The diagonal Z-only operator with ⟨x|H|x⟩ = E(x) (qubit q = variable q), via <see cref="ToIsing"/>.</summary>
    public PauliSum ToPauliSum() => ToIsing().ToPauliSum();

    /// <summary>
    /// The QUBO with the last variable fixed to <paramref name="value"/> (n−1 variables). Used to remove the
    /// global flip symmetry of MaxCut before brute force.
    /// </summary>
    public Qubo FixLastVariable(bool value)
    {
        if (NumVariables < 1) throw new QuantumAppsException("qubo: no variable to fix");
        int last = NumVariables - 1;
        var b = new QuboBuilder(last);
        b.AddConstant(Offset + (value ? _linear[last] : 0));
        for (int i = 0; i < last; i++) b.AddLinear(i, _linear[i]);
        foreach (var p in _pairs)
        {
            if (p.J == last) { if (value) b.AddLinear(p.I, p.Value); }
            else b.AddPair(p.I, p.J, p.Value);
        }
        return b.ToQubo();
    }

    /// <summary>
    /// All 2^n energies E(index), computed in O(2^n) by <see cref="QuboKernels"/> (Gray-code enumeration of the
    /// low bits with a precomputed table, incremental linear fields from the high bits). Refuses n &gt; 30 or
    /// when the array would not fit in memory, naming the bytes needed.
    /// </summary>
    public double[] Diagonal()
    {
        if (NumVariables > 30) throw new QuantumAppsException($"qubo diagonal: {NumVariables} variables need {8L << NumVariables} bytes; limit is 30 variables");
        long bytes = 8L << NumVariables;
        MemoryCheck.Ensure(bytes, $"qubo diagonal for {NumVariables} variables");
        var diag = new double[1L << NumVariables];
        QuboKernels.Enumerate(this, diag, out _, out _);
        return diag;
    }

    /// <inheritdoc/>
    public bool Equals(Qubo? other) =>
        other is not null && NumVariables == other.NumVariables && Offset.Equals(other.Offset) &&
        _linear.AsSpan().SequenceEqual(other._linear) && _pairs.AsSpan().SequenceEqual(other._pairs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Qubo);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(NumVariables, Offset, _pairs.Length);
}
