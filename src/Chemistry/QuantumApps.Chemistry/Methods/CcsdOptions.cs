namespace QuantumApps.Chemistry.Methods;

/// <summary>Settings of the CCSD solver.</summary>
/// <param name="EnergyTolerance">Converged when |ΔE| is below this (hartree) ...</param>
/// <param name="AmplitudeTolerance">... and the largest amplitude change is below this.</param>
/// <param name="MaxIterations">Iteration limit.</param>
/// <param name="DiisSubspace">Stored amplitude vectors for DIIS (0 = plain Jacobi iteration).</param>
/// <param name="LevelShift">
/// Shift s (hartree, ≥ 0) of the Jacobi denominators, D → D − s with the update t ← (r − s t)/(D − s); it damps the
/// step where D is small and leaves the solution unchanged. Null = automatic: s = max(0, 1 Ha − gap) with gap the
/// smallest f_aa − f_ii (<see cref="Ccsd.MinimumShiftedGap"/>), so references with a gap ≥ 1 Ha iterate exactly as
/// the plain update. Stretched H2/STO-3G (gap (aa|bb) → 0) diverged at ≥ 4 Å without it and converges to the
/// two-electron FCI energy from 3 to 20 Å with it; a shift of 2 Ha instead reached a spurious CCSD root at 6 Å
/// (−0.247 Ha), as psi4 1.3.2 does at 5 Å (−0.2643930706 Ha, References/psi4-h2-stretched.log).
/// </param>
public sealed record CcsdOptions(
    double EnergyTolerance = 1e-10,
    double AmplitudeTolerance = 1e-8,
    int MaxIterations = 200,
    int DiisSubspace = 8,
    double? LevelShift = null);
