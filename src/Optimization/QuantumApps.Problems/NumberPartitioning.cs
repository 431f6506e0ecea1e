using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>
/// Number partitioning: split numbers a_i into two sets (s_i = ±1) minimising the squared difference
/// E(s) = (Σ a_i s_i)² = Σ a_i² + 2 Σ_(i&lt;j) a_i a_j s_i s_j (an Ising model, minimised; E = 0 ⇔ perfect split).
/// </summary>
public static class NumberPartitioning
{
    public static IsingModel ToIsing(IReadOnlyList<double> numbers)
    {
        if (numbers.Count < 1) throw new QuantumAppsException("number partitioning: no numbers given");
        var j = new List<QuboTerm>();
        double off = 0;
        for (int i = 0; i < numbers.Count; i++)
        {
            off += numbers[i] * numbers[i];
            for (int k = i + 1; k < numbers.Count; k++) j.Add(new QuboTerm(i, k, 2 * numbers[i] * numbers[k]));
        }
        return new IsingModel(numbers.Count, new double[numbers.Count], j, off);
    }

    /// <summary>|Σ a_i s_i| for spins from bits (s = 1 − 2x).</summary>
    public static double Difference(IReadOnlyList<double> numbers, ReadOnlySpan<bool> bits)
    {
        double s = 0;
        for (int i = 0; i < numbers.Count; i++) s += bits[i] ? -numbers[i] : numbers[i];
        return Math.Abs(s);
    }
}
