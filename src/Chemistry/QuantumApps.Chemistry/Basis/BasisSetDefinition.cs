namespace QuantumApps.Chemistry.Basis;

/// <summary>
/// A basis set as read from a file: for each atomic number the list of contracted shells in file order.
/// <see cref="FileDeclaresSpherical"/> records the psi4-style header line ("spherical"/"cartesian"), which only
/// documents what psi4 would use by default; QuantumApps always builds Cartesian functions (6 d, 10 f).
/// </summary>
/// <param name="Name">Basis name (e.g. "sto-3g") or the file path it came from.</param>
/// <param name="ShellsByAtomicNumber">Shells per atomic number Z.</param>
/// <param name="FileDeclaresSpherical">True when the file's header says "spherical".</param>
public sealed record BasisSetDefinition(
    string Name,
    IReadOnlyDictionary<int, IReadOnlyList<ShellDefinition>> ShellsByAtomicNumber,
    bool FileDeclaresSpherical);
