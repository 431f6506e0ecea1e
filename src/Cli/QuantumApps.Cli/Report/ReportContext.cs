using System.Diagnostics;
using System.Globalization;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Report;

/// <summary>Shared state of one report run: the document, mode, seeded generator and the progress writer (stderr).</summary>
public sealed class ReportContext
{
    private readonly Stopwatch _clock;

    /// <summary>Creates the context.</summary>
    public ReportContext(ReportOptions options, TextWriter progress, string? dataDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        CancellationToken = cancellationToken;
        Progress = progress;
        Rng = SeededRandom.Create(options.Seed);
        DataDirectory = dataDirectory;
        _clock = Stopwatch.StartNew();
    }

    private ReportContext(ReportContext parent, Random rng)
    {
        Options = parent.Options;
        CancellationToken = parent.CancellationToken;
        Progress = parent.Progress;
        DataDirectory = parent.DataDirectory;
        Rng = rng;
        _clock = parent._clock;
    }

    /// <summary>
    /// The context section <paramref name="section"/> computes in: the same options, progress and clock, and a generator of
    /// its own seeded by <see cref="SectionSeed"/>, so a section's numbers depend only on the report seed and its name, never
    /// on which sections ran before it (a sharded report computes any subset of sections and gets the same numbers).
    /// </summary>
    public ReportContext ForSection(string section) => new(this, SeededRandom.Create(SectionSeed(Options.Seed, section)));

    /// <summary>
    /// The seed of <paramref name="section"/>'s generator: SplitMix64 of the report seed XOR the 64-bit FNV-1a hash of the
    /// section's name (a fixed hash: <c>string.GetHashCode</c> differs between processes).
    /// </summary>
    public static long SectionSeed(long reportSeed, string section)
    {
        ArgumentNullException.ThrowIfNull(section);
        ulong h = 14695981039346656037UL;
        foreach (char c in section) h = (h ^ c) * 1099511628211UL;
        ulong z = (ulong)reportSeed ^ h;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (long)(z ^ (z >> 31));
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

    /// <summary>The seeded generator: the report seed's for the root context, the section's own in <see cref="ForSection"/>.</summary>
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
