namespace QuantumApps.Chemistry.Hamiltonians;

/// <summary>
/// A choice of orbitals around the Fermi level: the lowest <see cref="FrozenOrbitals"/> MOs are kept doubly
/// occupied (frozen core/inactive), the next <see cref="ActiveOrbitals"/> MOs with
/// <see cref="ActiveElectrons"/> electrons form the active space, and higher MOs are dropped.
/// </summary>
/// <param name="FrozenOrbitals">Doubly occupied inactive orbitals n_c.</param>
/// <param name="ActiveOrbitals">Active spatial orbitals n_a.</param>
/// <param name="ActiveElectrons">Electrons in the active space (N − 2 n_c).</param>
public sealed record ActiveSpace(int FrozenOrbitals, int ActiveOrbitals, int ActiveElectrons);
