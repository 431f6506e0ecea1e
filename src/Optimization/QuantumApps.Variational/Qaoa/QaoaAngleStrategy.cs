namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// How the driver chooses the starting angles of the depth-p optimisation. Every strategy works in normalised units
/// γ' = σγ (σ = <see cref="QaoaCostScale"/>, the RMS Ising coefficient ×2), so the starts do not depend on the units
/// of the weights; the reported angles are in the driver's convention (γ = γ'/σ).
/// </summary>
public enum QaoaAngleStrategy
{
    /// <summary>
    /// Linear ramp (discretised annealing) at depth p directly: γ'_k = s·(k+½)/p·Δt, β_k = (1 − (k+½)/p)·Δt for
    /// k = 0..p−1, with Δt = <see cref="QaoaOptions.RampTimeStep"/> (default 0.75) and s = +1 when maximising, −1 when
    /// minimising (|+⟩ is the top eigenstate of Σ X_j, so the annealing path runs towards the top of sC).
    /// See Zhou, Wang, Choi, Pichler, Lukin, PRX 10, 021067 (2020), Sec. V, and Sack &amp; Serbyn, Quantum 5, 491 (2021).
    /// </summary>
    LinearRamp,

    /// <summary>
    /// INTERP (Zhou et al. 2020, Appendix B): optimise p = 1 from the linear ramp, then for q = 1..p−1 start
    /// depth q+1 from [x⁰_{q+1}]_i = (i−1)/q [x*_q]_{i−1} + (q−i+1)/q [x*_q]_i (i = 1..q+1, [x]_0 = [x]_{q+1} = 0)
    /// for x = γ and x = β. Monotone guard: when the INTERP optimum at depth q+1 is below the depth-q optimum, depth
    /// q+1 is also optimised from the depth-q angles padded with γ_{q+1} = β_{q+1} = 0 (the same state, hence the
    /// same ⟨C⟩), and the better is kept, so ⟨C⟩ never gets worse with p. Evaluations of all depths are counted.
    /// </summary>
    Interp,

    /// <summary>
    /// Global p = 1 search, then INTERP with the monotone guard: ⟨C⟩ on a coarse grid of
    /// <see cref="QaoaDriver.GridGammaPoints"/> × <see cref="QaoaDriver.GridBetaPoints"/> points, γ' ∈ s·(0, π],
    /// β ∈ [0, π) (β has period π since exp(−iπΣX) = (−1)^n; (γ, β) → (−γ, −β) leaves ⟨C⟩ unchanged for a real
    /// diagonal and a real start, so one sign of γ suffices), the local optimizer started from the
    /// <see cref="QaoaDriver.GridStarts"/> best grid points that are local optima of the grid, the best kept. When the
    /// cost has Ising order ≤ 2 (MaxCut, QUBOs) and the mixer and start are the defaults, the grid values come from the
    /// closed form <see cref="QaoaP1ClosedForm"/> (O(m·n) per γ instead of a 2^n simulation each; at 20 qubits the
    /// 512 simulated points cost seconds) and are not counted as evaluations.
    /// </summary>
    Grid,
}
