namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Progress of a bond scan: the point index (0-based) among <see cref="BondScanOptions.BondsAngstrom"/>, its bond
/// length, the ladder's current step (null when the point is finished) and, once per point, the finished point.
/// </summary>
public sealed record BondScanProgress(int Index, double BondAngstrom, LadderProgress? Step, BondScanPoint? Finished = null);
