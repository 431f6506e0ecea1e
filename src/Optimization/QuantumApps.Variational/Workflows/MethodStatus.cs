namespace QuantumApps.Variational.Workflows;

/// <summary>
/// How one requested method of a comparison ended. A failed or skipped method never discards the others' results:
/// every method is reported with its status and, when not <see cref="Ok"/>, a one-line reason. JSON spells the
/// values <c>"ok"</c>, <c>"failed"</c>, <c>"skipped"</c>.
/// </summary>
public enum MethodStatus
{
    /// <summary>The method ran and produced its result.</summary>
    Ok,

    /// <summary>The method ran (or was refused up front, e.g. too large for memory) and produced no result; the reason says why.</summary>
    Failed,

    /// <summary>The method was not run because the caller's policy said so (e.g. exact enumeration above its default size).</summary>
    Skipped,
}
