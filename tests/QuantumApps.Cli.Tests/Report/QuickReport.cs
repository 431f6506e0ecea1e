using QuantumApps.Cli.Report;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>
/// One quick-mode computation of every report section but machine learning (seed 42, about 30 s on 2 cores) as the
/// report runs it (<see cref="ReportRunner.Compute"/>: report order, each section in its own context), shared by the
/// section test classes so that the suite pays for it once; rendering is left to the tests that need it.
/// </summary>
internal static class QuickReport
{
    private static readonly Lazy<Outcomes> Value = new(() =>
    {
        var ctx = new ReportContext(new ReportOptions("unused", Quick: true, Seed: 42), TextWriter.Null, ReportRunner.FindDataDirectory());
        var all = ReportRunner.Compute(ctx, ReportRunner.Sections, ReportRunner.Sections.Select(s => s.Name).Where(n => n != "machine-learning"));
        return new Outcomes((ChemistryOutcome)all["chemistry"].Outcome, (NoiseOutcome)all["noise"].Outcome, (MaxCutOutcome)all["maxcut"].Outcome,
            (RoutingOutcome)all["routing"].Outcome, (BarrenPlateauOutcome)all["barren-plateaus"].Outcome, (HardwareOutcome)all["hardware"].Outcome,
            (AnnealingOutcome)all["annealing"].Outcome, (DataLoadingOutcome)all["data-loading"].Outcome);
    });

    /// <summary>The outcomes (computed on first use).</summary>
    public static Outcomes Get => Value.Value;

    /// <summary>The section outcomes of one quick run.</summary>
    internal sealed record Outcomes(ChemistryOutcome Chemistry, NoiseOutcome Noise, MaxCutOutcome MaxCut, RoutingOutcome Routing,
        BarrenPlateauOutcome Plateaus, HardwareOutcome Hardware, AnnealingOutcome Annealing, DataLoadingOutcome DataLoading);
}
