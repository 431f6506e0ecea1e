using System.Numerics;

namespace QuantumApps.Simulator.Operators;

/// <summary>
/// An immutable real diagonal operator D = Σ_b d_b |b⟩⟨b| on n qubits, precomputed once (the QAOA cost
/// diagonal). When D has at most 65,535 distinct values it also keeps a level table, so that exp(−iγD)
/// needs one sin/cos per distinct value instead of one per amplitude.
/// </summary>
public sealed class DiagonalOperator
{
    private readonly double[] _values;
    private readonly ushort[]? _levelIndex;
    private readonly double[]? _levels;

    private DiagonalOperator(int numQubits, double[] values)
    {
        NumQubits = numQubits;
        _values = values;
        Minimum = double.PositiveInfinity;
        Maximum = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (!double.IsFinite(v)) throw new QuantumAppsException("diagonal operator has a non-finite entry");
            if (v < Minimum) Minimum = v;
            if (v > Maximum) Maximum = v;
        }
        var map = new Dictionary<double, ushort>();
        var index = new ushort[values.Length];
        for (long b = 0; b < values.LongLength; b++)
        {
            if (!map.TryGetValue(values[b], out ushort l))
            {
                if (map.Count == ushort.MaxValue) return;
                l = (ushort)map.Count;
                map.Add(values[b], l);
            }
            index[b] = l;
        }
        _levelIndex = index;
        _levels = new double[map.Count];
        foreach (var (v, l) in map) _levels[l] = v;
    }

    /// <summary>Number of qubits n.</summary>
    public int NumQubits { get; }

    /// <summary>The 2^n diagonal entries (read-only view).</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Smallest diagonal entry (the exact minimum of the operator).</summary>
    public double Minimum { get; }

    /// <summary>Largest diagonal entry (the exact maximum of the operator).</summary>
    public double Maximum { get; }

    /// <summary>Number of distinct values, or −1 when there are more than 65,535.</summary>
    public int DistinctValues => _levels?.Length ?? -1;

    /// <summary>From the 2^n values (copied).</summary>
    public static DiagonalOperator FromValues(ReadOnlySpan<double> values)
    {
        if (values.Length < 2 || !BitOperations.IsPow2(values.Length))
            throw new QuantumAppsException($"a diagonal needs 2^n ≥ 2 entries, not {values.Length}");
        return new DiagonalOperator(BitOperations.Log2((uint)values.Length), values.ToArray());
    }

    /// <summary>From a Z-only Pauli sum (fast Walsh–Hadamard transform of its coefficients).</summary>
    public static DiagonalOperator FromPauliSum(PauliSum sum) => new(sum.NumQubits, sum.Diagonal());

    /// <summary>⟨ψ|D|ψ⟩ = Σ_b d_b |ψ_b|².</summary>
    public double Expectation(ReadOnlySpan<Complex> psi)
    {
        double s = 0;
        for (int b = 0; b < psi.Length; b++) s += _values[b] * (psi[b].Real * psi[b].Real + psi[b].Imaginary * psi[b].Imaginary);
        return s;
    }

    internal void ApplyPhase(Span<Complex> psi, double gamma)
    {
        if (_levelIndex is not null) Kernels.DiagonalPhaseKernel.ApplyLevels(psi, _levelIndex, _levels!, gamma);
        else Kernels.DiagonalPhaseKernel.Apply(psi, _values, gamma);
    }
}
