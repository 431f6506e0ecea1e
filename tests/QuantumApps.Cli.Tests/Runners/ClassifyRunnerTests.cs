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

    private static int RunAndCaptureErrors(Func<int> body, out string stderr)
    {
        var err = new StringWriter();
        var saved = Console.Error;
        Console.SetError(err);
        try
        {
            return CliAction.Run(body);
        }
        finally
        {
            Console.SetError(saved);
            stderr = err.ToString();
        }
    }

    [Fact]
    public void KernelStatsPrintsOneRowPerQubitCountAndKernel()
    {
        var output = new StringWriter();
        var o = Options(RepositoryData.Path("datasets", "breast_cancer.csv")) with
        {
            KernelStats = true, MaxQubits = 4, Samples = 40, Regularization = 0.01, Format = OutputFormat.Json,
        };
        Assert.Equal(ExitCodes.Ok, ClassifyRunner.Run(o, output));
        var json = System.Text.Json.Nodes.JsonNode.Parse(output.ToString())!;
        var rows = json["rows"]!.AsArray();
        Assert.Equal(3 * 4, rows.Count);
        Assert.Equal(new[] { "zz", "zz", "iqp", "iqp" }, rows.Take(4).Select(r => (string)r!["kernel"]!));
        foreach (var r in rows)
        {
            Assert.True((double)r!["variance"]! >= 0);
            Assert.True((double)r["geometricDifference"]! > 0);
        }
        Assert.Equal(3, json["classical"]!.AsArray().Count);
        Assert.Equal("ceil(1/variance)", (string)json["settings"]!["shotsFormula"]!);
        Assert.Equal(0.01, (double)json["settings"]!["regularization"]!);
    }

    [Fact]
    public void KernelStatsTableNamesItsFormulas()
    {
        var output = new StringWriter();
        var o = Options(RepositoryData.Path("datasets", "iris.csv"), classes: "versicolor,virginica") with { KernelStats = true, MaxQubits = 16, Samples = 30 };
        Assert.Equal(ExitCodes.Ok, ClassifyRunner.Run(o, output));
        string text = output.ToString();
        Assert.Contains("capped at the feature columns", text);
        Assert.Contains("g(K_rbf||K_q)", text);
        Assert.Contains("shots ~1/var", text);
    }

    [Theory]
    [InlineData("quantum-magic")]
    [InlineData(",")]
    public void UnknownModelIsAUsageError(string models)
    {
        int code = RunAndCaptureErrors(() => ClassifyRunner.Run(Options(RepositoryData.Path("datasets", "iris.csv"), models: models), new StringWriter()), out string err);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: ", err);
    }

    [Fact]
    public void VqcTakesLossTrainerAndTheSeparableControl()
    {
        var output = new StringWriter();
        var o = Options(RepositoryData.Path("datasets", "iris.csv"), classes: "versicolor,virginica", features: 2, models: "vqc,vqc-separable") with
        {
            Loss = QuantumApps.Learning.Models.VqcLoss.Square, Trainer = QuantumApps.Learning.Models.VqcTrainer.Lbfgs, Format = OutputFormat.Json,
        };
        Assert.Equal(ExitCodes.Ok, ClassifyRunner.Run(o, output));
        var json = System.Text.Json.Nodes.JsonNode.Parse(output.ToString())!;
        Assert.Equal("square", (string)json["settings"]!["loss"]!);
        Assert.Equal("lbfgs", (string)json["settings"]!["trainer"]!);
        var models = json["models"]!.AsArray();
        Assert.Equal(new[] { "vqc", "vqc-separable" }, models.Select(m => (string)m!["model"]!));
        Assert.All(models, m => Assert.Contains("lbfgs", (string)m!["hyperparameters"]!));
    }

    [Theory]
    [InlineData("--loss", "hinge")]
    [InlineData("--trainer", "sgd")]
    public void InvalidNamedValueExitsTwo(string option, string value)
    {
        var r = CliProcess.Run("classify", RepositoryData.Path("datasets", "iris.csv"), option, value);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains($"'{value}'", r.StdErr);
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
