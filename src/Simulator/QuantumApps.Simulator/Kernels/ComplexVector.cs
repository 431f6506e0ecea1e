using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// AVX2/FMA helpers on two interleaved complex numbers per Vector256 (re0, im0, re1, im1).
/// Complex product v·m = v·Re(m) + swap(v)·(−Im(m), Im(m)), where swap exchanges re and im in each lane.
/// </summary>
internal static class ComplexVector
{
    internal static bool IsSupported => Avx2.IsSupported && Fma.IsSupported;

    private static readonly AsyncLocal<bool> Narrow = new();

    /// <summary>
    /// Whether kernels with a 512-bit path (the in-chunk CNOT 2→0 of <see cref="LowControlCnotKernel"/>, the only
    /// place where 512 bits measured faster) take it: AVX-512F with <see cref="Vector512.IsHardwareAccelerated"/>
    /// and no <see cref="Force256"/> scope on this flow. Read when a gate starts, on the calling thread.
    /// </summary>
    internal static bool Use512 => IsSupported && Avx512F.IsSupported && Vector512.IsHardwareAccelerated && !Narrow.Value;

    /// <summary>
    /// Makes the kernels take their 256-bit paths in the current asynchronous flow until the scope is disposed (tests
    /// cover both paths on an AVX-512 machine; like <see cref="Parallelism.Override"/>, no other flow sees it).
    /// </summary>
    internal static IDisposable Force256()
    {
        bool outer = Narrow.Value;
        Narrow.Value = true;
        return new NarrowScope(outer);
    }

    private sealed class NarrowScope(bool outer) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            Narrow.Value = outer;
        }
    }

    /// <summary>
    /// Software-prefetch distance per stream of the uncontrolled rotation kernels (RX, RY) when the partner is a page
    /// or more away (doubles ahead of the cache line being updated, 8 KiB; see <see cref="PairPrefetch"/>): the two
    /// streams of a pair sweep (ψ[i] and ψ[i + 2^t]) interleave in runs the hardware prefetcher follows poorly. A
    /// fixed distance is not used for controlled gates: there the line 8 KiB ahead often belongs to a block the control
    /// skips, and prefetching it doubled the traffic of CNOT 10→9 (206 → 357 µs at n = 20); X/CNOT prefetch whole
    /// blocks ahead instead (<see cref="PairPrefetch.BlockAhead"/>). Prefetching past the end of the array is harmless.
    /// </summary>
    internal const int PrefetchDoubles = 1024;

    /// <summary>Broadcast of Re(m) to all four slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Real(Complex m) => Vector256.Create(m.Real);

    /// <summary>(−Im m, Im m, −Im m, Im m).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> ImagSigned(Complex m) => Vector256.Create(-m.Imaginary, m.Imaginary, -m.Imaginary, m.Imaginary);

    /// <summary>Per-lane multipliers: lane 0 by m0, lane 1 by m1 (real parts).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Real(Complex m0, Complex m1) => Vector256.Create(m0.Real, m0.Real, m1.Real, m1.Real);

    /// <summary>Per-lane multipliers: lane 0 by m0, lane 1 by m1 (signed imaginary parts).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> ImagSigned(Complex m0, Complex m1) => Vector256.Create(-m0.Imaginary, m0.Imaginary, -m1.Imaginary, m1.Imaginary);

    /// <summary>v·m for both lanes, given m as (Real, ImagSigned).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Multiply(Vector256<double> v, Vector256<double> mr, Vector256<double> mis) =>
        Fma.MultiplyAdd(Avx.Permute(v, 0b0101), mis, Avx.Multiply(v, mr));

    /// <summary>acc + v·m for both lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> MultiplyAdd(Vector256<double> v, Vector256<double> mr, Vector256<double> mis, Vector256<double> acc) =>
        Fma.MultiplyAdd(Avx.Permute(v, 0b0101), mis, Fma.MultiplyAdd(v, mr, acc));
}
