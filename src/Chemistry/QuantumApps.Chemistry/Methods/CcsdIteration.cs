namespace QuantumApps.Chemistry.Methods;

/// <summary>Progress report of one CCSD iteration (energies in hartree).</summary>
/// <param name="Iteration">1-based iteration number.</param>
/// <param name="CorrelationEnergy">E_corr after this iteration's (DIIS-extrapolated) amplitudes.</param>
/// <param name="EnergyChange">E_k − E_{k−1}.</param>
/// <param name="AmplitudeChange">max |Δt| of the Jacobi update.</param>
public sealed record CcsdIteration(int Iteration, double CorrelationEnergy, double EnergyChange, double AmplitudeChange);
