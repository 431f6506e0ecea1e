using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>
/// Mutable accumulator for <see cref="Qubo"/>:
/// AddPair(i, j, v) with i ≠ j adds v·x_i·x_j (order of i, j irrelevant); AddLinear adds v·x_i;
/// AddSquare(terms, c) adds (c + Σ a_k x_k)², expanding x² = x.
/// </summary>
public sealed class QuboBuilder
{
    private readonly double[] _linear;
    private readonly Dictionary<(int, int), double> _pairs = new();
    private double _offset;

    public QuboBuilder(int numVariables)
    {
        if (numVariables < 0) throw new QuantumAppsException($"qubo: variable count must be non-negative, got {numVariables}");
        _linear = new double[numVariables];
    }

    public int NumVariables => _linear.Length;

    public QuboBuilder AddConstant(double value) { _offset += value; return this; }

    public QuboBuilder AddLinear(int i, double value)
    {
        Check(i);
        _linear[i] += value;
        return this;
    }

    public QuboBuilder AddPair(int i, int j, double value)
    {
        Check(i); Check(j);
        if (i == j) { _linear[i] += value; return this; }
        var key = (Math.Min(i, j), Math.Max(i, j));
        _pairs[key] = _pairs.GetValueOrDefault(key) + value;
        return this;
    }

    /// <summary>Adds scale·(constant + Σ a_k x_(v_k))² using x² = x; variables must be distinct.</summary>
    public QuboBuilder AddSquare(IReadOnlyList<(int Variable, double Coefficient)> terms, double constant, double scale)
    {
        AddConstant(scale * constant * constant);
        for (int a = 0; a < terms.Count; a++)
        {
            var (va, ca) = terms[a];
            AddLinear(va, scale * (ca * ca + 2 * constant * ca));
            for (int b = a + 1; b < terms.Count; b++) AddPair(va, terms[b].Variable, scale * 2 * ca * terms[b].Coefficient);
        }
        return this;
    }

    public Qubo ToQubo()
    {
        var pairs = _pairs.Where(kv => kv.Value != 0).Select(kv => new QuboTerm(kv.Key.Item1, kv.Key.Item2, kv.Value))
            .OrderBy(p => p.I).ThenBy(p => p.J).ToArray();
        return new Qubo(_linear.Length, (double[])_linear.Clone(), pairs, _offset);
    }

    private void Check(int i)
    {
        if (i < 0 || i >= _linear.Length) throw new QuantumAppsException($"qubo: variable {i} outside 0..{_linear.Length - 1}");
    }
}
