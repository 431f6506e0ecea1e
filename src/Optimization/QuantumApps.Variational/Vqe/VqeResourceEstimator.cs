using QuantumApps.Ansatz;
using QuantumApps.Simulator.Compilation;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Vqe;

/// <summary>Builds a <see cref="VqeResources"/> report (see its remarks for the meaning of each figure).</summary>
public static class VqeResourceEstimator
{
    /// <summary>Chemical accuracy, 1.6 mHa (≈ 1 kcal/mol): the default target standard error for the shot count.</summary>
    public const double ChemicalAccuracyHartree = 1.6e-3;

    /// <summary>
    /// The report for <paramref name="ansatz"/> and <paramref name="hamiltonian"/>; the shot count uses
    /// <paramref name="finalState"/> (omitted when null).
    /// </summary>
    public static VqeResources Estimate(PauliSum hamiltonian, IAnsatz ansatz, StateVector? finalState, double targetStandardError = ChemicalAccuracyHartree)
    {
        var lowered = CnotLowering.Lower(ansatz.ToCircuit());
        var routed = LinearChainRouter.Route(lowered);
        int groups = QubitWiseGrouping.Group(hamiltonian).Count;
        long? shots = finalState is null ? null : ShotEstimator.ShotsForPrecision(finalState, hamiltonian.WithNumQubitsAtLeast(finalState.NumQubits), targetStandardError).TotalShots;
        return new VqeResources(ansatz.NumQubits, ansatz.NumParameters, lowered.CnotCount, lowered.Depth,
            routed.Circuit.CnotCount, routed.Circuit.Depth, routed.SwapCount, groups, shots);
    }
}
