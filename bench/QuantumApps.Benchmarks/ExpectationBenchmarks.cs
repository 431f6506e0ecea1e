using BenchmarkDotNet.Attributes;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Benchmarks;

/// <summary>Expectation of a 631-term random Hermitian 12-qubit Pauli sum (the LiH/STO-3G term count), seeded.</summary>
[ShortRunJob]
[MinColumn, MedianColumn]
[MemoryDiagnoser]
public class ExpectationBenchmarks
{
    /// <summary>The thread-count scope of this benchmark, taken in the setup and released in the cleanup.</summary>
    private IDisposable? _policy;

    private StateVector _state = null!;
    private PauliSum _h = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = Parallelism.Override(threads: Threads);
        var rng = new Random(631);
        var b = new PauliSumBuilder(12);
        while (b.Count < 631) b.Add(new PauliString((ulong)rng.Next(4096), (ulong)rng.Next(4096)), rng.NextDouble() - 0.5);
        _h = b.ToPauliSum();
        _state = StateVector.Uniform(12);
        for (int q = 0; q < 12; q++) _state.ApplyRy(q, 0.1 * q + 0.2);
        for (int q = 0; q < 11; q++) _state.ApplyCnot(q, q + 1);
    }

    [GlobalCleanup]
    public void Cleanup() => _policy?.Dispose();

    [Benchmark]
    public double Expectation631Terms() => _state.Expectation(_h);
}
