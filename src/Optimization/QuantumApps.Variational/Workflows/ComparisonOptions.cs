using QuantumApps.Simulator;
namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Options shared by <see cref="MaxCutComparison"/>, <see cref="TspComparison"/> and <see cref="VrpComparison"/>.
/// Every method gets its own generator from <see cref="NewRandom"/>, so its result does not depend on which other
/// methods ran.
/// </summary>
/// <param name="Seed">64-bit seed of every random choice.</param>
/// <param name="NamedMethods">True when the caller named the methods: exact and QAOA then run above their default size
/// limits (they are still refused when they cannot fit in memory).</param>
/// <param name="Qaoa">QAOA settings (null when QAOA is not requested).</param>
public sealed record ComparisonOptions(long Seed, bool NamedMethods, QaoaMethodOptions? Qaoa = null)
{
    /// <summary>Settings of the anneal method (defaults when null).</summary>
    public Annealing.AnnealingSettings? Anneal { get; init; }

    /// <summary>A new <see cref="Random"/> for one method (<see cref="SeededRandom"/>).</summary>
    public Random NewRandom() => SeededRandom.Create(Seed);

    /// <summary>Wall-clock limit per method in seconds (<c>--time-limit</c>), or null for each method's default work.</summary>
    public double? TimeLimitSeconds { get; init; }

    /// <summary>Independent restarts per method (<c>--restarts</c>), or null for each method's default.</summary>
    public int? Restarts { get; init; }

    /// <summary>The heuristics' budget: <see cref="TimeLimitSeconds"/>, <see cref="Restarts"/>, <see cref="Seed"/>.</summary>
    public Problems.Heuristics.SearchBudget Budget() => new(TimeLimitSeconds, Restarts, Seed);

    /// <summary>Goemans–Williamson's dense dual certificate: true always, false never, null up to <see cref="Problems.Heuristics.GoemansWilliamson.AutoCertificateNodes"/> nodes.</summary>
    public bool? GwCertificate { get; init; }
}
