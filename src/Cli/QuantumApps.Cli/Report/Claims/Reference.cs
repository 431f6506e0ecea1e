namespace QuantumApps.Cli.Report.Claims;

/// <summary>One entry of the numbered reference list (<c>data/claims/references.json</c>): id, formatted citation and link.</summary>
public sealed record Reference(string Id, string Citation, string Url);
