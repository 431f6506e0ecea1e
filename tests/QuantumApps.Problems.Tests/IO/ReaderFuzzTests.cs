using QuantumApps.Problems.IO;
using QuantumApps.TestSupport;
using QuantumApps.TestSupport.Fuzzing;

namespace QuantumApps.Problems.Tests.IO;

/// <summary>
/// Every Problems reader on seeded mutants of the shipped files (<see cref="ReaderFuzz"/>): the outcome is a parsed
/// value or the reader's own "file:line: problem" error, never another exception. <see cref="SuiteIterations"/> mutants per
/// file in the suite; QUANTUMAPPS_FUZZ_ITERATIONS runs more (README, "Hostile input").
/// </summary>
public class ReaderFuzzTests
{
    /// <summary>Mutants per file in the test suite.</summary>
    public const int SuiteIterations = 150;

    private static ReaderFuzz.Summary Fuzz(string file, Func<string, string, object?> parse)
    {
        string path = RepositoryData.Graph(file);
        var summary = ReaderFuzz.Run(File.ReadAllBytes(path), path, FuzzSettings.Iterations(SuiteIterations), FuzzSettings.Seed, m => parse(m.Text, path));
        // The mutations must reach both outcomes, or the harness is not testing the reader's error paths and its parser.
        Assert.True(summary.Refused > 0 && summary.Parsed > 0, $"{file}: {summary}");
        return summary;
    }

    [Theory]
    [InlineData("petersen.txt")]
    [InlineData("regular3-n20.txt")]
    [InlineData("road-grid.txt")]
    public void EdgeList(string file) => Fuzz(file, (text, src) => EdgeListReader.Parse(text, src));

    [Theory]
    [InlineData("k8.gset")]
    [InlineData("weighted5.gset")]
    [InlineData("ring7.rudy")]
    public void Gset(string file) => Fuzz(file, (text, src) => GsetReader.Parse(text, src));

    [Theory]
    [InlineData("burma14.tsp")]
    [InlineData("gr17.tsp")]
    [InlineData("ulysses16.tsp")]
    [InlineData("tiny5-full.tsp")]
    public void Tsplib(string file) => Fuzz(file, (text, src) => TsplibReader.ParseTsp(text, src));

    [Theory]
    [InlineData("E-n13-k4.vrp")]
    [InlineData("tiny-n7-k3.vrp")]
    public void Cvrplib(string file) => Fuzz(file, (text, src) => TsplibReader.ParseVrp(text, src));

    [Fact]
    public void RoadGraphWithStops()
    {
        string stops = File.ReadAllText(RepositoryData.Graph("road-grid.stops"));
        string road = File.ReadAllText(RepositoryData.Graph("road-grid.txt"));
        string roadPath = RepositoryData.Graph("road-grid.txt"), stopsPath = RepositoryData.Graph("road-grid.stops");
        // The road network mutated with the stops intact, then the stops mutated with the road intact.
        Fuzz("road-grid.txt", (text, src) => RoadNetworkReader.BuildTsp(EdgeListReader.Parse(text, src), RoadNetworkReader.ParseStops(stops, stopsPath), src, "grid"));
        var network = EdgeListReader.Parse(road, roadPath);
        Fuzz("road-grid.stops", (text, src) => RoadNetworkReader.BuildTsp(network, RoadNetworkReader.ParseStops(text, src, network.NodeCount), roadPath, "grid"));
    }
}
