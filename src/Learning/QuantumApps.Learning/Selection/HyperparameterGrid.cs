using System.Globalization;
using QuantumApps.Learning.Data;
using QuantumApps.Learning.Kernels;
using QuantumApps.Learning.Models;

namespace QuantumApps.Learning.Selection;

/// <summary>
/// The tuning grids, <see cref="Points"/> points each, so every model gets the same budget: logreg and svm-linear C ∈
/// {0.1, 1, 10}; svm-rbf γ ∈ {0.1, 1, 10}/k (k features, C = 1); knn k ∈ {1, 5, 15}; mlp α ∈ {1e-4, 1e-2, 1} (H = 16);
/// qkernel and separable bandwidth c ∈ {0.1, 0.5, 1} (C = 1); projected γ ∈ {0.1, 1, 10}/k (C = 1); vqc and vqc-separable
/// with Adam: learning rate ∈ {0.01, 0.05, 0.2}, with L-BFGS (no learning rate): initial weight scale ∈ {0.01, 0.1, 1}
/// (L = --layers, full batch, the settings' loss).
/// </summary>
public static class HyperparameterGrid
{
    /// <summary>Grid points per model.</summary>
    public const int Points = 3;

    /// <summary>The candidates of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<Candidate> For(ModelKind kind, BenchmarkSettings s)
    {
        var inv = CultureInfo.InvariantCulture;
        string name = ModelNames.Name(kind);
        return kind switch
        {
            ModelKind.LogReg => [.. new[] { 0.1, 1, 10 }.Select(c => new Candidate($"C={c.ToString(inv)}", (_, _) => new LogisticRegression(c)))],
            ModelKind.SvmLinear => [.. new[] { 0.1, 1, 10 }.Select(c => new Candidate($"C={c.ToString(inv)}", (_, _) => new KernelSvm(name, ClassicalKernel.Linear, c)))],
            ModelKind.SvmRbf => [.. new[] { 0.1, 1, 10 }.Select(g => new Candidate($"gamma={g.ToString(inv)}/k", (k, _) => new KernelSvm(name, ClassicalKernel.RadialBasis(g / k), 1)))],
            ModelKind.Knn => [.. new[] { 1, 5, 15 }.Select(n => new Candidate($"k={n}", (_, _) => new NearestNeighbours(n)))],
            ModelKind.Mlp => [.. new[] { 1e-4, 1e-2, 1 }.Select(a => new Candidate($"alpha={a.ToString(inv)}", (_, _) => new Mlp(16, a)))],
            ModelKind.QKernel => [.. new[] { 0.1, 0.5, 1 }.Select(c => new Candidate($"c={c.ToString(inv)}",
                (k, rng) => new KernelSvm(name, new FidelityKernel(FeatureMap.ZZ(k, c), s.Shots, s.Shots > 0 ? rng : null), 1)))],
            ModelKind.Separable => [.. new[] { 0.1, 0.5, 1 }.Select(c => new Candidate($"c={c.ToString(inv)}",
                (k, rng) => new KernelSvm(name, new FidelityKernel(FeatureMap.ZZ(k, c, separable: true), s.Shots, s.Shots > 0 ? rng : null), 1)))],
            ModelKind.Projected => [.. new[] { 0.1, 1, 10 }.Select(g => new Candidate($"gamma={g.ToString(inv)}/k",
                (k, rng) => new KernelSvm(name, new ProjectedKernel(FeatureMap.ZZ(k), g / k, s.Shots, s.Shots > 0 ? rng : null), 1)))],
            _ when s.Trainer == VqcTrainer.Lbfgs => [.. new[] { 0.01, 0.1, 1 }.Select(init => new Candidate($"init={init.ToString(inv)},L={s.Layers},lbfgs",
                (_, _) => new Vqc(new VqcSettings(Layers: s.Layers, Loss: s.Loss, Trainer: VqcTrainer.Lbfgs, Epochs: s.Epochs, InitialScale: init,
                    Separable: kind == ModelKind.VqcSeparable))))],
            _ => [.. new[] { 0.01, 0.05, 0.2 }.Select(lr => new Candidate($"lr={lr.ToString(inv)},L={s.Layers}",
                (_, _) => new Vqc(new VqcSettings(Layers: s.Layers, Loss: s.Loss, LearningRate: lr, Epochs: s.Epochs, Separable: kind == ModelKind.VqcSeparable))))],
        };
    }
}
