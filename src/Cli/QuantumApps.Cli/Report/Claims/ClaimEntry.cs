namespace QuantumApps.Cli.Report.Claims;

/// <summary>
/// One claim of the catalogue (<c>data/claims/claims.json</c>): the articles' words, which article, the experiment of
/// the report that tests it, and how the verdict is reached: either <see cref="Rules"/> with an
/// <see cref="Otherwise"/> verdict over named measurements, or a <see cref="NotTestableReason"/>, or a
/// <see cref="PendingReason"/> (the experiment is not in the report yet). <see cref="Evidence"/> is a template whose
/// <c>{key}</c> or <c>{key:format}</c> placeholders are filled from the measurements; <see cref="References"/> are
/// ids of <c>data/claims/references.json</c>.
/// </summary>
public sealed record ClaimEntry(
    string Id,
    string Group,
    string Article,
    string Quote,
    string Experiment,
    IReadOnlyList<VerdictRule> Rules,
    VerdictKind? Otherwise,
    string? NotTestableReason,
    string? PendingReason,
    string Evidence,
    IReadOnlyList<string> References)
{
    /// <summary>Every measurement key the rules read.</summary>
    public IEnumerable<string> RuleKeys => Rules.SelectMany(r => r.Keys).Distinct();

    /// <summary>Every measurement key the evidence template reads.</summary>
    public IEnumerable<string> EvidenceKeys => EvidenceTemplate.Keys(Evidence);
}
