using System.Numerics;
using System.Runtime.InteropServices;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Measurement;

/// <summary>
/// Estimates ⟨ψ|H|ψ⟩ from simulated measurement shots, one setting per qubit-wise-commuting group
/// (<see cref="QubitWiseGrouping"/>): the state is rotated into each group's basis and the group's N_g shots are drawn
/// as counts of its single-shot values (<see cref="ShotDistribution"/>: one multinomial draw per group, whatever N_g
/// is; the same estimator as N_g per-shot draws). Weighted allocation: each group first gets 2 shots (a sample
/// variance needs two), the remaining N − 2G are split in proportion to the groups' Σ|c| by largest remainder (ties to
/// the lower group index) — a prior-free stand-in for the optimal N_g ∝ σ_g, since |O_g| ≤ Σ|c| bounds σ_g.
/// To estimate one state many times (seeds), <see cref="Prepare"/> once and call <see cref="ShotDistribution.Estimate(int, Random)"/>.
/// </summary>
public static class ShotEstimator
{
    /// <summary>Estimate with <paramref name="shots"/> shots in total, weighted allocation.</summary>
    public static ShotEstimate Estimate(StateVector state, PauliSum h, int shots, Random rng)
    {
        var groups = CheckedGroups(state, h);
        if (groups.Count > 0 && shots < 2 * groups.Count)
            throw new QuantumAppsException($"{shots} shots are too few for {groups.Count} measurement groups (need at least 2 per group)");
        return ShotDistribution.Build(state, h, groups).Estimate(shots, rng);
    }

    /// <summary>Estimate with an explicit number of shots per group (each ≥ 1; e.g. <see cref="ShotBudget.ShotsPerGroup"/>).</summary>
    public static ShotEstimate Estimate(StateVector state, PauliSum h, IReadOnlyList<long> shotsPerGroup, Random rng)
    {
        var groups = CheckedGroups(state, h);
        if (shotsPerGroup.Count != groups.Count) throw new QuantumAppsException($"{shotsPerGroup.Count} shot counts given for {groups.Count} measurement groups");
        return ShotDistribution.Build(state, h, groups).Estimate(shotsPerGroup, rng);
    }

    /// <summary>The per-group shot-value distributions of <paramref name="state"/>, from which any number of seeded estimates can be drawn.</summary>
    public static ShotDistribution Prepare(StateVector state, PauliSum h) => ShotDistribution.Build(state, h, CheckedGroups(state, h));

    private static IReadOnlyList<MeasurementGroup> CheckedGroups(StateVector state, PauliSum h)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(h);
        CheckOperator(state, h);
        return QubitWiseGrouping.Group(h);
    }

    /// <summary>The optimal shot budget for standard error <paramref name="targetStandardError"/> (see <see cref="ShotBudget"/>).</summary>
    public static ShotBudget ShotsForPrecision(StateVector state, PauliSum h, double targetStandardError)
    {
        CheckOperator(state, h);
        if (!(targetStandardError > 0) || !double.IsFinite(targetStandardError)) throw new QuantumAppsException($"target standard error must be positive and finite, not {targetStandardError}");
        var groups = QubitWiseGrouping.Group(h);
        var sigma = new double[groups.Count];
        double sum = 0;
        for (int g = 0; g < sigma.Length; g++)
        {
            sigma[g] = Math.Sqrt(state.Variance(groups[g].ToPauliSum(state.NumQubits)));
            sum += sigma[g];
        }
        double optimal = sum * sum / (targetStandardError * targetStandardError);
        var shots = new long[groups.Count];
        double predictedVar = 0;
        for (int g = 0; g < shots.Length; g++)
        {
            shots[g] = sum > 0 ? Math.Max(1, (long)Math.Ceiling(optimal * sigma[g] / sum)) : 1;
            predictedVar += sigma[g] * sigma[g] / shots[g];
        }
        return new ShotBudget(shots.Sum(), optimal, shots, sigma, groups, Math.Sqrt(predictedVar));
    }

    /// <summary>
    /// Predicted standard error √(Σ_g σ_g² / N_g) of <see cref="Estimate(StateVector, PauliSum, int, Random)"/> with
    /// <paramref name="shots"/> shots: the same grouping and weighted allocation N_g, σ_g² = ⟨O_g²⟩ − ⟨O_g⟩² of the
    /// group's operator in <paramref name="state"/> (exact, no sampling).
    /// </summary>
    public static double WeightedStandardError(StateVector state, PauliSum h, int shots)
    {
        CheckOperator(state, h);
        var groups = QubitWiseGrouping.Group(h);
        if (groups.Count > 0 && shots < 2 * groups.Count)
            throw new QuantumAppsException($"{shots} shots are too few for {groups.Count} measurement groups (need at least 2 per group)");
        return WeightedError(GroupVariances(state, groups), WeightedAllocation(groups, shots));
    }

    /// <summary>
    /// The total shots N to pass to <see cref="Estimate(StateVector, PauliSum, int, Random)"/> (weighted allocation,
    /// the one <c>--shots</c> uses) for a predicted standard error ≤ <paramref name="targetStandardError"/> in
    /// <paramref name="state"/>. With N_g ≥ (N − 2G) w_g/W (w_g = Σ|c| of group g, W = Σ w_g) the error is at most
    /// ε when N = N₀ = 2G + ⌈(W/ε²) Σ_g σ_g²/w_g⌉; the smallest N ≤ N₀ whose predicted error
    /// (<see cref="WeightedStandardError"/>) is ≤ ε is then found by bisection (N₀ itself above int.MaxValue). It is
    /// never below the optimal-allocation bound (Σ σ_g)²/ε² of <see cref="ShotsForPrecision"/>, and it equals that
    /// bound only when σ_g ∝ w_g.
    /// </summary>
    public static long ShotsForWeightedPrecision(StateVector state, PauliSum h, double targetStandardError)
    {
        CheckOperator(state, h);
        if (!(targetStandardError > 0) || !double.IsFinite(targetStandardError)) throw new QuantumAppsException($"target standard error must be positive and finite, not {targetStandardError}");
        var groups = QubitWiseGrouping.Group(h);
        int g = groups.Count;
        if (g == 0) return 0;
        var variances = GroupVariances(state, groups);
        double total = groups.Sum(x => x.Weight);
        double sum = 0;
        for (int i = 0; i < g; i++)
            if (variances[i] > 0) sum += variances[i] / groups[i].Weight;
        double eps2 = targetStandardError * targetStandardError;
        double upper = 2.0 * g + Math.Ceiling(total * sum / eps2);
        if (upper > int.MaxValue) return (long)upper;
        int hi = (int)upper, lo = 2 * g;
        if (WeightedError(variances, WeightedAllocation(groups, lo)) <= targetStandardError) return lo;
        while (hi - lo > 1)
        {
            int mid = lo + (hi - lo) / 2;
            if (WeightedError(variances, WeightedAllocation(groups, mid)) <= targetStandardError) hi = mid;
            else lo = mid;
        }
        return hi;
    }

    /// <summary>
    /// σ_g² = ‖G_g ψ‖² − ⟨ψ|G_g|ψ⟩² per group (<see cref="StateVector.Variance"/>'s formula), both terms read off one
    /// product φ = G_g ψ written into a buffer shared by all groups. When at most a quarter of the amplitudes are nonzero
    /// (a VQE state of fixed N_α, N_β: LiH 225 of 4,096, N2 14,400 of 2^20) the product runs over the nonzero ones only
    /// (<see cref="SparseGroupVariance"/>); otherwise over the whole vector.
    /// </summary>
    private static double[] GroupVariances(StateVector state, IReadOnlyList<MeasurementGroup> groups)
    {
        ReadOnlySpan<Complex> psi = state.Amplitudes;
        var phi = new Complex[psi.Length];
        var variances = new double[groups.Count];
        int[]? support = Support(psi);
        if (support is not null)
        {
            var seen = new bool[psi.Length];
            var touched = new List<int>();
            for (int i = 0; i < variances.Length; i++)
                variances[i] = SparseGroupVariance(groups[i].ToPauliSum(state.NumQubits).Grouped, psi, support, phi, seen, touched);
            return variances;
        }
        ReadOnlySpan<double> a = MemoryMarshal.Cast<Complex, double>(psi), f = MemoryMarshal.Cast<Complex, double>(phi.AsSpan());
        for (int i = 0; i < variances.Length; i++)
        {
            PauliSumKernel.Apply(groups[i].ToPauliSum(state.NumQubits).Grouped, psi, phi);
            double norm = 0, mean = 0;
            for (int b = 0; b < f.Length; b++)
            {
                norm += f[b] * f[b];
                mean += a[b] * f[b];
            }
            variances[i] = Math.Max(0, norm - mean * mean);
        }
        return variances;
    }

    /// <summary>The indices of the nonzero amplitudes when they are at most a quarter of the vector, else null.</summary>
    private static int[]? Support(ReadOnlySpan<Complex> psi)
    {
        int limit = psi.Length / 4, count = 0;
        for (int b = 0; b < psi.Length; b++)
            if (psi[b] != Complex.Zero && ++count > limit) return null;
        var support = new int[count];
        for (int b = 0, k = 0; b < psi.Length; b++)
            if (psi[b] != Complex.Zero) support[k++] = b;
        return support;
    }

    /// <summary>
    /// σ² = ‖Gψ‖² − ⟨ψ|Gψ⟩² with φ = Gψ scattered from the nonzero amplitudes only: φ[b ⊕ x_g] += f_g(b)·ψ_b for b in
    /// <paramref name="support"/> (<see cref="GroupedPauliSum"/>'s elements). <paramref name="phi"/> and
    /// <paramref name="seen"/> are zero on entry and are cleared again on the entries written (listed in <paramref name="touched"/>).
    /// </summary>
    private static double SparseGroupVariance(GroupedPauliSum g, ReadOnlySpan<Complex> psi, int[] support, Complex[] phi, bool[] seen, List<int> touched)
    {
        touched.Clear();
        for (int m = 0; m < g.GroupCount; m++)
        {
            ulong x = g.XMasks[m];
            foreach (int b in support)
            {
                var (fr, fi) = g.Element(m, (ulong)b);
                int j = (int)((ulong)b ^ x);
                phi[j] += new Complex(fr, fi) * psi[b];
                if (!seen[j])
                {
                    seen[j] = true;
                    touched.Add(j);
                }
            }
        }
        double norm = 0, mean = 0;
        foreach (int j in touched)
        {
            Complex f = phi[j], a = psi[j];
            norm += f.Real * f.Real + f.Imaginary * f.Imaginary;
            mean += a.Real * f.Real + a.Imaginary * f.Imaginary;
            phi[j] = Complex.Zero;
            seen[j] = false;
        }
        return Math.Max(0, norm - mean * mean);
    }

    private static double WeightedError(double[] variances, int[] alloc)
    {
        double v = 0;
        for (int i = 0; i < alloc.Length; i++) v += variances[i] / alloc[i];
        return Math.Sqrt(v);
    }

    /// <summary>
    /// The shots per group that <see cref="Estimate(StateVector, PauliSum, int, Random)"/> (and <c>--shots</c>) uses for
    /// <paramref name="shots"/> in total: 2 per group, then the rest ∝ Σ|c| of the group by largest remainder (ties to the
    /// lower index).
    /// </summary>
    public static int[] WeightedAllocation(IReadOnlyList<MeasurementGroup> groups, int shots)
    {
        int g = groups.Count;
        var alloc = new int[g];
        if (g == 0) return alloc;
        int rest = shots - 2 * g;
        double total = groups.Sum(x => x.Weight);
        var remainder = new double[g];
        int assigned = 0;
        for (int i = 0; i < g; i++)
        {
            double exact = total > 0 ? rest * groups[i].Weight / total : (double)rest / g;
            alloc[i] = 2 + (int)Math.Floor(exact);
            remainder[i] = exact - Math.Floor(exact);
            assigned += (int)Math.Floor(exact);
        }
        foreach (int i in Enumerable.Range(0, g).OrderByDescending(i => remainder[i]).ThenBy(i => i).Take(rest - assigned))
            alloc[i]++;
        return alloc;
    }

    private static void CheckOperator(StateVector state, PauliSum h)
    {
        if (h.NumQubits > state.NumQubits) throw new QuantumAppsException($"operator acts on {h.NumQubits} qubits; the state has {state.NumQubits}");
        if (!h.IsHermitian()) throw new QuantumAppsException("shot estimation needs a Hermitian operator (real Pauli coefficients)");
    }
}
