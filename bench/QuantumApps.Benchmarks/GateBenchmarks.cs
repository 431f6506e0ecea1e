using BenchmarkDotNet.Attributes;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Benchmarks;

/// <summary>
/// Single gates and a hardware-efficient layer on n = 12..24 qubits. <see cref="Threads"/> = 1 is the
/// single-thread figure the targets refer to; 2 shows the effect of the threshold-gated parallel sweep.
/// Report ns per amplitude = time / 2^n.
/// </summary>
[ShortRunJob]
[MinColumn, MedianColumn]
[MemoryDiagnoser]
public class GateBenchmarks
{
    /// <summary>The thread-count scope of this benchmark, taken in the setup and released in the cleanup.</summary>
    private IDisposable? _policy;

    private StateVector _state = null!;
    private readonly PauliString _pauli = PauliString.Parse("X0 Y3 Z7 X11");

    /// <summary>Register sizes: 12, 16, 20, 24, or the comma-separated list in BENCH_QUBITS (to rerun a subset).</summary>
    public static IEnumerable<int> QubitSizes => EnvList("BENCH_QUBITS", [12, 16, 20, 24]);

    /// <summary>Thread counts: 1 and 2, or the list in BENCH_THREADS.</summary>
    public static IEnumerable<int> ThreadCounts => EnvList("BENCH_THREADS", [1, 2]);

    [ParamsSource(nameof(QubitSizes))]
    public int Qubits { get; set; }

    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    private static int[] EnvList(string name, int[] fallback)
    {
        string? v = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(v) ? fallback : v.Split(',').Select(int.Parse).ToArray();
    }

    [GlobalSetup]
    public void Setup()
    {
        _policy = Parallelism.Override(threads: Threads);
        _state = StateVector.Uniform(Qubits);
    }

    [GlobalCleanup]
    public void Cleanup() => _policy?.Dispose();

    [Benchmark]
    public void RxTarget0() => _state.ApplyRx(0, 0.3);

    [Benchmark]
    public void RxTargetMiddle() => _state.ApplyRx(Qubits / 2, 0.3);

    [Benchmark]
    public void RxTargetTop() => _state.ApplyRx(Qubits - 1, 0.3);

    [Benchmark]
    public void Cnot() => _state.ApplyCnot(Qubits / 2, Qubits / 2 - 1);

    [Benchmark]
    public void PauliRotationWeight4() => _state.ApplyPauliRotation(_pauli, 0.3);

    [Benchmark]
    public void HardwareEfficientLayer()
    {
        for (int q = 0; q < Qubits; q++) _state.ApplyRx(q, 0.1);
        for (int q = 0; q < Qubits; q++) _state.ApplyCnot(q, (q + 1) % Qubits);
    }
}
