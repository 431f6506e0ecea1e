using QuantumApps.Simulator;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// Honest quality figures of a QAOA state, given the exact optimum from an independent solver.
/// <list type="bullet">
/// <item><see cref="ExpectedCost"/> = Σ_b p_b c_b over all bitstrings (penalised infeasible ones included).</item>
/// <item><see cref="ApproximationRatio"/> = ⟨C⟩ / C_opt. For maximisation with C ≥ 0 (MaxCut) it lies in [0, 1], higher is
/// better. For minimisation with positive optimum (a tour length) it is ≥ 1 when ⟨C⟩ ≥ C_opt, lower is better, and
/// it includes penalty values of infeasible strings. NaN when C_opt = 0.</item>
/// <item><see cref="ProbabilityOptimal"/> = Σ p_b over feasible b with |c_b − C_opt| ≤ tolerance.</item>
/// <item><see cref="ProbabilityFeasible"/> = Σ p_b over feasible b (1 when no predicate is given).</item>
/// <item><see cref="BestSampledCost"/>: the best (by sense) c_b among exactly <see cref="Shots"/> samples drawn from p with
/// the given seeded <see cref="Random"/>, feasible samples only; NaN when none is feasible or shots = 0.</item>
/// </list>
/// </summary>
public sealed record QaoaMetrics(
    double ExpectedCost,
    double OptimumValue,
    double ApproximationRatio,
    double ProbabilityOptimal,
    double ProbabilityFeasible,
    int Shots,
    int FeasibleSamples,
    double BestSampledCost,
    ulong? BestSampledBitstring)
{
    /// <summary>Default tolerance for "c_b equals the optimum" (costs are sums of O(1) weights).</summary>
    public const double DefaultOptimumTolerance = 1e-9;

    /// <summary>Computes the metrics; see the type documentation for definitions.</summary>
    public static QaoaMetrics Compute(IReadOnlyList<double> probabilities, ReadOnlySpan<double> costDiagonal, double optimumValue,
        QaoaSense sense, Func<ulong, bool>? isFeasible, int shots, Random rng, double optimumTolerance = DefaultOptimumTolerance)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(rng);
        if (probabilities.Count != costDiagonal.Length)
        {
            throw new QuantumAppsException($"QAOA metrics: {probabilities.Count} probabilities but {costDiagonal.Length} cost values.");
        }

        if (shots < 0)
        {
            throw new QuantumAppsException($"QAOA metrics: shot count must be non-negative, got {shots}.");
        }

        var cumulative = new double[probabilities.Count];
        double expected = 0, optimal = 0, feasible = 0, total = 0;
        for (int b = 0; b < probabilities.Count; b++)
        {
            double p = probabilities[b];
            total += p;
            cumulative[b] = total;
            expected += p * costDiagonal[b];
            if (isFeasible is null || isFeasible((ulong)b))
            {
                feasible += p;
                if (Math.Abs(costDiagonal[b] - optimumValue) <= optimumTolerance)
                {
                    optimal += p;
                }
            }
        }

        int feasibleSamples = 0;
        double bestCost = double.NaN;
        ulong? bestString = null;
        for (int s = 0; s < shots; s++)
        {
            double u = rng.NextDouble() * total;
            int index = Array.BinarySearch(cumulative, u);
            index = Math.Min(index < 0 ? ~index : index + 1, cumulative.Length - 1);
            // Skip zero-probability entries that share the cumulative value (BinarySearch may land on them).
            while (index < cumulative.Length - 1 && probabilities[index] == 0)
            {
                index++;
            }

            ulong bits = (ulong)index;
            if (isFeasible is not null && !isFeasible(bits))
            {
                continue;
            }

            feasibleSamples++;
            double c = costDiagonal[index];
            bool better = double.IsNaN(bestCost) || (sense == QaoaSense.Maximize ? c > bestCost : c < bestCost);
            if (better)
            {
                bestCost = c;
                bestString = bits;
            }
        }

        double ratio = optimumValue == 0 ? double.NaN : expected / optimumValue;
        return new QaoaMetrics(expected, optimumValue, ratio, optimal, feasible, shots, feasibleSamples, bestCost, bestString);
    }
}
