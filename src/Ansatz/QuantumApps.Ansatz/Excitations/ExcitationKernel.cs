using System.Numerics;
using System.Runtime.InteropServices;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// State-vector kernels for fermionic excitation rotations under Jordan–Wigner. On each pair (x, x') of basis
/// states linked by τ (see <see cref="ExcitationPlan"/>), A = τ − τ† acts as [[0, −s], [s, 0]], so
/// exp(θA): ψ_x ← cos θ·ψ_x − s sin θ·ψ_x', ψ_x' ← s sin θ·ψ_x + cos θ·ψ_x'; all other amplitudes are untouched.
/// The loop visits the 2^(n−r) bases (r = touched orbitals) by inserting zero bits at the touched positions —
/// no Pauli expansion and no scan of the whole vector. The loops read the amplitudes as interleaved (re, im) doubles:
/// <see cref="Complex"/>'s members live outside this assembly's ReadyToRun version bubble, so precompiled code would
/// call them per amplitude (the CLI's start-up runs these loops precompiled until the tiered JIT replaces them).
/// </summary>
internal static class ExcitationKernel
{
    /// <summary>ψ ← exp(θ(τ − τ†))ψ.</summary>
    internal static void Rotate(Span<Complex> amps, in ExcitationPlan plan, double theta)
    {
        double c = Math.Cos(theta), sn = Math.Sin(theta);
        int r = plan.Positions.Length;
        long count = amps.Length >> r;
        ReadOnlySpan<int> pos = plan.Positions;
        ulong a = plan.AnnihilatedMask, cr = plan.CreatedMask, sm = plan.SignMask;
        double s0 = plan.BaseSign * sn;
        Span<double> d = MemoryMarshal.Cast<Complex, double>(amps);
        for (long k = 0; k < count; k++)
        {
            ulong b = Insert((ulong)k, pos);
            double s = (BitOperations.PopCount(b & sm) & 1) == 0 ? s0 : -s0;
            int x = 2 * (int)(b | a), xp = 2 * (int)(b | cr);
            double ur = d[x], ui = d[x + 1], vr = d[xp], vi = d[xp + 1];
            d[x] = c * ur - s * vr;
            d[x + 1] = c * ui - s * vi;
            d[xp] = s * ur + c * vr;
            d[xp + 1] = s * ui + c * vi;
        }
    }

    /// <summary>Re⟨bra|A|ket⟩ with A = τ − τ†: Σ s·Re(conj(bra_x')·ket_x − conj(bra_x)·ket_x').</summary>
    internal static double GeneratorElement(ReadOnlySpan<Complex> bra, ReadOnlySpan<Complex> ket, in ExcitationPlan plan)
    {
        int r = plan.Positions.Length;
        long count = ket.Length >> r;
        ReadOnlySpan<int> pos = plan.Positions;
        ulong a = plan.AnnihilatedMask, cr = plan.CreatedMask, sm = plan.SignMask;
        ReadOnlySpan<double> br = MemoryMarshal.Cast<Complex, double>(bra), kt = MemoryMarshal.Cast<Complex, double>(ket);
        double sum = 0;
        for (long k = 0; k < count; k++)
        {
            ulong b = Insert((ulong)k, pos);
            int x = 2 * (int)(b | a), xp = 2 * (int)(b | cr);
            double term = br[xp] * kt[x] + br[xp + 1] * kt[x + 1] - (br[x] * kt[xp] + br[x + 1] * kt[xp + 1]);
            sum += (BitOperations.PopCount(b & sm) & 1) == 0 ? term : -term;
        }
        return plan.BaseSign * sum;
    }

    /// <summary>
    /// <see cref="Rotate(Span{Complex}, in ExcitationPlan, double)"/> on a real vector over stored pairs (i, j) with sign
    /// s = ±c₀ (Negative[p]: −): v_i ← cos θ·v_i − s sin θ·v_j, v_j ← s sin θ·v_i + cos θ·v_j (the sector form, see
    /// <see cref="SectorEvaluation"/>).
    /// </summary>
    internal static void Rotate(double[] v, ExcitationPairs pairs, double theta)
    {
        int[] from = pairs.From, to = pairs.To;
        bool[] negative = pairs.Negative;
        double c = Math.Cos(theta), s0 = pairs.BaseSign * Math.Sin(theta);
        for (int p = 0; p < from.Length; p++)
        {
            double s = negative[p] ? -s0 : s0;
            int i = from[p], j = to[p];
            double u = v[i], w = v[j];
            v[i] = c * u - s * w;
            v[j] = s * u + c * w;
        }
    }

    /// <summary>
    /// <see cref="GeneratorElement(ReadOnlySpan{Complex}, ReadOnlySpan{Complex}, in ExcitationPlan)"/> on real vectors over
    /// stored pairs: c₀·Σ ±(bra_j·ket_i − bra_i·ket_j).
    /// </summary>
    internal static double GeneratorElement(double[] bra, double[] ket, ExcitationPairs pairs)
    {
        int[] from = pairs.From, to = pairs.To;
        bool[] negative = pairs.Negative;
        double sum = 0;
        for (int p = 0; p < from.Length; p++)
        {
            int i = from[p], j = to[p];
            double term = bra[j] * ket[i] - bra[i] * ket[j];
            sum += negative[p] ? -term : term;
        }
        return pairs.BaseSign * sum;
    }

    /// <summary>Spreads the bits of k over the positions not in <paramref name="positions"/> (ascending), leaving those zero.</summary>
    private static ulong Insert(ulong k, ReadOnlySpan<int> positions)
    {
        foreach (int p in positions)
        {
            ulong low = k & ((1UL << p) - 1);
            k = ((k >> p) << (p + 1)) | low;
        }
        return k;
    }
}
