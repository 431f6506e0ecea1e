using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>
/// Route-position one-hot encoding of a small capacitated VRP as a QUBO (minimised). K vehicles, P slots per
/// vehicle, C customers; slot (k, p) holds one "stop" c ∈ {0 = idle at depot, 1..C = customer c}.
/// Variables: x_(k,p,c) at index (k·P + p)(C+1) + c, then per vehicle S slack bits y_(k,s) at
/// K·P·(C+1) + k·S + s with coefficients 1, 2, …, and a last one so that Σ a_s y_s spans exactly 0..Q.
/// <para>E = A Σ_(k,p) (1 − Σ_c x_(k,p,c))² + A Σ_(c≥1) (1 − Σ_(k,p) x_(k,p,c))² + A Σ_k Σ_(p&lt;P−1) Σ_(c≥1) x_(k,p,0) x_(k,p+1,c)
/// + A Σ_k (Q − Σ_(p,c≥1) q_c x_(k,p,c) − Σ_s a_s y_(k,s))²
/// + Σ_k [Σ_c d(0,c) x_(k,0,c) + Σ_(p&lt;P−1) Σ_(a,b) d(a,b) x_(k,p,a) x_(k,p+1,b) + Σ_c d(c,0) x_(k,P−1,c)],
/// with node 0 = depot (d(0,0) = 0). The third term forbids a customer after an idle slot, so idle slots trail
/// and each vehicle makes one trip.</para>
/// <para>Penalty rule: A = K(P+1)·max d + 1. Proof: a feasible state (all one-hot, idle trailing, capacity
/// equation met by its slack) has every penalty term zero and E = Σ_k route cost, a sum of K(P+1) arcs each
/// ≤ max d, so E ≤ K(P+1)·max d &lt; A. An infeasible state violates an integer constraint, so one penalty term
/// is ≥ A (squares of non-zero integers are ≥ 1; the idle product is 1) and distances are ≥ 0: E ≥ A. ∎
/// Demands and capacity must be integers (they are in CVRPLIB).</para>
/// </summary>
public sealed class VrpQubo
{
    private readonly int[] _stopNode;

    private VrpQubo(VrpInstance inst, int vehicles, int slots, int[] stopNode, int[] slack, double penalty, Qubo qubo)
    {
        Instance = inst; Vehicles = vehicles; Slots = slots; _stopNode = stopNode; SlackCoefficients = slack; Penalty = penalty; Qubo = qubo;
    }

    public VrpInstance Instance { get; }
    public int Vehicles { get; }
    public int Slots { get; }
    public IReadOnlyList<int> SlackCoefficients { get; }
    public double Penalty { get; }
    public Qubo Qubo { get; }
    public int NumVariables => Qubo.NumVariables;

    /// <summary>Largest number of qubits accepted (keeps the encoding to brute-forceable / simulable sizes).</summary>
    public const int MaxVariables = 64;

    public static VrpQubo Create(VrpInstance inst, int vehicles, int slots)
    {
        int c = inst.NodeCount - 1;
        if (vehicles < 1 || slots < 1) throw new QuantumAppsException($"vrp qubo: need at least one vehicle and one slot, got {vehicles} and {slots}");
        if (vehicles * slots < c) throw new QuantumAppsException($"vrp qubo: {vehicles} vehicles x {slots} slots cannot hold {c} customers");
        int s = (int)Math.Floor(Math.Log2(inst.Capacity)) + 1;
        long n = (long)vehicles * slots * (c + 1) + (long)vehicles * s;
        if (n > MaxVariables) throw new QuantumAppsException($"vrp qubo: {n} variables exceed the limit of {MaxVariables}; the encoding is for tiny instances");
        var slack = new int[s];
        for (int i = 0; i < s - 1; i++) slack[i] = 1 << i;
        slack[s - 1] = inst.Capacity - ((1 << (s - 1)) - 1);
        var stopNode = new int[c + 1];
        stopNode[0] = inst.Depot;
        var customers = inst.Customers;
        for (int i = 0; i < c; i++) stopNode[i + 1] = customers[i];
        var d = inst.Distances;
        double maxD = d.AsSpan().ToArray().Max();
        double a = vehicles * (slots + 1) * maxD + 1;

        var b = new QuboBuilder((int)n);
        int X(int k, int p, int st) => (k * slots + p) * (c + 1) + st;
        int Y(int k, int i) => vehicles * slots * (c + 1) + k * s + i;
        for (int k = 0; k < vehicles; k++)
            for (int p = 0; p < slots; p++)
                b.AddSquare(Enumerable.Range(0, c + 1).Select(st => (X(k, p, st), 1.0)).ToArray(), -1, a);
        for (int st = 1; st <= c; st++)
        {
            var terms = new List<(int, double)>();
            for (int k = 0; k < vehicles; k++) for (int p = 0; p < slots; p++) terms.Add((X(k, p, st), 1.0));
            b.AddSquare(terms, -1, a);
        }
        for (int k = 0; k < vehicles; k++)
        {
            for (int p = 0; p + 1 < slots; p++)
                for (int st = 1; st <= c; st++) b.AddPair(X(k, p, 0), X(k, p + 1, st), a);
            var cap = new List<(int, double)>();
            for (int p = 0; p < slots; p++)
                for (int st = 1; st <= c; st++) cap.Add((X(k, p, st), -inst.Demands[stopNode[st]]));
            for (int i = 0; i < s; i++) cap.Add((Y(k, i), -slack[i]));
            b.AddSquare(cap, inst.Capacity, a);
            for (int st = 1; st <= c; st++)
            {
                b.AddLinear(X(k, 0, st), d[inst.Depot, stopNode[st]]);
                b.AddLinear(X(k, slots - 1, st), d[stopNode[st], inst.Depot]);
            }
            for (int p = 0; p + 1 < slots; p++)
                for (int u = 0; u <= c; u++)
                    for (int v = 0; v <= c; v++)
                        if (u != v) b.AddPair(X(k, p, u), X(k, p + 1, v), d[stopNode[u], stopNode[v]]);
        }
        return new VrpQubo(inst, vehicles, slots, stopNode, slack, a, b.ToQubo());
    }

    /// <summary>Decodes bits and checks every constraint of the encoding (including the slack equation).</summary>
    public VrpDecoding Decode(ReadOnlySpan<bool> bits)
    {
        if (bits.Length != NumVariables) throw new QuantumAppsException($"vrp qubo: {bits.Length} bits given, expected {NumVariables}");
        int c = _stopNode.Length - 1, s = SlackCoefficients.Count;
        var routes = new List<IReadOnlyList<int>>();
        var seen = new int[c + 1];
        for (int k = 0; k < Vehicles; k++)
        {
            var route = new List<int>();
            bool idle = false;
            int load = 0;
            for (int p = 0; p < Slots; p++)
            {
                int count = 0, stop = -1;
                for (int st = 0; st <= c; st++) if (bits[(k * Slots + p) * (c + 1) + st]) { count++; stop = st; }
                if (count != 1) return Fail($"vehicle {k} slot {p} holds {count} stops");
                if (stop == 0) { idle = true; continue; }
                if (idle) return Fail($"vehicle {k} visits a customer after an idle slot");
                seen[stop]++;
                load += Instance.Demands[_stopNode[stop]];
                route.Add(_stopNode[stop]);
            }
            int slackValue = 0;
            for (int i = 0; i < s; i++) if (bits[Vehicles * Slots * (c + 1) + k * s + i]) slackValue += SlackCoefficients[i];
            if (load + slackValue != Instance.Capacity) return Fail($"vehicle {k} load {load} + slack {slackValue} != capacity {Instance.Capacity}");
            routes.Add(route);
        }
        for (int st = 1; st <= c; st++) if (seen[st] != 1) return Fail($"customer {_stopNode[st]} visited {seen[st]} times");
        return new VrpDecoding(true, routes, routes.Sum(Instance.RouteCost), null);
    }

    private static VrpDecoding Fail(string why) => new(false, null, null, why);
}
