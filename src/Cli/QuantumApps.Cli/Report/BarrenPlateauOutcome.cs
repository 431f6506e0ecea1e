using QuantumApps.Variational.Experiments;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the barren-plateau section shows: samples per point, the layer count of the shallow circuits, and the four
/// series in the order deep/global, deep/local, shallow/global, shallow/local (each with its points and the fit of
/// ln Var = a + b·n) of the first seed, and the fitted slope b of every series for every seed (<see cref="SeedSlopes"/>[series][seed];
/// null in outcomes made before seeds were repeated, then the first seed's slope alone with spread NaN), and the
/// layer-wise training comparison (<see cref="Layerwise"/>: every run of <see cref="LayerwiseTrainingExperiment.Compare"/>
/// with its settings; null in outcomes made before it existed, then its claim shows "not yet measured").
/// </summary>
public sealed record BarrenPlateauOutcome(int Samples, int ShallowLayers, IReadOnlyList<BarrenPlateauSeries> Series, IReadOnlyList<double[]>? SeedSlopes = null,
    IReadOnlyList<LayerwiseTrainingRun>? Layerwise = null, LayerwiseTrainingSettings? LayerwiseSettings = null)
{
    /// <summary>Layer-wise wins a seed when its final cost is below both full-depth runs' by more than this (0.01 of the cost's range 2: smaller differences are ties).</summary>
    public const double LayerwiseWinMargin = 0.01;

    /// <summary>The runs at the largest size of the layer-wise comparison, grouped by seed (empty without it).</summary>
    public IReadOnlyList<IGrouping<int, LayerwiseTrainingRun>> LayerwiseLargest =>
        Layerwise is { Count: > 0 } runs ? [.. runs.Where(r => r.NumQubits == runs.Max(x => x.NumQubits)).GroupBy(r => r.Seed)] : [];

    /// <summary>Seeds at the largest size where layer-wise ends below both full-depth schedules by more than <see cref="LayerwiseWinMargin"/>.</summary>
    public int LayerwiseWinsLargest => LayerwiseLargest.Count(g =>
        g.Single(r => r.Schedule == TrainingSchedule.Layerwise).FinalCost < g.Where(r => r.Schedule != TrainingSchedule.Layerwise).Min(r => r.FinalCost) - LayerwiseWinMargin);

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
    /// verdict rules use; the number of seeds; and the slope −ln 2 McClean et al. predict for 2-designs. With the layer-wise
    /// comparison (<c>plateaus.layerwise.*</c>): its largest n, seeds, the seeds at the largest n where layer-wise wins
    /// (<see cref="LayerwiseWinsLargest"/>) and their fraction, and per schedule (layerwise, full_random, full_zero) the
    /// success fraction and mean final cost at the largest n and the device circuits of one run there.
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
        var largest = LayerwiseLargest;
        if (largest.Count > 0)
        {
            m["plateaus.layerwise.largest_n"] = largest[0].First().NumQubits;
            m["plateaus.layerwise.layers_largest"] = largest[0].First().Layers;
            m["plateaus.layerwise.seeds"] = largest.Count;
            m["plateaus.layerwise.wins_largest"] = LayerwiseWinsLargest;
            m["plateaus.layerwise.win_fraction_largest"] = (double)LayerwiseWinsLargest / largest.Count;
            foreach (var (schedule, key) in new[] { (TrainingSchedule.Layerwise, "layerwise"), (TrainingSchedule.FullDepthRandom, "full_random"), (TrainingSchedule.FullDepthZero, "full_zero") })
            {
                var runs = largest.Select(g => g.Single(r => r.Schedule == schedule)).ToList();
                m[$"plateaus.layerwise.{key}.success_largest"] = runs.Count(r => r.Success) / (double)runs.Count;
                m[$"plateaus.layerwise.{key}.mean_cost_largest"] = runs.Average(r => r.FinalCost);
                m[$"plateaus.layerwise.{key}.circuits_largest"] = runs[0].Circuits;
            }
        }
        return m;
    }
}
