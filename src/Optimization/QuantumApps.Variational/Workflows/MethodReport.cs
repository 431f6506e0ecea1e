namespace QuantumApps.Variational.Workflows;

/// <summary>
/// What one requested method of a comparison produced. <see cref="Status"/> is <see cref="MethodStatus.Ok"/> with the
/// headline <see cref="Value"/> (cut, tour length or route cost) and the <see cref="Solution"/>, or
/// <see cref="MethodStatus.Failed"/>/<see cref="MethodStatus.Skipped"/> with a one-line <see cref="Reason"/> and no
/// solution. <see cref="Extras"/> are further named numbers in display order (e.g. GW's upperBound, QAOA's expectation);
/// <see cref="Qaoa"/> carries QAOA's angles. A QAOA run whose samples held no feasible tour is Ok with a null solution.
/// </summary>
/// <typeparam name="TSolution">MaxCutSolution, TourSolution or VrpSolution.</typeparam>
/// <param name="Method">CLI name of the method (<see cref="MethodNames"/>).</param>
/// <param name="Status">How it ended.</param>
/// <param name="Reason">Why it failed or was skipped (null when Ok).</param>
/// <param name="Value">Headline value when Ok.</param>
/// <param name="Solution">The solution when Ok and one exists.</param>
/// <param name="Seconds">Wall-clock seconds of the method (0 when it did not run).</param>
/// <param name="Extras">Named numbers.</param>
/// <param name="Qaoa">QAOA details, for the qaoa method only.</param>
public sealed record MethodReport<TSolution>(
    string Method,
    MethodStatus Status,
    string? Reason,
    double? Value,
    TSolution? Solution,
    double Seconds,
    IReadOnlyList<KeyValuePair<string, double>> Extras,
    QaoaReport? Qaoa = null)
    where TSolution : class
{
    /// <summary>A method that ran and failed, or was refused up front (too large, depth out of bounds).</summary>
    public static MethodReport<TSolution> Failed(string method, string reason) => new(method, MethodStatus.Failed, reason, null, null, 0, []);

    /// <summary>A method not run by policy (e.g. exact above its default size when not requested by name).</summary>
    public static MethodReport<TSolution> Skipped(string method, string reason) => new(method, MethodStatus.Skipped, reason, null, null, 0, []);
}
