using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;

namespace QuantumApps.Benchmarks;

/// <summary>
/// The machine's own yardstick for the kernel figures: an in-place AVX2 scale (read 32 bytes, write 32 bytes per
/// vector) over 16 MiB (the size of a 20-qubit state, cache-resident when the L3 is free) and 256 MiB (a 24-qubit
/// state, DRAM), one thread. Bandwidth = 2 × bytes / time. Kernel figures are reported as a fraction of these,
/// measured in the same session, because this VM's memory bandwidth varies from day to day.
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 15)]
[MinColumn, MedianColumn]
public unsafe class StreamBenchmarks
{
    private double* _data;
    private long _count;

    [Params(16, 256)]
    public int MiB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _count = (long)MiB * 1024 * 1024 / sizeof(double);
        _data = (double*)NativeMemory.AlignedAlloc((nuint)(_count * sizeof(double)), 64);
        new Span<double>(_data, (int)_count).Fill(0.5);
    }

    [GlobalCleanup]
    public void Cleanup() => NativeMemory.AlignedFree(_data);

    [Benchmark]
    public void InPlaceScale()
    {
        var c = Vector256.Create(1.0);
        double* p = _data;
        for (long i = 0; i < _count; i += 8)
        {
            Avx.Store(p + i, Avx.Multiply(Avx.LoadVector256(p + i), c));
            Avx.Store(p + i + 4, Avx.Multiply(Avx.LoadVector256(p + i + 4), c));
        }
    }
}
