using QuantumApps.TestSupport;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Tests.Heuristics;

public class VrpSolverTests
{
    /// <summary>Integer route costs; exact equality up to float summation.</summary>
    private const double CostTolerance = 1e-9;

    [Theory]
    [InlineData("E-n13-k4.vrp", 247)]    // CVRPLIB published optimum (Eilon et al.; file COMMENT)
    [InlineData("P-n16-k8.vrp", 450)]    // CVRPLIB published optimum (Augerat et al.; file COMMENT)
    [InlineData("tiny-n7-k3.vrp", 287)]  // separate Python enumeration of all set partitions and route orders
    public void Exact_ReproducesPublishedOptima_AndSavingsNeverBeatsIt(string file, double optimum)
    {
        var inst = TsplibReader.ReadVrp(RepositoryData.Graph(file));
        var exact = VrpExact.Solve(inst);
        Assert.Null(exact.Violation);
        Assert.Equal(optimum, exact.Cost, CostTolerance);
        Assert.Equal(exact.Cost, exact.Routes.Sum(inst.RouteCost), CostTolerance);
        var cw = ClarkeWright.Solve(inst);
        // With the fleet repair every shipped instance gets a feasible savings solution within its fleet size.
        Assert.Null(inst.CheckSolution(cw.Routes));
        Assert.Null(cw.Violation);
        Assert.True(cw.Cost >= optimum - CostTolerance, $"savings {cw.Cost} beats optimum {optimum}");
    }

    [Fact]
    public void Fleet_repair_empties_the_lightest_route_into_the_others()
    {
        // Four customers on a line at x = 1, 2, 3, 4 (depot at 0), demand 1 each, capacity 3, fleet 2. Routes {1},
        // {2}, {3, 4}: route {1} (load 1) is emptied first; customer 1 goes in front of 2 (added cost 0 on the line).
        // Independent check: CheckSolution and the route count.
        var d = DistanceMatrix.FromFunction(5, (a, b) => Math.Abs(a - b));
        var inst = new VrpInstance("line", d, 0, [0, 1, 1, 1, 1], 3, 2);
        var routes = new List<List<int>> { new() { 1 }, new() { 2 }, new() { 3, 4 } };
        ClarkeWright.ReduceToFleet(inst, routes, 2);
        Assert.Equal(2, routes.Count);
        Assert.Null(inst.CheckSolution(routes));
        Assert.Contains(routes, r => r.SequenceEqual([1, 2]));
    }

    [Fact]
    public void Fleet_repair_stops_when_no_route_can_be_emptied()
    {
        // Capacity 2 and four unit-demand customers need two routes at least: a fleet of 1 cannot be reached, the
        // routes stay as they are and the violation is reported by CheckSolution.
        var d = DistanceMatrix.FromFunction(5, (a, b) => Math.Abs(a - b));
        var inst = new VrpInstance("tight", d, 0, [0, 1, 1, 1, 1], 2, 1);
        var routes = new List<List<int>> { new() { 1, 2 }, new() { 3, 4 } };
        ClarkeWright.ReduceToFleet(inst, routes, 1);
        Assert.Equal(2, routes.Count);
        Assert.Contains("fleet", inst.CheckSolution(routes));
    }
}
