using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.Report;

/// <summary>What later sections need from the chemistry section: the H2 VQE circuit at equilibrium and headline numbers.</summary>
public sealed record ChemistryOutcome(
    Circuit H2Circuit,
    double[] H2Parameters,
    PauliSum H2Hamiltonian,
    double H2Fci,
    double H2FciSeconds,
    double MaxVqeErrorHartree,
    int LargestVqeQubits,
    double LiHFciSeconds);
