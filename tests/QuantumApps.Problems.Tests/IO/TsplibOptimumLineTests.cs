using QuantumApps.Problems.IO;

namespace QuantumApps.Problems.Tests.IO;

/// <summary>The non-standard OPTIMUM header line: accepted, ignored, reported as a warning with file and line.</summary>
public class TsplibOptimumLineTests
{
    private const string Body = "TYPE: TSP\nDIMENSION: 4\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 3 0\n3 3 4\n4 0 4\nEOF\n";

    [Fact]
    public void OptimumLine_IsIgnoredWithAWarning()
    {
        var warnings = new List<string>();
        var with = TsplibReader.ParseTsp("NAME: sq\nOPTIMUM : 14\n" + Body, "sq.tsp", warnings.Add);
        var without = TsplibReader.ParseTsp("NAME: sq\n" + Body, "sq.tsp");
        Assert.Equal(without.Distances, with.Distances);
        Assert.Equal(["sq.tsp:2: ignoring the non-standard keyword OPTIMUM (14)"], warnings);
        Assert.Equal(14, with.Distances.TourLength([0, 1, 2, 3])); // 3 + 4 + 3 + 4: the value is not used, only reported
    }

    [Fact]
    public void OtherUnknownKeywords_AreStillErrors()
    {
        var e = Assert.Throws<QuantumApps.Simulator.QuantumAppsException>(() => TsplibReader.ParseTsp("NAME: sq\nBEST: 14\n" + Body, "sq.tsp"));
        Assert.Contains("sq.tsp:2", e.Message);
    }
}
