namespace QuantumApps.Variational.Qaoa;

/// <summary>How the driver chooses the starting angles of the depth-p optimisation.</summary>
public enum QaoaAngleStrategy
{
    /// <summary>
    /// Linear ramp (discretised annealing): γ_k = s·(k+½)/p·Δt, β_k = (1 − (k+½)/p)·Δt for k = 0..p−1, with
    /// Δt = <see cref="QaoaOptions.RampTimeStep"/> (default 0.75) and s = +1 when maximising, −1 when
    /// minimising (|+⟩ is the top eigenstate of Σ X_j, so the annealing path runs towards the top of sC).
    /// See Zhou, Wang, Choi, Pichler, Lukin, PRX 10, 021067 (2020), Sec. V, and Sack &amp; Serbyn, Quantum 5, 491 (2021).
    /// </summary>
    LinearRamp,

    /// <summary>
    /// INTERP (Zhou et al. 2020, Appendix B): optimise p = 1 from the linear ramp, then for q = 1..p−1 start
    /// depth q+1 from [x⁰_{q+1}]_i = (i−1)/q [x*_q]_{i−1} + (q−i+1)/q [x*_q]_i (i = 1..q+1, [x]_0 = [x]_{q+1} = 0)
    /// for x = γ and x = β. Evaluations of all depths are counted.
    /// </summary>
    Interp,
}
