using QuantumApps.Variational.Experiments;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the barren-plateau section shows: samples per point, the layer count of the shallow circuits, and the four
/// series in the order deep/global, deep/local, shallow/global, shallow/local (each with its points and the fit of
/// ln Var = a + b·n) of the first seed, and the fitted slope b of every series for every seed (<see cref="SeedSlopes"/>[series][seed];
/// null in outcomes made before seeds were repeated, then the first seed's slope alone with spread NaN).
/// </summary>
public sealed record BarrenPlateauOutcome(int Samples, int ShallowLayers, IReadOnlyList<BarrenPlateauSeries> Series, IReadOnlyList<double[]>? SeedSlopes = null)
{
    /// <summary>Number of seeds.</summary>
    public int SeedCount => SeedSlopes is { Count: > 0 } s ? s[0].Length : 1;

    private double[] Slopes(int series) => SeedSlopes is { } s && series < s.Count ? s[series] : [Series[series].Fit.Slope];

    /// <summary>Mean of series <paramref name="series"/>'s slope over the seeds.</summary>
    public double SlopeMean(int series) => Slopes(series).Average();

    /// <summary>Sample standard deviation (n − 1) of the slope over the seeds; NaN with one seed.</summary>
    public double SlopeSpread(int series)
    {
        var b = Slopes(series);
        if (b.Length < 2) return double.NaN;
        double mean = b.Average();
        return Math.Sqrt(b.Sum(x => (x - mean) * (x - mean)) / (b.Length - 1));
    }

    /// <summary>Deep circuits (L = n), global cost.</summary>
    public BarrenPlateauSeries DeepGlobal => Series[0];

    /// <summary>Shallow circuits, local cost.</summary>
    public BarrenPlateauSeries ShallowLocal => Series[3];

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>plateaus.*</c>): per series (deep_global, deep_local,
    /// shallow_global, shallow_local) the fitted slope b of ln Var = a + b·n and its standard error, the largest n and
    /// the variance there (all of the first seed); the slope's mean and standard deviation across seeds and the band
    /// mean ± 2 s.d. (<c>slope_seed_mean</c>, <c>slope_seed_sd</c>, <c>slope_seed_lo</c>, <c>slope_seed_hi</c>), which the
    /// verdict rules use; the number of seeds; and the slope −ln 2 McClean et al. predict for 2-designs.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        var m = new Dictionary<string, double> { ["plateaus.mcclean_slope"] = -Math.Log(2), ["plateaus.seeds"] = SeedCount };
        string[] names = ["deep_global", "deep_local", "shallow_global", "shallow_local"];
        for (int i = 0; i < Series.Count && i < names.Length; i++)
        {
            var s = Series[i];
            m[$"plateaus.{names[i]}.slope"] = s.Fit.Slope;
            m[$"plateaus.{names[i]}.slope_se"] = s.Fit.SlopeStandardError;
            m[$"plateaus.{names[i]}.last_n"] = s.Points[^1].NumQubits;
            m[$"plateaus.{names[i]}.last_variance"] = s.Points[^1].Variance;
            double mean = SlopeMean(i), sd = SlopeSpread(i);
            m[$"plateaus.{names[i]}.slope_seed_mean"] = mean;
            m[$"plateaus.{names[i]}.slope_seed_sd"] = sd;
            m[$"plateaus.{names[i]}.slope_seed_lo"] = mean - 2 * sd;
            m[$"plateaus.{names[i]}.slope_seed_hi"] = mean + 2 * sd;
        }
        return m;
    }
}
