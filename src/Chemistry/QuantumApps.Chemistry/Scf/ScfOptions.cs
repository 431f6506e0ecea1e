namespace QuantumApps.Chemistry.Scf;

/// <summary>Settings of the RHF driver.</summary>
/// <param name="EnergyTolerance">Converged when |E_k − E_{k−1}| is below this (hartree) ...</param>
/// <param name="ErrorTolerance">... and max |Xᵀ(FPS − SPF)X| is below this.</param>
/// <param name="MaxIterations">Iteration limit.</param>
/// <param name="DiisSubspace">Number of stored Fock/error pairs for DIIS (0 disables DIIS).</param>
public sealed record ScfOptions(
    double EnergyTolerance = 1e-10,
    double ErrorTolerance = 1e-8,
    int MaxIterations = 100,
    int DiisSubspace = 8);
