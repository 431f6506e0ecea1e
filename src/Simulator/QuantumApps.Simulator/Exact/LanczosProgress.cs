namespace QuantumApps.Simulator.Exact;

/// <summary>Progress report of the Lanczos solver after one Krylov cycle (a basis built to its full size, then restarted).</summary>
/// <param name="Products">Matrix–vector products H·v so far (non-decreasing across reports).</param>
/// <param name="Restarts">Thick restarts so far (0 after the first cycle).</param>
/// <param name="RitzValue">The current lowest Ritz value θ (the ground-energy estimate, an upper bound).</param>
/// <param name="Residual">Estimated residual ‖Hv − θv‖ = |β_m·y_m| of the current Ritz vector.</param>
public sealed record LanczosProgress(int Products, int Restarts, double RitzValue, double Residual);
