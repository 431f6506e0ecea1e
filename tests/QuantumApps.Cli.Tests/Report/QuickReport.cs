using QuantumApps.Cli.Report;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>
/// One quick-mode computation of every report section (seed 42, about 30 s on 2 cores), shared by the section test
/// classes so that the suite pays for it once; rendering is left to the tests that need it.
/// </summary>
internal static class QuickReport
{
    private static readonly Lazy<Outcomes> Value = new(() =>
    {
        var ctx = new ReportContext(new ReportOptions("unused", Quick: true, Seed: 42), TextWriter.Null, ReportRunner.FindDataDirectory());
        var chem = ChemistrySection.Compute(ctx);
        var noise = NoiseSection.Compute(ctx, chem);
        var maxcut = MaxCutSection.Compute(ctx);
        var routing = RoutingSection.Compute(ctx);
        var plateaus = BarrenPlateauSection.Compute(ctx);
        var hardware = HardwareSection.Compute(ctx, chem, maxcut, routing);
        return new Outcomes(chem, noise, maxcut, routing, plateaus, hardware);
    });

    /// <summary>The outcomes (computed on first use).</summary>
    public static Outcomes Get => Value.Value;

    /// <summary>The section outcomes of one quick run.</summary>
    internal sealed record Outcomes(ChemistryOutcome Chemistry, NoiseOutcome Noise, MaxCutOutcome MaxCut, RoutingOutcome Routing,
        BarrenPlateauOutcome Plateaus, HardwareOutcome Hardware);
}
