using QuantumApps.Learning.Data;
using QuantumApps.Simulator;

namespace QuantumApps.Learning.Preprocessing;

/// <summary>
/// Standardise → PCA to k features (only when k is below the column count) → rescale to the encoding's angle range
/// [<see cref="AngleLow"/>, <see cref="AngleHigh"/>] (default [0, π], the range of one RY rotation and of the ZZ map's
/// φ_i = x_i). Every statistic (means, deviations, axes, minima, maxima) is fitted on the training part only; the test
/// part is only transformed. Every model, quantum or classical, receives the same features.
/// </summary>
public sealed record FeaturePipeline(Standardizer Standardizer, PrincipalComponents? Pca, RangeScaler Range, int InputColumns, int OutputColumns)
{
    /// <summary>Lower end of the default angle range.</summary>
    public const double AngleLow = 0;

    /// <summary>Upper end of the default angle range.</summary>
    public const double AngleHigh = Math.PI;

    /// <summary>
    /// Fits on <paramref name="train"/>: k = <paramref name="features"/> (null keeps every column). Throws when k exceeds the
    /// columns or is below 1.
    /// </summary>
    public static FeaturePipeline Fit(Dataset train, int? features, double low = AngleLow, double high = AngleHigh)
    {
        int d = train.Features;
        int k = features ?? d;
        if (k < 1) throw new QuantumAppsException($"--features must be at least 1, not {k}");
        if (k > d) throw new QuantumAppsException($"--features {k} is larger than the {d} feature columns of {train.Name}");
        var standardizer = Standardizer.Fit(train.Values, d);
        var z = standardizer.Transform(train.Values);
        PrincipalComponents? pca = null;
        if (k < d)
        {
            pca = PrincipalComponents.Fit(z, d, k);
            z = pca.Transform(z);
        }
        var range = RangeScaler.Fit(z, k, low, high);
        return new FeaturePipeline(standardizer, pca, range, d, k);
    }

    /// <summary>The features of every sample of <paramref name="data"/> (row-major, <see cref="OutputColumns"/> per row).</summary>
    public double[] Transform(Dataset data)
    {
        if (data.Features != InputColumns) throw new QuantumAppsException($"{data.Name}: {data.Features} columns, the pipeline was fitted on {InputColumns}");
        var z = Standardizer.Transform(data.Values);
        if (Pca is not null) z = Pca.Transform(z);
        return Range.Transform(z);
    }
}
