namespace QuantumApps.Chemistry.Integrals;

/// <summary>
/// Lists of Hermite indices (t,u,v) with t+u+v ≤ L in a fixed order (by total order, then t descending, then u
/// descending), cached per L. The count is (L+1)(L+2)(L+3)/6.
/// </summary>
internal static class HermiteIndex
{
    private static readonly (int T, int U, int V)[][] Cache = Enumerable.Range(0, 4 * 4 + 1).Select(Build).ToArray();

    public static IReadOnlyList<(int T, int U, int V)> Get(int l) => l < Cache.Length ? Cache[l] : Build(l);

    private static (int T, int U, int V)[] Build(int l)
    {
        var list = new List<(int, int, int)>();
        for (var s = 0; s <= l; s++)
        {
            for (var t = s; t >= 0; t--)
            {
                for (var u = s - t; u >= 0; u--)
                {
                    list.Add((t, u, s - t - u));
                }
            }
        }

        return list.ToArray();
    }
}
