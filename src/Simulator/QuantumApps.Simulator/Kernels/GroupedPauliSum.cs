using System.Numerics;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Kernel-friendly layout of a <see cref="PauliSum"/>: terms grouped by X mask. A string σ(x, z) acts as
/// P|b⟩ = i^|x∧z| (−1)^|z∧b| |b ⊕ x⟩, so each term is stored as its Z mask and the folded coefficient
/// c̃ = c·i^|x∧z|; group g covers terms [Start[g], Start[g+1]) sharing X mask XMasks[g], and
/// H|b⟩ = Σ_g f_g(b) |b ⊕ x_g⟩ with f_g(b) = Σ_k c̃_k (−1)^|z_k∧b|.
/// </summary>
internal sealed class GroupedPauliSum
{
    internal int NumQubits { get; }
    internal ulong[] XMasks { get; }
    internal int[] Start { get; }
    internal ulong[] ZMasks { get; }
    internal double[] CoefRe { get; }
    internal double[] CoefIm { get; }

    /// <summary>True when every folded coefficient is real (then f_g(b) is real).</summary>
    internal bool RealFolded { get; }

    internal int GroupCount => XMasks.Length;

    internal GroupedPauliSum(PauliSum sum)
    {
        NumQubits = sum.NumQubits;
        var terms = sum.Terms;
        var xs = new List<ulong>();
        var starts = new List<int>();
        ZMasks = new ulong[terms.Count];
        CoefRe = new double[terms.Count];
        CoefIm = new double[terms.Count];
        bool real = true;
        for (int k = 0; k < terms.Count; k++)
        {
            var p = terms[k].Pauli;
            if (xs.Count == 0 || xs[^1] != p.X)
            {
                xs.Add(p.X);
                starts.Add(k);
            }
            Complex c = terms[k].Coefficient * PauliString.PhaseToComplex(BitOperations.PopCount(p.X & p.Z));
            ZMasks[k] = p.Z;
            CoefRe[k] = c.Real;
            CoefIm[k] = c.Imaginary;
            if (c.Imaginary != 0) real = false;
        }
        starts.Add(terms.Count);
        XMasks = xs.ToArray();
        Start = starts.ToArray();
        RealFolded = real;
    }

    /// <summary>A matrix element fr + i·fi as T: Complex, or double when the imaginary part is zero (real operators).</summary>
    internal static T Element<T>(double fr, double fi) where T : INumberBase<T> =>
        typeof(T) == typeof(Complex) ? (T)(object)new Complex(fr, fi) : T.CreateTruncating(fr);

    /// <summary>f_g(b) = Σ_k c̃_k (−1)^|z_k∧b| over the terms of group g, as (real, imaginary) parts: ⟨b ⊕ x_g|H|b⟩.</summary>
    internal (double Re, double Im) Element(int g, ulong b)
    {
        double fr = 0, fi = 0;
        for (int k = Start[g]; k < Start[g + 1]; k++)
        {
            double sign = (BitOperations.PopCount(ZMasks[k] & b) & 1) == 0 ? 1.0 : -1.0;
            fr += sign * CoefRe[k];
            fi += sign * CoefIm[k];
        }
        return (fr, fi);
    }
}
