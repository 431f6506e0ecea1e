using System.Text.Json.Nodes;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Problems;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps tsp INSTANCE</c>: tour lengths (minimised) by Held–Karp (exact), nearest neighbour + 2-opt +
/// Or-opt (nn2opt) and simulated annealing (sa). Tours are 0-based and start at city 0 (TSPLIB node k = city k−1).
/// Methods come from a name → solver table; a new method is one more entry passed to <see cref="Run"/>.
/// </summary>
public static class TspRunner
{
    /// <summary>Instances up to this many cities get Held–Karp by default.</summary>
    public const int DefaultExactLimit = 18;

    public delegate MethodOutcome Method(TspInstance instance, Random rng, bool requested);

    public static IReadOnlyList<KeyValuePair<string, Method>> Methods { get; } =
    [
        new("exact", Exact),
        new("nn2opt", (t, _, _) => FromTour(TspLocalSearch.NearestNeighbourTwoOpt(t.Distances))),
        new("sa", (t, rng, _) => FromTour(TspAnnealing.Solve(t.Distances, rng))),
    ];

    public static int Run(TspOptions o, TextWriter output, IReadOnlyList<KeyValuePair<string, Method>>? extraMethods = null)
    {
        var table = Methods.Concat(extraMethods ?? []).ToArray();
        var names = MethodList.Parse(o.Methods, table.Select(m => m.Key), "tsp");
        var inst = ProblemFiles.ReadTsp(o.Instance, o.GraphFormat, o.Stops);
        bool explicitList = !string.IsNullOrWhiteSpace(o.Methods);
        var outcomes = names.Select(n => table.First(m => m.Key == n).Value(inst, new Random(o.Seed), explicitList) with { Method = n }).ToArray();
        var problem = new JsonObject { ["file"] = o.Instance, ["name"] = inst.Name, ["cities"] = inst.CityCount, ["symmetric"] = inst.Distances.IsSymmetric };
        ProblemReport.Write(output, o.Format, "instance", problem,
            $"instance {inst.Name} ({o.Instance}): {inst.CityCount} cities (tour length minimised; tours start at city 0, 0-based)",
            "length", "tour", outcomes);
        return 0;
    }

    private static MethodOutcome Exact(TspInstance t, Random rng, bool requested)
    {
        if (!requested && t.CityCount > DefaultExactLimit)
            return MethodOutcome.Skip("exact", $"{t.CityCount} cities > {DefaultExactLimit} (request --methods exact to force, limit {HeldKarp.MaxCities})");
        return FromTour(HeldKarp.Solve(t.Distances));
    }

    public static MethodOutcome FromTour(TourSolution s) =>
        new(s.Method, s.Length, new JsonArray(s.Tour.Select(c => (JsonNode?)c).ToArray()), string.Join(" ", s.Tour), s.Seconds, [], null);
}
