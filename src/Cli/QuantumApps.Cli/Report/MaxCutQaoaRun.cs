namespace QuantumApps.Cli.Report;

/// <summary>
/// QAOA at one depth p on one MaxCut graph (maximising C = Σ w_ij (1 − Z_i Z_j)/2, U_C(γ) = e^(−iγC),
/// U_B(β) = e^(−iβ Σ X_j)): the optimised angles, the driver's ⟨C⟩, the ratio ⟨C⟩/C_max, the probability of an optimal cut
/// per shot, the best cut among 1000 seeded shots, the wall time and the best cut among the
/// <see cref="MaxCutBudgetRun.K"/> seeded shots of the like-against-like comparison.
/// </summary>
public sealed record MaxCutQaoaRun(int Depth, IReadOnlyList<double> Gammas, IReadOnlyList<double> Betas, double Expectation,
    double ApproximationRatio, double ProbabilityOptimal, double BestSampledCost, double Seconds, double BestOfK = double.NaN);
