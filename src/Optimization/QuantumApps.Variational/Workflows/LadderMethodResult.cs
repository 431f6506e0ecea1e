namespace QuantumApps.Variational.Workflows;

/// <summary>
/// One requested method of a ladder: its status, the one-line reason when not <see cref="MethodStatus.Ok"/>, the total
/// energy (hartree; null unless ok), the VQE details (VQE only; kept also when a cancelled VQE failed) and the wall time.
/// </summary>
public sealed record LadderMethodResult(
    LadderMethods Method,
    MethodStatus Status,
    string? Reason,
    double? EnergyHartree,
    double Seconds,
    VqeMethodResult? Vqe = null)
{
    /// <summary>The method's text name ("hf", …).</summary>
    public string Name => LadderMethodNames.Name(Method);
}
