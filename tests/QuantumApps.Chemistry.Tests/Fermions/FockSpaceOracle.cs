using System.Numerics;
using QuantumApps.Chemistry.Fermions;

namespace QuantumApps.Chemistry.Tests.Fermions;

/// <summary>
/// Slow, independent oracle: the dense matrix of a fermion operator in the occupation-number (Fock) basis,
/// built by applying ladder operators to determinants bit by bit with the textbook sign
/// a†_p|n⟩ = (−1)^(Σ_{k&lt;p} n_k) |n + e_p⟩ (no Pauli algebra, no normal ordering). Basis index = occupation
/// bits (bit k = spin orbital k), which is also the Jordan–Wigner computational basis index.
/// </summary>
internal static class FockSpaceOracle
{
    public static Complex[,] Matrix(FermionOperator op, int numModes)
    {
        int dim = 1 << numModes;
        var m = new Complex[dim, dim];
        for (ulong input = 0; input < (ulong)dim; input++)
        {
            foreach (var term in op.Terms)
            {
                if (Apply(term.Product, input, out ulong output, out int sign))
                {
                    m[output, input] += sign * term.Coefficient;
                }
            }
        }
        return m;
    }

    /// <summary>Applies O_1 ⋯ O_k (rightmost first) to |input⟩; false when the result is zero.</summary>
    public static bool Apply(FermionProduct product, ulong input, out ulong output, out int sign)
    {
        ulong occ = input;
        sign = 1;
        for (int i = product.Count - 1; i >= 0; i--)
        {
            var op = product[i];
            ulong bit = 1UL << op.Mode;
            bool occupied = (occ & bit) != 0;
            if (occupied == op.IsCreation)
            {
                output = 0;
                return false;
            }
            if ((System.Numerics.BitOperations.PopCount(occ & (bit - 1)) & 1) == 1)
            {
                sign = -sign;
            }
            occ ^= bit;
        }
        output = occ;
        return true;
    }
}
