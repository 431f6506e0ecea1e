using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Local search for the symmetric CVRP: best-improvement descent over four neighbourhoods until none improves.
/// A route r = (r_0, …, r_(L−1)) is the closed walk depot → r_0 → … → r_(L−1) → depot; write p(u), s(u) for the
/// node before and after customer u (the depot at the ends) and d for the distances. Moves and their cost changes:
/// <list type="bullet">
/// <item><b>2-opt (intra-route)</b>: reverse a segment r_i…r_j of the walk with the depot at both ends:
/// Δ = d(a, r_j) + d(r_i, b) − d(a, r_i) − d(r_j, b) with a, b the nodes around the segment.</item>
/// <item><b>Relocate</b>: move customer u between adjacent nodes x, y of any route (its own included):
/// Δ = d(x, u) + d(u, y) − d(x, y) − [d(p(u), u) + d(u, s(u)) − d(p(u), s(u))].</item>
/// <item><b>Swap</b>: exchange customers u and v of two routes (each takes the other's place).</item>
/// <item><b>2-opt*</b>: cut two routes A, B after positions i, j and reconnect either tail to tail
/// (A_0..A_i + B_(j+1)..; B_0..B_j + A_(i+1)..) or head to head (A_0..A_i + reversed B_0..B_j;
/// reversed A_(i+1).. + B_(j+1)..); the second relies on symmetric distances.</item>
/// </list>
/// Every move keeps each route's load ≤ Q (loads of route heads from prefix sums) and never uses more routes
/// than the fleet size (one empty route is offered to relocate and 2-opt* when the fleet has room, so a route can
/// be split). An improvement must exceed 1e-9·(1 + cost) so that round-off never cycles. Deterministic: ties are
/// broken by scan order.
/// </summary>
public static class CvrpLocalSearch
{
    /// <summary>
    /// Descends from <paramref name="routes"/> (a feasible solution; empty routes are dropped) and returns the local
    /// optimum's non-empty routes. Distances must be symmetric.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Improve(VrpInstance inst, IReadOnlyList<IReadOnlyList<int>> routes)
    {
        ArgumentNullException.ThrowIfNull(inst);
        ArgumentNullException.ThrowIfNull(routes);
        TspLocalSearch.RequireSymmetric(inst.Distances);
        var state = new CvrpRouteSet(inst, routes);
        Descend(state);
        return state.ToRoutes();
    }

    /// <summary>Runs the descent on a route set in place until no move improves by more than the threshold.</summary>
    internal static void Descend(CvrpRouteSet s)
    {
        while (true)
        {
            bool improved = false;
            for (int r = 0; r < s.Routes.Length; r++) improved |= TwoOpt(s, r);
            if (Relocate(s) || Swap(s) || TwoOptStar(s)) continue;
            if (!improved) return;
        }
    }

    private static double Eps(CvrpRouteSet s) => 1e-9 * (1 + Math.Abs(s.Cost));

    /// <summary>Intra-route 2-opt to a local optimum (first improvement); true if the route changed.</summary>
    private static bool TwoOpt(CvrpRouteSet s, int r)
    {
        var route = s.Routes[r];
        int len = route.Count;
        if (len < 3) return false;
        bool changed = false;
        bool again = true;
        while (again)
        {
            again = false;
            for (int i = 0; i < len - 1 && !again; i++)
            {
                int a = i == 0 ? s.Depot : route[i - 1], ri = route[i];
                double dai = s.D(a, ri);
                for (int j = i + 1; j < len; j++)
                {
                    int rj = route[j], b = j == len - 1 ? s.Depot : route[j + 1];
                    double delta = s.D(a, rj) + s.D(ri, b) - dai - s.D(rj, b);
                    if (delta < -Eps(s))
                    {
                        route.Reverse(i, j - i + 1);
                        s.Cost += delta;
                        again = changed = true;
                        break;
                    }
                }
            }
        }

        if (changed) s.Refresh(r);
        return changed;
    }

    /// <summary>Best relocation of one customer; applies it and returns true if it improves.</summary>
    private static bool Relocate(CvrpRouteSet s)
    {
        double best = -Eps(s);
        int bFrom = -1, bu = -1, bTo = -1, bAt = -1;
        int empty = s.EmptyRoute();
        for (int ra = 0; ra < s.Routes.Length; ra++)
        {
            var a = s.Routes[ra];
            for (int i = 0; i < a.Count; i++)
            {
                int u = a[i], pu = i == 0 ? s.Depot : a[i - 1], nu = i == a.Count - 1 ? s.Depot : a[i + 1];
                double gain = s.D(pu, u) + s.D(u, nu) - s.D(pu, nu);
                int q = s.Demand[u];
                for (int rb = 0; rb < s.Routes.Length; rb++)
                {
                    var b = s.Routes[rb];
                    if (b.Count == 0 && rb != empty) continue;
                    if (rb != ra && s.Load[rb] + q > s.Capacity) continue;
                    if (rb == ra && a.Count == 1) continue;
                    for (int at = 0; at <= b.Count; at++)
                    {
                        if (rb == ra && (at == i || at == i + 1)) continue;
                        int x = at == 0 ? s.Depot : b[at - 1], y = at == b.Count ? s.Depot : b[at];
                        double delta = s.D(x, u) + s.D(u, y) - s.D(x, y) - gain;
                        if (delta < best) { best = delta; bFrom = ra; bu = i; bTo = rb; bAt = at; }
                    }
                }
            }
        }

        if (bTo < 0) return false;
        int fromRoute = bFrom;
        var from = s.Routes[fromRoute];
        int cust = from[bu];
        from.RemoveAt(bu);
        int insertAt = fromRoute == bTo && bAt > bu ? bAt - 1 : bAt;
        s.Routes[bTo].Insert(insertAt, cust);
        s.Cost += best;
        s.Refresh(fromRoute);
        if (bTo != fromRoute) s.Refresh(bTo);
        return true;
    }

    /// <summary>Best exchange of two customers of different routes; applies it and returns true if it improves.</summary>
    private static bool Swap(CvrpRouteSet s)
    {
        double best = -Eps(s);
        int bra = -1, bi = -1, brb = -1, bj = -1;
        for (int ra = 0; ra < s.Routes.Length; ra++)
        {
            var a = s.Routes[ra];
            for (int i = 0; i < a.Count; i++)
            {
                int u = a[i], pu = i == 0 ? s.Depot : a[i - 1], nu = i == a.Count - 1 ? s.Depot : a[i + 1];
                double outU = s.D(pu, u) + s.D(u, nu);
                for (int rb = ra + 1; rb < s.Routes.Length; rb++)
                {
                    var b = s.Routes[rb];
                    for (int j = 0; j < b.Count; j++)
                    {
                        int v = b[j];
                        int qDiff = s.Demand[v] - s.Demand[u];
                        if (s.Load[ra] + qDiff > s.Capacity || s.Load[rb] - qDiff > s.Capacity) continue;
                        int pv = j == 0 ? s.Depot : b[j - 1], nv = j == b.Count - 1 ? s.Depot : b[j + 1];
                        double delta = s.D(pu, v) + s.D(v, nu) - outU + s.D(pv, u) + s.D(u, nv) - s.D(pv, v) - s.D(v, nv);
                        if (delta < best) { best = delta; bra = ra; bi = i; brb = rb; bj = j; }
                    }
                }
            }
        }

        if (bra < 0) return false;
        (s.Routes[bra][bi], s.Routes[brb][bj]) = (s.Routes[brb][bj], s.Routes[bra][bi]);
        s.Cost += best;
        s.Refresh(bra);
        s.Refresh(brb);
        return true;
    }

    /// <summary>Best 2-opt* exchange of route tails (both reconnections); applies it and returns true if it improves.</summary>
    private static bool TwoOptStar(CvrpRouteSet s)
    {
        double best = -Eps(s);
        int bra = -1, bi = 0, brb = -1, bj = 0;
        bool bReversed = false;
        int empty = s.EmptyRoute();
        for (int ra = 0; ra < s.Routes.Length; ra++)
        {
            var a = s.Routes[ra];
            if (a.Count == 0) continue;
            var pa = s.Prefix[ra];
            for (int rb = 0; rb < s.Routes.Length; rb++)
            {
                if (rb == ra) continue;
                var b = s.Routes[rb];
                if (b.Count == 0 ? rb != empty : rb < ra) continue;
                var pb = s.Prefix[rb];
                int la = s.Load[ra], lb = s.Load[rb];
                for (int i = -1; i < a.Count; i++)
                {
                    int ai = i < 0 ? s.Depot : a[i], ai1 = i + 1 < a.Count ? a[i + 1] : s.Depot;
                    int headA = i < 0 ? 0 : pa[i];
                    double dA = s.D(ai, ai1);
                    for (int j = -1; j < b.Count; j++)
                    {
                        int bj0 = j < 0 ? s.Depot : b[j], bj1 = j + 1 < b.Count ? b[j + 1] : s.Depot;
                        int headB = j < 0 ? 0 : pb[j];
                        double removed = dA + s.D(bj0, bj1);
                        if (headA + lb - headB <= s.Capacity && headB + la - headA <= s.Capacity)
                        {
                            double delta = s.D(ai, bj1) + s.D(bj0, ai1) - removed;
                            if (delta < best) { best = delta; bra = ra; bi = i; brb = rb; bj = j; bReversed = false; }
                        }

                        if (headA + headB <= s.Capacity && la - headA + lb - headB <= s.Capacity)
                        {
                            double delta = s.D(ai, bj0) + s.D(ai1, bj1) - removed;
                            if (delta < best) { best = delta; bra = ra; bi = i; brb = rb; bj = j; bReversed = true; }
                        }
                    }
                }
            }
        }

        if (bra < 0) return false;
        var ra0 = s.Routes[bra];
        var rb0 = s.Routes[brb];
        var headA0 = ra0.GetRange(0, bi + 1);
        var tailA0 = ra0.GetRange(bi + 1, ra0.Count - bi - 1);
        var headB0 = rb0.GetRange(0, bj + 1);
        var tailB0 = rb0.GetRange(bj + 1, rb0.Count - bj - 1);
        ra0.Clear();
        rb0.Clear();
        if (!bReversed)
        {
            ra0.AddRange(headA0); ra0.AddRange(tailB0);
            rb0.AddRange(headB0); rb0.AddRange(tailA0);
        }
        else
        {
            headB0.Reverse();
            tailA0.Reverse();
            ra0.AddRange(headA0); ra0.AddRange(headB0);
            rb0.AddRange(tailA0); rb0.AddRange(tailB0);
        }

        s.Cost += best;
        s.Refresh(bra);
        s.Refresh(brb);
        return true;
    }
}
