namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Settings of <see cref="SimulatedQuantumAnnealing"/>: P Trotter slices, the temperature T (units of
/// <paramref name="EnergyScale"/>, k_B = 1) and the energy scale σ that turns QUBO energies into the problem Hamiltonian
/// H_P = E/σ (pass the same σ as the quantum annealer, so both follow the same H(s)).
/// </summary>
/// <param name="Slices">P ≥ 2 (default 32).</param>
/// <param name="Temperature">T &gt; 0 in units of σ (default 0.1).</param>
/// <param name="EnergyScale">σ &gt; 0 (default 1).</param>
public sealed record SqaSettings(int Slices = 32, double Temperature = 0.1, double EnergyScale = 1.0);
