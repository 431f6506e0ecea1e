namespace QuantumApps.Optimizers;

/// <summary>
/// The one spelling of exit reasons in every output (JSON, CSV, tables): the enum name in kebab case,
/// <c>MaxIterations</c> → <c>max-iterations</c>, <c>Converged</c> → <c>converged</c>.
/// </summary>
public static class ExitReasonNames
{
    /// <summary>The kebab-case name of an optimizer exit reason.</summary>
    public static string Name(ExitReason reason) => Kebab(reason.ToString());

    /// <summary>The kebab-case form of any enum value's name (for the drivers' own exit reasons, e.g. ADAPT's).</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => Kebab(value.ToString());

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
