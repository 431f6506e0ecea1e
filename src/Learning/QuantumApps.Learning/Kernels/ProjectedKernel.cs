using MathNet.Numerics.Distributions;
using QuantumApps.Learning.Data;
using QuantumApps.Simulator;
using QuantumApps.Simulator.States;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// Projected quantum kernel (Huang et al. 2021, Nature Communications 12, 2631, eq. 9):
/// k(x, x') = exp(−γ Σ_q ‖ρ_q(x) − ρ_q(x')‖²_F), with ρ_q the one-qubit reduced density matrix of qubit q of |φ(x)⟩.
/// With Bloch vectors r_q = (⟨X_q⟩, ⟨Y_q⟩, ⟨Z_q⟩), ‖ρ_q − ρ'_q‖²_F = ½‖r_q − r'_q‖², so the kernel is an RBF on the 3n
/// Bloch coordinates with width γ/2. Exact: one state per sample (its 3n expectations). A device measures each sample in
/// 3 bases (X, Y, Z on every qubit at once): 3 circuits per sample. With <see cref="Shots"/> S &gt; 0 each Bloch component
/// is what those S shots estimate: ⟨P_q⟩ ≈ 2m/S − 1 with m ~ Binomial(S, (1 + ⟨P_q⟩)/2) outcomes +1, drawn from the
/// injected generator (each qubit's marginal is drawn on its own; on a device the qubits of one basis share the same S
/// shots, which correlates their errors but leaves every marginal Binomial). The kernel of sampled Bloch vectors is still
/// an RBF, so it stays positive semi-definite.
/// </summary>
public sealed class ProjectedKernel : IKernel
{
    /// <summary>A projected kernel on <paramref name="map"/> with width <paramref name="gamma"/> &gt; 0.</summary>
    public ProjectedKernel(FeatureMap map, double gamma, int shots = 0, Random? rng = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (!(gamma > 0) || !double.IsFinite(gamma)) throw new QuantumAppsException($"projected-kernel gamma must be positive, not {gamma}");
        if (shots < 0) throw new QuantumAppsException($"shots must be non-negative, not {shots}");
        if (shots > 0 && rng is null) throw new QuantumAppsException("a sampled projected kernel needs a seeded random generator");
        Shots = shots;
        _rng = rng;
        MemoryGuard.EnsureFits(map.Qubits, 16, "projected kernel state", 2);
        Map = map;
        Gamma = gamma;
    }

    private readonly Random? _rng;

    /// <summary>The feature map.</summary>
    public FeatureMap Map { get; }

    /// <summary>Shots per measurement basis and sample (0 = exact Bloch vectors).</summary>
    public int Shots { get; }

    /// <summary>γ.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public string Name => "projected-" + Map.Name;

    /// <inheritdoc />
    public int Qubits => Map.Qubits;

    /// <summary>
    /// Bloch vectors (⟨X_q⟩, ⟨Y_q⟩, ⟨Z_q⟩) of every qubit of |φ(x_i)⟩, row i = 3n values (X, Y, Z of qubit 0 first); exact,
    /// or estimated from <see cref="Shots"/> shots per basis.
    /// </summary>
    public double[] BlochVectors(FeatureMatrix x, CancellationToken cancellationToken = default)
    {
        int n = Map.Qubits;
        var result = new double[x.Count * 3 * n];
        var state = StateVector.Zero(n);
        var work = new FeatureMapWorkspace(n);
        for (int i = 0; i < x.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Map.Prepare(x.Row(i), state, work);
            ReducedStateKernel.Bloch(state.Amplitudes, n, result.AsSpan(i * 3 * n, 3 * n));
        }
        if (Shots > 0)
            for (int k = 0; k < result.Length; k++)
                result[k] = 2.0 * Binomial.Sample(_rng!, Math.Clamp((1 + result[k]) / 2, 0, 1), Shots) / Shots - 1;
        return result;
    }

    /// <inheritdoc />
    public KernelMatrix Gram(FeatureMatrix x, CancellationToken cancellationToken = default)
    {
        var r = new FeatureMatrix(BlochVectors(x, cancellationToken), 3 * Map.Qubits);
        var k = ClassicalKernel.RadialBasis(Gamma / 2).Gram(r, cancellationToken);
        return k with { Simulations = x.Count, DeviceCircuits = 3L * x.Count, ShotsPerCircuit = Shots };
    }

    /// <inheritdoc />
    public KernelMatrix Cross(FeatureMatrix a, FeatureMatrix b, CancellationToken cancellationToken = default)
    {
        var ra = new FeatureMatrix(BlochVectors(a, cancellationToken), 3 * Map.Qubits);
        var rb = new FeatureMatrix(BlochVectors(b, cancellationToken), 3 * Map.Qubits);
        var k = ClassicalKernel.RadialBasis(Gamma / 2).Cross(ra, rb, cancellationToken);
        return k with { Simulations = a.Count + b.Count, DeviceCircuits = 3L * (a.Count + b.Count), ShotsPerCircuit = Shots };
    }
}
