using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.IO;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Report;

/// <summary>
/// <c>quantumapps report</c>: computes every section, then writes report.md, report.html (self-contained, inline SVG),
/// the SVG plots and their CSV data. Everything is written into a fresh hidden directory next to the target and renamed
/// into place at the end (<see cref="StagingDirectory"/>: deleted on failure, Ctrl-C or SIGTERM; debris of killed runs is
/// swept on the next start), so the target is either complete or untouched. An existing non-empty target is refused
/// unless <c>--force</c> (then it is replaced only after the new report is complete).
/// </summary>
public static class ReportRunner
{
    /// <summary>
    /// The report's sections in report order (the claims table, computed from all of them, is rendered before them). Each computes in
    /// its own context (<see cref="ReportContext.ForSection"/>), so any subset gives the numbers a whole run gives.
    /// Dependencies: noise uses the chemistry section's H2 circuit, parameters and Hamiltonian; hardware uses chemistry's
    /// H2 circuit, MaxCut's largest graph and angles and routing's TSP-4 circuit. A shard computes the dependencies of its
    /// sections as well (deterministically, so the same as the shard that owns them) but writes only its own.
    /// </summary>
    public static IReadOnlyList<ReportSection> Sections { get; } =
    [
        new("chemistry", typeof(ChemistryOutcome), [], (ctx, _) => ChemistrySection.Compute(ctx), (doc, o) => ChemistrySection.Render(doc, (ChemistryOutcome)o)),
        new("noise", typeof(NoiseOutcome), ["chemistry"], (ctx, d) => NoiseSection.Compute(ctx, (ChemistryOutcome)d["chemistry"]),
            (doc, o) => NoiseSection.Render(doc, (NoiseOutcome)o)),
        new("maxcut", typeof(MaxCutOutcome), [], (ctx, _) => MaxCutSection.Compute(ctx), (doc, o) => MaxCutSection.Render(doc, (MaxCutOutcome)o)),
        new("routing", typeof(RoutingOutcome), [], (ctx, _) => RoutingSection.Compute(ctx), (doc, o) => RoutingSection.Render(doc, (RoutingOutcome)o)),
        new("barren-plateaus", typeof(BarrenPlateauOutcome), [], (ctx, _) => BarrenPlateauSection.Compute(ctx),
            (doc, o) => BarrenPlateauSection.Render(doc, (BarrenPlateauOutcome)o)),
        new("hardware", typeof(HardwareOutcome), ["chemistry", "maxcut", "routing"],
            (ctx, d) => HardwareSection.Compute(ctx, (ChemistryOutcome)d["chemistry"], (MaxCutOutcome)d["maxcut"], (RoutingOutcome)d["routing"]),
            (doc, o) => HardwareSection.Render(doc, (HardwareOutcome)o)),
        new("machine-learning", typeof(MachineLearningOutcome), [], (ctx, _) => MachineLearningSection.Compute(ctx),
            (doc, o) => MachineLearningSection.Render(doc, (MachineLearningOutcome)o)),
        new("annealing", typeof(AnnealingOutcome), [], (ctx, _) => AnnealingSection.Compute(ctx), (doc, o) => AnnealingSection.Render(doc, (AnnealingOutcome)o)),
        new("data-loading", typeof(DataLoadingOutcome), [], (ctx, _) => DataLoadingSection.Compute(ctx), (doc, o) => DataLoadingSection.Render(doc, (DataLoadingOutcome)o)),
    ];

    /// <summary>
    /// Runs the report; progress goes to <paramref name="progress"/>, the summary to <paramref name="output"/>. Cancelling
    /// <paramref name="cancellationToken"/> stops at the next step and leaves the target untouched. With
    /// <see cref="ReportOptions.Shard"/> it computes only that shard's sections and writes a part for <c>quantumapps merge</c>.
    /// </summary>
    public static int Run(ReportOptions options, OutputFormat format, TextWriter output, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Shard is { } shard) return RunShard(options, shard, format, output, progress, cancellationToken);
        var ctx = new ReportContext(options, progress, FindDataDirectory(), cancellationToken);
        return Publish(options, format, output, ctx.Step, () => ctx.Elapsed, () =>
        {
            Build(ctx);
            return ctx.Document;
        });
    }

    /// <summary>
    /// Writes the report <paramref name="build"/> makes into <paramref name="options"/>' directory, atomically: the target
    /// is checked first, the files go to a staging directory renamed into place at the end (<see cref="StagingDirectory"/>).
    /// Used by a whole run and by the merge of a sharded one.
    /// </summary>
    internal static int Publish(ReportOptions options, OutputFormat format, TextWriter output, Action<string> step, Func<double> seconds, Func<ReportDocument> build)
    {
        string target = Path.GetFullPath(options.OutDir.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        string parent = Path.GetDirectoryName(target) ?? throw new QuantumAppsException($"report: '{options.OutDir}' has no parent directory");
        if (!Directory.Exists(parent)) throw new QuantumAppsException($"report: parent directory '{parent}' does not exist");
        if (File.Exists(target)) throw new QuantumAppsException($"report: '{target}' is a file, not a directory");
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !options.Force)
            throw new QuantumAppsException($"report: '{target}' exists and is not empty; use --force to replace it");
        using var staging = new StagingDirectory(target);
        var doc = build();
        File.WriteAllText(Path.Combine(staging.FullPath, "report.md"), doc.ToMarkdown());
        File.WriteAllText(Path.Combine(staging.FullPath, "report.html"), doc.ToHtml("QuantumApps: hype versus reality"));
        foreach (var (name, text) in doc.Files)
        {
            string file = Path.Combine(staging.FullPath, name);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        staging.Commit();
        var files = new[] { "report.md", "report.html" }.Concat(doc.Files.Keys).ToArray();
        step($"report written to {target}");
        if (format == OutputFormat.Json)
            output.WriteLine(JsonSerializer.Serialize(new { outDir = target, mode = options.Quick ? "quick" : "full", seed = options.Seed, version = VersionCommand.Version, seconds = Math.Round(seconds(), 1), files },
                new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true }));
        else
        {
            output.WriteLine($"report written to {target} ({files.Length} files, {seconds().ToString("0.0", CultureInfo.InvariantCulture)} s, {(options.Quick ? "quick" : "full")} mode, seed {options.Seed})");
            output.WriteLine($"open {Path.Combine(target, "report.html")} or read {Path.Combine(target, "report.md")}");
        }
        return 0;
    }

    /// <summary>
    /// Computes every section into its outcome record, then renders all outcomes into <paramref name="ctx"/>'s document
    /// (no files are written).
    /// </summary>
    public static void Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var computed = Compute(ctx, Sections, Sections.Select(s => s.Name));
        Render(ctx.Document, ctx.Options, computed.ToDictionary(kv => kv.Key, kv => kv.Value.Outcome), ctx.Elapsed);
    }

    /// <summary>
    /// Computes the sections named <paramref name="wanted"/> and, first, the sections they depend on (each once, in the
    /// order of <paramref name="sections"/>), every one in its own context; returns every computed outcome (dependencies
    /// included, and <paramref name="known"/>: outcomes computed before, which are reused) with its wall time.
    /// </summary>
    public static IReadOnlyDictionary<string, (object Outcome, double Seconds)> Compute(ReportContext ctx, IReadOnlyList<ReportSection> sections, IEnumerable<string> wanted,
        IReadOnlyDictionary<string, (object Outcome, double Seconds)>? known = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(sections);
        var byName = sections.ToDictionary(s => s.Name);
        var needed = new HashSet<string>();
        void Need(string name)
        {
            if (!byName.ContainsKey(name)) throw new ArgumentException($"report: no section '{name}'");
            if (known?.ContainsKey(name) == true || !needed.Add(name)) return;
            foreach (var d in byName[name].DependsOn) Need(d);
        }
        foreach (var w in wanted) Need(w);
        var done = new Dictionary<string, (object Outcome, double Seconds)>(known ?? new Dictionary<string, (object Outcome, double Seconds)>());
        var pending = sections.Where(s => needed.Contains(s.Name)).ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(s => s.DependsOn.All(done.ContainsKey))
                ?? throw new ArgumentException($"report: circular section dependencies among {string.Join(", ", pending.Select(s => s.Name))}");
            pending.Remove(next);
            double start = ctx.Elapsed;
            var outcome = next.Compute(ctx.ForSection(next.Name), next.DependsOn.ToDictionary(d => d, d => done[d].Outcome));
            done[next.Name] = (outcome, ctx.Elapsed - start);
        }
        return done;
    }

    /// <summary>Renders the header, the claims table (verdicts computed from the outcomes' measurements), every section of <see cref="Sections"/> in order, the references and the run time.</summary>
    public static void Render(ReportDocument doc, ReportOptions options, IReadOnlyDictionary<string, object> outcomes, double seconds)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(outcomes);
        doc.Heading(1, "QuantumApps: hype versus reality");
        doc.Paragraph($"Generated {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC by quantumapps {VersionCommand.Version} (.NET {Environment.Version}) on {Environment.ProcessorCount} cores; " +
                      $"mode **{(options.Quick ? "quick" : "full")}**, seed **{options.Seed}**. Every number below was computed by this run " +
                      "(`quantumapps report --out DIR" + (options.Quick ? " --quick" : "") + $" --seed {options.Seed}` reproduces it); all quantum results come from a noiseless or noisy classical simulation of the circuits.");
        var catalogue = Claims.ClaimCatalogue.Default;
        var verdicts = ClaimsSection.Compute(catalogue, ClaimsSection.Measurements((ChemistryOutcome)outcomes["chemistry"], (NoiseOutcome)outcomes["noise"],
            (MaxCutOutcome)outcomes["maxcut"], (RoutingOutcome)outcomes["routing"], (BarrenPlateauOutcome)outcomes["barren-plateaus"],
            (HardwareOutcome)outcomes["hardware"], (MachineLearningOutcome)outcomes["machine-learning"], outcomes.GetValueOrDefault("annealing") as AnnealingOutcome,
            outcomes.GetValueOrDefault("data-loading") as DataLoadingOutcome));
        ClaimsSection.Render(doc, catalogue, verdicts);
        foreach (var s in Sections) s.Render(doc, outcomes[s.Name]);
        ClaimsSection.RenderReferences(doc, catalogue);
        doc.Paragraph($"Total run time: {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
    }

    /// <summary>The names of the sections shard <paramref name="shard"/> owns: its contiguous block of <paramref name="sections"/>.</summary>
    public static IReadOnlyList<string> Owned(IReadOnlyList<ReportSection> sections, Shard shard)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var (start, end) = shard.Range(sections.Count);
        return [.. sections.Skip(start).Take(end - start).Select(s => s.Name)];
    }

    /// <summary>
    /// Computes shard <paramref name="shard"/>'s sections of <paramref name="sections"/> (with their dependencies) and
    /// returns the part: the owned outcomes serialised by <see cref="ReportJson"/>, and their wall times.
    /// <paramref name="saved"/> receives the part after every owned section.
    /// </summary>
    public static ReportShardFile ComputeShard(ReportContext ctx, IReadOnlyList<ReportSection> sections, Shard shard, Action<ReportShardFile>? saved = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(sections);
        var owned = Owned(sections, shard);
        var (first, _) = shard.Range(sections.Count);
        var settings = new JsonObject
        {
            ["quick"] = ctx.Options.Quick,
            ["seed"] = ctx.Options.Seed,
            ["version"] = VersionCommand.Version,
            ["sections"] = string.Join(",", sections.Select(s => s.Name)),
        };
        var outcomes = new JsonObject();
        var seconds = new JsonObject();
        var part = new ReportShardFile(shard.ToString(), settings, sections.Count, first, owned.Count, outcomes, seconds);
        saved?.Invoke(part);
        var done = new Dictionary<string, (object Outcome, double Seconds)>();
        foreach (var name in owned)
        {
            foreach (var (k, v) in Compute(ctx, sections, [name], done)) done[k] = v;
            var spec = sections.Single(s => s.Name == name);
            outcomes[name] = JsonSerializer.SerializeToNode(done[name].Outcome, spec.OutcomeType, ReportJson.Options);
            seconds[name] = done[name].Seconds;
            saved?.Invoke(part);
        }
        return part;
    }

    /// <summary>The outcomes of merged parts, read back into their records by <paramref name="sections"/>' outcome types.</summary>
    public static IReadOnlyDictionary<string, object> ReadOutcomes(IReadOnlyList<ReportSection> sections, IEnumerable<ReportShardFile> parts)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(parts);
        var outcomes = new Dictionary<string, object>();
        foreach (var part in parts)
            foreach (var (name, node) in part.Outcomes)
            {
                var spec = sections.FirstOrDefault(s => s.Name == name) ?? throw new QuantumAppsException($"merge: unknown report section '{name}'");
                outcomes[name] = node.Deserialize(spec.OutcomeType, ReportJson.Options) ?? throw new QuantumAppsException($"merge: section '{name}' is empty");
            }
        return outcomes;
    }

    private static int RunShard(ReportOptions options, Shard shard, OutputFormat format, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        string dir = options.OutDir;
        if (File.Exists(dir)) throw new QuantumAppsException($"report: '{dir}' is a file; --shard writes its part into a directory");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, ReportShardFile.FileName(shard));
        var ctx = new ReportContext(options, progress, FindDataDirectory(), cancellationToken);
        var part = ComputeShard(ctx, Sections, shard, p => AtomicFile.WriteAllText(path, p.ToJson()));
        ctx.Step($"shard {shard} written to {path}");
        if (format == OutputFormat.Json)
            JsonOutput.Write(output, new JsonObject
            {
                ["kind"] = ReportShardFile.Kind, ["shard"] = part.Shard, ["sections"] = new JsonArray([.. part.Outcomes.Select(kv => (JsonNode?)JsonValue.Create(kv.Key))]),
                ["part"] = path, ["seconds"] = Math.Round(ctx.Elapsed, 1),
            });
        else output.WriteLine($"shard {shard}: sections {string.Join(", ", part.Outcomes.Select(kv => kv.Key))} written to {path} ({ctx.Elapsed.ToString("0.0", CultureInfo.InvariantCulture)} s)");
        return 0;
    }

    /// <summary>The repository's <c>data</c> directory, searched upward from the working directory and from the executable.</summary>
    internal static string? FindDataDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, "graphs", "burma14.tsp"))) return candidate;
            }
        }
        return null;
    }
}
