using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>
/// One-hot position encoding of the TSP as a QUBO (minimised). x_(v,t) = 1 iff city v is visited at step t.
/// <para>Full form (N² variables, variable index q = v·N + t, v, t ∈ 0..N−1):
/// E = A Σ_v (1 − Σ_t x_(v,t))² + A Σ_t (1 − Σ_v x_(v,t))² + Σ_(u≠v) d_uv Σ_t x_(u,t) x_(v,(t+1) mod N).</para>
/// <para>Fixed-first-city form ((N−1)² variables, q = (v−1)(N−1) + (t−1), v, t ∈ 1..N−1; city 0 sits at t = 0):
/// the same constraints over v, t ≥ 1, and distance Σ_v d_0v x_(v,1) + Σ_(t=1)^(N−2) Σ_(u≠v) d_uv x_(u,t) x_(v,t+1)
/// + Σ_v d_v0 x_(v,N−1).</para>
/// <para>Penalty rule (default A = B + 1 with B = sum of the N largest off-diagonal entries d_ij, i ≠ j).
/// Claim: every infeasible assignment has higher energy than every feasible one. Proof: a feasible assignment
/// is a permutation matrix, all squared terms vanish and E equals the tour length, which is a sum of N arcs
/// (v_t, v_(t+1)); the arcs are distinct ordered pairs because each city has exactly one successor, so
/// E ≤ B. In an infeasible assignment some row or column sum is an integer ≠ 1, so its squared term is ≥ 1
/// and the penalty is ≥ A; distance terms are ≥ 0 because d ≥ 0. Hence E_infeasible ≥ A &gt; B ≥ E_feasible. ∎
/// Any A &gt; B keeps this guarantee; smaller A may be passed explicitly (the guarantee is then lost and
/// <see cref="PenaltyGuaranteed"/> is false).</para>
/// </summary>
public sealed class TspQubo
{
    private TspQubo(TspInstance instance, bool fixFirstCity, double penalty, double bound, Qubo qubo)
    {
        Instance = instance; FixFirstCity = fixFirstCity; Penalty = penalty; FeasibleBound = bound; Qubo = qubo;
    }

    public TspInstance Instance { get; }
    public bool FixFirstCity { get; }

    /// <summary>The constraint weight A.</summary>
    public double Penalty { get; }

    /// <summary>B = sum of the N largest off-diagonal distances ≥ every tour length.</summary>
    public double FeasibleBound { get; }

    /// <summary>True when A &gt; B, i.e. the separation proof in the class remarks applies.</summary>
    public bool PenaltyGuaranteed => Penalty > FeasibleBound;

    public Qubo Qubo { get; }

    /// <summary>Number of binary variables: N² or (N−1)².</summary>
    public int NumVariables => Qubo.NumVariables;

    /// <summary>Builds the encoding. <paramref name="penalty"/> null ⇒ A = B + 1.</summary>
    public static TspQubo Create(TspInstance instance, bool fixFirstCity, double? penalty = null)
    {
        int n = instance.CityCount;
        if (n < 2) throw new QuantumAppsException($"tsp qubo: need at least 2 cities, got {n}");
        var d = instance.Distances;
        double bound = d.SumOfLargestOffDiagonal(n);
        double a = penalty ?? bound + 1;
        if (!(a > 0) || !double.IsFinite(a)) throw new QuantumAppsException($"tsp qubo: penalty must be positive and finite, got {a}");
        int first = fixFirstCity ? 1 : 0;
        int m = n - first;
        var b = new QuboBuilder(m * m);
        int Var(int v, int t) => (v - first) * m + (t - first);
        for (int v = first; v < n; v++)
            b.AddSquare(Enumerable.Range(first, m).Select(t => (Var(v, t), 1.0)).ToArray(), -1, a);
        for (int t = first; t < n; t++)
            b.AddSquare(Enumerable.Range(first, m).Select(v => (Var(v, t), 1.0)).ToArray(), -1, a);
        if (fixFirstCity)
        {
            for (int v = 1; v < n; v++)
            {
                b.AddLinear(Var(v, 1), d[0, v]);
                b.AddLinear(Var(v, n - 1), d[v, 0]);
            }
            for (int t = 1; t < n - 1; t++)
                for (int u = 1; u < n; u++)
                    for (int v = 1; v < n; v++)
                        if (u != v) b.AddPair(Var(u, t), Var(v, t + 1), d[u, v]);
        }
        else
        {
            for (int t = 0; t < n; t++)
                for (int u = 0; u < n; u++)
                    for (int v = 0; v < n; v++)
                        if (u != v) b.AddPair(Var(u, t), Var(v, (t + 1) % n), d[u, v]);
        }
        return new TspQubo(instance, fixFirstCity, a, bound, b.ToQubo());
    }

    /// <summary>Variable index of x_(v,t) (for the fixed form v, t ≥ 1).</summary>
    public int VariableIndex(int city, int step)
    {
        int first = FixFirstCity ? 1 : 0, n = Instance.CityCount, m = n - first;
        if (city < first || city >= n || step < first || step >= n) throw new QuantumAppsException($"tsp qubo: no variable for city {city} at step {step}");
        return (city - first) * m + (step - first);
    }

    /// <summary>Bits of a tour (rotated so city 0 is at step 0).</summary>
    public bool[] Encode(IReadOnlyList<int> tour)
    {
        int n = Instance.CityCount;
        if (!DistanceMatrix.IsPermutation(tour, n)) throw new QuantumAppsException($"tsp qubo: [{string.Join(",", tour)}] is not a tour of {n} cities");
        var rotated = RotateToZero(tour);
        var bits = new bool[NumVariables];
        for (int t = FixFirstCity ? 1 : 0; t < n; t++) bits[VariableIndex(rotated[t], t)] = true;
        return bits;
    }

    /// <summary>Decodes bits to a tour, checking every one-hot constraint.</summary>
    public TspDecoding Decode(ReadOnlySpan<bool> bits)
    {
        if (bits.Length != NumVariables) throw new QuantumAppsException($"tsp qubo: {bits.Length} bits given, expected {NumVariables}");
        int n = Instance.CityCount, first = FixFirstCity ? 1 : 0;
        var tour = new int[n];
        for (int t = first; t < n; t++)
        {
            int count = 0;
            for (int v = first; v < n; v++) if (bits[VariableIndex(v, t)]) { count++; tour[t] = v; }
            if (count != 1) return new TspDecoding(false, null, null, $"step {t} has {count} cities");
        }
        for (int v = first; v < n; v++)
        {
            int count = 0;
            for (int t = first; t < n; t++) if (bits[VariableIndex(v, t)]) count++;
            if (count != 1) return new TspDecoding(false, null, null, $"city {v} is visited {count} times");
        }
        var r = RotateToZero(tour);
        return new TspDecoding(true, r, Instance.Distances.TourLength(r), null);
    }

    /// <summary>Rotates a closed tour so that it starts at city 0 (direction kept).</summary>
    public static int[] RotateToZero(IReadOnlyList<int> tour)
    {
        int k = 0;
        while (tour[k] != 0) k++;
        var r = new int[tour.Count];
        for (int i = 0; i < tour.Count; i++) r[i] = tour[(k + i) % tour.Count];
        return r;
    }
}
