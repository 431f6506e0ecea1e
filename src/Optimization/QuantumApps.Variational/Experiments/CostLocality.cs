namespace QuantumApps.Variational.Experiments;

/// <summary>Which observable a barren-plateau experiment differentiates.</summary>
public enum CostLocality
{
    /// <summary>Global cost C = ⟨Z_0 Z_1 ⋯ Z_{n−1}⟩ (acts on every qubit; McClean et al. 2018, Cerezo et al. 2021).</summary>
    Global,

    /// <summary>Local cost C = ⟨Z_0⟩ (one qubit; Cerezo et al. 2021).</summary>
    Local,
}
