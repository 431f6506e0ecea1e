using QuantumApps.Learning.Data;
using QuantumApps.Optimizers;
using QuantumApps.Simulator;

namespace QuantumApps.Learning.Models;

/// <summary>
/// L2-regularised logistic regression, scikit-learn's objective: min_(w,b) ½‖w‖² + C Σ_i log(1 + exp(−s_i (w·x_i + b)))
/// with s_i = ±1 (the intercept b is not penalised), minimised by L-BFGS (Optimizers) from w = 0; one-vs-rest for K &gt; 2.
/// <see cref="Objective"/> exposes value and gradient so the optimum can be checked (∇ = 0).
/// </summary>
public sealed class LogisticRegression(double c, int maxIterations = 1000) : IClassifier
{
    /// <inheritdoc />
    public string Name => "logreg";

    /// <summary>Inverse regularisation strength C.</summary>
    public double C => c;

    /// <summary>Value and gradient of the objective at θ = (w, b) for labels s = ±1.</summary>
    public static double Objective(FeatureMatrix x, ReadOnlySpan<int> s, double c, ReadOnlySpan<double> theta, Span<double> gradient)
    {
        int d = x.Columns;
        double f = 0;
        for (int j = 0; j < d; j++)
        {
            f += 0.5 * theta[j] * theta[j];
            gradient[j] = theta[j];
        }
        gradient[d] = 0;
        for (int i = 0; i < x.Count; i++)
        {
            var xi = x.Row(i);
            double z = theta[d];
            for (int j = 0; j < d; j++) z += theta[j] * xi[j];
            double m = s[i] * z;
            f += c * (m > 0 ? double.LogP1(Math.Exp(-m)) : -m + double.LogP1(Math.Exp(m)));
            double sigma = 1 / (1 + Math.Exp(m));
            double coef = -c * s[i] * sigma;
            for (int j = 0; j < d; j++) gradient[j] += coef * xi[j];
            gradient[d] += coef;
        }
        return f;
    }

    /// <inheritdoc />
    public ITrainedClassifier Fit(FeatureMatrix x, IReadOnlyList<int> y, int classCount, Random rng, CancellationToken cancellationToken = default)
    {
        if (!(c > 0)) throw new QuantumAppsException($"C must be positive, not {c}");
        int d = x.Columns;
        var weights = new double[OneVsRest.Problems(classCount)][];
        for (int p = 0; p < weights.Length; p++)
        {
            var s = OneVsRest.Labels(y, classCount, p);
            var objective = new FunctionObjective(d + 1, t => Objective(x, s, c, t, new double[d + 1]), (t, g) => Objective(x, s, c, t, g));
            var result = new LbfgsOptimizer().Minimize(objective, new double[d + 1],
                new OptimizerSettings { MaxIterations = maxIterations, GradientTolerance = 1e-8 }, rng, cancellationToken: cancellationToken);
            weights[p] = result.BestPoint.ToArray();
        }
        return new Trained(weights, classCount);
    }

    /// <summary>Trained weights (w, b) of every binary problem.</summary>
    internal sealed class Trained(double[][] weights, int classCount) : ITrainedClassifier
    {
        public double[][] Weights => weights;

        public ModelCost TrainingCost => ModelCost.None;

        public int Parameters => weights.Sum(w => w.Length);

        public Prediction Predict(FeatureMatrix x, CancellationToken cancellationToken = default)
        {
            var labels = new int[x.Count];
            var dec = new double[weights.Length];
            for (int i = 0; i < x.Count; i++)
            {
                var xi = x.Row(i);
                for (int p = 0; p < weights.Length; p++)
                {
                    double z = weights[p][x.Columns];
                    for (int j = 0; j < x.Columns; j++) z += weights[p][j] * xi[j];
                    dec[p] = z;
                }
                labels[i] = OneVsRest.Decide(dec, classCount);
            }
            return new Prediction(labels, ModelCost.None);
        }
    }
}
