using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Optimization.Variational.Qaoa;

/// <summary>
/// Accumulates Σ_j ⟨λ|X_j|φ⟩ pair by pair: for each pair (i, i + stride) it adds conj(λ_i) φ_{i+stride} +
/// conj(λ_{i+stride}) φ_i. On interleaved doubles the real part is Σ λ·φ_swapped-partner element-wise and the
/// imaginary part Σ (λ_re φ_im − λ_im φ_re), kept as two AVX2 accumulators with a (+, −, +, −) sign at the end.
/// </summary>
internal struct InnerAccumulator
{
    private Vector256<double> _re;
    private Vector256<double> _im;
    private double _scalarRe;
    private double _scalarIm;

    /// <summary>The accumulated complex sum.</summary>
    public readonly Complex Result =>
        new(_scalarRe + Vector256.Sum(_re), _scalarIm + _im.GetElement(0) - _im.GetElement(1) + _im.GetElement(2) - _im.GetElement(3));

    public void AddPairs(ReadOnlySpan<Complex> lambda, ReadOnlySpan<Complex> phi, int stride)
    {
        ReadOnlySpan<double> l = MemoryMarshal.Cast<Complex, double>(lambda);
        ReadOnlySpan<double> p = MemoryMarshal.Cast<Complex, double>(phi);
        if (Avx2.IsSupported && phi.Length >= 2)
        {
            ref double lr = ref MemoryMarshal.GetReference(l);
            ref double pr = ref MemoryMarshal.GetReference(p);
            if (stride == 1)
            {
                for (nuint i = 0; i < (nuint)p.Length; i += 4)
                {
                    var vl = Vector256.LoadUnsafe(ref lr, i);
                    var vp = Vector256.LoadUnsafe(ref pr, i);
                    _re += vl * Avx2.Permute4x64(vp, 0x4E);
                    _im += vl * Avx2.Permute4x64(vp, 0x1B);
                }

                return;
            }

            for (int start = 0; start < phi.Length; start += 2 * stride)
            {
                nuint lo = (nuint)(2 * start), hi = (nuint)(2 * (start + stride));
                for (nuint i = 0; i < (nuint)(2 * stride); i += 4)
                {
                    var l0 = Vector256.LoadUnsafe(ref lr, lo + i);
                    var l1 = Vector256.LoadUnsafe(ref lr, hi + i);
                    var p0 = Vector256.LoadUnsafe(ref pr, lo + i);
                    var p1 = Vector256.LoadUnsafe(ref pr, hi + i);
                    _re += l0 * p1 + l1 * p0;
                    _im += l0 * Avx.Permute(p1, 0b0101) + l1 * Avx.Permute(p0, 0b0101);
                }
            }

            return;
        }

        for (int start = 0; start < phi.Length; start += 2 * stride)
        {
            for (int i = start; i < start + stride; i++)
            {
                Complex l0 = lambda[i], l1 = lambda[i + stride], p0 = phi[i], p1 = phi[i + stride];
                _scalarRe += l0.Real * p1.Real + l0.Imaginary * p1.Imaginary + l1.Real * p0.Real + l1.Imaginary * p0.Imaginary;
                _scalarIm += l0.Real * p1.Imaginary - l0.Imaginary * p1.Real + l1.Real * p0.Imaginary - l1.Imaginary * p0.Real;
            }
        }
    }
}
