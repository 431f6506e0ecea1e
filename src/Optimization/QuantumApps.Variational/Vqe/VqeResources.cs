namespace QuantumApps.Variational.Vqe;

/// <summary>
/// Resource report of a VQE ansatz and Hamiltonian. <see cref="Cnots"/>/<see cref="Depth"/>: the ansatz circuit
/// lowered to single-qubit gates and CNOTs (Pauli rotations as CNOT ladders) with all-to-all connectivity;
/// <see cref="CnotsLinear"/>/<see cref="DepthLinear"/>: the same circuit routed onto a linear chain by
/// SWAP insertion (each SWAP = 3 CNOTs; <see cref="SwapsLinear"/> SWAPs). Depth counts every gate as one layer
/// (ASAP). <see cref="MeasurementGroups"/>: qubit-wise-commuting groups of H (one measurement setting each).
/// <see cref="ShotsForChemicalAccuracy"/>: total shots N for a 1.6 mHa standard error when N is passed to
/// <c>--shots</c> (the weighted allocation of the shot estimator, <see cref="QuantumApps.Simulator.Measurement.ShotEstimator.ShotsForWeightedPrecision"/>),
/// from the exact group variances of the final state (null when not computed).
/// </summary>
public sealed record VqeResources(
    int NumQubits,
    int NumParameters,
    int Cnots,
    int Depth,
    int CnotsLinear,
    int DepthLinear,
    int SwapsLinear,
    int MeasurementGroups,
    long? ShotsForChemicalAccuracy);
