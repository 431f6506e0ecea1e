namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// Whether the QAOA driver maximises or minimises ⟨C⟩ of the cost diagonal it is given. The phase
/// operator is always U_C(γ) = exp(−iγC) with C exactly as given; only the sign of the optimised
/// objective (⟨C⟩ or −⟨C⟩) and the sign of the linear-ramp γ start depend on the sense.
/// </summary>
public enum QaoaSense
{
    /// <summary>Minimise ⟨C⟩ (e.g. a TSP tour length with penalties, an Ising energy).</summary>
    Minimize,

    /// <summary>Maximise ⟨C⟩ (e.g. the MaxCut cut value C = Σ w_ij (1 − Z_iZ_j)/2).</summary>
    Maximize,
}
