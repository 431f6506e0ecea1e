using QuantumApps.Cli.Output;
using QuantumApps.Learning.Models;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// Options of <c>quantumapps classify</c> (see the README section "Machine learning"). With <see cref="KernelStats"/> the
/// command prints the kernel-concentration table (qubits 2…<see cref="MaxQubits"/>, at most <see cref="Samples"/> training
/// samples) instead of training models. With <see cref="Shard"/> it runs only that shard's block of the model-selection
/// tasks (cross-validation folds and final fits, <see cref="QuantumApps.Learning.Selection.SelectionPlan"/>) and writes the
/// partial result to <see cref="Out"/> (<see cref="IO.ClassifyShardFile"/>) for <c>quantumapps merge</c>.
/// </summary>
public sealed record ClassifyOptions(string Data, string? Label, string? Classes, int? Features, string Models, int Layers, int Shots,
    double TestFraction, int Folds, int Epochs, int Seed, OutputFormat Format, bool Quiet, VqcLoss Loss = VqcLoss.Logistic,
    VqcTrainer Trainer = VqcTrainer.Adam, bool KernelStats = false, int MaxQubits = 16, int Samples = 100,
    double Regularization = QuantumApps.Learning.Diagnostics.KernelConcentration.DefaultRegularization,
    QuantumApps.Variational.Workflows.Shard? Shard = null, string? Out = null);
