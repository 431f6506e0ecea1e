namespace QuantumApps.Variational.Workflows;

/// <summary>
/// QAOA details of a comparison entry: the register size, the optimised angles in the driver's convention
/// (U_C(γ) = exp(−iγC), U_B(β) = exp(−iβ Σ_j X_j) or the XY mixer, start |+⟩^n or the one-hot state) and the
/// optimizer's exit reason, and the exact optimum used as the yardstick of the approximation ratio. With the cost operator these reproduce the circuit (<see cref="Qaoa.QaoaGateCircuit"/>).
/// </summary>
/// <param name="Qubits">n.</param>
/// <param name="Gammas">γ_1 … γ_p.</param>
/// <param name="Betas">β_1 … β_p.</param>
/// <param name="ExitReason">Optimizer exit reason of the winning start.</param>
/// <param name="Optimum">Exact optimum of the cost (extreme of the diagonal, or Held–Karp for tours).</param>
public sealed record QaoaReport(int Qubits, IReadOnlyList<double> Gammas, IReadOnlyList<double> Betas, string ExitReason, double Optimum);
