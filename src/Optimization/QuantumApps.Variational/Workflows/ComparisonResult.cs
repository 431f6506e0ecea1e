namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Immutable result of a comparison: one <see cref="MethodReport{TSolution}"/> per requested method, in the requested
/// order. When the run was cancelled, the methods finished before keep their results and the rest are
/// <see cref="MethodStatus.Skipped"/> with reason "cancelled".
/// </summary>
/// <typeparam name="TSolution">MaxCutSolution, TourSolution or VrpSolution.</typeparam>
/// <param name="Methods">One entry per requested method.</param>
/// <param name="Cancelled">True when the token was cancelled before every method finished.</param>
public sealed record ComparisonResult<TSolution>(IReadOnlyList<MethodReport<TSolution>> Methods, bool Cancelled)
    where TSolution : class
{
    /// <summary>True when at least one method failed.</summary>
    public bool AnyFailed => Methods.Any(m => m.Status == MethodStatus.Failed);

    /// <summary>True when no method succeeded.</summary>
    public bool NoneOk => Methods.All(m => m.Status != MethodStatus.Ok);
}
