namespace QuantumApps.Chemistry.Integrals;

/// <summary>
/// Output of <see cref="ElectronRepulsionIntegrals.Compute(Basis.MolecularBasis, double)"/>: the dense AO ERI array
/// and the screening statistics.
/// </summary>
/// <param name="Integrals">(μν|λσ) at ((μ n + ν) n + λ) n + σ; integrals of skipped quartets are exactly 0.</param>
/// <param name="NumFunctions">n.</param>
/// <param name="SchwarzThreshold">Quartets with Q_PQ·Q_RS below this were skipped (0 = none).</param>
/// <param name="UniqueQuartets">Shell quartets in the canonical ordering (P ≥ Q, R ≥ S, PQ ≥ RS): N_pairs(N_pairs+1)/2.</param>
/// <param name="SkippedQuartets">Of those, skipped by the Schwarz bound.</param>
public sealed record EriComputation(double[] Integrals, int NumFunctions, double SchwarzThreshold, long UniqueQuartets, long SkippedQuartets);
