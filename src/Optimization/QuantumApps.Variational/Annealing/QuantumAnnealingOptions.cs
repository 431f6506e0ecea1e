using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Annealing;

/// <summary>
/// Input of <see cref="QuantumAnnealing.Run"/>: the cost diagonal C (bit q of the index = qubit q, as for QAOA) and
/// whether it is minimised or maximised. The problem Hamiltonian is H_P = ∓C/σ (− when maximising, so that the optimum
/// is the ground state) with σ = <see cref="QaoaCostScale"/> the weight scale, and the path is
/// H(s) = −A(s) Σ_j X_j + B(s) H_P with s = t/T, so anneal times are in units of ħ/σ and do not depend on the
/// units of the weights.
/// </summary>
/// <param name="CostDiagonal">The 2^n values c_b.</param>
/// <param name="Sense">Minimise or maximise C.</param>
public sealed record QuantumAnnealingOptions(ReadOnlyMemory<double> CostDiagonal, QaoaSense Sense)
{
    /// <summary>Anneal times T tried (units of ħ/σ); default 1, 2, 4, …, 64.</summary>
    public IReadOnlyList<double> AnnealTimes { get; init; } = [1, 2, 4, 8, 16, 32, 64];

    /// <summary>Largest Trotter step τ (units of ħ/σ); a run of time T takes M = ⌈T/τ⌉ steps of T/M. Default 0.1.</summary>
    public double TrotterStep { get; init; } = 0.1;

    /// <summary>The schedule (default linear, A = 1 − s, B = s).</summary>
    public AnnealingSchedule Schedule { get; init; } = AnnealingSchedule.Linear;

    /// <summary>Compute the minimum spectral gap along the path (<see cref="AnnealingGap"/>); default true.</summary>
    public bool ComputeGap { get; init; } = true;

    /// <summary>Grid points s = i/G (i = 1..G) of the gap scan before the golden-section refinement; default 20.</summary>
    public int GapGridPoints { get; init; } = 20;
}
