using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Methods;

/// <summary>
/// Quantities of the closed-shell determinant that doubly occupies the first n_occ = NumAlpha orbitals of a
/// <see cref="MolecularHamiltonian"/>: Fock matrix f_pq = h_pq + Σ_i [2(pq|ii) − (pi|iq)] and energy
/// E_ref = E_const + Σ_i [2 h_ii + Σ_j (2(ii|jj) − (ij|ji))] (the RHF energy when the orbitals are RHF orbitals).
/// </summary>
public static class ClosedShellReference
{
    /// <summary>Throws unless NumAlpha = NumBeta (closed shell).</summary>
    public static void RequireClosedShell(MolecularHamiltonian h, string method)
    {
        if (h.NumAlpha != h.NumBeta)
        {
            throw new QuantumAppsException(
                $"{method} needs a closed-shell reference (NumAlpha = NumBeta), got {h.NumAlpha} alpha and {h.NumBeta} beta electrons");
        }
    }

    /// <summary>Reference energy E_ref in hartree.</summary>
    public static double Energy(MolecularHamiltonian h)
    {
        var e = h.Constant;
        for (var i = 0; i < h.NumAlpha; i++)
        {
            e += 2 * h.H(i, i);
            for (var j = 0; j < h.NumAlpha; j++)
            {
                e += 2 * h.G(i, i, j, j) - h.G(i, j, j, i);
            }
        }

        return e;
    }

    /// <summary>Fock matrix f (row-major n×n).</summary>
    public static double[] Fock(MolecularHamiltonian h)
    {
        var n = h.NumOrbitals;
        var f = new double[n * n];
        for (var p = 0; p < n; p++)
        {
            for (var q = 0; q < n; q++)
            {
                var v = h.H(p, q);
                for (var i = 0; i < h.NumAlpha; i++)
                {
                    v += 2 * h.G(p, q, i, i) - h.G(p, i, i, q);
                }

                f[p * n + q] = v;
            }
        }

        return f;
    }
}
