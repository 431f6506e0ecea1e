using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.Report;

/// <summary>
/// What later sections need from the chemistry section: the H2 (0.74 Å) UCCSD circuit lowered to CNOTs and one-qubit
/// gates with its optimised parameters and Hamiltonian, and headline numbers of the curves.
/// </summary>
public sealed record ChemistryOutcome(
    Circuit H2Circuit,
    double[] H2Parameters,
    PauliSum H2Hamiltonian,
    double H2Fci,
    double H2FciSeconds,
    double MaxVqeErrorHartree,
    int LargestVqeQubits,
    double LiHFciSeconds,
    double LiHVqeSeconds,
    double H2NoisyError,
    double LiHNoisyError);
