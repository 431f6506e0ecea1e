using BenchmarkDotNet.Attributes;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Benchmarks;

/// <summary>
/// Adjoint gradient of a 12-qubit, 100-parameter hardware-efficient circuit (RY on every qubit + CNOT
/// ladder per layer, 8⅓ layers) for the transverse-field Ising energy Σ Z_i Z_(i+1) + Σ X_i (23 terms).
/// </summary>
[ShortRunJob]
[MinColumn, MedianColumn]
[MemoryDiagnoser]
public class GradientBenchmarks
{
    /// <summary>The thread-count scope of this benchmark, taken in the setup and released in the cleanup.</summary>
    private IDisposable? _policy;

    private Circuit _circuit = null!;
    private PauliSum _h = null!;
    private double[] _theta = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = Parallelism.Override(threads: Threads);
        const int n = 12, parameters = 100;
        var b = new CircuitBuilder(n);
        int p = 0;
        while (p < parameters)
        {
            for (int q = 0; q < n && p < parameters; q++) b.Ry(q, Angle.Parameter(p++));
            for (int q = 0; q + 1 < n; q++) b.Cnot(q, q + 1);
        }
        _circuit = b.Build();
        var hb = new PauliSumBuilder(n);
        for (int q = 0; q < n; q++)
        {
            hb.Add(PauliString.Single('X', q), 1.0);
            if (q + 1 < n) hb.Add(PauliString.Single('Z', q) * PauliString.Single('Z', q + 1), 1.0);
        }
        _h = hb.ToPauliSum();
        var rng = new Random(100);
        _theta = Enumerable.Range(0, parameters).Select(_ => rng.NextDouble() * 2 * Math.PI).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _policy?.Dispose();

    [Benchmark]
    public double AdjointGradient100Parameters() => AdjointDifferentiation.Gradient(_circuit, _h, _theta).Value;
}
