using System.Numerics;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// A general 4×4 unitary on qubits (first, second). Local basis index m = 2·bit(first) + bit(second)
/// (the first qubit is the most significant, the textbook order in which CNOT with control first is
/// [[1,0,0,0],[0,1,0,0],[0,0,0,1],[0,0,1,0]]). <c>u</c> is row-major: u[4·r + c].
/// </summary>
internal static unsafe class TwoQubitKernel
{
    internal static void Apply(Span<Complex> amps, int first, int second, Complex[] u)
    {
        int lo = Math.Min(first, second), hi = Math.Max(first, second);
        long fBit = 1L << first, sBit = 1L << second;
        long len = amps.Length;
        fixed (Complex* basePtr = amps)
        {
            nint addr = (nint)basePtr;
            Parallelism.For(len / 4, len, 1024, (start, end) =>
            {
                Complex* psi = (Complex*)addr;
                Span<Complex> a = stackalloc Complex[4];
                Span<long> idx = stackalloc long[4];
                for (long k = start; k < end; k++)
                {
                    long b = BitOps.InsertZero(BitOps.InsertZero(k, lo), hi);
                    idx[0] = b; idx[1] = b | sBit; idx[2] = b | fBit; idx[3] = b | fBit | sBit;
                    for (int m = 0; m < 4; m++) a[m] = psi[idx[m]];
                    for (int r = 0; r < 4; r++)
                        psi[idx[r]] = u[4 * r] * a[0] + u[4 * r + 1] * a[1] + u[4 * r + 2] * a[2] + u[4 * r + 3] * a[3];
                }
            });
        }
    }

    /// <summary>SWAP: exchanges amplitudes whose bits at the two qubits are 01 and 10.</summary>
    internal static void Swap(Span<Complex> amps, int q0, int q1)
    {
        int lo = Math.Min(q0, q1), hi = Math.Max(q0, q1);
        long loBit = 1L << lo, hiBit = 1L << hi;
        long len = amps.Length;
        fixed (Complex* basePtr = amps)
        {
            nint addr = (nint)basePtr;
            Parallelism.For(len / 4, len, 1024, (start, end) =>
            {
                Complex* psi = (Complex*)addr;
                for (long k = start; k < end; k++)
                {
                    long b = BitOps.InsertZero(BitOps.InsertZero(k, lo), hi);
                    (psi[b | loBit], psi[b | hiBit]) = (psi[b | hiBit], psi[b | loBit]);
                }
            });
        }
    }
}
