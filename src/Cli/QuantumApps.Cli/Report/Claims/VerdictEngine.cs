namespace QuantumApps.Cli.Report.Claims;

/// <summary>
/// Turns a catalogue entry and a run's measurements (key → number, from the sections' outcomes) into a
/// <see cref="ClaimVerdict"/>:
/// <list type="number">
/// <item>a not-testable entry gives <see cref="VerdictKind.NotTestable"/> with its reason;</item>
/// <item>a pending entry, or one whose rules read a key the run did not measure, gives
/// <see cref="VerdictKind.NotYetMeasured"/>;</item>
/// <item>otherwise the first rule whose comparisons all hold decides, and the entry's <c>otherwise</c> verdict applies
/// when none holds.</item>
/// </list>
/// Pure: the same entry and measurements always give the same verdict.
/// </summary>
public static class VerdictEngine
{
    /// <summary>Evaluates one entry.</summary>
    public static ClaimVerdict Evaluate(ClaimEntry entry, IReadOnlyDictionary<string, double> measurements)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(measurements);
        string evidence = EvidenceTemplate.Fill(entry.Evidence, measurements);
        if (entry.NotTestableReason is string reason)
            return new ClaimVerdict(entry, VerdictKind.NotTestable, reason, evidence, []);
        if (entry.PendingReason is string pending)
            return new ClaimVerdict(entry, VerdictKind.NotYetMeasured, pending, evidence, []);
        var missing = entry.RuleKeys.Where(k => !measurements.ContainsKey(k)).ToList();
        if (missing.Count > 0)
            return new ClaimVerdict(entry, VerdictKind.NotYetMeasured, $"this run did not measure {string.Join(", ", missing)}", evidence, missing);
        foreach (var rule in entry.Rules)
        {
            if (rule.When.All(c => c.Holds(measurements)))
                return new ClaimVerdict(entry, rule.Verdict, $"rule: {rule.ConditionText} → {VerdictKinds.Label(rule.Verdict)}", evidence, []);
        }
        var otherwise = entry.Otherwise ?? throw new InvalidOperationException($"claim '{entry.Id}' has rules but no otherwise verdict");
        string tried = string.Join("; ", entry.Rules.Select(r => $"{r.ConditionText} → {VerdictKinds.Label(r.Verdict)}"));
        return new ClaimVerdict(entry, otherwise, $"no rule held ({tried}) → {VerdictKinds.Label(otherwise)}", evidence, []);
    }

    /// <summary>Evaluates every entry of the catalogue, in catalogue order.</summary>
    public static IReadOnlyList<ClaimVerdict> EvaluateAll(ClaimCatalogue catalogue, IReadOnlyDictionary<string, double> measurements) =>
        [.. catalogue.Claims.Select(c => Evaluate(c, measurements))];
}
