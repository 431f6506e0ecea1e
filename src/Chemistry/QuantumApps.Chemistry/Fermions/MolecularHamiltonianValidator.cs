using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Fermions;

/// <summary>
/// Checks the invariants every mapping relies on: array sizes, finite values, real symmetric h_pq and the
/// 8-fold symmetry (pq|rs) = (qp|rs) = (pq|sr) = (rs|pq) of real orbitals (which makes H Hermitian, so its
/// qubit image has real coefficients), electron counts within the space, and at most 32 spatial orbitals
/// (64 qubits, the width of a Pauli mask).
/// </summary>
internal static class MolecularHamiltonianValidator
{
    /// <summary>Absolute tolerance (hartree) for the symmetry checks: integral codes reproduce symmetric
    /// elements to ~1e-14; anything above 1e-9 is a genuinely asymmetric (wrong) input.</summary>
    internal const double SymmetryTolerance = 1e-9;

    internal const int MaxOrbitals = 32;

    public static void Validate(MolecularHamiltonian h)
    {
        int n = h.NumOrbitals;
        if (n < 1 || n > MaxOrbitals)
        {
            throw new QuantumAppsException($"molecular Hamiltonian: {n} spatial orbitals is outside 1..{MaxOrbitals} (2n qubits must fit a 64-bit Pauli mask)");
        }
        if (h.NumAlpha < 0 || h.NumAlpha > n || h.NumBeta < 0 || h.NumBeta > n)
        {
            throw new QuantumAppsException($"molecular Hamiltonian: {h.NumAlpha} alpha / {h.NumBeta} beta electrons do not fit {n} spatial orbitals");
        }
        if (h.OneBody is null || h.OneBody.Length != n * n)
        {
            throw new QuantumAppsException($"molecular Hamiltonian: one-body array has {h.OneBody?.Length ?? 0} elements, expected n² = {n * n}");
        }
        long n4 = (long)n * n * n * n;
        if (h.TwoBody is null || h.TwoBody.Length != n4)
        {
            throw new QuantumAppsException($"molecular Hamiltonian: two-body array has {h.TwoBody?.Length ?? 0} elements, expected n⁴ = {n4}");
        }
        if (!double.IsFinite(h.Constant))
        {
            throw new QuantumAppsException("molecular Hamiltonian: constant energy is not a finite number");
        }
        for (int p = 0; p < n; p++)
        {
            for (int q = 0; q < n; q++)
            {
                double v = h.H(p, q);
                if (!double.IsFinite(v))
                {
                    throw new QuantumAppsException($"molecular Hamiltonian: h[{p},{q}] is not a finite number");
                }
                if (Math.Abs(v - h.H(q, p)) > SymmetryTolerance)
                {
                    throw new QuantumAppsException($"molecular Hamiltonian: h[{p},{q}] = {v:R} differs from h[{q},{p}] = {h.H(q, p):R}; one-body integrals must be real symmetric");
                }
            }
        }
        for (int p = 0; p < n; p++)
        {
            for (int q = 0; q < n; q++)
            {
                for (int r = 0; r < n; r++)
                {
                    for (int s = 0; s < n; s++)
                    {
                        double v = h.G(p, q, r, s);
                        if (!double.IsFinite(v))
                        {
                            throw new QuantumAppsException($"molecular Hamiltonian: ({p}{q}|{r}{s}) is not a finite number");
                        }
                        if (Math.Abs(v - h.G(q, p, r, s)) > SymmetryTolerance
                            || Math.Abs(v - h.G(p, q, s, r)) > SymmetryTolerance
                            || Math.Abs(v - h.G(r, s, p, q)) > SymmetryTolerance)
                        {
                            throw new QuantumAppsException($"molecular Hamiltonian: ({p}{q}|{r}{s}) = {v:R} breaks the 8-fold symmetry of real two-electron integrals");
                        }
                    }
                }
            }
        }
    }
}
