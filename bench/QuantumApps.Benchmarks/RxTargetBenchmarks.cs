using BenchmarkDotNet.Attributes;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.States;

namespace QuantumApps.Benchmarks;

/// <summary>
/// RX on a spread of targets at n = 20, one thread: the "RX (any target) ≤ 0.45 ns/amplitude" check.
/// Report ns per amplitude = time / 2^20.
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 15)]
[MinColumn, MedianColumn]
public class RxTargetBenchmarks
{
    /// <summary>The thread-count scope of this benchmark, taken in the setup and released in the cleanup.</summary>
    private IDisposable? _policy;

    private StateVector _state = null!;

    [Params(0, 1, 2, 3, 5, 7, 8, 9, 12, 15, 19)]
    public int Target { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = Parallelism.Override(threads: 1);
        _state = StateVector.Uniform(20);
    }

    [GlobalCleanup]
    public void Cleanup() => _policy?.Dispose();

    [Benchmark]
    public void Rx() => _state.ApplyRx(Target, 0.3);
}
