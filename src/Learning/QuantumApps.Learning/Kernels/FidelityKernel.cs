using MathNet.Numerics.Distributions;
using QuantumApps.Learning.Data;
using QuantumApps.Simulator;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// The fidelity (quantum) kernel k(x, x') = |⟨φ(x)|φ(x')⟩|² of a <see cref="FeatureMap"/>.
/// <para>Exact: one state preparation per sample and a Gram product of the stored states. The bytes of the states are
/// counted before anything is allocated (2^n × 16 bytes per sample); when the states of both sides do not fit
/// <see cref="MemoryBudgetBytes"/>, the matrix is computed in row blocks (each block of states prepared again for every
/// column block), so a large kernel is slower but never refused for size alone.</para>
/// <para>With <see cref="Shots"/> S &gt; 0 every entry is what a device would estimate: the frequency of |0…0⟩ in S shots
/// of the compute–uncompute circuit U(x')†U(x) (<see cref="FeatureMap.ComputeUncompute"/>), whose |0…0⟩ probability is
/// the exact entry p; S shots give a Binomial(S, p) count, drawn here from the injected generator. The Gram diagonal is
/// 1 without sampling, and entry (j, i) copies (i, j), so a sampled Gram matrix is symmetric but may be indefinite.</para>
/// </summary>
public sealed class FidelityKernel : IKernel
{
    private readonly Random? _rng;

    /// <summary>A kernel of <paramref name="map"/>; <paramref name="shots"/> 0 is exact, otherwise <paramref name="rng"/> is required.</summary>
    public FidelityKernel(FeatureMap map, int shots = 0, Random? rng = null, long? memoryBudgetBytes = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (shots < 0) throw new QuantumAppsException($"shots must be non-negative, not {shots}");
        if (shots > 0 && rng is null) throw new QuantumAppsException("a sampled kernel needs a seeded random generator");
        Map = map;
        Shots = shots;
        _rng = rng;
        MemoryBudgetBytes = memoryBudgetBytes ?? MemoryGuard.BudgetBytes(MemoryGuard.StateTableShare);
        if (StateTable.BytesFor(map.Qubits, 2) > MemoryBudgetBytes)
            throw new QuantumAppsException($"the {map.Name} kernel on {map.Qubits} qubits needs at least {MemoryGuard.FormatBytes(StateTable.BytesFor(map.Qubits, 2))} " +
                $"for two states; the memory budget is {MemoryGuard.FormatBytes(MemoryBudgetBytes)}");
    }

    /// <summary>The feature map.</summary>
    public FeatureMap Map { get; }

    /// <summary>Shots per kernel entry (0 = exact).</summary>
    public int Shots { get; }

    /// <summary>Bytes the stored states may take.</summary>
    public long MemoryBudgetBytes { get; }

    /// <inheritdoc />
    public string Name => Map.Name;

    /// <inheritdoc />
    public int Qubits => Map.Qubits;

    /// <inheritdoc />
    public KernelMatrix Gram(FeatureMatrix x, CancellationToken cancellationToken = default)
    {
        var k = Exact(x, x, true, cancellationToken, out long simulations);
        int n = x.Count;
        if (Shots > 0)
            for (int i = 0; i < n; i++)
            {
                k[i * n + i] = 1;
                for (int j = i + 1; j < n; j++) k[i * n + j] = k[j * n + i] = Sample(k[i * n + j]);
            }
        return new KernelMatrix(k, n, n, simulations, (long)n * (n - 1) / 2, Shots);
    }

    /// <inheritdoc />
    public KernelMatrix Cross(FeatureMatrix a, FeatureMatrix b, CancellationToken cancellationToken = default)
    {
        var k = Exact(a, b, false, cancellationToken, out long simulations);
        if (Shots > 0)
            for (int i = 0; i < k.Length; i++) k[i] = Sample(k[i]);
        return new KernelMatrix(k, a.Count, b.Count, simulations, (long)a.Count * b.Count, Shots);
    }

    private double Sample(double p) => Binomial.Sample(_rng!, Math.Clamp(p, 0, 1), Shots) / (double)Shots;

    private double[] Exact(FeatureMatrix a, FeatureMatrix b, bool symmetric, CancellationToken cancellationToken, out long simulations)
    {
        if (a.Columns != Map.Qubits || b.Columns != Map.Qubits)
            throw new QuantumAppsException($"the {Map.Name} kernel on {Map.Qubits} qubits takes {Map.Qubits} features, not {(a.Columns != Map.Qubits ? a.Columns : b.Columns)}");
        int na = a.Count, nb = b.Count;
        MemoryGuard.EnsureMatrixFits(na, nb, $"the {Map.Name} kernel matrix", MemoryGuard.KernelMatrixShare);
        var k = new double[(long)na * nb];
        long perState = StateTable.BytesFor(Map.Qubits, 1);
        long all = symmetric ? perState * na : perState * (na + nb);
        simulations = 0;
        // One table is one array of doubles per part: at most Array.MaxLength entries, so a table holds at most this many states.
        long perArray = Array.MaxLength / (1L << Map.Qubits);
        if (all <= MemoryBudgetBytes && Math.Max(na, nb) <= perArray)
        {
            var ta = new StateTable(Map, a, 0, na, cancellationToken);
            var tb = symmetric ? ta : new StateTable(Map, b, 0, nb, cancellationToken);
            simulations = symmetric ? na : na + nb;
            GramProductKernel.Fidelities(ta, tb, symmetric, k, nb, 0, 0, cancellationToken);
            return k;
        }
        int block = (int)Math.Max(1, Math.Min(MemoryBudgetBytes / perState / 2, perArray));
        for (int r0 = 0; r0 < na; r0 += block)
        {
            int rn = Math.Min(block, na - r0);
            var ta = new StateTable(Map, a, r0, rn, cancellationToken);
            simulations += rn;
            for (int c0 = symmetric ? r0 : 0; c0 < nb; c0 += block)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int cn = Math.Min(block, nb - c0);
                bool diagonal = symmetric && c0 == r0;
                var tb = diagonal ? ta : new StateTable(Map, b, c0, cn, cancellationToken);
                if (!diagonal) simulations += cn;
                GramProductKernel.Fidelities(ta, tb, diagonal, k, nb, r0, c0, cancellationToken);
                if (symmetric && !diagonal)
                    for (int i = 0; i < rn; i++)
                        for (int j = 0; j < cn; j++) k[(long)(c0 + j) * nb + r0 + i] = k[(long)(r0 + i) * nb + c0 + j];
            }
        }
        return k;
    }
}
