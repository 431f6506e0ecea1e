using System.Text.Json;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests.Readme;

/// <summary>
/// Every JSON shape the README documents is the shape the command prints: each documented key is present, and a
/// closed object (no <c>...</c>) has no undocumented key. The README is the source of the expected shapes; the CLI run
/// as a user runs it is the independent path.
/// </summary>
public class ReadmeJsonShapeTests
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(RepositoryData.Path("..", "README.md")));

    public static TheoryData<string, string[]> Commands() => new()
    {
        { "* maxcut: `", ["maxcut", RepositoryData.Graph("petersen.txt"), "--methods", "exact,qaoa,gw,sa,tabu,greedy,local", "--p", "1"] },
        { "* tsp: `", ["tsp", RepositoryData.Graph("tiny5-full.tsp"), "--methods", "exact,nn2opt,sa,ils,ortools,qaoa", "--p", "1"] },
        { "* vrp: `", ["vrp", RepositoryData.Graph("E-n13-k4.vrp")] },
        { "`bestSampledCut` and `assignment`): `", ["maxcut", RepositoryData.Graph("petersen.txt"), "--methods", "anneal"] },
        { "Measured figures: docs/benchmarks.md. JSON:\n`", ["anneal-study", "--sizes", "6", "--runs", "5", "--anneal-times", "1,4"] },
        { "JSON of `molecule energy` (energies", ["molecule", "energy", RepositoryData.Molecule("h2.xyz"), "--methods", "hf,mp2,ccsd,ccsd(t),fci,vqe"] },
        { "(Molpro/PySCF format). JSON: `", ["molecule", "hamiltonian", RepositoryData.Molecule("h2.xyz")] },
        { "exit code is 3. JSON: `", ["molecule", "scan", RepositoryData.Molecule("h2.xyz"), "--bond", "0.7:0.8:0.1", "--methods", "hf,fci,vqe"] },
        { "its reason; the exit code is then 3 (0 all ok, 1 all failed or bad input, 2 usage).\n\nJSON: `",
          ["classify", RepositoryData.Path("datasets", "iris.csv"), "--classes", "versicolor,virginica", "--features", "2", "--models", "logreg,knn"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void DocumentedShapeIsPrinted(string anchor, string[] args)
    {
        var shape = DocumentedShape.Parse(ShapeAfter(anchor));
        var run = CliProcess.Run([.. args, "--format", "json", "--quiet"]);
        Assert.True(run.ExitCode == 0, run.StdErr);
        using var json = JsonDocument.Parse(run.StdOut);
        var differences = shape.Differences(json.RootElement);
        Assert.True(differences.Count == 0, $"README shape after \"{anchor.Trim()}\" differs from the output:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void ParserReadsTheNotation()
    {
        var shape = DocumentedShape.Parse("""{"a","b":{"c"},"d"|"e":{...},"f":[{"g": null | E}],"h": "x|y","i"?, ...}""");
        using var ok = JsonDocument.Parse("""{"a":1,"b":{"c":2},"d":{"z":1},"f":[{"g":1},{"g":null}],"h":"x","extra":0}""");
        Assert.Empty(shape.Differences(ok.RootElement));
        using var missing = JsonDocument.Parse("""{"b":{"c":2},"f":[],"h":"x"}""");
        Assert.Equal(["$.a: documented, missing from the output"], shape.Differences(missing.RootElement));
        var closed = DocumentedShape.Parse("""{"a","b":{"c"}}""");
        using var bad = JsonDocument.Parse("""{"a":1,"b":{"d":2}}""");
        Assert.Equal(["$.b.c: documented, missing from the output", "$.b.d: in the output, not documented"], closed.Differences(bad.RootElement));
    }

    /// <summary>The shape that follows <paramref name="anchor"/>: an inline `…` code span, or the next ```json block.</summary>
    private static string ShapeAfter(string anchor)
    {
        string text = Readme.Value;
        int at = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(at >= 0, $"README has no \"{anchor}\"");
        int start = at + anchor.Length;
        if (anchor.EndsWith('`')) return text[start..text.IndexOf('`', start)];
        int block = text.IndexOf("```json\n", start, StringComparison.Ordinal) + "```json\n".Length;
        return text[block..text.IndexOf("```", block, StringComparison.Ordinal)];
    }
}
