using System.Diagnostics;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Clarke–Wright parallel savings for the symmetric CVRP: start with one route per customer; for savings
/// s_ij = d_0i + d_0j − d_ij in decreasing order (ties by (i, j)), merge the routes of i and j when i and j are
/// end points of different routes and the joint load fits the capacity (routes reversed as needed). Each route
/// is then improved by 2-opt + Or-opt as a closed tour through the depot. Savings ignore the fleet size; when
/// they leave more routes than vehicles, <see cref="ReduceToFleet"/> empties the lightest routes by cheapest
/// feasible insertion of their customers into the others. If that cannot reach the fleet size the solution is
/// returned as it is and <see cref="VrpSolution.Violation"/> says so.
/// </summary>
public static class ClarkeWright
{
    public static VrpSolution Solve(VrpInstance inst)
    {
        var sw = Stopwatch.StartNew();
        var d = inst.Distances;
        TspLocalSearch.RequireSymmetric(d);
        int depot = inst.Depot;
        var routes = new Dictionary<int, List<int>>();
        var routeOf = new int[inst.NodeCount];
        var load = new Dictionary<int, int>();
        foreach (int c in inst.Customers) { routes[c] = new List<int> { c }; routeOf[c] = c; load[c] = inst.Demands[c]; }
        var savings = new List<(double S, int I, int J)>();
        var cs = inst.Customers;
        for (int a = 0; a < cs.Count; a++)
            for (int b = a + 1; b < cs.Count; b++)
            {
                int i = cs[a], j = cs[b];
                savings.Add((d[depot, i] + d[depot, j] - d[i, j], i, j));
            }
        savings.Sort((x, y) => x.S != y.S ? y.S.CompareTo(x.S) : x.I != y.I ? x.I.CompareTo(y.I) : x.J.CompareTo(y.J));
        foreach (var (s, i, j) in savings)
        {
            if (s <= 0) break;
            int ri = routeOf[i], rj = routeOf[j];
            if (ri == rj || load[ri] + load[rj] > inst.Capacity) continue;
            var a = routes[ri];
            var b = routes[rj];
            bool iEnd = a[^1] == i, iStart = a[0] == i, jStart = b[0] == j, jEnd = b[^1] == j;
            List<int> merged;
            if (iEnd && jStart) merged = [.. a, .. b];
            else if (jEnd && iStart) merged = [.. b, .. a];
            else if (iStart && jStart) { a.Reverse(); merged = [.. a, .. b]; }
            else if (iEnd && jEnd) { b.Reverse(); merged = [.. a, .. b]; }
            else continue;
            routes.Remove(rj);
            routes[ri] = merged;
            load[ri] += load[rj];
            foreach (int c in merged) routeOf[c] = ri;
        }
        var built = routes.Values.ToList();
        if (inst.VehicleCount is int fleet) ReduceToFleet(inst, built, fleet);
        var final = new List<IReadOnlyList<int>>();
        foreach (var r in built.OrderBy(r => r.Min()))
            final.Add(ImproveRoute(inst, r));
        double cost = final.Sum(inst.RouteCost);
        return new VrpSolution(cost, final, "clarke-wright", sw.Elapsed.TotalSeconds, inst.CheckSolution(final));
    }

    /// <summary>
    /// Fleet repair: while there are more routes than <paramref name="fleet"/>, try the routes in increasing order
    /// of load and move all customers of the first one that can be emptied, heaviest demand first, each to the
    /// position of least added cost d(u, c) + d(c, v) − d(u, v) in another route with room for it; stops when no
    /// route can be emptied.
    /// </summary>
    internal static void ReduceToFleet(VrpInstance inst, List<List<int>> routes, int fleet)
    {
        while (routes.Count > fleet)
        {
            bool removed = false;
            foreach (var victim in routes.OrderBy(r => r.Sum(c => inst.Demands[c])).ToList())
            {
                var trial = routes.Where(r => !ReferenceEquals(r, victim)).Select(r => new List<int>(r)).ToList();
                if (!victim.OrderByDescending(c => inst.Demands[c]).ThenBy(c => c).All(c => InsertCheapest(inst, trial, c))) continue;
                routes.Clear();
                routes.AddRange(trial);
                removed = true;
                break;
            }
            if (!removed) return;
        }
    }

    private static bool InsertCheapest(VrpInstance inst, List<List<int>> routes, int customer)
    {
        var d = inst.Distances;
        int depot = inst.Depot;
        (List<int>? Route, int At, double Cost) best = (null, 0, double.PositiveInfinity);
        foreach (var r in routes)
        {
            if (r.Sum(c => inst.Demands[c]) + inst.Demands[customer] > inst.Capacity) continue;
            for (int at = 0; at <= r.Count; at++)
            {
                int u = at == 0 ? depot : r[at - 1], v = at == r.Count ? depot : r[at];
                double added = d[u, customer] + d[customer, v] - d[u, v];
                if (added < best.Cost) best = (r, at, added);
            }
        }
        if (best.Route is null) return false;
        best.Route.Insert(best.At, customer);
        return true;
    }

    /// <summary>2-opt + Or-opt on depot + route as a closed tour; returns the customers in visiting order.</summary>
    internal static IReadOnlyList<int> ImproveRoute(VrpInstance inst, IReadOnlyList<int> route)
    {
        if (route.Count < 3) return route.ToArray();
        var nodes = new List<int> { inst.Depot };
        nodes.AddRange(route);
        var sub = DistanceMatrix.FromFunction(nodes.Count, (a, b) => inst.Distances[nodes[a], nodes[b]]);
        var tour = Enumerable.Range(0, nodes.Count).ToArray();
        TspLocalSearch.Improve(sub, tour);
        var rot = TspQubo.RotateToZero(tour);
        var improved = rot.Skip(1).Select(k => nodes[k]).ToArray();
        return inst.RouteCost(improved) < inst.RouteCost(route) ? improved : route.ToArray();
    }
}
