namespace QuantumApps.Variational.Workflows;

/// <summary>
/// The outcome of <see cref="MoleculeLadder.Run"/>: one entry per requested method in ladder order (a failed method
/// never removes the others), the Pauli term count of the mapped Hamiltonian when it was built, and whether the run
/// was cancelled (the methods not reached are <see cref="MethodStatus.Skipped"/> with reason "cancelled").
/// </summary>
public sealed record LadderResult(IReadOnlyList<LadderMethodResult> Methods, int? PauliTerms, bool Cancelled)
{
    /// <summary>The entry of <paramref name="method"/>, or null when it was not requested.</summary>
    public LadderMethodResult? this[LadderMethods method] => Methods.FirstOrDefault(m => m.Method == method);

    /// <summary>The energy of <paramref name="method"/> when it succeeded.</summary>
    public double? Energy(LadderMethods method) => this[method] is { Status: MethodStatus.Ok } r ? r.EnergyHartree : null;

    /// <summary>True when every requested method succeeded.</summary>
    public bool AllOk => Methods.All(m => m.Status == MethodStatus.Ok);

    /// <inheritdoc />
    public bool Equals(LadderResult? other) =>
        other is not null && Methods.SequenceEqual(other.Methods) && PauliTerms == other.PauliTerms && Cancelled == other.Cancelled;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Methods.Count, PauliTerms, Cancelled);
}
