namespace QuantumApps.Chemistry.Fci;

/// <summary>
/// Which symmetry sectors <see cref="DeterminantFci"/> diagonalises. The sectors are those of the abelian orbital
/// symmetry read off the integrals (see <c>OrbitalSymmetry</c>: the irreducible representations of C2v, D2h, … for
/// molecular orbitals of a symmetric molecule); the Hamiltonian has no element between two sectors.
/// </summary>
public enum FciSymmetry
{
    /// <summary>
    /// The sector of the determinant with the lowest diagonal element H_II (for a closed-shell RHF reference the
    /// totally symmetric one), as psi4's detci computes the lowest root of the reference symmetry. A state of another
    /// symmetry below it (e.g. a triplet ground state under a closed-shell determinant) is not seen; use
    /// <see cref="AllSectors"/> for the ground state of the whole (N_α, N_β) space.
    /// </summary>
    ReferenceSector,

    /// <summary>Every non-empty sector in turn; the lowest eigenvalue of all (the ground state of the (N_α, N_β) space).</summary>
    AllSectors,

    /// <summary>No symmetry: Davidson on all C(n, N_α)·C(n, N_β) determinants (the independent check of the sector code).</summary>
    None,
}
