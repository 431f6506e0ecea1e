using System.Diagnostics;
using System.Globalization;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Report;

/// <summary>Shared state of one report run: the document, mode, seeded generator and the progress writer (stderr).</summary>
public sealed class ReportContext
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Creates the context.</summary>
    public ReportContext(ReportOptions options, TextWriter progress, string? dataDirectory, CancellationToken cancellationToken = default)
    {
        Options = options;
        CancellationToken = cancellationToken;
        Progress = progress;
        Rng = SeededRandom.Create(options.Seed);
        DataDirectory = dataDirectory;
    }

    /// <summary>The options.</summary>
    public ReportOptions Options { get; }

    /// <summary>True in quick mode.</summary>
    public bool Quick => Options.Quick;

    /// <summary>The report being assembled.</summary>
    public ReportDocument Document => _document ??= new ReportDocument { ReproduceCommand = ReproduceCommand };

    private ReportDocument? _document;

    /// <summary>The command line that reproduces this run (<c>quantumapps report --out DIR [--quick] --seed S</c>).</summary>
    public string ReproduceCommand => "quantumapps report --out DIR" + (Quick ? " --quick" : "") + $" --seed {Options.Seed.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The one seeded generator every section draws from, in a fixed order.</summary>
    public Random Rng { get; }

    /// <summary>Progress output (stderr in the CLI).</summary>
    public TextWriter Progress { get; }

    /// <summary>The repository's data directory (for TSPLIB files), or null when not found.</summary>
    public string? DataDirectory { get; }

    /// <summary>Cancelled by Ctrl-C; checked at every <see cref="Step"/> and passed to long library calls.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Seconds since the run started.</summary>
    public double Elapsed => _clock.Elapsed.TotalSeconds;

    /// <summary>Writes "[  12.3 s] message" to the progress writer; throws <see cref="OperationCanceledException"/> once cancelled.</summary>
    public void Step(string message)
    {
        CancellationToken.ThrowIfCancellationRequested();
        Progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{Elapsed,7:0.0} s] {message}"));
    }
}
