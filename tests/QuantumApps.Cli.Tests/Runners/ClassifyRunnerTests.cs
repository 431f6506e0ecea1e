using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests.Runners;

public class ClassifyRunnerTests
{
    private static ClassifyOptions Options(string data, string? label = null, string? classes = null, int? features = null, string models = "logreg,knn",
        double testFraction = 0.3) =>
        new(data, label, classes, features, models, 1, 0, testFraction, 3, 10, 42, OutputFormat.Table, true);

    private static string Temp(string name, string text)
    {
        string dir = Path.Combine(Path.GetTempPath(), "qa-classify-tests");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void RunsQuantumAndClassicalModelsOnIris()
    {
        var output = new StringWriter();
        int code = ClassifyRunner.Run(Options(RepositoryData.Path("datasets", "iris.csv"), classes: "versicolor,virginica", features: 2,
            models: "vqc,qkernel,separable,projected,logreg,svm-rbf"), output);
        Assert.Equal(ExitCodes.Ok, code);
        foreach (var m in new[] { "vqc", "qkernel", "separable", "projected", "logreg", "svm-rbf" }) Assert.Contains(m, output.ToString());
    }

    [Fact]
    public void AFailingModelKeepsTheOthersAndExitsPartial()
    {
        // A 3-class VQC needs 3 readout qubits; with 2 features it fails while logreg runs.
        var output = new StringWriter();
        int code = ClassifyRunner.Run(Options(RepositoryData.Path("datasets", "iris.csv"), features: 2, models: "vqc,logreg"), output);
        Assert.Equal(ExitCodes.Partial, code);
        Assert.Contains("failed: a VQC for 3 classes needs 3 readout qubits", output.ToString());
    }

    public static TheoryData<string, string?, string?, int?, string, string> BadInputs() => new()
    {
        { "2,2,a,b\n1,x,0\n2,3,1\n", null, null, null, "logreg", ":2: column 2 (feature 1): 'x' is not a number" },
        { "2,2,a,b\n1,,0\n2,3,1\n", null, null, null, "logreg", ":2: column 2 (feature 1): missing value" },
        { "2,2,a,b\n1,NaN,0\n2,3,1\n", null, null, null, "logreg", "is not finite" },
        { "h,w,y\n1,2,a\n2,3,b\n", "label", null, null, "logreg", "no column 'label'" },
        { "h,w,y\n1,2,a\n2,3,b\n3,3,b\n", "y", "a", null, "logreg", "--classes needs at least two classes" },
        { "h,w,y\n1,2,a\n2,3,b\n3,3,b\n", "y", null, 3, "logreg", "--features 3 must be between 1 and the 2 feature columns" },
        { "h,w,y\n1,2,a\n2,3,b\n3,3,b\n", "y", null, null, "logreg", "training samples, fewer than the 3 folds" },
        { "h,w,y\n1,2,a\n2,3,b\n3,3,b\n", "y", null, null, "quantum-magic", "unknown model 'quantum-magic'" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInputIsAOneLineErrorWithNonZeroExit(string text, string? label, string? classes, int? features, string models, string message)
    {
        string path = Temp("bad-" + Math.Abs(message.GetHashCode()) + ".csv", text);
        // The error writer is passed in: redirecting Console.Error would capture other test classes' stderr (xUnit runs
        // classes in parallel) and change process-wide state.
        var stderr = new StringWriter();
        int code = CliAction.Run(() => ClassifyRunner.Run(Options(path, label, classes, features, models), new StringWriter()), stderr);
        Assert.NotEqual(0, code);
        string err = stderr.ToString().Trim();
        Assert.DoesNotContain('\n', err);
        Assert.Contains(message, err);
    }

    [Fact]
    public void TooManyQubitsIsAFailedRowNotACrash()
    {
        var ex = Record.Exception(() => new QuantumApps.Learning.Kernels.FidelityKernel(QuantumApps.Learning.Kernels.FeatureMap.ZZ(20), memoryBudgetBytes: 1 << 20));
        Assert.IsType<QuantumAppsException>(ex);
    }
}
