namespace QuantumApps.Chemistry.Molecules;

/// <summary>A chemical element: symbol, atomic number Z and the number of core (frozen-core) spatial orbitals.</summary>
/// <param name="Symbol">Element symbol with standard capitalisation ("He").</param>
/// <param name="AtomicNumber">Nuclear charge Z.</param>
/// <param name="CoreOrbitals">Doubly occupied core orbitals frozen by `--frozen-core auto`:
/// 0 for H–He, 1 (1s) for Li–Ne, 5 (1s2s2p) for Na–Ar.</param>
public sealed record Element(string Symbol, int AtomicNumber, int CoreOrbitals);
