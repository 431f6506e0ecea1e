namespace QuantumApps.Chemistry.Scf;

/// <summary>Progress report of one SCF iteration (energies in hartree).</summary>
/// <param name="Iteration">1-based iteration number.</param>
/// <param name="TotalEnergy">E_el + E_nuc after this iteration.</param>
/// <param name="EnergyChange">E_k − E_{k−1}.</param>
/// <param name="DiisError">max |Xᵀ(FPS − SPF)X|.</param>
public sealed record ScfIteration(int Iteration, double TotalEnergy, double EnergyChange, double DiisError);
