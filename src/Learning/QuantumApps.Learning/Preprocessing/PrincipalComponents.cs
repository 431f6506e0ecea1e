using MathNet.Numerics.LinearAlgebra;

namespace QuantumApps.Learning.Preprocessing;

/// <summary>
/// Projection onto the first k principal axes of the (already centred) training matrix X = U S Vᵀ (thin SVD, MathNet):
/// t = (x − μ) V_k, with μ the training mean (zero after <see cref="Standardizer"/>, kept for generality). Signs are fixed so
/// that the largest-magnitude entry of every axis is positive (SVD signs are otherwise arbitrary).
/// <see cref="ExplainedVarianceRatio"/>[c] = s_c² / Σ s².
/// </summary>
public sealed record PrincipalComponents(int InputColumns, int Components, IReadOnlyList<double> Mean, IReadOnlyList<double> Axes,
    IReadOnlyList<double> ExplainedVarianceRatio)
{
    /// <summary>Fits k = <paramref name="components"/> axes on the rows of <paramref name="values"/>.</summary>
    public static PrincipalComponents Fit(ReadOnlySpan<double> values, int columns, int components)
    {
        int rows = values.Length / columns;
        var mean = new double[columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++) mean[j] += values[i * columns + j] / rows;
        var x = Matrix<double>.Build.Dense(rows, columns);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++) x[i, j] = values[i * columns + j] - mean[j];
        var svd = x.Svd(computeVectors: true);
        var vt = svd.VT;
        var s = svd.S;
        double total = 0;
        for (int c = 0; c < s.Count; c++) total += s[c] * s[c];
        var axes = new double[columns * components];
        var ratio = new double[components];
        for (int c = 0; c < components; c++)
        {
            int best = 0;
            for (int j = 1; j < columns; j++) if (Math.Abs(vt[c, j]) > Math.Abs(vt[c, best])) best = j;
            double sign = vt[c, best] < 0 ? -1 : 1;
            for (int j = 0; j < columns; j++) axes[j * components + c] = sign * vt[c, j];
            ratio[c] = c < s.Count && total > 0 ? s[c] * s[c] / total : 0;
        }
        return new PrincipalComponents(columns, components, mean, axes, ratio);
    }

    /// <summary>Projected copy of <paramref name="values"/> (row-major, <see cref="Components"/> columns).</summary>
    public double[] Transform(ReadOnlySpan<double> values)
    {
        int rows = values.Length / InputColumns;
        var result = new double[rows * Components];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < InputColumns; j++)
            {
                double v = values[i * InputColumns + j] - Mean[j];
                for (int c = 0; c < Components; c++) result[i * Components + c] += v * Axes[j * Components + c];
            }
        return result;
    }
}
