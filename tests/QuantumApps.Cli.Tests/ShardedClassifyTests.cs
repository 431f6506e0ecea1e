using System.Text.Json.Nodes;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Learning.Selection;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests;

/// <summary>
/// <c>classify --shard K/N</c> + <c>merge</c>: the merged table/JSON equals one unsharded run (the independent path:
/// <see cref="SelectionPlan.RunAll"/> runs only the winning final fit, the shards run every task), wall times aside;
/// a failing model stays a failed row; the merge refuses inconsistent parts.
/// </summary>
public class ShardedClassifyTests
{
    // iris, all three classes on one feature: the VQC needs a readout qubit per class beyond two and fails with its reason
    private static ClassifyOptions Options(OutputFormat format, Shard? shard = null, string? part = null, string models = "logreg,knn,qkernel,vqc") =>
        new(RepositoryData.Path("datasets", "iris.csv"), null, null, 1, models, 1, 0, 0.3, 3, 5, 42, format, true, Shard: shard, Out: part);

    /// <summary>Wall-clock fields differ between any two runs; everything else must be equal.</summary>
    private static JsonNode WithoutWallTimes(string json)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var m in root["models"]!.AsArray())
        {
            m!.AsObject().Remove("trainingSeconds");
            m.AsObject().Remove("selectionSeconds");
        }
        return root;
    }

    private static string[] Shards(string dir, int n, string models = "logreg,knn,qkernel,vqc")
    {
        var parts = new string[n];
        for (int k = 0; k < n; k++)
        {
            parts[k] = Path.Combine(dir, $"part-{k}.json");
            Assert.Equal(0, ClassifyRunner.Run(Options(OutputFormat.Table, new Shard(k, n), parts[k], models), TextWriter.Null));
        }
        return parts;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void MergedShardsEqualOneRun(int n)
    {
        var single = new StringWriter();
        int singleCode = ClassifyRunner.Run(Options(OutputFormat.Json), single);
        Assert.Equal(3, singleCode); // the VQC fails, the others run
        var parts = Shards(CliProcess.TempDir(), n).Reverse().ToArray();
        var merged = new StringWriter();
        Assert.Equal(singleCode, MergeRunner.Run(new MergeOptions(parts, Format: OutputFormat.Json), merged));
        Assert.True(JsonNode.DeepEquals(WithoutWallTimes(single.ToString()), WithoutWallTimes(merged.ToString())), merged.ToString());
        var vqc = JsonNode.Parse(merged.ToString())!["models"]!.AsArray().Single(m => (string)m!["model"]! == "vqc")!;
        Assert.Equal("failed", (string)vqc["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)vqc["reason"]));
    }

    [Fact]
    public void MergedTableHasOneRunsRows()
    {
        string dir = CliProcess.TempDir();
        var parts = Shards(dir, 2, "logreg,knn");
        var merged = new StringWriter();
        Assert.Equal(0, MergeRunner.Run(new MergeOptions(parts), merged));
        var single = new StringWriter();
        Assert.Equal(0, ClassifyRunner.Run(Options(OutputFormat.Table, models: "logreg,knn"), single));
        // column 7 ("train s") is a wall time: compare every other cell of the model rows
        static string[] Rows(string table) => [.. table.Split('\n').Where(l => l.StartsWith("logreg") || l.StartsWith("knn"))
            .Select(l => string.Join("|", System.Text.RegularExpressions.Regex.Split(l.TrimEnd(), @"\s{2,}").Where((_, c) => c != 7)))];
        Assert.Equal(Rows(single.ToString()), Rows(merged.ToString()));
        Assert.Equal(2, Rows(merged.ToString()).Length);
    }

    [Fact]
    public void MergeRefusesMissingForeignAndIncompleteParts()
    {
        string dir = CliProcess.TempDir();
        var parts = Shards(dir, 3, "logreg,knn");
        Assert.Contains("shard 2/3 missing", Refusal([parts[0], parts[1]]));

        string foreign = Path.Combine(dir, "foreign.json");
        Assert.Equal(0, ClassifyRunner.Run(Options(OutputFormat.Table, new Shard(2, 3), foreign, "logreg,knn") with { Seed = 7 }, TextWriter.Null));
        Assert.Contains("settings differ: seed", Refusal([parts[0], parts[1], foreign]));

        var part = ClassifyShardFile.Read(parts[1]);
        string cut = Path.Combine(dir, "cut.json");
        File.WriteAllText(cut, (part with { Results = part.Results.Take(part.Results.Count - 1).ToArray() }).ToJson());
        Assert.Contains("incomplete", Refusal([parts[0], cut, parts[2]]));
        Assert.Contains("--out and --plot", Assert.Throws<ArgumentException>(() => MergeRunner.Run(new MergeOptions(parts, Out: "x.csv"), TextWriter.Null)).Message);
    }

    [Fact]
    public void ShardNeedsAJsonOut()
    {
        Assert.Contains("--out PART.json", Assert.Throws<ArgumentException>(() => ClassifyRunner.Run(Options(OutputFormat.Table, new Shard(0, 2), "x.csv"), TextWriter.Null)).Message);
        Assert.Contains("--shard", Assert.Throws<ArgumentException>(() => ClassifyRunner.Run(Options(OutputFormat.Table, null, "x.json"), TextWriter.Null)).Message);
    }

    /// <summary>The Slurm array script of docs/batch, run as 2 local processes at once (one per array task), then the CLI merge: one run's JSON.</summary>
    [Fact]
    public void SlurmArrayScriptRunsAsLocalProcesses()
    {
        string dir = CliProcess.TempDir();
        string data = RepositoryData.Path("datasets", "iris.csv");
        ShardedScanTests.RunShardProcesses(dir, 2, k => ("bash", [RepositoryData.Path("..", "docs", "batch", "slurm-classify.sbatch")], new()
        {
            ["SLURM_ARRAY_TASK_ID"] = k.ToString(System.Globalization.CultureInfo.InvariantCulture), ["SLURM_ARRAY_TASK_COUNT"] = "2",
            ["DATA"] = data, ["MODELS"] = "logreg,svm-rbf", ["FEATURES"] = "2", ["CLASSES"] = "versicolor,virginica", ["FOLDS"] = "3",
        }));
        var merged = CliProcess.Run("merge", Path.Combine(dir, "classify-parts", "part-0.json"), Path.Combine(dir, "classify-parts", "part-1.json"), "--format", "json");
        Assert.True(merged.ExitCode == 0, merged.StdErr);
        var single = new StringWriter();
        Assert.Equal(0, ClassifyRunner.Run(new ClassifyOptions(data, null, "versicolor,virginica", 2, "logreg,svm-rbf", 1, 0, 0.3, 3, 100, 7, OutputFormat.Json, true), single));
        Assert.True(JsonNode.DeepEquals(WithoutWallTimes(single.ToString()), WithoutWallTimes(merged.StdOut)), merged.StdOut);
    }

    private static string Refusal(string[] parts) =>
        Assert.Throws<QuantumAppsException>(() => MergeRunner.Run(new MergeOptions(parts), TextWriter.Null)).Message;
}
