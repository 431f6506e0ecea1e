using QuantumApps.Learning.Data;
using QuantumApps.Learning.Preprocessing;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;

namespace QuantumApps.Learning.Tests;

public class PreprocessingTests
{
    [Fact]
    public void NoTestSetStatisticReachesThePreprocessing()
    {
        var bc = DatasetReader.Read(RepositoryData.Path("datasets", "breast_cancer.csv"));
        var split = StratifiedSplit.TrainTest(bc.Labels, 2, 0.3, new Random(7));
        var train = bc.Subset(split.Train);
        // The same training part with two different test parts: one real, one replaced by wild values.
        var wild = bc.Values.ToArray();
        foreach (int i in split.Test)
            for (int j = 0; j < bc.Features; j++) wild[i * bc.Features + j] = 1e6 * (j + 1);
        var poisoned = new Dataset(bc.Name, wild, bc.Labels, bc.Features, bc.FeatureNames, bc.ClassNames);
        var p1 = FeaturePipeline.Fit(train, 4);
        var p2 = FeaturePipeline.Fit(poisoned.Subset(split.Train), 4);
        Assert.Equal(p1.Transform(train), p2.Transform(poisoned.Subset(split.Train)));
        Assert.Equal(p1.Transform(bc.Subset(split.Test)), p2.Transform(bc.Subset(split.Test)));
        // The fitted training features span exactly the angle range; test features are not clipped.
        var t = p1.Transform(train);
        Assert.Equal(0, t.Min(), 12);
        Assert.Equal(Math.PI, t.Max(), 12);
    }

    [Fact]
    public void PcaAxesAreOrthonormalAndOrderedByVariance()
    {
        var wine = DatasetReader.Read(RepositoryData.Path("datasets", "wine_data.csv"));
        var z = Standardizer.Fit(wine.Values, 13).Transform(wine.Values);
        var pca = PrincipalComponents.Fit(z, 13, 3);
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
            {
                double dot = 0;
                for (int j = 0; j < 13; j++) dot += pca.Axes[j * 3 + a] * pca.Axes[j * 3 + b];
                Assert.Equal(a == b ? 1 : 0, dot, 12);
            }
        Assert.True(pca.ExplainedVarianceRatio[0] >= pca.ExplainedVarianceRatio[1]);
        // Independent path: the variance of the first component equals the largest eigenvalue of the covariance matrix.
        var scores = pca.Transform(z);
        double v = 0;
        for (int i = 0; i < wine.Count; i++) v += scores[i * 3] * scores[i * 3] / wine.Count;
        var cov = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(13, 13, (r, c) =>
        {
            double s = 0;
            for (int i = 0; i < wine.Count; i++) s += z[i * 13 + r] * z[i * 13 + c];
            return s / wine.Count;
        });
        Assert.Equal(cov.Evd().EigenValues.Select(e => e.Real).Max(), v, 10);
    }

    [Fact]
    public void TooManyFeaturesIsRefused()
    {
        var iris = DatasetReader.Read(RepositoryData.Path("datasets", "iris.csv"));
        var e = Assert.Throws<QuantumAppsException>(() => FeaturePipeline.Fit(iris, 5));
        Assert.Contains("--features 5", e.Message);
    }
}
