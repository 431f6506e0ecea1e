using QuantumApps.Learning.Data;
using QuantumApps.Optimizers;
using QuantumApps.Simulator;

namespace QuantumApps.Learning.Models;

/// <summary>
/// One-hidden-layer perceptron: h = tanh(W₁x + b₁) (H units), logits o = W₂h + b₂ (K outputs), softmax cross-entropy
/// averaged over the training set plus α/2·(‖W₁‖² + ‖W₂‖²), minimised by L-BFGS (as scikit-learn's
/// <c>MLPClassifier(solver='lbfgs')</c>, our settings: up to 500 iterations). Weights start uniform in ±√(6/(fan_in + fan_out))
/// (Glorot &amp; Bengio 2010) from the injected generator. Two classes use K = 2 outputs.
/// </summary>
public sealed class Mlp(int hidden, double alpha, int maxIterations = 500) : IClassifier
{
    /// <inheritdoc />
    public string Name => "mlp";

    /// <summary>Hidden units H.</summary>
    public int Hidden => hidden;

    /// <summary>L2 strength α.</summary>
    public double Alpha => alpha;

    /// <inheritdoc />
    public ITrainedClassifier Fit(FeatureMatrix x, IReadOnlyList<int> y, int classCount, Random rng, CancellationToken cancellationToken = default)
    {
        if (hidden < 1) throw new QuantumAppsException($"hidden units must be at least 1, not {hidden}");
        int d = x.Columns, k = classCount;
        int size = hidden * d + hidden + k * hidden + k;
        var initial = new double[size];
        double r1 = Math.Sqrt(6.0 / (d + hidden)), r2 = Math.Sqrt(6.0 / (hidden + k));
        for (int p = 0; p < hidden * d; p++) initial[p] = r1 * (2 * rng.NextDouble() - 1);
        int w2 = hidden * d + hidden;
        for (int p = 0; p < k * hidden; p++) initial[w2 + p] = r2 * (2 * rng.NextDouble() - 1);
        var labels = y.ToArray();
        var objective = new FunctionObjective(size, t => LossAndGradient(x, labels, k, t, new double[size]), (t, g) => LossAndGradient(x, labels, k, t, g));
        var result = new LbfgsOptimizer().Minimize(objective, initial, new OptimizerSettings { MaxIterations = maxIterations, GradientTolerance = 1e-6 }, rng,
            cancellationToken: cancellationToken);
        if (result.ExitReason == ExitReason.Cancelled) cancellationToken.ThrowIfCancellationRequested();
        return new Trained(this, result.BestPoint.ToArray(), d, k);
    }

    private double LossAndGradient(FeatureMatrix x, int[] y, int k, ReadOnlySpan<double> t, Span<double> g)
    {
        int d = x.Columns, h = hidden, n = x.Count;
        int b1 = h * d, w2 = b1 + h, b2 = w2 + k * h;
        g.Clear();
        var act = new double[h];
        var o = new double[k];
        double loss = 0;
        for (int i = 0; i < n; i++)
        {
            var xi = x.Row(i);
            Forward(t, xi, d, k, act, o);
            double max = o.Max(), sum = 0;
            for (int c = 0; c < k; c++) { o[c] = Math.Exp(o[c] - max); sum += o[c]; }
            loss -= Math.Log(Math.Max(o[y[i]] / sum, 1e-300)) / n;
            for (int c = 0; c < k; c++)
            {
                double delta = (o[c] / sum - (c == y[i] ? 1 : 0)) / n;
                g[b2 + c] += delta;
                for (int u = 0; u < h; u++) g[w2 + c * h + u] += delta * act[u];
            }
            for (int u = 0; u < h; u++)
            {
                double back = 0;
                for (int c = 0; c < k; c++) back += (o[c] / sum - (c == y[i] ? 1 : 0)) / n * t[w2 + c * h + u];
                back *= 1 - act[u] * act[u];
                g[b1 + u] += back;
                for (int j = 0; j < d; j++) g[u * d + j] += back * xi[j];
            }
        }
        for (int p = 0; p < b1; p++) { loss += alpha / 2 * t[p] * t[p]; g[p] += alpha * t[p]; }
        for (int p = w2; p < b2; p++) { loss += alpha / 2 * t[p] * t[p]; g[p] += alpha * t[p]; }
        return loss;
    }

    private void Forward(ReadOnlySpan<double> t, ReadOnlySpan<double> xi, int d, int k, double[] act, double[] o)
    {
        int h = hidden, b1 = h * d, w2 = b1 + h, b2 = w2 + k * h;
        for (int u = 0; u < h; u++)
        {
            double s = t[b1 + u];
            for (int j = 0; j < d; j++) s += t[u * d + j] * xi[j];
            act[u] = Math.Tanh(s);
        }
        for (int c = 0; c < k; c++)
        {
            double s = t[b2 + c];
            for (int u = 0; u < h; u++) s += t[w2 + c * h + u] * act[u];
            o[c] = s;
        }
    }

    private sealed class Trained(Mlp owner, double[] theta, int d, int k) : ITrainedClassifier
    {
        public ModelCost TrainingCost => ModelCost.None;

        public int Parameters => theta.Length;

        public Prediction Predict(FeatureMatrix x, CancellationToken cancellationToken = default)
        {
            var act = new double[owner.Hidden];
            var o = new double[k];
            var labels = new int[x.Count];
            for (int i = 0; i < x.Count; i++)
            {
                owner.Forward(theta, x.Row(i), d, k, act, o);
                int best = 0;
                for (int c = 1; c < k; c++) if (o[c] > o[best]) best = c;
                labels[i] = best;
            }
            return new Prediction(labels, ModelCost.None);
        }
    }
}
