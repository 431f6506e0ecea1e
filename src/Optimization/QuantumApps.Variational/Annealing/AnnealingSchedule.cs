namespace QuantumApps.Variational.Annealing;

/// <summary>
/// The two schedule functions of H(s) = −A(s) Σ_j X_j + B(s) H_P, s = t/T ∈ [0, 1] (ħ = 1). <see cref="Linear"/> is
/// A(s) = 1 − s, B(s) = s: the path from the transverse field, whose ground state |+⟩^n is the start, to the problem
/// Hamiltonian. Other schedules (e.g. the Landau–Zener sweep in the tests) are any pair of functions.
/// </summary>
/// <param name="Driver">A(s), the transverse-field amplitude.</param>
/// <param name="Problem">B(s), the problem amplitude.</param>
public sealed record AnnealingSchedule(Func<double, double> Driver, Func<double, double> Problem)
{
    /// <summary>A(s) = 1 − s, B(s) = s.</summary>
    public static AnnealingSchedule Linear { get; } = new(s => 1 - s, s => s);
}
