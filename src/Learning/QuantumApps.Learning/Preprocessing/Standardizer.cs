namespace QuantumApps.Learning.Preprocessing;

/// <summary>
/// z_j = (x_j − μ_j)/σ_j with the training mean μ_j and population standard deviation σ_j (divisor n, as scikit-learn's
/// <c>StandardScaler</c>); a constant column (σ_j = 0) gets σ_j = 1.
/// </summary>
public sealed record Standardizer(IReadOnlyList<double> Mean, IReadOnlyList<double> Scale)
{
    /// <summary>Fits on the rows of <paramref name="values"/> (row-major, <paramref name="columns"/> per row).</summary>
    public static Standardizer Fit(ReadOnlySpan<double> values, int columns)
    {
        int rows = values.Length / columns;
        var mean = new double[columns];
        var scale = new double[columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++) mean[j] += values[i * columns + j];
        for (int j = 0; j < columns; j++) mean[j] /= rows;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
            {
                double d = values[i * columns + j] - mean[j];
                scale[j] += d * d;
            }
        for (int j = 0; j < columns; j++)
        {
            double s = Math.Sqrt(scale[j] / rows);
            scale[j] = s > 0 ? s : 1;
        }
        return new Standardizer(mean, scale);
    }

    /// <summary>Standardised copy of <paramref name="values"/> (row-major, same column count).</summary>
    public double[] Transform(ReadOnlySpan<double> values)
    {
        int columns = Mean.Count;
        var result = new double[values.Length];
        for (int k = 0; k < values.Length; k++) result[k] = (values[k] - Mean[k % columns]) / Scale[k % columns];
        return result;
    }
}
