namespace QuantumApps.Cli.Report;

/// <summary>
/// One row of the claims table: number, catalogue id and group, the claim in the article's words with its source
/// article, the computed verdict label, the evidence filled with this run's numbers, what decided the verdict (the rule
/// that held, or the reason), and the reference numbers it rests on ("[2, 7]").
/// </summary>
public sealed record ClaimRow(int Number, string Id, string Group, string Claim, string Source, string Verdict, string Evidence, string Basis, string References);
