namespace QuantumApps.Cli.Report;

/// <summary>One row of the claims table: the popular claim, the verdict and the evidence measured in this run.</summary>
public sealed record ClaimRow(string Claim, string Verdict, string Evidence);
