using System.CommandLine;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Report;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// <c>quantumapps report --out DIR [--quick] [--seed S] [--force] [--format table|json]</c>: the "hype versus reality"
/// report (Markdown, self-contained HTML, SVG plots and CSV data). Progress on stderr when it is a terminal (not with --quiet).
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var outDir = new Option<string>("--out") { Description = "Directory to create with report.md, report.html, SVG plots and CSV data (with --shard: the directory the parts are written to)", Required = true };
        var quick = new Option<bool>("--quick") { Description = "Small sizes: 15 s wall (16 s CPU) instead of the full run's 211 s wall (254 s CPU); Release build, quiet 2-core machine, 2026-12-06" };
        var force = new Option<bool>("--force") { Description = "Replace an existing non-empty output directory" };
        var shard = CommonOptions.Shard("report's sections (the part goes to --out DIR/report-part-K-of-N.json)");
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var cmd = new Command("report", "Write the hype-versus-reality report: a claims table with computed verdicts and references, then chemistry, noise, MaxCut, routing, barren plateaus, hardware cost, machine learning, quantum annealing");
        cmd.Options.Add(outDir);
        cmd.Options.Add(quick);
        cmd.Options.Add(seed);
        cmd.Options.Add(force);
        cmd.Options.Add(shard);
        cmd.Options.Add(format);
        cmd.SetAction(parse => CliAction.Run(() => ReportRunner.Run(
            new ReportOptions(parse.GetValue(outDir)!, parse.GetValue(quick), parse.GetValue(seed), parse.GetValue(force), parse.GetValue(shard)),
            parse.GetValue(format), Console.Out, ConsoleProgress.Visible(parse.GetValue(CommonOptions.Quiet)) ? Console.Error : TextWriter.Null,
            CliCancellation.Token)));
        return cmd;
    }
}
