using QuantumApps.Simulator;
using QuantumApps.Simulator.States;

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

    /// <summary>
    /// Computes the metrics; see the type documentation for definitions. Samples are drawn by inversion of the running
    /// sum P_b = p_0 + … + p_b (in that order, the same doubles as a full cumulative table): u = U[0, 1)·P_last, the
    /// sample is the first b with P_b &gt; u (then the next b with p_b &gt; 0). Only the running sums at the ends of blocks of
    /// 2^12 indices are stored (2^{n−12} values); a draw finds its block by bisection and walks inside it, so memory is
    /// O(2^{n−12}) instead of a 2^n table (#14 item 3) and the draws equal those of the full table.
    /// </summary>
    public static QaoaMetrics Compute(IReadOnlyList<double> probabilities, QaoaCost costDiagonal, double optimumValue,
        QaoaSense sense, Func<ulong, bool>? isFeasible, int shots, Random rng, double optimumTolerance = DefaultOptimumTolerance)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(costDiagonal);
        ArgumentNullException.ThrowIfNull(rng);
        if (probabilities.Count != costDiagonal.Length)
        {
            throw new QuantumAppsException($"QAOA metrics: {probabilities.Count} probabilities but {costDiagonal.Length} cost values.");
        }

        if (shots < 0)
        {
            throw new QuantumAppsException($"QAOA metrics: shot count must be non-negative, got {shots}.");
        }

        int blockBits = costDiagonal.BlockQubits;
        var blockEnds = new double[costDiagonal.BlockCount];
        var scratch = new double[1 << blockBits];
        double expected = 0, optimal = 0, feasible = 0, total = 0;
        for (long block = 0; block < blockEnds.Length; block++)
        {
            var cost = costDiagonal.Block(block, scratch);
            int offset = (int)(block << blockBits);
            for (int x = 0; x < cost.Length; x++)
            {
                int b = offset + x;
                double p = probabilities[b];
                total += p;
                expected += p * cost[x];
                if (isFeasible is null || isFeasible((ulong)b))
                {
                    feasible += p;
                    if (Math.Abs(cost[x] - optimumValue) <= optimumTolerance)
                    {
                        optimal += p;
                    }
                }
            }

            blockEnds[block] = total;
        }

        int feasibleSamples = 0;
        double bestCost = double.NaN;
        ulong? bestString = null;
        int last = probabilities.Count - 1;
        for (int s = 0; s < shots; s++)
        {
            double u = rng.NextDouble() * total;
            int index = Draw(probabilities, blockEnds, blockBits, u);
            // Skip zero-probability entries that share the running sum.
            while (index < last && probabilities[index] == 0)
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

    /// <summary>The first b with P_b &gt; u (the last index when none), from the block-end running sums.</summary>
    internal static int Draw(IReadOnlyList<double> probabilities, double[] blockEnds, int blockBits, double u)
    {
        int lo = 0, hi = blockEnds.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (blockEnds[mid] > u)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        double running = lo == 0 ? 0 : blockEnds[lo - 1];
        int start = lo << blockBits, end = Math.Min(probabilities.Count, start + (1 << blockBits));
        for (int b = start; b < end; b++)
        {
            running += probabilities[b];
            if (running > u)
            {
                return b;
            }
        }

        return end - 1;
    }
}
