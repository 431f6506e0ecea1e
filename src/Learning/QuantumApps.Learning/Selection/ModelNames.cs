namespace QuantumApps.Learning.Selection;

/// <summary>The one name table of <see cref="ModelKind"/>: vqc, vqc-separable, qkernel, projected, separable, logreg, svm-linear, svm-rbf, knn, mlp.</summary>
public static class ModelNames
{
    /// <summary>Every model with its name, in benchmark order.</summary>
    public static IReadOnlyList<(string Name, ModelKind Kind)> All { get; } =
    [
        ("vqc", ModelKind.Vqc), ("vqc-separable", ModelKind.VqcSeparable), ("qkernel", ModelKind.QKernel), ("projected", ModelKind.Projected), ("separable", ModelKind.Separable),
        ("logreg", ModelKind.LogReg), ("svm-linear", ModelKind.SvmLinear), ("svm-rbf", ModelKind.SvmRbf), ("knn", ModelKind.Knn), ("mlp", ModelKind.Mlp),
    ];

    /// <summary>The name of <paramref name="kind"/>.</summary>
    public static string Name(ModelKind kind) => All.First(m => m.Kind == kind).Name;

    /// <summary>
    /// Parses a comma-separated list; throws <see cref="ArgumentException"/> (an invalid setting: a usage error, exit 2 at
    /// the CLI) naming the unknown entry and the valid names.
    /// </summary>
    public static IReadOnlyList<ModelKind> Parse(string list)
    {
        var result = new List<ModelKind>();
        foreach (var raw in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = All.Where(m => string.Equals(m.Name, raw, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0) throw new ArgumentException($"unknown model '{raw}' (valid: {string.Join(", ", All.Select(m => m.Name))})");
            if (!result.Contains(match[0].Kind)) result.Add(match[0].Kind);
        }
        if (result.Count == 0) throw new ArgumentException("--models lists no model");
        return result;
    }
}
