using QuantumApps.Variational.Experiments;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the barren-plateau section shows: samples per point, the layer count of the shallow circuits, and the four
/// series in the order deep/global, deep/local, shallow/global, shallow/local (each with its points and the fit of
/// ln Var = a + b·n).
/// </summary>
public sealed record BarrenPlateauOutcome(int Samples, int ShallowLayers, IReadOnlyList<BarrenPlateauSeries> Series)
{
    /// <summary>Deep circuits (L = n), global cost.</summary>
    public BarrenPlateauSeries DeepGlobal => Series[0];

    /// <summary>Shallow circuits, local cost.</summary>
    public BarrenPlateauSeries ShallowLocal => Series[3];
}
