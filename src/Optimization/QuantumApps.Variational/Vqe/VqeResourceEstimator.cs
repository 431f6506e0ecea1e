using QuantumApps.Ansatz;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Simulator.Compilation;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Vqe;

/// <summary>Builds a <see cref="VqeResources"/> report (see its remarks for the meaning of each figure).</summary>
public static class VqeResourceEstimator
{
    /// <summary>
    /// The report for <paramref name="ansatz"/> and <paramref name="hamiltonian"/>; the shot count uses
    /// <paramref name="finalState"/> (omitted when null) and by default targets chemical accuracy
    /// (<see cref="PhysicalConstants.ChemicalAccuracyHartree"/>) as the standard error.
    /// </summary>
    public static VqeResources Estimate(PauliSum hamiltonian, IAnsatz ansatz, StateVector? finalState, double targetStandardError = PhysicalConstants.ChemicalAccuracyHartree)
    {
        var lowered = CnotLowering.Lower(ansatz.ToCircuit());
        var routed = LinearChainRouter.Route(lowered);
        int groups = QubitWiseGrouping.Group(hamiltonian).Count;
        long? shots = finalState is null ? null : ShotEstimator.ShotsForPrecision(finalState, hamiltonian.WithNumQubitsAtLeast(finalState.NumQubits), targetStandardError).TotalShots;
        return new VqeResources(ansatz.NumQubits, ansatz.NumParameters, lowered.CnotCount, lowered.Depth,
            routed.Circuit.CnotCount, routed.Circuit.Depth, routed.SwapCount, groups, shots);
    }
}
