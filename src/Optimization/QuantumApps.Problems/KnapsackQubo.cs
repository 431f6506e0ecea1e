using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>
/// 0/1 knapsack (maximise Σ v_i x_i subject to Σ w_i x_i ≤ W, integer w_i ≥ 1, W ≥ 1) as a QUBO (minimised) with
/// binary slack y: E = −Σ v_i x_i + A (W − Σ w_i x_i − Σ_k c_k y_k)². Slack coefficients c_k = 1, 2, 4, …,
/// 2^(K−2) and c_(K−1) = W − (2^(K−1) − 1), K = ⌊log2 W⌋ + 1, so Σ c_k y_k takes exactly the values 0..W.
/// Variables: items 0..n−1 then slack bits n..n+K−1. Penalty rule: A = Σ v_i + 1. Proof: a feasible x with
/// the matching slack has E = −value ≤ 0 and the optimum has E = −(best value); any state that violates the
/// equality has squared term ≥ 1 (integers) so E ≥ A − Σ v_i = 1 &gt; 0. Hence the QUBO minimum is the
/// knapsack optimum and its x part is an optimal packing.
/// </summary>
public sealed class KnapsackQubo
{
    private KnapsackQubo(IReadOnlyList<double> values, IReadOnlyList<int> weights, int capacity, IReadOnlyList<int> slack, double penalty, Qubo qubo)
    {
        Values = values; Weights = weights; Capacity = capacity; SlackCoefficients = slack; Penalty = penalty; Qubo = qubo;
    }

    public IReadOnlyList<double> Values { get; }
    public IReadOnlyList<int> Weights { get; }
    public int Capacity { get; }
    public IReadOnlyList<int> SlackCoefficients { get; }
    public double Penalty { get; }
    public Qubo Qubo { get; }

    public static KnapsackQubo Create(IReadOnlyList<double> values, IReadOnlyList<int> weights, int capacity)
    {
        int n = values.Count;
        if (n < 1 || weights.Count != n) throw new QuantumAppsException($"knapsack: need equal, non-empty value and weight lists, got {values.Count} and {weights.Count}");
        if (capacity < 1) throw new QuantumAppsException($"knapsack: capacity must be >= 1, got {capacity}");
        for (int i = 0; i < n; i++)
        {
            if (weights[i] < 1) throw new QuantumAppsException($"knapsack: item {i} weight {weights[i]} must be >= 1");
            if (!(values[i] >= 0) || !double.IsFinite(values[i])) throw new QuantumAppsException($"knapsack: item {i} value {values[i]} must be finite and >= 0");
        }
        int k = (int)Math.Floor(Math.Log2(capacity)) + 1;
        var slack = new int[k];
        for (int s = 0; s < k - 1; s++) slack[s] = 1 << s;
        slack[k - 1] = capacity - ((1 << (k - 1)) - 1);
        double a = values.Sum() + 1;
        var b = new QuboBuilder(n + k);
        for (int i = 0; i < n; i++) b.AddLinear(i, -values[i]);
        var terms = new List<(int, double)>();
        for (int i = 0; i < n; i++) terms.Add((i, -weights[i]));
        for (int s = 0; s < k; s++) terms.Add((n + s, -slack[s]));
        b.AddSquare(terms, capacity, a);
        return new KnapsackQubo(values.ToArray(), weights.ToArray(), capacity, slack, a, b.ToQubo());
    }

    /// <summary>Total value of the item bits, or null when their weight exceeds the capacity.</summary>
    public double? PackedValue(ReadOnlySpan<bool> bits)
    {
        double v = 0; long w = 0;
        for (int i = 0; i < Values.Count; i++) if (bits[i]) { v += Values[i]; w += Weights[i]; }
        return w <= Capacity ? v : null;
    }
}
