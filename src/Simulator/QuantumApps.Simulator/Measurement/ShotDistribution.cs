using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Measurement;

/// <summary>
/// What one shot of each measurement group can read in a fixed state: for group g (<see cref="QubitWiseGrouping"/>)
/// the state is rotated into the group's basis once and its outcome probabilities |ψ'_b|² are summed by the shot value
/// O_g(b) (<see cref="MeasurementGroup.ValueOf"/>), giving the distinct values v_gk with probabilities p_gk. Built by
/// <see cref="ShotEstimator.Prepare"/> in O(2^n · terms) per group, once per state.
/// <para>
/// <see cref="Estimate(int, Random)"/> then draws the N_g shots of group g as counts of its values, Multinomial(N_g; p_g)
/// (<see cref="MultinomialSampler"/>): merging outcomes with equal values is exact (the merged cells of a multinomial are
/// multinomial with the summed probabilities) and the estimate depends on the shots only through these counts, so this
/// is the same estimator as N_g per-shot draws (<see cref="StateVector.Sample"/>), at O(distinct values) per group
/// whatever N_g is. Group g's mean and unbiased sample variance are taken over the counts in two passes (mean first).
/// </para>
/// </summary>
public sealed class ShotDistribution
{
    private readonly double[][] _values;
    private readonly double[][] _probabilities;

    internal ShotDistribution(IReadOnlyList<MeasurementGroup> groups, double identityOffset, double[][] values, double[][] probabilities)
    {
        Groups = groups;
        IdentityOffset = identityOffset;
        _values = values;
        _probabilities = probabilities;
        var variances = new double[groups.Count];
        for (int g = 0; g < variances.Length; g++)
        {
            double mean = 0, total = 0;
            for (int k = 0; k < values[g].Length; k++) { mean += probabilities[g][k] * values[g][k]; total += probabilities[g][k]; }
            mean /= total;
            double v = 0;
            for (int k = 0; k < values[g].Length; k++) v += probabilities[g][k] * (values[g][k] - mean) * (values[g][k] - mean);
            variances[g] = v / total;
        }
        GroupVariances = variances;
    }

    /// <summary>The qubit-wise commuting groups, in the order of <see cref="QubitWiseGrouping.Group"/>.</summary>
    public IReadOnlyList<MeasurementGroup> Groups { get; }

    /// <summary>c_I, the identity coefficient of H (needs no shots).</summary>
    public double IdentityOffset { get; }

    /// <summary>σ_g² = Σ_k p_gk (v_gk − Σ_k p_gk v_gk)², the single-shot variance of group g (equals ⟨O_g²⟩ − ⟨O_g⟩²).</summary>
    public IReadOnlyList<double> GroupVariances { get; }

    /// <summary>Number of distinct shot values of group <paramref name="group"/> (the multinomial's cells).</summary>
    public int DistinctValues(int group) => _values[group].Length;

    /// <summary>Estimate with <paramref name="shots"/> shots in total, weighted allocation (<see cref="ShotEstimator"/>).</summary>
    public ShotEstimate Estimate(int shots, Random rng)
    {
        if (Groups.Count > 0 && shots < 2 * Groups.Count)
            throw new QuantumAppsException($"{shots} shots are too few for {Groups.Count} measurement groups (need at least 2 per group)");
        return Run(ShotEstimator.WeightedAllocation(Groups, shots), rng);
    }

    /// <summary>Estimate with an explicit number of shots per group (each between 1 and int.MaxValue).</summary>
    public ShotEstimate Estimate(IReadOnlyList<long> shotsPerGroup, Random rng)
    {
        ArgumentNullException.ThrowIfNull(shotsPerGroup);
        if (shotsPerGroup.Count != Groups.Count) throw new QuantumAppsException($"{shotsPerGroup.Count} shot counts given for {Groups.Count} measurement groups");
        var alloc = new int[Groups.Count];
        for (int g = 0; g < alloc.Length; g++)
        {
            if (shotsPerGroup[g] < 1 || shotsPerGroup[g] > int.MaxValue) throw new QuantumAppsException($"group {g}: shot count {shotsPerGroup[g]} must be between 1 and {int.MaxValue}");
            alloc[g] = (int)shotsPerGroup[g];
        }
        return Run(alloc, rng);
    }

    private ShotEstimate Run(int[] alloc, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double mean = IdentityOffset, variance = 0;
        var means = new double[Groups.Count];
        for (int g = 0; g < Groups.Count; g++)
        {
            var values = _values[g];
            var counts = MultinomialSampler.Counts(_probabilities[g], alloc[g], rng);
            int n = alloc[g];
            double s = 0;
            for (int k = 0; k < values.Length; k++) s += counts[k] * values[k];
            means[g] = s / n;
            mean += means[g];
            if (n > 1)
            {
                double ss = 0;
                for (int k = 0; k < values.Length; k++) ss += counts[k] * (values[k] - means[g]) * (values[k] - means[g]);
                variance += ss / (n - 1) / n;
            }
        }
        return new ShotEstimate(mean, Math.Sqrt(variance), Groups, alloc, means, IdentityOffset);
    }

    /// <summary>Rotates a copy of <paramref name="state"/> into each group's basis and sums |ψ'_b|² by shot value.</summary>
    internal static ShotDistribution Build(StateVector state, PauliSum h, IReadOnlyList<MeasurementGroup> groups)
    {
        var values = new double[groups.Count][];
        var probabilities = new double[groups.Count][];
        var work = state.Clone();
        for (int g = 0; g < groups.Count; g++)
        {
            work.CopyFrom(state);
            groups[g].RotateIntoBasis(work);
            var terms = groups[g].Terms;
            var supports = new ulong[terms.Count];
            var coefficients = new double[terms.Count];
            for (int t = 0; t < supports.Length; t++)
            {
                supports[t] = terms[t].Pauli.X | terms[t].Pauli.Z;
                coefficients[t] = terms[t].Coefficient.Real;
            }
            var byValue = new Dictionary<double, double>();
            ReadOnlySpan<System.Numerics.Complex> a = work.Amplitudes;
            for (int b = 0; b < a.Length; b++)
            {
                double p = a[b].Real * a[b].Real + a[b].Imaginary * a[b].Imaginary;
                if (p == 0) continue;
                double v = 0;
                for (int t = 0; t < supports.Length; t++)
                    v += (System.Numerics.BitOperations.PopCount((ulong)b & supports[t]) & 1) == 0 ? coefficients[t] : -coefficients[t];
                byValue[v] = byValue.GetValueOrDefault(v) + p;
            }
            values[g] = byValue.Keys.Order().ToArray();
            probabilities[g] = values[g].Select(v => byValue[v]).ToArray();
        }
        return new ShotDistribution(groups, h.IdentityCoefficient.Real, values, probabilities);
    }
}
