namespace QuantumApps.Cli.Report.Claims;

/// <summary>One of the source articles whose claims the catalogue lists: a short id, its title and where it was read.</summary>
public sealed record Article(string Id, string Title, string Source);
