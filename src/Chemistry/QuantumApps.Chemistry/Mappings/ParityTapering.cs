using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Chemistry.Mappings;

/// <summary>
/// Two-qubit reduction of a parity-mapped, spin-blocked operator on 2m qubits (Bravyi, Gambetta, Mezzacapo &amp;
/// Temme, arXiv:1701.08213). With modes 0..m−1 alpha and m..2m−1 beta, parity qubit m−1 stores N_α mod 2 and
/// qubit 2m−1 stores N mod 2. An operator conserving N_α and N_β acts on these two qubits only with I or Z,
/// so in the sector (N_α, N_β) each Z is replaced by its eigenvalue, Z_{m−1} → (−1)^N_α and
/// Z_{2m−1} → (−1)^(N_α+N_β), and both qubits are removed. Remaining qubits are renumbered in order:
/// old 0..m−2 stay, old m..2m−2 become m−1..2m−3.
/// </summary>
public static class ParityTapering
{
    /// <summary>Removes qubits m−1 and 2m−1 of a 2m-qubit parity-mapped operator for sector (nAlpha, nBeta).</summary>
    public static PauliSum Taper(PauliSum op, int numOrbitals, int numAlpha, int numBeta, double threshold = PauliSum.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(op);
        int m = numOrbitals;
        if (op.NumQubits != 2 * m)
        {
            throw new QuantumAppsException($"two-qubit reduction of {m} spatial orbitals needs a {2 * m}-qubit operator, got {op.NumQubits} qubits");
        }
        ulong alphaQubit = 1UL << (m - 1), totalQubit = 1UL << (2 * m - 1);
        double alphaSign = (numAlpha & 1) == 0 ? 1 : -1;
        double totalSign = ((numAlpha + numBeta) & 1) == 0 ? 1 : -1;
        var builder = new PauliSumBuilder(2 * m - 2);
        foreach (var term in op.Terms)
        {
            var p = term.Pauli;
            if ((p.X & (alphaQubit | totalQubit)) != 0)
            {
                throw new QuantumAppsException(
                    $"two-qubit reduction: term {p.ToLabel()} flips a parity qubit, so the operator does not conserve N_alpha and N_beta");
            }
            Complex c = term.Coefficient;
            if ((p.Z & alphaQubit) != 0)
            {
                c *= alphaSign;
            }
            if ((p.Z & totalQubit) != 0)
            {
                c *= totalSign;
            }
            builder.Add(new PauliString(Compress(p.X, m), Compress(p.Z, m)), c);
        }
        return builder.ToPauliSum(threshold);
    }

    /// <summary>Full 2m-qubit basis index of a reduced basis index (re-inserting the two fixed parity bits).</summary>
    public static ulong ExpandBasisIndex(ulong reduced, int numOrbitals, int numAlpha, int numBeta)
    {
        int m = numOrbitals;
        ulong lowMask = (1UL << (m - 1)) - 1;
        ulong low = reduced & lowMask;
        ulong high = (reduced >> (m - 1)) & lowMask;
        return low
               | ((ulong)(numAlpha & 1) << (m - 1))
               | (high << m)
               | ((ulong)((numAlpha + numBeta) & 1) << (2 * m - 1));
    }

    /// <summary>Reduced basis index of a full 2m-qubit basis index (drops bits m−1 and 2m−1).</summary>
    public static ulong ReduceBasisIndex(ulong full, int numOrbitals) => Compress(full, numOrbitals);

    private static ulong Compress(ulong mask, int m)
    {
        ulong lowMask = (1UL << (m - 1)) - 1;
        return (mask & lowMask) | (((mask >> m) & lowMask) << (m - 1));
    }
}
