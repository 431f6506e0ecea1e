using QuantumApps.Simulator;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// The one name table of <see cref="LadderMethods"/>: hf, mp2, ccsd, ccsd(t), fci, vqe (ladder order). <see cref="Parse"/>
/// also accepts the alias ccsd_t for ccsd(t) (no parentheses to quote in a shell); "ccsdt" is refused, as CCSDT is
/// the full-triples method, which is not implemented.
/// </summary>
public static class LadderMethodNames
{
    private static readonly (LadderMethods Method, string Name)[] Table =
        [
            (LadderMethods.Hf, "hf"), (LadderMethods.Mp2, "mp2"), (LadderMethods.Ccsd, "ccsd"), (LadderMethods.CcsdT, "ccsd(t)"),
            (LadderMethods.Fci, "fci"), (LadderMethods.Vqe, "vqe"),
        ];

    /// <summary>Accepted alternative spellings.</summary>
    private static readonly (LadderMethods Method, string Name)[] Aliases = [(LadderMethods.CcsdT, "ccsd_t")];

    /// <summary>Every method name in ladder order.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>Every single method in ladder order.</summary>
    public static IReadOnlyList<LadderMethods> All { get; } = Table.Select(t => t.Method).ToArray();

    /// <summary>The name of one method ("hf", …).</summary>
    public static string Name(LadderMethods method) =>
        Table.FirstOrDefault(t => t.Method == method) is { Name: not null } hit ? hit.Name : throw new ArgumentException($"not a single ladder method: {method}", nameof(method));

    /// <summary>The single methods of <paramref name="set"/> in ladder order.</summary>
    public static IReadOnlyList<LadderMethods> Expand(LadderMethods set) => All.Where(m => set.HasFlag(m)).ToArray();

    /// <summary>
    /// Parses "hf,mp2,…" (case-insensitive, duplicates allowed); an unknown name or an empty entry ("hf,,fci") is
    /// refused with a one-line <see cref="QuantumAppsException"/> naming <paramref name="command"/> and the valid names.
    /// </summary>
    public static LadderMethods Parse(string? text, string command = "molecule")
    {
        if (string.IsNullOrWhiteSpace(text)) throw new QuantumAppsException($"{command}: --methods is empty");
        var set = LadderMethods.None;
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (raw.Length == 0) throw new QuantumAppsException($"{command}: --methods '{text}' has an empty entry");
            var hit = Table.Concat(Aliases).FirstOrDefault(t => t.Name.Equals(raw, StringComparison.OrdinalIgnoreCase));
            if (hit.Name is null)
            {
                var hint = raw.Equals("ccsdt", StringComparison.OrdinalIgnoreCase) ? "; CCSDT (full triples) is not implemented, ccsd(t) or ccsd_t is CCSD with perturbative triples" : "";
                throw new QuantumAppsException($"{command}: unknown method '{raw}' (available: {string.Join(", ", Names)}){hint}");
            }

            set |= hit.Method;
        }

        return set;
    }
}
