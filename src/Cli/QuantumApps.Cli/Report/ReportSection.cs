namespace QuantumApps.Cli.Report;

/// <summary>
/// One section of the report pipeline as the runner and the shard merge see it: its name (the key of its outcome in a
/// shard file), the type of its outcome record, the sections whose outcomes it needs, how to compute it (in a context of
/// its own, <see cref="ReportContext.ForSection"/>, given the outcomes of <see cref="DependsOn"/>) and how to render it.
/// </summary>
public sealed record ReportSection(
    string Name,
    Type OutcomeType,
    IReadOnlyList<string> DependsOn,
    Func<ReportContext, IReadOnlyDictionary<string, object>, object> Compute,
    Action<ReportDocument, object> Render);
