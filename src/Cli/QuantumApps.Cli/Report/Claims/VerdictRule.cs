namespace QuantumApps.Cli.Report.Claims;

/// <summary>
/// One rule of a claim: when every comparison of <see cref="When"/> holds (a conjunction, written
/// <c>a &gt; 1 and b &lt;= c</c> in the catalogue), the verdict is <see cref="Verdict"/>. A claim's rules are tried in
/// order; the first that holds decides, and the claim's <c>otherwise</c> verdict applies when none does.
/// </summary>
public sealed record VerdictRule(IReadOnlyList<Comparison> When, VerdictKind Verdict)
{
    /// <summary>The measurement keys the rule reads.</summary>
    public IEnumerable<string> Keys => When.SelectMany(c => c.Keys);

    /// <summary>The condition as written in the catalogue.</summary>
    public string ConditionText => string.Join(" and ", When);
}
