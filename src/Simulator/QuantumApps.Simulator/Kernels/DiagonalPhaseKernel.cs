using System.Numerics;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// exp(−iγ·D) for a real diagonal D: ψ[b] ← e^{−iγ d_b} ψ[b]. When D takes few distinct values (MaxCut,
/// QUBO with integer weights) the phases are computed once per level and looked up by level index.
/// </summary>
internal static unsafe class DiagonalPhaseKernel
{
    internal static void Apply(Span<Complex> amps, double[] diagonal, double gamma)
    {
        long len = amps.Length;
        fixed (Complex* basePtr = amps)
        {
            nint addr = (nint)basePtr;
            Parallelism.For(len, len, 1024, (start, end) =>
            {
                Complex* psi = (Complex*)addr;
                for (long b = start; b < end; b++)
                {
                    var (sin, cos) = Math.SinCos(-gamma * diagonal[b]);
                    Complex a = psi[b];
                    psi[b] = new Complex(a.Real * cos - a.Imaginary * sin, a.Real * sin + a.Imaginary * cos);
                }
            });
        }
    }

    /// <summary>Same as <see cref="Apply"/> with D given as level indices into a table of distinct values.</summary>
    internal static void ApplyLevels(Span<Complex> amps, ushort[] levelIndex, double[] levelValues, double gamma)
    {
        var phase = new Complex[levelValues.Length];
        for (int l = 0; l < phase.Length; l++)
        {
            var (sin, cos) = Math.SinCos(-gamma * levelValues[l]);
            phase[l] = new Complex(cos, sin);
        }
        long len = amps.Length;
        fixed (Complex* basePtr = amps)
        {
            nint addr = (nint)basePtr;
            Parallelism.For(len, len, 1024, (start, end) =>
            {
                Complex* psi = (Complex*)addr;
                for (long b = start; b < end; b++) psi[b] *= phase[levelIndex[b]];
            });
        }
    }
}
