using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// QAOA written as a hardware-style gate list, with the convention of the QAOA driver: H on every qubit (|+⟩^n), then
/// per layer k exp(−iγ_k C) and exp(−iβ_k Σ X_j) = Π RX_j(2β_k). C must be a Z-only Pauli sum with terms of weight ≤ 2
/// (an Ising cost); up to a global phase exp(−iγ c Z_iZ_j) = CNOT(i,j)·RZ_j(2γc)·CNOT(i,j) and exp(−iγ c Z_i) = RZ_i(2γc).
/// For MaxCut, C = Σ w_ij (1 − Z_iZ_j)/2 gives RZ_j(−γ w_ij) between the CNOTs. Angles are constants (no parameters).
/// </summary>
public static class GateLevelQaoa
{
    /// <summary>Builds the circuit for the cost operator and angles.</summary>
    public static Circuit Build(PauliSum cost, int numQubits, IReadOnlyList<double> gammas, IReadOnlyList<double> betas)
    {
        var b = new CircuitBuilder(numQubits);
        for (int q = 0; q < numQubits; q++) b.H(q);
        for (int k = 0; k < gammas.Count; k++)
        {
            foreach (var t in cost.Terms)
            {
                var p = t.Pauli;
                if (p.IsIdentity) continue;
                if (!p.IsDiagonal || p.Weight > 2) throw new QuantumAppsException($"gate-level QAOA needs an Ising cost (Z terms of weight ≤ 2), got {p}");
                double angle = 2 * gammas[k] * t.Coefficient.Real;
                int hi = p.MaxQubit;
                if (p.Weight == 1) { b.Rz(hi, angle); continue; }
                int lo = System.Numerics.BitOperations.TrailingZeroCount(p.Z);
                b.Cnot(lo, hi).Rz(hi, angle).Cnot(lo, hi);
            }
            for (int q = 0; q < numQubits; q++) b.Rx(q, 2 * betas[k]);
        }
        return b.Build();
    }
}
