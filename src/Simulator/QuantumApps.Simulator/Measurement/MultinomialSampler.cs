namespace QuantumApps.Simulator.Measurement;

/// <summary>
/// Outcome counts of N independent shots, drawn at once from Multinomial(N; p_0 … p_(K−1)) by sequential conditional
/// binomials: c_i ~ Binomial(N − Σ_(j&lt;i) c_j, p_i / Σ_(j≥i) p_j) (<see cref="BinomialSampler"/>), the tail sums
/// accumulated from the end so that no difference of nearly equal masses is formed. O(K) expected time whatever N is,
/// against O(N log K) for N per-shot draws (<see cref="States.StateVector.Sample"/>); the two have the same
/// distribution of counts (tested). The probabilities need not be normalised; zero entries get no draw.
/// </summary>
public static class MultinomialSampler
{
    /// <summary>Fills <paramref name="counts"/> (length K) with the counts of <paramref name="shots"/> draws from weights <paramref name="probabilities"/>.</summary>
    public static void Counts(ReadOnlySpan<double> probabilities, long shots, Random rng, Span<long> counts)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (shots < 0) throw new QuantumAppsException($"shot count must be non-negative, not {shots}");
        if (counts.Length != probabilities.Length) throw new QuantumAppsException($"{counts.Length} count slots for {probabilities.Length} outcomes");
        counts.Clear();
        int k = probabilities.Length;
        var tail = new double[k + 1];
        for (int i = k - 1; i >= 0; i--)
        {
            double p = probabilities[i];
            if (!(p >= 0) || double.IsPositiveInfinity(p)) throw new QuantumAppsException($"outcome {i}: probability {p} must be finite and non-negative");
            tail[i] = tail[i + 1] + p;
        }
        if (shots > 0 && !(tail[0] > 0)) throw new QuantumAppsException("all outcome probabilities are zero");
        long remaining = shots;
        for (int i = 0; i < k && remaining > 0; i++)
        {
            double p = probabilities[i];
            if (p == 0) continue;
            double conditional = p >= tail[i] ? 1 : p / tail[i];
            long c = BinomialSampler.Sample(rng, remaining, conditional);
            counts[i] = c;
            remaining -= c;
        }
    }

    /// <summary>The counts of <paramref name="shots"/> draws from weights <paramref name="probabilities"/> as a new array.</summary>
    public static long[] Counts(ReadOnlySpan<double> probabilities, long shots, Random rng)
    {
        var counts = new long[probabilities.Length];
        Counts(probabilities, shots, rng, counts);
        return counts;
    }
}
