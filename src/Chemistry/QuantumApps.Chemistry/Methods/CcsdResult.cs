namespace QuantumApps.Chemistry.Methods;

/// <summary>CCSD energies in hartree and convergence information.</summary>
/// <param name="ReferenceEnergy">E_ref of the closed-shell determinant.</param>
/// <param name="CorrelationEnergy">E_CCSD correlation.</param>
/// <param name="Iterations">Iterations performed.</param>
/// <param name="Converged">True when <paramref name="ExitReason"/> is Converged.</param>
/// <param name="ExitReason">Why the run stopped.</param>
/// <param name="LastEnergyChange">Last |ΔE|.</param>
/// <param name="LastAmplitudeChange">Last max |Δt|.</param>
public sealed record CcsdResult(
    double ReferenceEnergy,
    double CorrelationEnergy,
    int Iterations,
    bool Converged,
    CcsdExitReason ExitReason,
    double LastEnergyChange,
    double LastAmplitudeChange)
{
    /// <summary>E_ref + E_corr.</summary>
    public double TotalEnergy => ReferenceEnergy + CorrelationEnergy;
}
