using System.Reflection;
using System.Text.Json;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Report.Claims;

/// <summary>
/// The claims catalogue and its numbered reference list, read from <c>data/claims/claims.json</c> and
/// <c>data/claims/references.json</c> (embedded in the executable, so a report never runs without them).
/// Reading validates everything a verdict depends on and throws <see cref="QuantumAppsException"/> naming the file,
/// the line (JSON syntax) or the claim id (content) and the problem: unique ids, a known article, exactly one of
/// rules + otherwise / notTestable / pending, parsable rules and verdict names, evidence placeholders that are keys,
/// and references that exist.
/// </summary>
public sealed class ClaimCatalogue
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private ClaimCatalogue(IReadOnlyList<Article> articles, IReadOnlyList<ClaimEntry> claims, IReadOnlyList<Reference> references)
    {
        Articles = articles;
        Claims = claims;
        References = references;
    }

    /// <summary>The source articles.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The claims, in catalogue (and report) order.</summary>
    public IReadOnlyList<ClaimEntry> Claims { get; }

    /// <summary>The reference list; a reference's number is its index + 1.</summary>
    public IReadOnlyList<Reference> References { get; }

    /// <summary>The number (1-based) of reference <paramref name="id"/>.</summary>
    public int Number(string id) => References.Select((r, i) => (r, i)).First(p => p.r.Id == id).i + 1;

    private static readonly Lazy<ClaimCatalogue> Embedded = new(() => Parse(ReadResource("claims.json"), "data/claims/claims.json", ReadResource("references.json"), "data/claims/references.json"));

    /// <summary>The catalogue shipped with the executable.</summary>
    public static ClaimCatalogue Default => Embedded.Value;

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("QuantumApps.Cli.Claims." + name)
            ?? throw new QuantumAppsException($"report: embedded data/claims/{name} is missing from the executable");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses and validates a catalogue and reference list (file names are used in error messages only).</summary>
    public static ClaimCatalogue Parse(string claimsJson, string claimsFile, string referencesJson, string referencesFile)
    {
        var refs = Deserialize<List<ReferenceDto>>(referencesJson, referencesFile) ?? [];
        var references = new List<Reference>();
        foreach (var (r, i) in refs.Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Citation))
                throw new QuantumAppsException($"{referencesFile}: entry {i + 1}: id and citation are required");
            if (references.Any(x => x.Id == r.Id)) throw new QuantumAppsException($"{referencesFile}: duplicate reference id '{r.Id}'");
            references.Add(new Reference(r.Id, r.Citation, r.Url ?? ""));
        }
        var dto = Deserialize<CatalogueDto>(claimsJson, claimsFile) ?? throw new QuantumAppsException($"{claimsFile}: empty catalogue");
        var articles = (dto.Articles ?? []).Select(a => new Article(a.Id ?? "", a.Title ?? "", a.Source ?? "")).ToList();
        var claims = new List<ClaimEntry>();
        foreach (var c in dto.Claims ?? [])
        {
            string where = $"{claimsFile}: claim '{c.Id}'";
            if (string.IsNullOrWhiteSpace(c.Id)) throw new QuantumAppsException($"{claimsFile}: a claim without an id (after '{claims.LastOrDefault()?.Id}')");
            if (claims.Any(x => x.Id == c.Id)) throw new QuantumAppsException($"{where}: duplicate id");
            if (string.IsNullOrWhiteSpace(c.Quote)) throw new QuantumAppsException($"{where}: quote is empty");
            if (string.IsNullOrWhiteSpace(c.Group)) throw new QuantumAppsException($"{where}: group is empty");
            if (string.IsNullOrWhiteSpace(c.Experiment)) throw new QuantumAppsException($"{where}: experiment is empty");
            if (!articles.Any(a => a.Id == c.Article)) throw new QuantumAppsException($"{where}: unknown article '{c.Article}'");
            bool hasRules = c.Rules is { Count: > 0 } || c.Otherwise is not null;
            int modes = (hasRules ? 1 : 0) + (c.NotTestable is not null ? 1 : 0) + (c.Pending is not null ? 1 : 0);
            if (modes != 1) throw new QuantumAppsException($"{where}: needs exactly one of rules + otherwise, notTestable (a reason) or pending (a reason)");
            var rules = new List<VerdictRule>();
            VerdictKind? otherwise = null;
            if (hasRules)
            {
                if (c.Rules is not { Count: > 0 }) throw new QuantumAppsException($"{where}: otherwise without rules");
                foreach (var (r, i) in c.Rules.Select((r, i) => (r, i)))
                {
                    var parts = (r.When ?? "").Split(" and ", StringSplitOptions.TrimEntries);
                    var comparisons = new List<Comparison>();
                    foreach (var p in parts)
                        comparisons.Add(Comparison.TryParse(p, out string? error) ?? throw new QuantumAppsException($"{where}: rule {i + 1}: {error}"));
                    if (!VerdictKinds.TryParseRuleOutcome(r.Verdict ?? "", out var kind))
                        throw new QuantumAppsException($"{where}: rule {i + 1}: verdict '{r.Verdict}' is not supported, not-supported-at-this-scale or refuted");
                    rules.Add(new VerdictRule(comparisons, kind));
                }
                if (c.Otherwise is null || !VerdictKinds.TryParseRuleOutcome(c.Otherwise, out var o))
                    throw new QuantumAppsException($"{where}: otherwise must be supported, not-supported-at-this-scale or refuted");
                otherwise = o;
            }
            if (c.NotTestable is not null && string.IsNullOrWhiteSpace(c.NotTestable)) throw new QuantumAppsException($"{where}: notTestable needs a reason");
            if (c.Pending is not null && string.IsNullOrWhiteSpace(c.Pending)) throw new QuantumAppsException($"{where}: pending needs a reason");
            if (string.IsNullOrWhiteSpace(c.Evidence)) throw new QuantumAppsException($"{where}: evidence is empty");
            foreach (var id in c.References ?? [])
                if (!references.Any(r => r.Id == id)) throw new QuantumAppsException($"{where}: unknown reference '{id}' (not in {referencesFile})");
            claims.Add(new ClaimEntry(c.Id, c.Group!, c.Article!, c.Quote!, c.Experiment!, rules, otherwise, c.NotTestable, c.Pending, c.Evidence!, c.References ?? []));
        }
        if (claims.Count == 0) throw new QuantumAppsException($"{claimsFile}: no claims");
        return new ClaimCatalogue(articles, claims, references);
    }

    private static T? Deserialize<T>(string json, string file)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json);
        }
        catch (JsonException e)
        {
            throw new QuantumAppsException($"{file}:{(e.LineNumber ?? 0) + 1}: {e.Message.Split(" Path:")[0]}");
        }
    }

    private sealed class CatalogueDto
    {
        public List<ArticleDto>? Articles { get; set; }
        public List<ClaimDto>? Claims { get; set; }
    }

    private sealed class ArticleDto
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Source { get; set; }
    }

    private sealed class ClaimDto
    {
        public string? Id { get; set; }
        public string? Group { get; set; }
        public string? Article { get; set; }
        public string? Quote { get; set; }
        public string? Experiment { get; set; }
        public List<RuleDto>? Rules { get; set; }
        public string? Otherwise { get; set; }
        public string? NotTestable { get; set; }
        public string? Pending { get; set; }
        public string? Evidence { get; set; }
        public List<string>? References { get; set; }
    }

    private sealed class RuleDto
    {
        public string? When { get; set; }
        public string? Verdict { get; set; }
    }

    private sealed class ReferenceDto
    {
        public string? Id { get; set; }
        public string? Citation { get; set; }
        public string? Url { get; set; }
    }
}
