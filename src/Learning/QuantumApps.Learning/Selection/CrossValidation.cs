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
        for (int f = 0; f < folds.Count; f++) acc[f] = FoldAccuracy(train, candidate, folds[f], features, rng, cancellationToken);
        return MeanAndStd(acc);
    }

    /// <summary>Mean and population standard deviation sqrt(Σ(a − mean)²/k) of k fold accuracies.</summary>
    public static (double Mean, double Std) MeanAndStd(IReadOnlyList<double> accuracies)
    {
        ArgumentNullException.ThrowIfNull(accuracies);
        double mean = accuracies.Average();
        return (mean, Math.Sqrt(accuracies.Select(a => (a - mean) * (a - mean)).Average()));
    }

    /// <summary>
    /// Accuracy of <paramref name="candidate"/> on one fold: the pipeline is fitted on the fold's training samples, the
    /// model trained there and scored on the held-out samples.
    /// </summary>
    public static double FoldAccuracy(Dataset train, Candidate candidate, TrainTestSplit fold, int? features, Random rng,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(fold);
        cancellationToken.ThrowIfCancellationRequested();
        var fitPart = train.Subset(fold.Train);
        var valPart = train.Subset(fold.Test);
        var pipeline = FeaturePipeline.Fit(fitPart, features);
        var xf = new FeatureMatrix(pipeline.Transform(fitPart), pipeline.OutputColumns);
        var xv = new FeatureMatrix(pipeline.Transform(valPart), pipeline.OutputColumns);
        var model = candidate.Create(pipeline.OutputColumns, rng).Fit(xf, fitPart.Labels.ToArray(), train.ClassCount, rng, cancellationToken);
        return Accuracy(model.Predict(xv, cancellationToken).Labels, valPart.Labels);
    }

    /// <summary>Fraction of equal entries.</summary>
    public static double Accuracy(IReadOnlyList<int> predicted, ReadOnlySpan<int> truth)
    {
        int ok = 0;
        for (int i = 0; i < truth.Length; i++) if (predicted[i] == truth[i]) ok++;
        return truth.Length == 0 ? 0 : ok / (double)truth.Length;
    }
}
