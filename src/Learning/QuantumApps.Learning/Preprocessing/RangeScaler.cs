namespace QuantumApps.Learning.Preprocessing;

/// <summary>
/// Affine map of every column onto [<see cref="Low"/>, <see cref="High"/>]: x' = Low + (x − min_j)(High − Low)/(max_j − min_j)
/// with the training minimum and maximum (a constant column maps to the midpoint). Values of unseen samples outside the
/// training range map outside [Low, High]: they are not clipped, so nothing about them is hidden.
/// </summary>
public sealed record RangeScaler(double Low, double High, IReadOnlyList<double> Min, IReadOnlyList<double> Max)
{
    /// <summary>Fits on the rows of <paramref name="values"/>.</summary>
    public static RangeScaler Fit(ReadOnlySpan<double> values, int columns, double low, double high)
    {
        var min = new double[columns];
        var max = new double[columns];
        Array.Fill(min, double.PositiveInfinity);
        Array.Fill(max, double.NegativeInfinity);
        for (int k = 0; k < values.Length; k++)
        {
            int j = k % columns;
            min[j] = Math.Min(min[j], values[k]);
            max[j] = Math.Max(max[j], values[k]);
        }
        return new RangeScaler(low, high, min, max);
    }

    /// <summary>Rescaled copy of <paramref name="values"/>.</summary>
    public double[] Transform(ReadOnlySpan<double> values)
    {
        int columns = Min.Count;
        var result = new double[values.Length];
        for (int k = 0; k < values.Length; k++)
        {
            int j = k % columns;
            double span = Max[j] - Min[j];
            result[k] = span > 0 ? Low + (values[k] - Min[j]) * (High - Low) / span : (Low + High) / 2;
        }
        return result;
    }
}
