namespace QuantumApps.Simulator.Execution;

/// <summary>
/// An immutable circuit-execution policy (<see cref="CircuitExecution.Current"/> is the one in force).
/// </summary>
/// <param name="Fusion">Whether circuits may run through an <see cref="ExecutionPlan"/> (false = always gate by gate).</param>
/// <param name="BlockQubits">Qubits per cache block: a block holds 2^BlockQubits amplitudes.</param>
/// <param name="MinLowQubits">Fewest low qubits 0 … m−1 every block contains (contiguous runs of 2^m amplitudes).</param>
public sealed record ExecutionPolicy(bool Fusion, int BlockQubits, int MinLowQubits);
