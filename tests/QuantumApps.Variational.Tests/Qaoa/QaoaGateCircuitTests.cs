using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Tests.Qaoa;

/// <summary>
/// Two paths to the same QAOA state: the gate list of <see cref="QaoaGateCircuit"/> (H, CNOT·RZ·CNOT, RZ, RX on the
/// gate-level state vector) against <see cref="QaoaCircuit"/>'s diagonal-phase and butterfly kernels. Both implement
/// U_B(β)U_C(γ)…|+⟩^n exactly, so amplitudes agree to <see cref="Tolerances.Unitary"/> once the identity term's
/// global phase Π_k e^{−iγ_k c_I}, which the gate list omits, is put back.
/// </summary>
public sealed class QaoaGateCircuitTests
{
    public static TheoryData<string, int, double[], double[]> Cases() => new()
    {
        // MaxCut of the 5-cycle, C = Σ (1 − Z_iZ_(i+1))/2: identity 2.5, weight-2 terms only.
        { "2.5\n-0.5 Z0 Z1\n-0.5 Z1 Z2\n-0.5 Z2 Z3\n-0.5 Z3 Z4\n-0.5 Z4 Z0", 5, [0.4, 0.9], [0.7, 0.2] },
        // Ising with linear terms and mixed signs (a QUBO's Ising form).
        { "0.5 Z0\n-1.25 Z1 Z2\n0.75 Z0 Z2\n0.3 Z1\n2.0", 3, [0.3, -0.8, 1.1], [1.1, 0.4, -0.25] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GateLevelStateEqualsTheDiagonalKernelState(string costText, int n, double[] gammas, double[] betas)
    {
        var cost = PauliSum.Parse(costText);
        var gates = QaoaGateCircuit.Build(cost, n, gammas, betas);
        // Circuit.Run needs a parameter vector; the trajectory simulator with no noise applies the same operations.
        var viaGates = TrajectorySimulator.Run(gates, [], NoiseModel.None, new Random(0)).ToArray();
        var viaKernel = new QaoaCircuit(cost.WithNumQubitsAtLeast(n).Diagonal()).State(gammas, betas);
        Complex phase = QaoaGateCircuit.OmittedGlobalPhase(cost, gammas);
        Assert.Equal(viaKernel.Length, viaGates.Length);
        for (int b = 0; b < viaKernel.Length; b++)
        {
            Assert.True(Complex.Abs(viaGates[b] * phase - viaKernel[b]) < Tolerances.Unitary, $"amplitude {b}: gates {viaGates[b] * phase}, kernel {viaKernel[b]}");
        }
    }

    [Fact]
    public void NonIsingCostsAreRefused()
    {
        var ex = Assert.Throws<QuantumAppsException>(() => QaoaGateCircuit.Build(PauliSum.Parse("1.0 Z0 Z1 Z2"), 3, [0.1], [0.2]));
        Assert.Contains("Ising cost", ex.Message);
        Assert.Throws<QuantumAppsException>(() => QaoaGateCircuit.Build(PauliSum.Parse("1.0 X0"), 1, [0.1], [0.2]));
    }
}
