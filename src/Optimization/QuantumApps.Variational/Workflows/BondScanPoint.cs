using QuantumApps.Chemistry.Scf;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// One geometry of a bond scan: the bond length (ångström), the converged RHF result (null when the stretch or the SCF
/// failed there; then every method of the ladder is failed with that reason) and the ladder.
/// </summary>
public sealed record BondScanPoint(double BondAngstrom, ScfResult? Scf, LadderResult Ladder);
