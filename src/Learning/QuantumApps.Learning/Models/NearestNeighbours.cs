using QuantumApps.Learning.Data;
using QuantumApps.Simulator;

namespace QuantumApps.Learning.Models;

/// <summary>
/// k-nearest-neighbour vote (Euclidean distance); a tied vote goes to the class of the nearest neighbour among the tied
/// classes. Equal distances are ordered deterministically (the same data give the same answer).
/// </summary>
public sealed class NearestNeighbours(int k) : IClassifier
{
    /// <inheritdoc />
    public string Name => "knn";

    /// <summary>Neighbours consulted.</summary>
    public int K => k;

    /// <inheritdoc />
    public ITrainedClassifier Fit(FeatureMatrix x, IReadOnlyList<int> y, int classCount, Random rng, CancellationToken cancellationToken = default)
    {
        if (k < 1) throw new QuantumAppsException($"k must be at least 1, not {k}");
        return new Trained(x, y.ToArray(), classCount, Math.Min(k, x.Count));
    }

    private sealed class Trained(FeatureMatrix train, int[] y, int classCount, int k) : ITrainedClassifier
    {
        public ModelCost TrainingCost => ModelCost.None;

        public int Parameters => 0;

        public Prediction Predict(FeatureMatrix x, CancellationToken cancellationToken = default)
        {
            var labels = new int[x.Count];
            var dist = new double[train.Count];
            var order = new int[train.Count];
            var votes = new int[classCount];
            for (int i = 0; i < x.Count; i++)
            {
                var xi = x.Row(i);
                for (int t = 0; t < train.Count; t++)
                {
                    var r = train.Row(t);
                    double s = 0;
                    for (int j = 0; j < r.Length; j++) { double d = r[j] - xi[j]; s += d * d; }
                    dist[t] = s;
                    order[t] = t;
                }
                Array.Sort((double[])dist.Clone(), order);
                Array.Clear(votes);
                for (int m = 0; m < k; m++) votes[y[order[m]]]++;
                int max = votes.Max();
                int label = -1;
                for (int m = 0; m < k && label < 0; m++) if (votes[y[order[m]]] == max) label = y[order[m]];
                labels[i] = label;
            }
            return new Prediction(labels, ModelCost.None);
        }
    }
}
