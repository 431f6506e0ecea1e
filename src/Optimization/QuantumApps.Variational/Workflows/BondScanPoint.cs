using QuantumApps.Chemistry.Scf;

namespace QuantumApps.Variational.Workflows;

/// <summary>One computed geometry of a bond scan: the bond length (ångström), the converged RHF result and the ladder.</summary>
public sealed record BondScanPoint(double BondAngstrom, ScfResult Scf, LadderResult Ladder);
