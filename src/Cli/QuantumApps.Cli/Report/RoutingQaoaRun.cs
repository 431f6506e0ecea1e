namespace QuantumApps.Cli.Report;

/// <summary>
/// QAOA at depth p on a TSP QUBO (minimised, one-hot encoding with city 0 fixed): the optimised angles γ₁…γ_p, β₁…β_p in
/// the driver's convention on the QUBO as written (U_C(γ) = e^(−iγH), U_B(β) = e^(−iβ Σ X_j); γ already divided by the
/// report's cost scale, so they are the <c>--angles FILE</c> values of <c>quantumapps tsp</c>), ⟨H⟩ of the QUBO in
/// distance units (penalties of non-tours included), the best tour length among 1000 seeded shots (tours only; NaN when no
/// shot was a tour), the probability per shot of a valid tour and of an optimal one, the mean length of the valid tours
/// Σ_tours p_b L_b / Σ_tours p_b, the wall time, and the best tour length and the number of tours among the
/// <see cref="BudgetLadder.K"/> seeded shots of the like-against-like comparison.
/// </summary>
public sealed record RoutingQaoaRun(int Depth, IReadOnlyList<double> Gammas, IReadOnlyList<double> Betas, double Expectation, double BestSampledCost,
    double ProbabilityFeasible, double ProbabilityOptimal, double MeanValidLength, double Seconds, double BestOfK, int ValidOfK);
