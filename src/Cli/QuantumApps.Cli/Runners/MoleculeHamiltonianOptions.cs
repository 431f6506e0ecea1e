namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps molecule hamiltonian</c>.</summary>
/// <param name="Input">The molecule and active-space options (methods and VQE settings are ignored).</param>
/// <param name="TwoQubitReduction">Parity mapping only: taper the two qubits fixed by N_alpha and N parity.</param>
/// <param name="Out">Pauli-sum output file (text format; JSON when it ends in .json), or null.</param>
/// <param name="Fcidump">FCIDUMP output file of the (active-space) Hamiltonian, or null.</param>
public sealed record MoleculeHamiltonianOptions(MoleculeEnergyOptions Input, bool TwoQubitReduction, string? Out, string? Fcidump);
