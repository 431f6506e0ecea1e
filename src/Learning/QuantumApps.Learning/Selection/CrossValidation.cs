using QuantumApps.Learning.Data;
using QuantumApps.Learning.Preprocessing;

namespace QuantumApps.Learning.Selection;

/// <summary>
/// k-fold cross-validation on the training part only: for every fold the <see cref="FeaturePipeline"/> is fitted on the
/// fold's training samples (so no validation statistic reaches preprocessing either), the candidate is trained and scored
/// by accuracy on the held-out fold. The candidate with the best mean accuracy wins (first on ties).
/// </summary>
public static class CrossValidation
{
    /// <summary>Mean and population standard deviation of the fold accuracies of one candidate.</summary>
    public static (double Mean, double Std) Score(Dataset train, Candidate candidate, IReadOnlyList<TrainTestSplit> folds, int? features, Random rng,
        CancellationToken cancellationToken = default)
    {
        var acc = new double[folds.Count];
        for (int f = 0; f < folds.Count; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fitPart = train.Subset(folds[f].Train);
            var valPart = train.Subset(folds[f].Test);
            var pipeline = FeaturePipeline.Fit(fitPart, features);
            var xf = new FeatureMatrix(pipeline.Transform(fitPart), pipeline.OutputColumns);
            var xv = new FeatureMatrix(pipeline.Transform(valPart), pipeline.OutputColumns);
            var model = candidate.Create(pipeline.OutputColumns, rng).Fit(xf, fitPart.Labels.ToArray(), train.ClassCount, rng, cancellationToken);
            acc[f] = Accuracy(model.Predict(xv, cancellationToken).Labels, valPart.Labels);
        }
        double mean = acc.Average();
        return (mean, Math.Sqrt(acc.Select(a => (a - mean) * (a - mean)).Average()));
    }

    /// <summary>Fraction of equal entries.</summary>
    public static double Accuracy(IReadOnlyList<int> predicted, ReadOnlySpan<int> truth)
    {
        int ok = 0;
        for (int i = 0; i < truth.Length; i++) if (predicted[i] == truth[i]) ok++;
        return truth.Length == 0 ? 0 : ok / (double)truth.Length;
    }
}
