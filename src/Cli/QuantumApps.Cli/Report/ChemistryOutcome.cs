using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the chemistry section shows and later sections need: the seed and mode of the run, both dissociation
/// curves, the H2 (0.74 Å) UCCSD circuit lowered to CNOTs and one-qubit gates with its optimised parameters and
/// Hamiltonian, and headline numbers of the curves.
/// </summary>
public sealed record ChemistryOutcome(
    long Seed,
    bool Quick,
    DissociationCurve H2,
    DissociationCurve LiH,
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
