using QuantumApps.Learning.Data;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;

namespace QuantumApps.Learning.Tests;

public class DataTests
{
    private static string Temp(string name, string text)
    {
        string dir = Path.Combine(Path.GetTempPath(), "qa-learning-tests");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void ShippedDataSetsHaveTheirDocumentedShape()
    {
        // Expected sizes: data/datasets/README.md (scikit-learn 1.2.1's bundled copies).
        var iris = DatasetReader.Read(RepositoryData.Path("datasets", "iris.csv"));
        Assert.Equal((150, 4, 3), (iris.Count, iris.Features, iris.ClassCount));
        Assert.Equal(["setosa", "versicolor", "virginica"], iris.ClassNames);
        var bc = DatasetReader.Read(RepositoryData.Path("datasets", "breast_cancer.csv"));
        Assert.Equal((569, 30, 2), (bc.Count, bc.Features, bc.ClassCount));
        Assert.Equal([212, 357], bc.ClassCounts());
        var wine = DatasetReader.Read(RepositoryData.Path("datasets", "wine_data.csv"));
        Assert.Equal((178, 13, 3), (wine.Count, wine.Features, wine.ClassCount));
        var digits = DatasetReader.Read(RepositoryData.Path("datasets", "digits.csv.gz"));
        Assert.Equal((1797, 64, 10), (digits.Count, digits.Features, digits.ClassCount));
    }

    [Theory]
    [InlineData("2,2,a,b\n1,x,0\n2,3,1\n", ":2: column 2", "not a number")]
    [InlineData("2,2,a,b\n1,,0\n2,3,1\n", ":2: column 2", "missing value")]
    [InlineData("2,2,a,b\n1,2,0\n2,NaN,1\n", ":3: column 2", "not finite")]
    [InlineData("2,2,a,b\n1,2,0\nInfinity,2,1\n", ":3: column 1", "not finite")]
    [InlineData("2,2,a,b\n1,2,0\n2,1\n", ":3:", "fields")]
    public void ScikitLearnLayoutErrorsNameLineAndColumn(string text, string where, string what)
    {
        string path = Temp("bad.csv", text);
        var e = Assert.Throws<QuantumAppsException>(() => DatasetReader.Read(path));
        Assert.Contains(path + where, e.Message);
        Assert.Contains(what, e.Message);
    }

    [Fact]
    public void PlainCsvWithLabelColumn()
    {
        string path = Temp("plain.csv", "h,w,species\n1.5,2,cat\n2.5,3,dog\n3,1,cat\n");
        var d = DatasetReader.Read(path, "Species");
        Assert.Equal(["h", "w"], d.FeatureNames);
        Assert.Equal(["cat", "dog"], d.ClassNames);
        Assert.Equal([0, 1, 0], d.Labels.ToArray());
        Assert.Equal(2.5, d.Row(1)[0]);
        var e = Assert.Throws<QuantumAppsException>(() => DatasetReader.Read(path, "kind"));
        Assert.Contains("no column 'kind'", e.Message);
        string bad = Temp("plain-bad.csv", "h,w,species\n1.5,2,cat\n2.5,?,dog\n");
        e = Assert.Throws<QuantumAppsException>(() => DatasetReader.Read(bad, "species"));
        Assert.Contains(bad + ":3: column 2 (w)", e.Message);
    }

    [Fact]
    public void ClassSelectionMakesABinaryTaskAndRefusesOneClass()
    {
        var iris = DatasetReader.Read(RepositoryData.Path("datasets", "iris.csv"));
        var vv = iris.SelectClasses(["versicolor", "virginica"]);
        Assert.Equal(100, vv.Count);
        Assert.Equal([50, 50], vv.ClassCounts());
        Assert.Throws<QuantumAppsException>(() => iris.SelectClasses(["setosa"]));
        Assert.Throws<QuantumAppsException>(() => iris.SelectClasses(["setosa", "rose"]));
        Assert.Equal(["setosa", "virginica"], iris.SelectClasses(["0", "2"]).ClassNames);
    }

    [Fact]
    public void StratifiedSplitKeepsProportionsAndIsSeeded()
    {
        var bc = DatasetReader.Read(RepositoryData.Path("datasets", "breast_cancer.csv"));
        var s1 = StratifiedSplit.TrainTest(bc.Labels, 2, 0.3, new Random(1));
        var s2 = StratifiedSplit.TrainTest(bc.Labels, 2, 0.3, new Random(1));
        Assert.Equal(s1.Test, s2.Test);
        // 212·0.3 = 63.6 → 64 malignant, 357·0.3 = 107.1 → 107 benign in the test part.
        Assert.Equal(171, s1.Test.Count);
        Assert.Equal(64, s1.Test.Count(i => bc.Labels[i] == 0));
        Assert.Empty(s1.Train.Intersect(s1.Test));
        Assert.Equal(569, s1.Train.Count + s1.Test.Count);
        var folds = StratifiedSplit.KFold(bc.Labels, 2, 5, new Random(2));
        Assert.Equal(569, folds.Sum(f => f.Test.Count));
        Assert.All(folds, f => Assert.InRange(f.Test.Count(i => bc.Labels[i] == 0), 42, 43));
    }

    [Fact]
    public void SplitThatLeavesAClassOutOfTrainingIsRefused()
    {
        int[] labels = [0, 0, 0, 0, 1];
        var e = Assert.Throws<QuantumAppsException>(() => StratifiedSplit.TrainTest(labels, 3, 0.3, new Random(1)));
        Assert.Contains("class 2", e.Message);
        Assert.Throws<QuantumAppsException>(() => StratifiedSplit.KFold(labels, 2, 2, new Random(1)));
    }

    [Fact]
    public void SyntheticSetsAreSeededAndBalanced()
    {
        foreach (var make in new Func<Random, Dataset>[]
                 {
                     r => SyntheticData.LinearlySeparable(100, 4, r), r => SyntheticData.TwoCurves(100, 4, r), r => SyntheticData.HiddenManifold(100, 4, r),
                 })
        {
            var a = make(new Random(5));
            var b = make(new Random(5));
            Assert.Equal(a.Values.ToArray(), b.Values.ToArray());
            Assert.InRange(a.ClassCounts()[0], 40, 60);
        }
        var lin = SyntheticData.LinearlySeparable(200, 3, new Random(3));
        for (int i = 0; i < lin.Count; i++)
        {
            double s = lin.Row(i)[0] + lin.Row(i)[1] + lin.Row(i)[2];
            Assert.Equal(lin.Labels[i] == 1, s > 0);
        }
    }
}
