using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// The QAOA circuit exported as a hardware-style gate list, with the convention of <see cref="QaoaCircuit"/>:
/// H on every qubit (start |+⟩^n), then per layer k U_C(γ_k) = exp(−iγ_k C) and U_B(β_k) = exp(−iβ_k Σ_j X_j) = Π_j RX_j(2β_k).
/// C must be a Z-only Pauli sum with terms of weight ≤ 2 (an Ising cost). exp(−iγ c Z_i) = RZ_i(2γc) and
/// exp(−iγ c Z_iZ_j) = CNOT(i,j)·RZ_j(2γc)·CNOT(i,j) exactly (RZ(θ) = exp(−iθZ/2)); the identity term c_I only
/// contributes the global phase e^{−iγ_k c_I} per layer, which the gate list omits. For MaxCut,
/// C = Σ w_ij (1 − Z_iZ_j)/2 gives RZ_j(−γ w_ij) between the CNOTs. Angles are constants (no parameters).
/// Only the transverse-field mixer and the |+⟩^n start are exported.
/// </summary>
public static class QaoaGateCircuit
{
    /// <summary>Builds the circuit for the Ising cost operator and angles (γ_k, β_k), k = 1…p.</summary>
    public static Circuit Build(PauliSum cost, int numQubits, IReadOnlyList<double> gammas, IReadOnlyList<double> betas)
    {
        ArgumentNullException.ThrowIfNull(cost);
        if (gammas.Count != betas.Count || gammas.Count < 1)
        {
            throw new QuantumAppsException($"QAOA needs p ≥ 1 and as many γ as β angles, got {gammas.Count} and {betas.Count}.");
        }

        foreach (var t in cost.Terms)
        {
            var p = t.Pauli;
            if (!p.IsIdentity && (!p.IsDiagonal || p.Weight > 2 || p.MaxQubit >= numQubits))
            {
                throw new QuantumAppsException($"gate-level QAOA needs an Ising cost (Z terms of weight ≤ 2 on {numQubits} qubits), got {p}");
            }
        }

        var b = new CircuitBuilder(numQubits);
        for (int q = 0; q < numQubits; q++)
        {
            b.H(q);
        }

        for (int k = 0; k < gammas.Count; k++)
        {
            foreach (var t in cost.Terms)
            {
                var p = t.Pauli;
                if (p.IsIdentity)
                {
                    continue;
                }

                double angle = 2 * gammas[k] * t.Coefficient.Real;
                int hi = p.MaxQubit;
                if (p.Weight == 1)
                {
                    b.Rz(hi, angle);
                    continue;
                }

                int lo = BitOperations.TrailingZeroCount(p.Z);
                b.Cnot(lo, hi).Rz(hi, angle).Cnot(lo, hi);
            }

            for (int q = 0; q < numQubits; q++)
            {
                b.Rx(q, 2 * betas[k]);
            }
        }

        return b.Build();
    }

    /// <summary>The global phase the gate list omits: Π_k e^{−iγ_k c_I} (c_I = the identity coefficient of C).</summary>
    public static Complex OmittedGlobalPhase(PauliSum cost, IReadOnlyList<double> gammas)
    {
        double identity = cost.Terms.Where(t => t.Pauli.IsIdentity).Sum(t => t.Coefficient.Real);
        return Complex.FromPolarCoordinates(1, -identity * gammas.Sum());
    }
}
