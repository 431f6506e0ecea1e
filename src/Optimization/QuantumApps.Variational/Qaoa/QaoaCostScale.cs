using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// The weight scale σ of a cost diagonal, so that QAOA angles (and anneal times) do not depend on the units of the
/// weights. Write C = Σ_S ĉ_S Z_S (Walsh–Hadamard expansion, S ⊆ qubits, Z_S = Π_{q∈S} Z_q); then
/// σ = 2·sqrt((1/K) Σ_{S≠∅, ĉ_S≠0} ĉ_S²) with K the number of non-zero non-constant coefficients, i.e. twice the
/// root-mean-square Ising coefficient. For MaxCut C = Σ w_ij (1 − Z_iZ_j)/2 every coefficient is −w_ij/2, so σ is the
/// RMS edge weight — 1 for unit weights, where the published angles (Farhi et al. 2014) hold unchanged. Scaling every
/// weight by a > 0 scales σ by a, so γ·σ and ⟨C⟩/σ are unit-free. The normalisation by the RMS weight follows
/// Sureshbabu, Herman, Shaydulin et al., Quantum 8, 1231 (2024) ("Parameter setting in quantum approximate
/// optimization of weighted problems"). A coefficient counts as non-zero above 1e-12 of the largest one.
/// Cost: for a dense diagonal one in-place Walsh–Hadamard transform of a 2^n copy (O(n·2^n) time, 8 bytes per
/// amplitude, freed before the QAOA state is allocated); for the Walsh form of <see cref="QaoaCost"/> the terms
/// themselves, summed in the same order (by increasing S), so both give the same σ.
/// </summary>
public static class QaoaCostScale
{
    /// <summary>σ of a cost in either form (<see cref="QaoaCost"/>); 1 for a constant cost.</summary>
    public static double Of(QaoaCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        if (cost.IsDense)
        {
            return Of(cost.Dense);
        }

        double largest = 0;
        foreach (var (mask, w) in cost.WalshTerms)
        {
            largest = mask == 0 ? largest : Math.Max(largest, Math.Abs(w));
        }

        if (largest == 0)
        {
            return 1.0;
        }

        double sum = 0;
        int count = 0;
        foreach (var (mask, w) in cost.WalshTerms)
        {
            if (mask != 0 && Math.Abs(w) > 1e-12 * largest)
            {
                sum += w * w;
                count++;
            }
        }

        return 2 * Math.Sqrt(sum / count);
    }

    /// <summary>σ of the diagonal (length 2^n); 1 for a constant diagonal (nothing to normalise).</summary>
    public static double Of(ReadOnlySpan<double> costDiagonal)
    {
        int length = costDiagonal.Length;
        if (length < 2 || !BitOperations.IsPow2(length))
        {
            throw new QuantumAppsException($"QAOA cost diagonal must have 2^n ≥ 2 entries, got {length}.");
        }

        var c = WalshHadamard(costDiagonal);
        double largest = 0;
        for (int s = 1; s < length; s++)
        {
            largest = Math.Max(largest, Math.Abs(c[s]));
        }

        if (largest == 0)
        {
            return 1.0;
        }

        double sum = 0;
        int count = 0;
        double threshold = 1e-12 * largest;
        for (int s = 1; s < length; s++)
        {
            double v = c[s] / length;
            if (Math.Abs(c[s]) > threshold)
            {
                sum += v * v;
                count++;
            }
        }

        return 2 * Math.Sqrt(sum / count);
    }

    /// <summary>
    /// The unnormalised Walsh–Hadamard transform ĉ·2^n of a copy of the diagonal: entry S is Σ_b c_b (−1)^{popcount(b AND S)},
    /// i.e. 2^n times the coefficient of Z_S = Π_{q∈S} Z_q in C (z_q = 1 − 2b_q). O(n·2^n), one 2^n array.
    /// </summary>
    internal static double[] WalshHadamard(ReadOnlySpan<double> costDiagonal)
    {
        var c = costDiagonal.ToArray();
        WalshHadamardKernel.Transform(c);
        return c;
    }
}
