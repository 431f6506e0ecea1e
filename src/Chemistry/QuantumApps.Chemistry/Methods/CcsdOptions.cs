namespace QuantumApps.Chemistry.Methods;

/// <summary>Settings of the CCSD solver.</summary>
/// <param name="EnergyTolerance">Converged when |ΔE| is below this (hartree) ...</param>
/// <param name="AmplitudeTolerance">... and the largest amplitude change is below this.</param>
/// <param name="MaxIterations">Iteration limit.</param>
/// <param name="DiisSubspace">Stored amplitude vectors for DIIS (0 = plain Jacobi iteration).</param>
public sealed record CcsdOptions(
    double EnergyTolerance = 1e-10,
    double AmplitudeTolerance = 1e-8,
    int MaxIterations = 200,
    int DiisSubspace = 8);
