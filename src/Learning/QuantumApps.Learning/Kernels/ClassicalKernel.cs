using QuantumApps.Learning.Data;
using QuantumApps.Simulator;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// Classical kernels: linear k(x, x') = x·x' (<paramref name="Gamma"/> ignored) and RBF k(x, x') = exp(−γ‖x − x'‖²).
/// </summary>
public sealed record ClassicalKernel(bool Rbf, double Gamma) : IKernel
{
    /// <summary>The linear kernel.</summary>
    public static ClassicalKernel Linear { get; } = new(false, 0);

    /// <summary>The RBF kernel with width parameter γ &gt; 0.</summary>
    public static ClassicalKernel RadialBasis(double gamma) =>
        gamma > 0 && double.IsFinite(gamma) ? new ClassicalKernel(true, gamma) : throw new QuantumAppsException($"RBF gamma must be positive, not {gamma}");

    /// <inheritdoc />
    public string Name => Rbf ? "rbf" : "linear";

    /// <inheritdoc />
    public int Qubits => 0;

    /// <inheritdoc />
    public KernelMatrix Gram(FeatureMatrix x, CancellationToken cancellationToken = default) => Cross(x, x, cancellationToken);

    /// <inheritdoc />
    public KernelMatrix Cross(FeatureMatrix a, FeatureMatrix b, CancellationToken cancellationToken = default)
    {
        if (a.Columns != b.Columns) throw new QuantumAppsException($"kernel inputs have {a.Columns} and {b.Columns} features");
        MemoryGuard.EnsureMatrixFits(a.Count, b.Count, "the kernel matrix", MemoryGuard.KernelMatrixShare);
        var k = new double[a.Count * b.Count];
        for (int i = 0; i < a.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ai = a.Row(i);
            for (int j = 0; j < b.Count; j++)
            {
                var bj = b.Row(j);
                double s = 0;
                if (Rbf)
                    for (int f = 0; f < ai.Length; f++) { double d = ai[f] - bj[f]; s += d * d; }
                else
                    for (int f = 0; f < ai.Length; f++) s += ai[f] * bj[f];
                k[i * b.Count + j] = Rbf ? Math.Exp(-Gamma * s) : s;
            }
        }
        return new KernelMatrix(k, a.Count, b.Count, 0, 0, 0);
    }
}
