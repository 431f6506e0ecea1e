namespace QuantumApps.Chemistry.Hamiltonians;

/// <summary>
/// Builds the active-space <see cref="MolecularHamiltonian"/> from MO integrals over core (c, d &lt; n_c) and
/// active orbitals: h'_pq = h_pq + Σ_c [2(pq|cc) − (pc|cq)],
/// E_core = Σ_c [2 h_cc + Σ_d (2(cc|dd) − (cd|dc))], Constant = E_nuc + E_core, (pq|rs) restricted to active
/// indices (renumbered from 0).
/// </summary>
public static class HamiltonianBuilder
{
    /// <summary>
    /// Builds the Hamiltonian. <paramref name="moOneBody"/> (k×k) and <paramref name="moTwoBody"/> (k⁴) cover the
    /// first k = n_c + n_a MOs. When nothing is frozen (n_c = 0, n_a = k) the Hamiltonian takes
    /// <paramref name="moTwoBody"/> itself (no k⁴ copy): the caller hands it over and must not change it afterwards.
    /// </summary>
    public static MolecularHamiltonian Build(double nuclearRepulsion, double[] moOneBody, double[] moTwoBody, int k, ActiveSpace space)
    {
        var nc = space.FrozenOrbitals;
        var na = space.ActiveOrbitals;
        double G(int p, int q, int r, int s) => moTwoBody[((p * k + q) * k + r) * k + s];

        var eCore = 0.0;
        for (var c = 0; c < nc; c++)
        {
            eCore += 2 * moOneBody[c * k + c];
            for (var d = 0; d < nc; d++)
            {
                eCore += 2 * G(c, c, d, d) - G(c, d, d, c);
            }
        }

        var h = new double[na * na];
        for (var p = 0; p < na; p++)
        {
            for (var q = 0; q < na; q++)
            {
                var v = moOneBody[(p + nc) * k + q + nc];
                for (var c = 0; c < nc; c++)
                {
                    v += 2 * G(p + nc, q + nc, c, c) - G(p + nc, c, c, q + nc);
                }

                h[p * na + q] = v;
            }
        }

        if (nc == 0 && na == k)
        {
            return new MolecularHamiltonian(nuclearRepulsion, na, space.ActiveElectrons / 2, space.ActiveElectrons - space.ActiveElectrons / 2, h, moTwoBody);
        }

        var g = new double[na * na * na * na];
        for (var p = 0; p < na; p++)
        {
            for (var q = 0; q < na; q++)
            {
                for (var r = 0; r < na; r++)
                {
                    for (var s = 0; s < na; s++)
                    {
                        g[((p * na + q) * na + r) * na + s] = G(p + nc, q + nc, r + nc, s + nc);
                    }
                }
            }
        }

        var half = space.ActiveElectrons / 2;
        return new MolecularHamiltonian(nuclearRepulsion + eCore, na, half, space.ActiveElectrons - half, h, g);
    }
}
