namespace QuantumApps.Variational.Workflows;

/// <summary>
/// The one name table per method enum: the names the CLI accepts in <c>--methods</c> and writes as JSON keys, in the
/// default order (the order methods run when none are named).
/// </summary>
public static class MethodNames
{
    /// <summary>maxcut: exact, gw, sa, tabu, greedy, local, qaoa, cpsat, anneal.</summary>
    public static IReadOnlyList<(string Name, MaxCutMethod Method)> MaxCut { get; } =
    [
        ("exact", MaxCutMethod.Exact), ("gw", MaxCutMethod.Gw), ("sa", MaxCutMethod.Sa), ("tabu", MaxCutMethod.Tabu),
        ("greedy", MaxCutMethod.Greedy), ("local", MaxCutMethod.Local), ("qaoa", MaxCutMethod.Qaoa),
        ("cpsat", MaxCutMethod.CpSat), ("anneal", MaxCutMethod.Anneal),
    ];

    /// <summary>tsp: exact, nn2opt, sa, ils, ortools, qaoa, anneal.</summary>
    public static IReadOnlyList<(string Name, TspMethod Method)> Tsp { get; } =
    [
        ("exact", TspMethod.Exact), ("nn2opt", TspMethod.NearestNeighbourTwoOpt), ("sa", TspMethod.Sa), ("ils", TspMethod.Ils),
        ("ortools", TspMethod.OrTools), ("qaoa", TspMethod.Qaoa), ("anneal", TspMethod.Anneal),
    ];

    /// <summary>vrp: exact, clarke-wright, cvrp-ils, ortools.</summary>
    public static IReadOnlyList<(string Name, VrpMethod Method)> Vrp { get; } =
    [
        ("exact", VrpMethod.Exact), ("clarke-wright", VrpMethod.ClarkeWright), ("cvrp-ils", VrpMethod.Ils), ("ortools", VrpMethod.OrTools),
    ];

    /// <summary>CLI name of a MaxCut method.</summary>
    public static string Name(MaxCutMethod method) => MaxCut.First(m => m.Method == method).Name;

    /// <summary>CLI name of a TSP method.</summary>
    public static string Name(TspMethod method) => Tsp.First(m => m.Method == method).Name;

    /// <summary>CLI name of a VRP method.</summary>
    public static string Name(VrpMethod method) => Vrp.First(m => m.Method == method).Name;
}
