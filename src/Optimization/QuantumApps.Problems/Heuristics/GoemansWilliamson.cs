using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Goemans–Williamson MaxCut. SDP: max Σ_(ij) w_ij (1 − v_i·v_j)/2 over unit vectors v_i. We use the low-rank
/// Burer–Monteiro factorisation with rank k = min(n, ⌈√(2n)⌉ + 1) (above √(2n) every local optimum is global
/// generically, Boumal–Voroninski–Bandeira 2016) and solve it by exact block-coordinate descent on the sphere:
/// v_i ← −g_i/|g_i| with g_i = Σ_j w_ij v_j, which minimises Σ w_ij v_i·v_j in v_i with the others fixed
/// (the "mixing method", Wang–Chang–Kolter 2017). Sweeps stop when the objective improves by less than
/// 1e-10·(1 + |objective|) or after <c>maxSweeps</c>.
/// <para>Upper bound: with Laplacian L (L_ii = Σ_j w_ij, L_ij = −w_ij) the SDP is max ¼⟨L, X⟩, diag X = 1,
/// X ⪰ 0, whose dual is min Σ y_i s.t. Diag(y) − L/4 ⪰ 0. From the primal we take y_i = ¼(L X)_ii and shift
/// by μ = λ_min(Diag(y) − L/4): y − μ is dual feasible, so Σ y_i − nμ ≥ SDP optimum ≥ max cut, certified
/// whatever the solver's accuracy (plus 1e-9·(1 + |bound|) for eigen-solver round-off). The dense eigen-solve costs
/// O(n³) (about 167 s of a 170 s run at n = 2000 on two cores), so it is optional: <c>certificate</c> true forces it,
/// false skips it (bound NaN), null computes it for n ≤ <see cref="AutoCertificateNodes"/> only.</para>
/// <para>Rounding: r ~ N(0, I_k) from the seeded <see cref="Random"/>, node i on side 1 iff v_i·r &lt; 0;
/// best of R roundings. For w ≥ 0, E[cut] = Σ w_ij arccos(v_i·v_j)/π ≥ 0.87856·SDP value. Each rounded cut is then
/// polished by steepest 1-flip descent on the −C QUBO (<see cref="OneFlipLocalSearch.Descend"/>), which never lowers
/// it; the best unpolished cut is kept as <see cref="GoemansWilliamsonResult.RoundedCut"/>.</para>
/// <para>Budget (<see cref="SearchBudget"/>): R independent SDP solves from new random vectors, each with its
/// roundings, best kept; with a time limit the sweeps of a start stop when half its share T/R is used and roundings
/// continue (at least one) until the share is used.</para>
/// </summary>
public static class GoemansWilliamson
{
    /// <summary>Largest graph for which the dense dual certificate (O(n³) eigen-solve) is computed at all.</summary>
    public const int MaxNodesForCertificate = 2000;

    /// <summary>Largest graph for which the certificate is computed when not asked for explicitly (about a second here).</summary>
    public const int AutoCertificateNodes = 400;

    /// <summary>Runs the SDP sweeps and roundings; the token is checked per sweep and per rounding (cancellation throws <see cref="OperationCanceledException"/>).</summary>
    public static GoemansWilliamsonResult Solve(Graph g, Random rng, int roundings = 100, int maxSweeps = 5000, int? rank = null,
        IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default,
        SearchBudget? budget = null, bool polish = true, bool? certificate = null)
    {
        ArgumentNullException.ThrowIfNull(g);
        var sw = Stopwatch.StartNew();
        var clock = new BudgetClock(budget ?? new SearchBudget(), sw);
        int n = g.NodeCount;
        if (certificate == true && n > MaxNodesForCertificate)
        {
            throw new ArgumentException($"gw: the dense certificate is limited to {MaxNodesForCertificate} nodes (O(n³) eigen-solve), got {n}");
        }

        bool certify = certificate ?? n <= AutoCertificateNodes;
        var qubo = polish ? MaxCut.MinimizationQubo(g) : null;
        GoemansWilliamsonResult? best = null;
        for (int start = 0; start < clock.Restarts; start++)
        {
            var r = SolveOnce(g, rng, roundings, maxSweeps, rank, certify, qubo, clock, start, progress, cancellationToken);
            if (best is null || r.Cut > best.Cut) best = r with { UpperBound = Math.Min(r.UpperBound, best?.UpperBound ?? double.PositiveInfinity) };
            else if (r.UpperBound < best.UpperBound) best = best with { UpperBound = r.UpperBound };
            if (clock.Expired()) break;
        }

        return best! with { Seconds = sw.Elapsed.TotalSeconds };
    }

    private static GoemansWilliamsonResult SolveOnce(Graph g, Random rng, int roundings, int maxSweeps, int? rank, bool certify, Qubo? qubo,
        BudgetClock clock, int start, IProgress<SearchProgress>? progress, CancellationToken cancellationToken)
    {
        var sw = Stopwatch.StartNew();
        int n = g.NodeCount;
        int k = rank ?? Math.Min(n, (int)Math.Ceiling(Math.Sqrt(2.0 * n)) + 1);
        k = Math.Max(1, Math.Min(k, Math.Max(1, n)));
        var v = new double[n * k];
        for (int i = 0; i < n; i++)
        {
            var row = v.AsSpan(i * k, k);
            for (int c = 0; c < k; c++) row[c] = Gaussian(rng);
            Normalize(row);
        }
        double obj = Objective(g, v, k);
        int sweeps = 0;
        string exit = $"max sweeps {maxSweeps} reached";
        var grad = new double[k];
        while (sweeps < maxSweeps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock.HalfShareExpired(start)) { exit = $"time limit after {sweeps} sweeps"; break; }
            if (progress is not null && sweeps % 50 == 0) progress.Report(new SearchProgress("gw", sweeps, maxSweeps, "sweeps", double.NaN));
            sweeps++;
            for (int i = 0; i < n; i++)
            {
                Array.Clear(grad);
                var nb = g.Neighbors(i);
                var w = g.NeighborWeights(i);
                for (int a = 0; a < nb.Length; a++)
                {
                    var vj = v.AsSpan(nb[a] * k, k);
                    for (int c = 0; c < k; c++) grad[c] += w[a] * vj[c];
                }
                double norm = 0;
                for (int c = 0; c < k; c++) norm += grad[c] * grad[c];
                if (norm <= 1e-300) continue;
                norm = Math.Sqrt(norm);
                var vi = v.AsSpan(i * k, k);
                for (int c = 0; c < k; c++) vi[c] = -grad[c] / norm;
            }
            double next = Objective(g, v, k);
            bool done = obj - next < 1e-10 * (1 + Math.Abs(next));
            obj = next;
            if (done) { exit = $"converged after {sweeps} sweeps"; break; }
        }
        double sdp = (g.TotalWeight - obj) / 2;
        double expected = 0;
        foreach (var e in g.Edges) expected += e.Weight * Math.Acos(Math.Clamp(Dot(v, k, e.U, e.V), -1, 1)) / Math.PI;
        double bound = certify ? DualBound(g, v, k) : double.NaN;

        var r = new double[k];
        var side = new bool[n];
        string bestAssign = new('0', n);
        double bestCut = double.NegativeInfinity, bestRounded = double.NegativeInfinity, sum = 0;
        roundings = Math.Max(1, roundings);
        int t = 0;
        for (; clock.HasLimit ? t == 0 || !clock.ShareExpired(start) : t < roundings; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int c = 0; c < k; c++) r[c] = Gaussian(rng);
            for (int i = 0; i < n; i++)
            {
                double p = 0;
                for (int c = 0; c < k; c++) p += v[i * k + c] * r[c];
                side[i] = p < 0;
            }
            double cut = MaxCut.CutValue(g, side);
            sum += cut;
            bestRounded = Math.Max(bestRounded, cut);
            if (qubo is not null)
            {
                var (polished, _) = OneFlipLocalSearch.Descend(qubo, side);
                double pc = MaxCut.CutValue(g, polished);
                if (pc > bestCut) { bestCut = pc; bestAssign = Bits.ToString(polished); }
            }
            else if (cut > bestCut) { bestCut = cut; bestAssign = Bits.ToString(side); }
        }

        return new GoemansWilliamsonResult(bestCut, bestAssign, sum / t, expected, sdp, bound, k, sweeps, t, exit, sw.Elapsed.TotalSeconds)
        {
            RoundedCut = bestRounded,
        };
    }

    private static double DualBound(Graph g, double[] v, int k)
    {
        int n = g.NodeCount;
        if (n == 0) return 0;
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            var nb = g.Neighbors(i);
            var w = g.NeighborWeights(i);
            double s = 0;
            for (int a = 0; a < nb.Length; a++) s += w[a] * (1 - Dot(v, k, i, nb[a]));
            y[i] = s / 4;
        }
        var m = Matrix<double>.Build.Dense(n, n);
        for (int i = 0; i < n; i++) m[i, i] = y[i] - g.WeightedDegree(i) / 4;
        foreach (var e in g.Edges) { m[e.U, e.V] = e.Weight / 4; m[e.V, e.U] = e.Weight / 4; }
        var evd = m.Evd(Symmetricity.Symmetric);
        double mu = double.PositiveInfinity;
        foreach (var ev in evd.EigenValues) mu = Math.Min(mu, ev.Real);
        double bound = y.Sum() - n * mu;
        return bound + 1e-9 * (1 + Math.Abs(bound));
    }

    private static double Objective(Graph g, double[] v, int k)
    {
        double s = 0;
        foreach (var e in g.Edges) s += e.Weight * Dot(v, k, e.U, e.V);
        return s;
    }

    private static double Dot(double[] v, int k, int i, int j)
    {
        double s = 0;
        for (int c = 0; c < k; c++) s += v[i * k + c] * v[j * k + c];
        return s;
    }

    private static void Normalize(Span<double> x)
    {
        double s = 0;
        foreach (double a in x) s += a * a;
        s = Math.Sqrt(s);
        if (s == 0) { x[0] = 1; return; }
        for (int c = 0; c < x.Length; c++) x[c] /= s;
    }

    private static double Gaussian(Random rng)
    {
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
