using System.CommandLine;
using QuantumApps.Cli.Runners;
using QuantumApps.Learning.Models;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps classify DATA</c>: quantum and classical classifiers on one split, one row per model.</summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        var data = new Argument<string>("DATA") { Description = "CSV file: scikit-learn layout (data/datasets/*.csv, .gz), or a plain CSV with --label" };
        var label = new Option<string?>("--label") { Description = "Plain CSV: the column holding the class" };
        var classes = new Option<string?>("--classes") { Description = "Keep only these classes (names or 0-based indices), e.g. versicolor,virginica" };
        var features = new Option<int?>("--features") { Description = "PCA to k features (= qubits of the quantum models); default: all columns" };
        var models = new Option<string>("--models")
        {
            Description = "Comma-separated: " + string.Join(",", QuantumApps.Learning.Selection.ModelNames.All.Select(m => m.Name)),
            DefaultValueFactory = _ => string.Join(",", QuantumApps.Learning.Selection.ModelNames.All.Select(m => m.Name)),
        };
        var layers = new Option<int>("--layers") { Description = "VQC layers L", DefaultValueFactory = _ => 1 };
        var shots = new Option<int>("--shots") { Description = "Shots per fidelity-kernel entry (0 = exact)", DefaultValueFactory = _ => 0 };
        var testFraction = new Option<double>("--test-fraction") { Description = "Fraction of every class held out for testing", DefaultValueFactory = _ => 0.3 };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds on the training part", DefaultValueFactory = _ => 5 };
        var epochs = new Option<int>("--epochs") { Description = "VQC training epochs (full-batch Adam steps)", DefaultValueFactory = _ => 100 };
        var loss = ChoiceOption.Create("--loss", "VQC loss per readout: logistic (cross-entropy of (1 + s z)/2) or square ((s - z)^2)",
            [("logistic", VqcLoss.Logistic), ("square", VqcLoss.Square)], VqcLoss.Logistic);
        var trainer = ChoiceOption.Create("--trainer", "VQC trainer: adam (full batch, --epochs steps) or lbfgs (--epochs iterations)",
            [("adam", VqcTrainer.Adam), ("lbfgs", VqcTrainer.Lbfgs)], VqcTrainer.Adam);
        var kernelStats = new Option<bool>("--kernel-stats")
        {
            Description = "Print the kernel-concentration table (mean, variance, shots ~1/variance, geometric difference) for 2..--max-qubits instead of training",
        };
        var maxQubits = new Option<int>("--max-qubits") { Description = "--kernel-stats: largest qubit count (capped at the feature columns)", DefaultValueFactory = _ => 16 };
        var samples = new Option<int>("--samples") { Description = "--kernel-stats: training samples used (stratified seeded subset)", DefaultValueFactory = _ => 100 };
        var regularization = new Option<double>("--regularization")
        {
            Description = "--kernel-stats: lambda of the geometric difference, K_C^-1 -> sqrt(K_C)(K_C + lambda I)^-2 sqrt(K_C); 0 = pseudo-inverse",
            DefaultValueFactory = _ => QuantumApps.Learning.Diagnostics.KernelConcentration.DefaultRegularization,
        };
        var shard = CommonOptions.Shard("model-selection tasks (cross-validation folds and final fits)");
        var partOut = new Option<string?>("--out") { Description = "With --shard: the partial result to write (PART.json)", HelpName = "PART.json" };
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var command = new Command("classify", "Train quantum (vqc, qkernel, projected, separable) and classical classifiers on the same split; one row per model")
        {
            data, label, classes, features, models, layers, shots, testFraction, folds, epochs, loss, trainer, kernelStats, maxQubits, samples, regularization, shard, partOut, seed, format,
        };
        command.SetAction(p => CliAction.Run(() => ClassifyRunner.Run(
            new ClassifyOptions(p.GetValue(data)!, p.GetValue(label), p.GetValue(classes), p.GetValue(features), p.GetValue(models)!, p.GetValue(layers),
                p.GetValue(shots), p.GetValue(testFraction), p.GetValue(folds), p.GetValue(epochs), SeededRandom.Int32Seed(p.GetValue(seed)), p.GetValue(format),
                p.GetValue(CommonOptions.Quiet), p.GetValue(loss), p.GetValue(trainer), p.GetValue(kernelStats), p.GetValue(maxQubits), p.GetValue(samples), p.GetValue(regularization),
                p.GetValue(shard), p.GetValue(partOut)),
            Console.Out, CliCancellation.Token)));
        return command;
    }
}
