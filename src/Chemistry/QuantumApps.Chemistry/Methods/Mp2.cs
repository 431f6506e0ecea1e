using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Methods;

/// <summary>
/// Conventional closed-shell MP2 in canonical RHF orbitals:
/// E_corr = Σ_ijab (ia|jb) [2(ia|jb) − (ib|ja)] / (ε_i + ε_j − ε_a − ε_b), with ε_p = f_pp from
/// <see cref="ClosedShellReference.Fock"/>; i, j run over the NumAlpha doubly occupied orbitals, a, b over the rest.
/// Works on any closed-shell <see cref="MolecularHamiltonian"/> (full, frozen-core, active space, FCIDUMP) whose
/// orbitals are canonical; a non-diagonal Fock matrix is refused (max |f_pq|, p≠q, above
/// <see cref="CanonicalTolerance"/>).
/// </summary>
public static class Mp2
{
    /// <summary>Largest off-diagonal Fock element accepted as canonical.</summary>
    public const double CanonicalTolerance = 1e-6;

    /// <summary>Computes the MP2 energy.</summary>
    public static Mp2Result Compute(MolecularHamiltonian h)
    {
        ClosedShellReference.RequireClosedShell(h, "MP2");
        var n = h.NumOrbitals;
        var o = h.NumAlpha;
        var f = ClosedShellReference.Fock(h);
        var offDiagonal = 0.0;
        for (var p = 0; p < n; p++)
        {
            for (var q = 0; q < n; q++)
            {
                if (p != q)
                {
                    offDiagonal = Math.Max(offDiagonal, Math.Abs(f[p * n + q]));
                }
            }
        }

        if (offDiagonal > CanonicalTolerance)
        {
            throw new QuantumAppsException(
                $"MP2 needs canonical RHF orbitals, but the Fock matrix has off-diagonal elements up to {offDiagonal:E2}");
        }

        var e = 0.0;
        for (var i = 0; i < o; i++)
        {
            for (var j = 0; j < o; j++)
            {
                for (var a = o; a < n; a++)
                {
                    for (var b = o; b < n; b++)
                    {
                        var iajb = h.G(i, a, j, b);
                        var ibja = h.G(i, b, j, a);
                        e += iajb * (2 * iajb - ibja) / (f[i * n + i] + f[j * n + j] - f[a * n + a] - f[b * n + b]);
                    }
                }
            }
        }

        return new Mp2Result(ClosedShellReference.Energy(h), e);
    }
}
