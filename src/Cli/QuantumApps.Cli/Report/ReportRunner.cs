using System.Globalization;
using System.Text.Json;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;

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
    /// Runs the report; progress goes to <paramref name="progress"/>, the summary to <paramref name="output"/>. Cancelling
    /// <paramref name="cancellationToken"/> stops at the next step and leaves the target untouched.
    /// </summary>
    public static int Run(ReportOptions options, OutputFormat format, TextWriter output, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        string target = Path.GetFullPath(options.OutDir.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        string parent = Path.GetDirectoryName(target) ?? throw new QuantumAppsException($"report: '{options.OutDir}' has no parent directory");
        if (!Directory.Exists(parent)) throw new QuantumAppsException($"report: parent directory '{parent}' does not exist");
        if (File.Exists(target)) throw new QuantumAppsException($"report: '{target}' is a file, not a directory");
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !options.Force)
            throw new QuantumAppsException($"report: '{target}' exists and is not empty; use --force to replace it");
        using var staging = new StagingDirectory(target);
        var ctx = new ReportContext(options, progress, FindDataDirectory(), cancellationToken);
        Build(ctx);
        var doc = ctx.Document;
        File.WriteAllText(Path.Combine(staging.FullPath, "report.md"), doc.ToMarkdown());
        File.WriteAllText(Path.Combine(staging.FullPath, "report.html"), doc.ToHtml("QuantumApps: hype versus reality"));
        foreach (var (name, text) in doc.Files) File.WriteAllText(Path.Combine(staging.FullPath, name), text);
        staging.Commit();
        var files = new[] { "report.md", "report.html" }.Concat(doc.Files.Keys).ToArray();
        ctx.Step($"report written to {target}");
        if (format == OutputFormat.Json)
            output.WriteLine(JsonSerializer.Serialize(new { outDir = target, mode = options.Quick ? "quick" : "full", seed = options.Seed, version = VersionCommand.Version, seconds = Math.Round(ctx.Elapsed, 1), files },
                new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true }));
        else
        {
            output.WriteLine($"report written to {target} ({files.Length} files, {ctx.Elapsed.ToString("0.0", CultureInfo.InvariantCulture)} s, {(options.Quick ? "quick" : "full")} mode, seed {options.Seed})");
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
        var doc = ctx.Document;
        doc.Heading(1, "QuantumApps: hype versus reality");
        doc.Paragraph($"Generated {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC by quantumapps {VersionCommand.Version} (.NET {Environment.Version}) on {Environment.ProcessorCount} cores; " +
                      $"mode **{(ctx.Quick ? "quick" : "full")}**, seed **{ctx.Options.Seed}**. Every number below was computed by this run " +
                      "(`quantumapps report --out DIR" + (ctx.Quick ? " --quick" : "") + $" --seed {ctx.Options.Seed}` reproduces it); all quantum results come from a noiseless or noisy classical simulation of the circuits.");
        // compute every section (the seeded generator is drawn in this order), then render them in report order
        var chem = ChemistrySection.Compute(ctx);
        var noise = NoiseSection.Compute(ctx, chem);
        var maxcut = MaxCutSection.Compute(ctx);
        var routing = RoutingSection.Compute(ctx);
        var plateaus = BarrenPlateauSection.Compute(ctx);
        var hardware = HardwareSection.Compute(ctx, chem, maxcut, routing);
        var learning = MachineLearningSection.Compute(ctx); // its own seed: the shared generator is not drawn
        var catalogue = Claims.ClaimCatalogue.Default;
        var verdicts = ClaimsSection.Compute(catalogue, ClaimsSection.Measurements(chem, noise, maxcut, routing, plateaus, hardware, learning));
        ClaimsSection.Render(doc, catalogue, verdicts);
        ChemistrySection.Render(doc, chem);
        NoiseSection.Render(doc, noise);
        MaxCutSection.Render(doc, maxcut);
        RoutingSection.Render(doc, routing);
        BarrenPlateauSection.Render(doc, plateaus);
        HardwareSection.Render(doc, hardware);
        MachineLearningSection.Render(doc, learning);
        ClaimsSection.RenderReferences(doc, catalogue);
        doc.Paragraph($"Total run time: {ctx.Elapsed.ToString("0.0", CultureInfo.InvariantCulture)} s.");
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
