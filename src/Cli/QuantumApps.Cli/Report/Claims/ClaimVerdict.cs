namespace QuantumApps.Cli.Report.Claims;

/// <summary>
/// The verdict on one catalogue entry for one run: the verdict, what decided it (<see cref="Basis"/>: the rule that
/// held, "no rule held", the not-testable reason, or what is missing), the filled evidence, and the keys the rules
/// needed but the run did not measure.
/// </summary>
public sealed record ClaimVerdict(ClaimEntry Entry, VerdictKind Verdict, string Basis, string Evidence, IReadOnlyList<string> MissingKeys);
