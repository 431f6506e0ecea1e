using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Chemistry.Hamiltonians;

namespace QuantumApps.Chemistry.Tests;

/// <summary>
/// Test oracle: exact ground energy of a MolecularHamiltonian with one alpha and one beta electron, in the
/// basis of determinants |p_α q_β⟩ (dimension n²):
/// ⟨pα qβ|H|rα sβ⟩ = E_const δ_pr δ_qs + h_pr δ_qs + h_qs δ_pr + (pr|qs). No exchange term arises because the
/// two electrons have opposite spin.
/// </summary>
internal static class TwoElectronFci
{
    public static double GroundEnergy(MolecularHamiltonian h)
    {
        var n = h.NumOrbitals;
        var m = Matrix<double>.Build.Dense(n * n, n * n, (row, col) =>
        {
            int p = row / n, q = row % n, r = col / n, s = col % n;
            var v = h.G(p, r, q, s);
            if (q == s)
            {
                v += h.H(p, r);
            }

            if (p == r)
            {
                v += h.H(q, s);
            }

            if (p == r && q == s)
            {
                v += h.Constant;
            }

            return v;
        });
        return m.Evd(Symmetricity.Symmetric).EigenValues.Real().Minimum();
    }
}
