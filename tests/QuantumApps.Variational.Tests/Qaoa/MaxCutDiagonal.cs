namespace QuantumApps.Variational.Tests.Qaoa;

/// <summary>
/// Test-only MaxCut cost diagonals built straight from edge lists: c_b = Σ_(i,j) w_ij [bit i of b ≠ bit j of b],
/// i.e. C = Σ w_ij (1 − Z_iZ_j)/2 (the library's Problems/ folder is owned by another helper; this keeps the
/// QAOA tests independent of it).
/// </summary>
internal static class MaxCutDiagonal
{
    /// <summary>Petersen graph: 3-regular, 10 vertices, 15 edges, girth 5 (triangle-free).</summary>
    public static (int A, int B)[] Petersen { get; } =
    [
        (0, 1), (1, 2), (2, 3), (3, 4), (4, 0),
        (0, 5), (1, 6), (2, 7), (3, 8), (4, 9),
        (5, 7), (7, 9), (9, 6), (6, 8), (8, 5),
    ];

    /// <summary>Cube graph Q3: 3-regular, bipartite (triangle-free), 8 vertices, 12 edges; max cut 12.</summary>
    public static (int A, int B)[] Cube { get; } = Enumerable.Range(0, 8)
        .SelectMany(v => new[] { 1, 2, 4 }.Where(bit => (v & bit) == 0).Select(bit => (v, v | bit)))
        .ToArray();

    public static double[] Build(int n, IReadOnlyList<(int A, int B)> edges, IReadOnlyList<double>? weights = null)
    {
        var c = new double[1 << n];
        for (int b = 0; b < c.Length; b++)
        {
            double sum = 0;
            for (int e = 0; e < edges.Count; e++)
            {
                if (((b >> edges[e].A) & 1) != ((b >> edges[e].B) & 1))
                {
                    sum += weights?[e] ?? 1.0;
                }
            }

            c[b] = sum;
        }

        return c;
    }

    /// <summary>A seeded random 3-regular simple graph on n (even) vertices by the pairing model with rejection.</summary>
    public static (int A, int B)[] RandomRegular3(int n, Random rng)
    {
        while (true)
        {
            var stubs = Enumerable.Range(0, 3 * n).Select(i => i / 3).ToArray();
            rng.Shuffle(stubs);
            var edges = new HashSet<(int, int)>();
            bool ok = true;
            for (int i = 0; i < stubs.Length && ok; i += 2)
            {
                int a = Math.Min(stubs[i], stubs[i + 1]), b = Math.Max(stubs[i], stubs[i + 1]);
                ok = a != b && edges.Add((a, b));
            }

            if (ok)
            {
                return edges.ToArray();
            }
        }
    }
}
