using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Hamiltonians;

/// <summary>
/// Frozen core and active space of a Hamiltonian that is already in molecular orbitals (e.g. read from an FCIDUMP):
/// the integrals of the first k = frozen + active orbitals are kept (orbital order of the input, lowest first) and
/// <see cref="HamiltonianBuilder.Build"/> folds the frozen orbitals into the constant and the one-body term. Needs a
/// closed-shell input (N_α = N_β), as the frozen orbitals are doubly occupied.
/// </summary>
public static class ActiveSpaceSlicer
{
    /// <summary>
    /// The active-space Hamiltonian and the number of frozen orbitals. <paramref name="frozenCore"/> is "none", a
    /// number, or null; "auto" needs a molecule and is refused here. With all three selectors null the input is
    /// returned unchanged.
    /// </summary>
    public static (MolecularHamiltonian Hamiltonian, int FrozenOrbitals) Apply(MolecularHamiltonian full, string? frozenCore, int? activeElectrons, int? activeOrbitals)
    {
        ArgumentNullException.ThrowIfNull(full);
        if (frozenCore is null && activeElectrons is null && activeOrbitals is null)
        {
            return (full, 0);
        }

        if (full.NumAlpha != full.NumBeta)
        {
            throw new QuantumAppsException("active spaces of FCIDUMP input need MS2 = 0 (closed shell)");
        }

        int? frozen = frozenCore is null ? null : ActiveSpaceSelector.ParseFrozenCore(frozenCore, null);
        var space = ActiveSpaceSelector.Resolve(full.NumElectrons, full.NumOrbitals, frozen, activeElectrons, activeOrbitals);
        var k = space.FrozenOrbitals + space.ActiveOrbitals;
        var n = full.NumOrbitals;
        var h1 = new double[k * k];
        var g = new double[k * k * k * k];
        for (var p = 0; p < k; p++)
        {
            for (var q = 0; q < k; q++)
            {
                h1[p * k + q] = full.H(p, q);
                for (var r = 0; r < k; r++)
                {
                    for (var s = 0; s < k; s++)
                    {
                        g[((p * k + q) * k + r) * k + s] = full.TwoBody[((p * n + q) * n + r) * n + s];
                    }
                }
            }
        }

        return (HamiltonianBuilder.Build(full.Constant, h1, g, k, space), space.FrozenOrbitals);
    }
}
