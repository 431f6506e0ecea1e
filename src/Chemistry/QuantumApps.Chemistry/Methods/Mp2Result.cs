namespace QuantumApps.Chemistry.Methods;

/// <summary>MP2 energies in hartree.</summary>
/// <param name="ReferenceEnergy">E_ref (RHF).</param>
/// <param name="CorrelationEnergy">E_MP2 correlation.</param>
public sealed record Mp2Result(double ReferenceEnergy, double CorrelationEnergy)
{
    /// <summary>E_ref + E_corr.</summary>
    public double TotalEnergy => ReferenceEnergy + CorrelationEnergy;
}
