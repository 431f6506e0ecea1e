using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Report;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>A section outcome of the plumbing tests: numbers drawn from the section's generator, and its dependency's.</summary>
public sealed record FakeOutcome(string Name, IReadOnlyList<double> Draws, double FromDependency, double Seconds);

/// <summary>
/// <c>report --shard K/N</c> + <c>merge</c>. The plumbing (which shard owns which sections, dependencies computed but not
/// written, every section on its own generator) is checked on cheap fake sections against one unsharded computation;
/// the generic serialisation is checked on the real quick-mode outcomes (<see cref="QuickReport"/>): the report rendered
/// from outcomes read back from JSON equals the report rendered from the outcomes themselves, and so does the report a
/// merge of parts writes.
/// </summary>
public class ShardedReportTests
{
    private static ReportSection Fake(string name, params string[] dependsOn) => new(name, typeof(FakeOutcome), dependsOn,
        (ctx, deps) => new FakeOutcome(name, [ctx.Rng.NextDouble(), ctx.Rng.NextDouble()], deps.Values.Cast<FakeOutcome>().Sum(d => d.Draws[0]), 0.0),
        (doc, o) => doc.Paragraph(((FakeOutcome)o).Name));

    private static readonly IReadOnlyList<ReportSection> FakeSections = [Fake("a"), Fake("b", "a"), Fake("c"), Fake("d", "a", "c"), Fake("e")];

    private static ReportContext Context() => new(new ReportOptions("unused", Quick: true, Seed: 42), TextWriter.Null, null);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void ShardedSectionsEqualOneComputation(int n)
    {
        var whole = ReportRunner.Compute(Context(), FakeSections, FakeSections.Select(s => s.Name));
        var parts = Enumerable.Range(0, n).Select(k => ReportRunner.ComputeShard(Context(), FakeSections, new Shard(k, n))).ToArray();
        // every section is written by exactly one shard, though dependencies were computed by others too
        Assert.Equal(FakeSections.Select(s => s.Name), parts.SelectMany(p => p.Outcomes.Select(kv => kv.Key)));
        ShardSet.Check([.. parts.Select((p, k) => p.Part($"part-{k}"))], "report", "sections", "rerun it");
        var merged = ReportRunner.ReadOutcomes(FakeSections, parts);
        foreach (var s in FakeSections) Assert.Equal((FakeOutcome)whole[s.Name].Outcome, (FakeOutcome)merged[s.Name], FakeEquality.Instance);
    }

    [Fact]
    public void EverySectionDrawsFromItsOwnGenerator()
    {
        // the same section computed alone and after others gives the same draws; different sections differ
        var alone = (FakeOutcome)ReportRunner.Compute(Context(), FakeSections, ["e"])["e"].Outcome;
        var afterAll = (FakeOutcome)ReportRunner.Compute(Context(), FakeSections, FakeSections.Select(s => s.Name))["e"].Outcome;
        Assert.Equal(alone.Draws, afterAll.Draws);
        var a = (FakeOutcome)ReportRunner.Compute(Context(), FakeSections, ["a"])["a"].Outcome;
        Assert.NotEqual(a.Draws, alone.Draws);
        Assert.NotEqual(ReportContext.SectionSeed(42, "a"), ReportContext.SectionSeed(43, "a"));
    }

    [Fact]
    public void DependenciesAreComputedButOnlyOwnedSectionsWritten()
    {
        // 5 sections over 5 shards: shard 3/5 owns "d", which needs "a" and "c"
        var part = ReportRunner.ComputeShard(Context(), FakeSections, new Shard(3, 5));
        Assert.Equal(new[] { "d" }, part.Outcomes.Select(kv => kv.Key));
        var d = JsonSerializer.Deserialize<FakeOutcome>(part.Outcomes["d"]!, ReportJson.Options)!;
        var whole = ReportRunner.Compute(Context(), FakeSections, ["a", "c"]);
        Assert.Equal(((FakeOutcome)whole["a"].Outcome).Draws[0] + ((FakeOutcome)whole["c"].Outcome).Draws[0], d.FromDependency);
    }

    /// <summary>Every real outcome read back from JSON renders to the same report (claims included) as the outcome itself.</summary>
    [Fact]
    public void RealOutcomesRoundTripThroughJson()
    {
        var outcomes = RealOutcomes();
        var roundTripped = outcomes.ToDictionary(kv => kv.Key, kv =>
        {
            var type = ReportRunner.Sections.Single(s => s.Name == kv.Key).OutcomeType;
            string json = JsonSerializer.Serialize(kv.Value, type, ReportJson.Options);
            return JsonSerializer.Deserialize(json, type, ReportJson.Options)!;
        });
        var (md, html, files) = Rendered(outcomes);
        var (md2, html2, files2) = Rendered(roundTripped);
        Assert.Equal(md, md2);
        Assert.Equal(html, html2);
        Assert.Equal(files, files2);
    }

    /// <summary>Parts holding the real outcomes, merged by the CLI's merge, write the report one run renders.</summary>
    [Fact]
    public void MergeOfPartsWritesTheReportOfOneRun()
    {
        var outcomes = RealOutcomes();
        var settings = new JsonObject { ["quick"] = true, ["seed"] = 42L, ["version"] = Commands.VersionCommand.Version, ["sections"] = "all" };
        string dir = CliProcess.TempDir();
        var names = ReportRunner.Sections.Select(s => s.Name).ToArray();
        var paths = new List<string>();
        for (int k = 0; k < 3; k++)
        {
            var shard = new Shard(k, 3);
            var (first, end) = shard.Range(names.Length);
            var json = new JsonObject();
            var seconds = new JsonObject();
            foreach (var name in names[first..end])
            {
                json[name] = JsonSerializer.SerializeToNode(outcomes[name], ReportRunner.Sections.Single(s => s.Name == name).OutcomeType, ReportJson.Options);
                seconds[name] = 1.0;
            }
            string path = Path.Combine(dir, ReportShardFile.FileName(shard));
            File.WriteAllText(path, new ReportShardFile(shard.ToString(), settings, names.Length, first, end - first, json, seconds).ToJson());
            paths.Add(path);
        }
        string report = Path.Combine(dir, "report");
        Assert.Equal(0, MergeRunner.Run(new MergeOptions([.. paths.AsEnumerable().Reverse()], report), TextWriter.Null));
        var (md, _, files) = Rendered(outcomes);
        Assert.Equal(md, WithoutRunLines(File.ReadAllText(Path.Combine(report, "report.md"))));
        foreach (var (name, text) in files) Assert.Equal(text, File.ReadAllText(Path.Combine(report, name)));

        Assert.Contains("shard 1/3 missing", Assert.Throws<QuantumAppsException>(() =>
            MergeRunner.Run(new MergeOptions([paths[0], paths[2]], Path.Combine(dir, "r2")), TextWriter.Null)).Message);
        Assert.Contains("--out DIR", Assert.Throws<ArgumentException>(() => MergeRunner.Run(new MergeOptions([.. paths]), TextWriter.Null)).Message);
    }

    /// <summary>
    /// Real sections computed by a shard on their own equal those of the whole quick run (<see cref="QuickReport"/>, which
    /// computes every section in report order), wall times aside: the routing and barren-plateau sections, the cheap ones.
    /// </summary>
    [Fact]
    public void RealSectionsComputedAloneEqualTheWholeRun()
    {
        var sections = ReportRunner.Sections;
        int routing = sections.ToList().FindIndex(s => s.Name == "routing");
        var ctx = new ReportContext(new ReportOptions("unused", Quick: true, Seed: 42), TextWriter.Null, ReportRunner.FindDataDirectory());
        var alone = ReportRunner.Compute(ctx, sections, ["routing", "barren-plateaus"]);
        var q = QuickReport.Get;
        Assert.Equal("", FirstDifference(WithoutSeconds(q.Routing), WithoutSeconds(alone["routing"].Outcome), "routing"));
        Assert.Equal("", FirstDifference(WithoutSeconds(q.Plateaus), WithoutSeconds(alone["barren-plateaus"].Outcome), "barren-plateaus"));
        Assert.True(routing >= 0);
    }

    /// <summary>The path and values of the first difference between two JSON trees, or "" when they are equal.</summary>
    private static string FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var key in oa.Select(kv => kv.Key).Union(ob.Select(kv => kv.Key)))
                if (FirstDifference(oa[key], ob[key], path + "." + key) is { Length: > 0 } d) return d;
            return "";
        }
        if (a is JsonArray aa && b is JsonArray ab)
        {
            if (aa.Count != ab.Count) return $"{path}: {aa.Count} vs {ab.Count} items";
            for (int i = 0; i < aa.Count; i++)
                if (FirstDifference(aa[i], ab[i], $"{path}[{i}]") is { Length: > 0 } d) return d;
            return "";
        }
        return JsonNode.DeepEquals(a, b) ? "" : $"{path}: {a?.ToJsonString()} vs {b?.ToJsonString()}";
    }

    /// <summary>The outcome as JSON without its wall-clock fields (names containing "seconds", e.g. heldKarpSecondsBurma14) and the fields derived from them.</summary>
    private static JsonNode WithoutSeconds(object outcome)
    {
        // wall times, and what the like-against-like comparisons derive from them (the depth a time budget allows and
        // the heuristics' results within QAOA's wall time: fields named budget…, chosen, …OverRandomTour)
        static bool MachineDependent(string k) =>
            k.Contains("seconds", StringComparison.OrdinalIgnoreCase) || k.Contains("budget", StringComparison.OrdinalIgnoreCase)
            || k.Equals("chosen", StringComparison.OrdinalIgnoreCase) || k.Contains("OverRandomTour", StringComparison.OrdinalIgnoreCase);
        var node = JsonSerializer.SerializeToNode(outcome, outcome.GetType(), ReportJson.Options)!;
        void Strip(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                foreach (var key in o.Select(kv => kv.Key).Where(MachineDependent).ToList()) o.Remove(key);
                foreach (var (_, v) in o) Strip(v);
            }
            else if (n is JsonArray a) foreach (var v in a) Strip(v);
        }
        Strip(node);
        return node;
    }

    [Fact]
    public void MergeNamesAFileThatIsNoShard()
    {
        string path = Path.Combine(CliProcess.TempDir(), "other.json");
        File.WriteAllText(path, "{\"kind\": \"something-else\"}");
        Assert.Contains("not a shard file", Assert.Throws<QuantumAppsException>(() => MergeRunner.Run(new MergeOptions([path]), TextWriter.Null)).Message);
    }

    private static Dictionary<string, object> RealOutcomes()
    {
        var q = QuickReport.Get;
        return new Dictionary<string, object>
        {
            ["chemistry"] = q.Chemistry, ["noise"] = q.Noise, ["maxcut"] = q.MaxCut, ["routing"] = q.Routing, ["barren-plateaus"] = q.Plateaus,
            ["hardware"] = q.Hardware, ["machine-learning"] = HandMadeLearning.Outcome(0.9, 0.8), ["annealing"] = q.Annealing,
            ["data-loading"] = q.DataLoading,
        };
    }

    private static (string Markdown, string Html, SortedDictionary<string, string> Files) Rendered(IReadOnlyDictionary<string, object> outcomes)
    {
        var doc = new ReportDocument();
        ReportRunner.Render(doc, new ReportOptions("unused", Quick: true, Seed: 42), outcomes, 1.0);
        return (WithoutRunLines(doc.ToMarkdown()), WithoutRunLines(doc.ToHtml("t")), doc.Files);
    }

    /// <summary>The header's generation time and the total run time differ between any two renderings.</summary>
    private static string WithoutRunLines(string text) =>
        string.Join("\n", text.Split('\n').Where(l => !l.Contains("Generated ") && !l.Contains("Total run time")));

    private sealed class FakeEquality : IEqualityComparer<FakeOutcome>
    {
        public static readonly FakeEquality Instance = new();

        public bool Equals(FakeOutcome? x, FakeOutcome? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Draws.SequenceEqual(y.Draws) && x.FromDependency == y.FromDependency;

        public int GetHashCode(FakeOutcome obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
