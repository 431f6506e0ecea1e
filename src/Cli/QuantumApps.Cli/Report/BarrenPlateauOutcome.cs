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

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>plateaus.*</c>): per series (deep_global, deep_local,
    /// shallow_global, shallow_local) the fitted slope b of ln Var = a + b·n and its standard error, the largest n and
    /// the variance there; and the slope −ln 2 McClean et al. predict for 2-designs.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        var m = new Dictionary<string, double> { ["plateaus.mcclean_slope"] = -Math.Log(2) };
        string[] names = ["deep_global", "deep_local", "shallow_global", "shallow_local"];
        for (int i = 0; i < Series.Count && i < names.Length; i++)
        {
            var s = Series[i];
            m[$"plateaus.{names[i]}.slope"] = s.Fit.Slope;
            m[$"plateaus.{names[i]}.slope_se"] = s.Fit.SlopeStandardError;
            m[$"plateaus.{names[i]}.last_n"] = s.Points[^1].NumQubits;
            m[$"plateaus.{names[i]}.last_variance"] = s.Points[^1].Variance;
        }
        return m;
    }
}
