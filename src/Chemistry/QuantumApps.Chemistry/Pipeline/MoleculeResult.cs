using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Chemistry.Scf;

namespace QuantumApps.Chemistry.Pipeline;

/// <summary>Output of <see cref="MoleculePipeline.Build"/>; energies in hartree.</summary>
/// <param name="Molecule">The molecule.</param>
/// <param name="BasisName">Basis-set name as resolved.</param>
/// <param name="NumBasisFunctions">Cartesian AO basis functions n.</param>
/// <param name="Scf">Converged RHF result.</param>
/// <param name="Hamiltonian">Active-space Hamiltonian in RHF MOs (Constant = E_nuc + E_core).</param>
/// <param name="ActiveSpace">Frozen/active orbital split.</param>
public sealed record MoleculeResult(
    Molecule Molecule,
    string BasisName,
    int NumBasisFunctions,
    ScfResult Scf,
    MolecularHamiltonian Hamiltonian,
    ActiveSpace ActiveSpace)
{
    /// <summary>Number of frozen (doubly occupied, inactive) orbitals.</summary>
    public int FrozenOrbitals => ActiveSpace.FrozenOrbitals;

    /// <summary>Nuclear repulsion E_nuc.</summary>
    public double NuclearRepulsion => Scf.NuclearRepulsion;
}
