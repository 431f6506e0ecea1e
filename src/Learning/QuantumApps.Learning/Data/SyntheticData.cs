using System.Globalization;
using QuantumApps.Simulator;

namespace QuantumApps.Learning.Data;

/// <summary>
/// Seeded synthetic binary tasks after Bowles, Ahmed &amp; Schuld, "Better than classical? The subtle art of benchmarking
/// quantum machine learning models" (arXiv:2403.07059, 2024), section 4.1. Every draw comes from the injected
/// <see cref="Random"/>; Gaussian draws use the Box–Muller transform.
/// </summary>
public static class SyntheticData
{
    /// <summary>
    /// Linearly separable: x uniform in [−1, 1]^d, label sign(w·x) for a fixed w = (1, …, 1)/√d; points with |w·x| &lt;
    /// <paramref name="margin"/> are redrawn, so a margin separates the classes (the paper's "linearly separable" family).
    /// </summary>
    public static Dataset LinearlySeparable(int samples, int dimensions, Random rng, double margin = 0.02)
    {
        Check(samples, dimensions);
        var values = new double[samples * dimensions];
        var labels = new int[samples];
        double norm = 1 / Math.Sqrt(dimensions);
        for (int i = 0; i < samples; i++)
        {
            double s;
            do
            {
                s = 0;
                for (int j = 0; j < dimensions; j++)
                {
                    double v = 2 * rng.NextDouble() - 1;
                    values[i * dimensions + j] = v;
                    s += v * norm;
                }
            } while (Math.Abs(s) < margin);
            labels[i] = s > 0 ? 1 : 0;
        }
        return Make("linearly-separable", values, labels, dimensions);
    }

    /// <summary>
    /// Two curves (the paper's "two curves" family, our parametrisation): a latent t uniform in [0, 1] is embedded in d
    /// dimensions by the curve c_j(t) = t·cos(D·π·t + j), j = 0…d−1. Class 0 lies on c(t), class 1 on c(t) + Δ·(1, …, 1)
    /// with Δ = <paramref name="offset"/>; Gaussian noise of standard deviation <paramref name="noise"/> is added to every
    /// coordinate. <paramref name="degree"/> D sets how often the curves wind (larger is harder); samples alternate 0, 1.
    /// </summary>
    public static Dataset TwoCurves(int samples, int dimensions, Random rng, int degree = 2, double offset = 0.1, double noise = 0.01)
    {
        Check(samples, dimensions);
        var values = new double[samples * dimensions];
        var labels = new int[samples];
        for (int i = 0; i < samples; i++)
        {
            int y = i % 2;
            double t = rng.NextDouble();
            for (int j = 0; j < dimensions; j++)
                values[i * dimensions + j] = t * Math.Cos(degree * Math.PI * t + j) + y * offset + noise * Gaussian(rng);
            labels[i] = y;
        }
        return Make("two-curves", values, labels, dimensions);
    }

    /// <summary>
    /// Hidden manifold (Goldt et al. 2020, as used by Bowles et al.): latent z ∈ R^m standard normal, inputs
    /// x = tanh(F z/√m) with a fixed random feature matrix F (d × m, standard normal entries), label sign of a random
    /// one-hidden-layer teacher v·tanh(W z/√m)/√h (h = m) thresholded at the median of the drawn samples so both
    /// classes are balanced.
    /// </summary>
    public static Dataset HiddenManifold(int samples, int dimensions, Random rng, int manifoldDimension = 2)
    {
        Check(samples, dimensions);
        if (manifoldDimension < 1) throw new QuantumAppsException($"manifold dimension must be at least 1, not {manifoldDimension}");
        int m = manifoldDimension;
        var f = Normals(dimensions * m, rng);
        var w = Normals(m * m, rng);
        var v = Normals(m, rng);
        var values = new double[samples * dimensions];
        var score = new double[samples];
        var z = new double[m];
        double scale = 1 / Math.Sqrt(m);
        for (int i = 0; i < samples; i++)
        {
            for (int k = 0; k < m; k++) z[k] = Gaussian(rng);
            for (int j = 0; j < dimensions; j++)
            {
                double s = 0;
                for (int k = 0; k < m; k++) s += f[j * m + k] * z[k];
                values[i * dimensions + j] = Math.Tanh(s * scale);
            }
            double o = 0;
            for (int h = 0; h < m; h++)
            {
                double s = 0;
                for (int k = 0; k < m; k++) s += w[h * m + k] * z[k];
                o += v[h] * Math.Tanh(s * scale);
            }
            score[i] = o * scale;
        }
        var sorted = (double[])score.Clone();
        Array.Sort(sorted);
        double median = sorted[samples / 2];
        var labels = new int[samples];
        for (int i = 0; i < samples; i++) labels[i] = score[i] >= median ? 1 : 0;
        return Make("hidden-manifold", values, labels, dimensions);
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    internal static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static double[] Normals(int count, Random rng)
    {
        var a = new double[count];
        for (int i = 0; i < count; i++) a[i] = Gaussian(rng);
        return a;
    }

    private static void Check(int samples, int dimensions)
    {
        if (samples < 4) throw new QuantumAppsException($"a synthetic set needs at least 4 samples, not {samples}");
        if (dimensions < 1) throw new QuantumAppsException($"a synthetic set needs at least 1 dimension, not {dimensions}");
    }

    private static Dataset Make(string name, double[] values, int[] labels, int d)
    {
        var names = new string[d];
        for (int j = 0; j < d; j++) names[j] = "x" + j.ToString(CultureInfo.InvariantCulture);
        return new Dataset(name, values, labels, d, names, ["0", "1"]);
    }
}
