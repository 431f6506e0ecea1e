using QuantumApps.Cli.Report.Claims;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>
/// The claims table at the top of the report and the reference list at its end, generated from the claims catalogue
/// (<see cref="ClaimCatalogue"/>, <c>data/claims</c>) and this run's measurements: every section's outcome exposes its
/// numbers under named keys (<c>XOutcome.Measurements()</c>), <see cref="Measurements"/> merges them, and
/// <see cref="VerdictEngine"/> turns each entry's rule into a verdict. Nothing in the verdicts is fixed text.
/// </summary>
public static class ClaimsSection
{
    /// <summary>
    /// Merges the sections' measurements (a null outcome contributes nothing, so its claims show "not yet measured").
    /// Throws when two sections use the same key.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Measurements(ChemistryOutcome? chem, NoiseOutcome? noise, MaxCutOutcome? maxcut, RoutingOutcome? routing,
        BarrenPlateauOutcome? plateaus, HardwareOutcome? hardware, MachineLearningOutcome? learning, AnnealingOutcome? annealing = null, DataLoadingOutcome? dataLoading = null)
    {
        var all = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var set in new[] { chem?.Measurements(), noise?.Measurements(), maxcut?.Measurements(), routing?.Measurements(), plateaus?.Measurements(), hardware?.Measurements(), learning?.Measurements(), annealing?.Measurements(), dataLoading?.Measurements() })
        {
            if (set is null) continue;
            foreach (var (k, v) in set)
                if (!all.TryAdd(k, v)) throw new InvalidOperationException($"measurement key '{k}' is produced twice");
        }
        return all;
    }

    /// <summary>The verdict of every catalogue entry for these measurements, in catalogue order.</summary>
    public static IReadOnlyList<ClaimVerdict> Compute(ClaimCatalogue catalogue, IReadOnlyDictionary<string, double> measurements) =>
        VerdictEngine.EvaluateAll(catalogue, measurements);

    /// <summary>The rows of the claims table.</summary>
    public static IReadOnlyList<ClaimRow> Rows(ClaimCatalogue catalogue, IReadOnlyList<ClaimVerdict> verdicts) =>
        [.. verdicts.Select((v, i) => new ClaimRow(i + 1, v.Entry.Id, v.Entry.Group, v.Entry.Quote, v.Entry.Article, VerdictKinds.Label(v.Verdict), v.Evidence,
            v.Basis, v.Entry.References.Count == 0 ? "" : "[" + string.Join(", ", v.Entry.References.Select(catalogue.Number)) + "]"))];

    /// <summary>Writes the summary (counts per verdict), the claims table with its CSV, and the source articles.</summary>
    public static void Render(ReportDocument doc, ClaimCatalogue catalogue, IReadOnlyList<ClaimVerdict> verdicts)
    {
        var rows = Rows(catalogue, verdicts);
        doc.Heading(2, "Summary: the articles' claims against this run's measurements");
        var counts = Enum.GetValues<VerdictKind>().Select(k => (k, n: verdicts.Count(v => v.Verdict == k))).Where(p => p.n > 0)
            .Select(p => $"{p.n} {VerdictKinds.Label(p.k)}");
        doc.Paragraph($"{verdicts.Count} concrete claims of the three source articles (listed below the table), each with its verdict computed from this run: " +
                      string.Join(", ", counts) + ". A verdict comes from a rule over named measurements (shown under each row) in the claims catalogue `data/claims/claims.json`; " +
                      "change a threshold there or a result here and the verdict changes. \"Not supported at this scale\" means the measurements at the sizes a simulator reaches do not show what the claim says; " +
                      "\"not testable on a simulator\" gives the reason; \"not yet measured\" marks an experiment the report does not run yet. Numbers in brackets point to the references at the end.");
        doc.Table(["#", "claim (article)", "verdict", "evidence measured in this run", "refs"],
            rows.Select(r => new[] { r.Number.ToString(), $"“{r.Claim}” ({r.Source}; {r.Group})", $"**{r.Verdict}**", $"{r.Evidence} *Basis: {r.Basis}.*", r.References }), stacked: true);
        doc.DataFile("claims", ["number", "id", "group", "article", "claim", "verdict", "basis", "evidence", "references"],
            rows.Select(r => new[] { r.Number.ToString(), r.Id, r.Group, r.Source, r.Claim, r.Verdict, r.Basis, r.Evidence, r.References }));
        foreach (var a in catalogue.Articles) doc.Bullet($"Article {a.Id}: {a.Title} ({a.Source})");
    }

    /// <summary>Writes the numbered reference list.</summary>
    public static void RenderReferences(ReportDocument doc, ClaimCatalogue catalogue)
    {
        doc.Heading(2, "References");
        for (int i = 0; i < catalogue.References.Count; i++)
        {
            var r = catalogue.References[i];
            doc.Paragraph($"[{i + 1}] {r.Citation}" + (r.Url.Length > 0 ? $" {r.Url}" : ""));
        }
    }
}
