using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>
/// A capacitated vehicle-routing instance: node 0..n−1 distances, one depot, integer demands (depot demand 0),
/// identical vehicles of capacity <see cref="Capacity"/>, and optionally a fleet size
/// <see cref="VehicleCount"/> (the "-kK" in CVRPLIB names; null = unlimited). A solution is a set of routes,
/// each leaving the depot, visiting customers and returning; route cost = closed-tour length through the depot.
/// </summary>
public sealed record VrpInstance
{
    public VrpInstance(string name, DistanceMatrix distances, int depot, IReadOnlyList<int> demands, int capacity, int? vehicleCount)
    {
        if (depot < 0 || depot >= distances.Size) throw new QuantumAppsException($"vrp {name}: depot {depot} outside 0..{distances.Size - 1}");
        if (demands.Count != distances.Size) throw new QuantumAppsException($"vrp {name}: {demands.Count} demands for {distances.Size} nodes");
        if (capacity <= 0) throw new QuantumAppsException($"vrp {name}: capacity must be positive, got {capacity}");
        for (int i = 0; i < demands.Count; i++)
        {
            if (demands[i] < 0) throw new QuantumAppsException($"vrp {name}: node {i} has negative demand {demands[i]}");
            if (demands[i] > capacity) throw new QuantumAppsException($"vrp {name}: node {i} demand {demands[i]} exceeds capacity {capacity}, no feasible solution");
        }
        if (demands[depot] != 0) throw new QuantumAppsException($"vrp {name}: depot demand must be 0, got {demands[depot]}");
        if (vehicleCount is < 1) throw new QuantumAppsException($"vrp {name}: vehicle count must be positive, got {vehicleCount}");
        Name = name; Distances = distances; Depot = depot; Demands = demands.ToArray(); Capacity = capacity; VehicleCount = vehicleCount;
    }

    public string Name { get; }
    public DistanceMatrix Distances { get; }
    public int Depot { get; }
    public IReadOnlyList<int> Demands { get; }
    public int Capacity { get; }
    public int? VehicleCount { get; }

    /// <summary>Number of nodes including the depot.</summary>
    public int NodeCount => Distances.Size;

    /// <summary>Customer node ids (all nodes except the depot), ascending.</summary>
    public IReadOnlyList<int> Customers => Enumerable.Range(0, NodeCount).Where(i => i != Depot).ToArray();

    /// <summary>Cost of one route depot → r[0] → … → r[^1] → depot.</summary>
    public double RouteCost(IReadOnlyList<int> route)
    {
        if (route.Count == 0) return 0;
        double s = Distances[Depot, route[0]];
        for (int k = 0; k + 1 < route.Count; k++) s += Distances[route[k], route[k + 1]];
        return s + Distances[route[^1], Depot];
    }

    /// <summary>
    /// Checks that routes visit every customer exactly once, never the depot, respect capacity and
    /// (if set) the fleet size; returns null when feasible, else the reason.
    /// </summary>
    public string? CheckSolution(IReadOnlyList<IReadOnlyList<int>> routes)
    {
        var seen = new bool[NodeCount];
        int used = 0;
        foreach (var r in routes)
        {
            if (r.Count == 0) continue;
            used++;
            int load = 0;
            foreach (int c in r)
            {
                if (c < 0 || c >= NodeCount) return $"node {c} out of range";
                if (c == Depot) return "route visits the depot in its middle";
                if (seen[c]) return $"customer {c} visited twice";
                seen[c] = true;
                load += Demands[c];
            }
            if (load > Capacity) return $"route load {load} exceeds capacity {Capacity}";
        }
        for (int i = 0; i < NodeCount; i++) if (i != Depot && !seen[i]) return $"customer {i} not visited";
        if (VehicleCount is int k && used > k) return $"{used} routes exceed the fleet of {k}";
        return null;
    }

    public bool Equals(VrpInstance? other) =>
        other is not null && Name == other.Name && Distances.Equals(other.Distances) && Depot == other.Depot &&
        Demands.SequenceEqual(other.Demands) && Capacity == other.Capacity && VehicleCount == other.VehicleCount;

    public override int GetHashCode() => HashCode.Combine(Name, Distances, Depot, Capacity, VehicleCount);
}
