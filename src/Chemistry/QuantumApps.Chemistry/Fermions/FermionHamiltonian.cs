using QuantumApps.Chemistry.Hamiltonians;

namespace QuantumApps.Chemistry.Fermions;

/// <summary>
/// Second-quantized molecular Hamiltonian over interleaved spin orbitals (2p = p alpha, 2p+1 = p beta):
/// <code>H = E_const + Σ_pq Σ_σ h_pq a†_pσ a_qσ + ½ Σ_pqrs Σ_στ (pq|rs) a†_pσ a†_rτ a_sτ a_qσ</code>
/// with (pq|rs) in chemists' notation. Products with a repeated creation or annihilation operator
/// (pσ = rτ or qσ = sτ) vanish and are omitted; exact-zero integrals add no term. Terms are written in the
/// order above (not normal ordered), so a†_pσ a†_rτ and a†_rτ a†_pσ stay separate products.
/// </summary>
public static class FermionHamiltonian
{
    /// <summary>Builds H as a <see cref="FermionOperator"/> over 2·NumOrbitals spin orbitals.</summary>
    public static FermionOperator FromMolecular(MolecularHamiltonian hamiltonian)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        MolecularHamiltonianValidator.Validate(hamiltonian);
        int n = hamiltonian.NumOrbitals;
        var builder = new FermionOperatorBuilder();
        if (hamiltonian.Constant != 0)
        {
            builder.Add(FermionProduct.Identity, hamiltonian.Constant);
        }
        for (int p = 0; p < n; p++)
        {
            for (int q = 0; q < n; q++)
            {
                double h = hamiltonian.H(p, q);
                if (h == 0)
                {
                    continue;
                }
                for (int sigma = 0; sigma < 2; sigma++)
                {
                    builder.Add(h, LadderOperator.Create(SpinOrbital.Index(p, sigma)), LadderOperator.Annihilate(SpinOrbital.Index(q, sigma)));
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
                        double g = hamiltonian.G(p, q, r, s);
                        if (g == 0)
                        {
                            continue;
                        }
                        for (int sigma = 0; sigma < 2; sigma++)
                        {
                            for (int tau = 0; tau < 2; tau++)
                            {
                                int ps = SpinOrbital.Index(p, sigma), qs = SpinOrbital.Index(q, sigma);
                                int rt = SpinOrbital.Index(r, tau), st = SpinOrbital.Index(s, tau);
                                if (ps == rt || qs == st)
                                {
                                    continue;
                                }
                                builder.Add(0.5 * g, LadderOperator.Create(ps), LadderOperator.Create(rt),
                                    LadderOperator.Annihilate(st), LadderOperator.Annihilate(qs));
                            }
                        }
                    }
                }
            }
        }
        return builder.ToOperator(0.0);
    }

    /// <summary>N_σ = Σ_p a†_pσ a_pσ over numOrbitals spatial orbitals (spin 0 = alpha, 1 = beta).</summary>
    public static FermionOperator SpinNumber(int numOrbitals, int spin)
    {
        var builder = new FermionOperatorBuilder();
        for (int p = 0; p < numOrbitals; p++)
        {
            int k = SpinOrbital.Index(p, spin);
            builder.Add(1.0, LadderOperator.Create(k), LadderOperator.Annihilate(k));
        }
        return builder.ToOperator();
    }
}
