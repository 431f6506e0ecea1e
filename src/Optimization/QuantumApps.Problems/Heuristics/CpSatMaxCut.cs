using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using QuantumApps.Problems.Graphs;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// MaxCut by Google OR-Tools' CP-SAT solver, the practitioner's exact anchor for small graphs. Model: a Boolean
/// x_i per node (x_(n−1) = 0 fixes the side symmetry) and y_e per edge e = (i, j) with y_e = x_i ⊕ x_j written as
/// the four linear constraints y ≤ x_i + x_j, y ≤ 2 − x_i − x_j, y ≥ x_i − x_j, y ≥ x_j − x_i; objective
/// max Σ_e s·w_e y_e. CP-SAT needs integer coefficients, so the weights are scaled by the smallest s = 10^k,
/// k = 0…6, that makes every s·w_e an integer (to 1e-9 relative), and refused when none does or when Σ|s·w_e|
/// exceeds 2^53. The returned cut is re-evaluated with the original weights (<see cref="MaxCut.CutValue(Graph, string)"/>).
/// <para>Status: <see cref="CpSatMaxCutResult.ProvedOptimal"/> when CP-SAT proved optimality within the time
/// limit, else the best feasible cut with CP-SAT's upper bound. Search: one worker and a fixed random seed per start
/// (reproducible up to the time limit). Budget (<see cref="SearchBudget"/>): default time limit
/// <see cref="DefaultSeconds"/> s; R restarts are solver runs with seeds seed, seed+1, … sharing the time, stopping
/// at the first proof. A native library that cannot load is reported as a <see cref="QuantumAppsException"/>
/// naming the cause.</para>
/// </summary>
public static class CpSatMaxCut
{
    /// <summary>Time limit per method when the budget has none.</summary>
    public const double DefaultSeconds = 10;

    /// <summary>Largest decimal scale tried to make the weights integral: 10^6.</summary>
    public const int MaxDecimalDigits = 6;

    /// <summary>Solves the graph; <paramref name="seed"/> is CP-SAT's random_seed of the first run.</summary>
    public static CpSatMaxCutResult Solve(Graph g, int seed, SearchBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(g);
        var sw = Stopwatch.StartNew();
        budget ??= new SearchBudget();
        var clock = new BudgetClock(budget, sw);
        double total = budget.Validated().TimeLimitSeconds ?? DefaultSeconds;
        var (scale, weights) = IntegerWeights(g);
        int n = g.NodeCount;
        if (n == 0) return new CpSatMaxCutResult(0, "", true, 0, 0, sw.Elapsed.TotalSeconds);
        CpSatMaxCutResult? best = null;
        int runs = 0;
        try
        {
            for (int run = 0; run < clock.Restarts; run++)
            {
                double share = Math.Max(0.01, total * (run + 1) / clock.Restarts - sw.Elapsed.TotalSeconds);
                var r = SolveOnce(g, weights, scale, seed + run, share);
                runs++;
                if (best is null || r.Cut > best.Cut || (r.Cut == best.Cut && r.ProvedOptimal)) best = r with { UpperBound = Math.Min(r.UpperBound, best?.UpperBound ?? double.PositiveInfinity) };
                if (best.ProvedOptimal || sw.Elapsed.TotalSeconds >= total) break;
            }
        }
        catch (Exception e) when (OrToolsRouting.LoadFailure(e, "cpsat") is string reason)
        {
            throw new QuantumAppsException(reason);
        }

        return best! with { Seconds = sw.Elapsed.TotalSeconds, Runs = runs };
    }

    private static CpSatMaxCutResult SolveOnce(Graph g, long[] weights, double scale, int seed, double seconds)
    {
        int n = g.NodeCount;
        var model = new CpModel();
        var x = new BoolVar[n];
        for (int i = 0; i < n; i++) x[i] = model.NewBoolVar($"x{i}");
        model.Add(x[n - 1] == 0);
        var edges = g.Edges;
        var y = new BoolVar[edges.Count];
        for (int e = 0; e < edges.Count; e++)
        {
            var (xi, xj) = (x[edges[e].U], x[edges[e].V]);
            var ye = y[e] = model.NewBoolVar($"y{e}");
            model.Add(ye <= xi + xj);
            model.Add(ye + xi + xj <= 2);
            model.Add(ye >= xi - xj);
            model.Add(ye >= xj - xi);
        }

        model.Maximize(LinearExpr.WeightedSum(y, weights));
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{seconds:R} num_workers:1 random_seed:{seed}"),
        };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new QuantumAppsException($"cpsat: no cut found within {seconds:G3} s (solver status {status})");
        }

        var side = new bool[n];
        for (int i = 0; i < n; i++) side[i] = solver.BooleanValue(x[i]);
        string assignment = Bits.ToString(side);
        double cut = MaxCut.CutValue(g, assignment);
        return new CpSatMaxCutResult(cut, assignment, status == CpSolverStatus.Optimal, solver.BestObjectiveBound / scale, 1, solver.WallTime());
    }

    /// <summary>The smallest decimal scale making every weight an integer, and the scaled weights.</summary>
    internal static (double Scale, long[] Weights) IntegerWeights(Graph g)
    {
        var edges = g.Edges;
        for (int k = 0; k <= MaxDecimalDigits; k++)
        {
            double scale = Math.Pow(10, k);
            var w = new long[edges.Count];
            double sum = 0;
            bool ok = true;
            for (int e = 0; e < edges.Count && ok; e++)
            {
                double v = edges[e].Weight * scale;
                double r = Math.Round(v);
                sum += Math.Abs(r);
                ok = double.IsFinite(v) && Math.Abs(v - r) <= 1e-9 * Math.Max(1, Math.Abs(v)) && sum <= 9007199254740992.0;
                if (ok) w[e] = (long)r;
            }

            if (ok) return (scale, w);
            if (edges.Any(e => !double.IsFinite(e.Weight * scale)) || edges.Sum(e => Math.Abs(e.Weight * scale)) > 9007199254740992.0)
            {
                break;
            }
        }

        throw new QuantumAppsException($"cpsat: the weights must be integers after scaling by at most 10^{MaxDecimalDigits}, with Σ|w| ≤ 2^53 (CP-SAT takes integer coefficients)");
    }
}
