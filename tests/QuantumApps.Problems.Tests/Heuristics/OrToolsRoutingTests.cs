using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.Heuristics;

/// <summary>
/// Google OR-Tools as a baseline: its tours and routes pass our own validation and re-evaluation, and never beat the
/// published optima (gr17 2085: TSPLIB95; E-n13-k4 247: CVRPLIB, file COMMENT).
/// </summary>
public class OrToolsRoutingTests
{
    [Fact]
    public void Tsp_TourIsValidatedAndReEvaluatedByOurCode()
    {
        var d = TsplibReader.ReadTsp(RepositoryData.Graph("gr17.tsp")).Distances;
        var s = OrToolsRouting.SolveTsp(d, new SearchBudget(TimeLimitSeconds: 0.2));
        Assert.True(DistanceMatrix.IsPermutation(s.Tour, 17));
        Assert.Equal(0, s.Tour[0]);
        Assert.Equal(d.TourLength(s.Tour), s.Length);
        Assert.True(s.Length >= 2085);
        Assert.True(s.Length <= 2085 * 1.05, $"ortools {s.Length} more than 5 % above 2085");
    }

    [Fact]
    public void Tsp_FractionalDistancesAreScaledAndReEvaluated()
    {
        var d = TspIlsAndBoundTests.RandomEuclidean(9, 4);
        var frac = DistanceMatrix.FromFunction(9, (i, j) => d[i, j] / 7.0);
        double exact = HeldKarp.Solve(frac).Length;
        var s = OrToolsRouting.SolveTsp(frac, new SearchBudget(TimeLimitSeconds: 0.2));
        Assert.Equal(frac.TourLength(s.Tour), s.Length);
        Assert.True(s.Length >= exact - 1e-9);
    }

    [Fact]
    public void Cvrp_RoutesPassOurCheck()
    {
        var v = TsplibReader.ReadVrp(RepositoryData.Graph("E-n13-k4.vrp"));
        var s = OrToolsRouting.SolveCvrp(v, new SearchBudget(TimeLimitSeconds: 0.3));
        Assert.Null(v.CheckSolution(s.Routes));
        Assert.Equal(s.Routes.Sum(v.RouteCost), s.Cost, 1e-9);
        Assert.True(s.Cost >= 247);
        Assert.True(s.Routes.Count <= 4);
    }

    [Fact]
    public void NativeLoadFailures_BecomeOneLineReasons()
    {
        string? r = OrToolsRouting.LoadFailure(new TypeInitializationException("Google.OrTools.ConstraintSolver.operations_research_constraint_solverPINVOKE",
            new DllNotFoundException("Unable to load shared library 'google-ortools-native'\nmore detail")));
        Assert.Equal("ortools: the OR-Tools native library could not be loaded (DllNotFoundException: Unable to load shared library 'google-ortools-native')", r);
        Assert.Null(OrToolsRouting.LoadFailure(new InvalidOperationException("x")));
    }
}
