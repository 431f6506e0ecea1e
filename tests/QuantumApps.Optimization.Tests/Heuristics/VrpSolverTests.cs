using QuantumApps.Optimization.Heuristics;
using QuantumApps.Optimization.IO;

namespace QuantumApps.Optimization.Tests.Heuristics;

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
        var inst = TsplibReader.ReadVrp(TestData.Graphs(file));
        var exact = VrpExact.Solve(inst);
        Assert.Null(exact.Violation);
        Assert.Equal(optimum, exact.Cost, CostTolerance);
        Assert.Equal(exact.Cost, exact.Routes.Sum(inst.RouteCost), CostTolerance);
        var cw = ClarkeWright.Solve(inst);
        Assert.Null(inst.CheckSolution(cw.Routes) is { } v && !v.Contains("fleet") ? v : null);
        Assert.True(cw.Cost >= optimum - CostTolerance, $"savings {cw.Cost} beats optimum {optimum}");
    }
}
