using System.Diagnostics;
using System.Globalization;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Execution;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Benchmarks;

/// <summary>
/// Gate fusion and cache blocking (#16), old against new in one process, alternating in rounds:
/// <c>dotnet run -c Release --project bench/QuantumApps.Benchmarks -- fusion [rounds] [n…] [--blocks 13,14,15,16] [--only PREFIX]</c>.
/// Per round and qubit count, each variant runs once (order alternating between rounds): <c>gate</c> is the gate-by-gate
/// path (fusion off: the per-gate loop of main), <c>fused-B</c> the planned path with 2^B-amplitude blocks. Timing is
/// process CPU time per call (batches of at least 40 ms), one thread (<see cref="Parallelism.Override"/>); minimum and
/// median over rounds. Lines <c>RES impl=quantumapps n=.. op=.. cpu=..</c> mirror the qulacs harness
/// (../shared/anchors/qulacs) so <c>bench/fusion-vs-qulacs.sh</c> can put both in one table. Besides the HEA layer
/// (RX on every qubit + CNOT ring) it times the dispatch-sensitive paths: a one-gate circuit through
/// <see cref="Circuit.Run(StateVector, ReadOnlySpan{double})"/>, a plain <see cref="StateVector.ApplyRx"/>, and a QAOA
/// circuit (diagonal phase + RX mixer) with its ⟨C⟩.
/// </summary>
public static class FusionBench
{
    public static void Run(string[] args)
    {
        int rounds = 7;
        var sizes = new List<int>();
        var blocks = new List<int> { CircuitExecution.DefaultBlockQubits };
        string? only = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--only") only = args[++i];
            else if (args[i] == "--blocks") blocks = [.. args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
            else if (i == 0) rounds = int.Parse(args[i], CultureInfo.InvariantCulture);
            else sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
        }
        if (sizes.Count == 0) sizes = [20, 24];
        using var single = Parallelism.Override(threads: 1);
        Console.WriteLine($"# fusion bench {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, 1 thread, process CPU time, {rounds} rounds");
        foreach (int n in sizes)
        {
            var hea = HeaRingLayer(n);
            var heaParams = Enumerable.Range(0, n).Select(q => 0.1 + 0.01 * q).ToArray();
            var oneGate = new CircuitBuilder(n).Rx(n / 2, Angle.Parameter(0)).Build();
            var (qaoa, cost) = QaoaCircuit(n);
            double[] qaoaParams = [0.4, 0.3];
            var state = StateVector.Uniform(n);
            var variants = new List<(string Name, Action Body)>
            {
                ("HEA_layer gate", () => { using (CircuitExecution.Override(fusion: false)) hea.Run(state, heaParams); }),
            };
            foreach (int b in blocks)
                variants.Add(($"HEA_layer fused-{b}", () => { using (CircuitExecution.Override(fusion: true, blockQubits: b)) hea.Run(state, heaParams); }));
            var rxAll = new CircuitBuilder(n);
            for (int q = 0; q < n; q++) rxAll.Rx(q, Angle.Parameter(q));
            var rxLayer = rxAll.Build();
            var ringB = new CircuitBuilder(n);
            for (int q = 0; q < n; q++) ringB.Cnot(q, (q + 1) % n);
            var ring = ringB.Build();
            var ryrzB = new CircuitBuilder(n);
            for (int q = 0; q < n; q++) ryrzB.Ry(q, Angle.Parameter(q)).Rz(q, Angle.Parameter((q + 1) % n));
            for (int q = 0; q + 1 < n; q++) ryrzB.Cnot(q, q + 1);
            var ryrz = ryrzB.Build();
            variants.Add(("HEA_ansatz_layer gate", () => { using (CircuitExecution.Override(fusion: false)) ryrz.Run(state, heaParams); }));
            variants.Add(("HEA_ansatz_layer fused", () => ryrz.Run(state, heaParams)));
            variants.Add(("RX_layer gate", () => { using (CircuitExecution.Override(fusion: false)) rxLayer.Run(state, heaParams); }));
            variants.Add(("RX_layer fused", () => rxLayer.Run(state, heaParams)));
            variants.Add(("CNOT_ring gate", () => { using (CircuitExecution.Override(fusion: false)) ring.Run(state, []); }));
            variants.Add(("CNOT_ring fused", () => ring.Run(state, [])));
            variants.Add(("RX_circuit gate", () => { using (CircuitExecution.Override(fusion: false)) oneGate.Run(state, [0.3]); }));
            variants.Add(("RX_circuit fused", () => oneGate.Run(state, [0.3])));
            variants.Add(("RX_apply", () => state.ApplyRx(n / 2, 0.3)));
            variants.Add(("QAOA_circuit+E gate", () => { using (CircuitExecution.Override(fusion: false)) { qaoa.Run(state, qaoaParams); state.Expectation(cost); } }));
            variants.Add(("QAOA_circuit+E fused", () => { qaoa.Run(state, qaoaParams); state.Expectation(cost); }));
            if (only is not null) variants.RemoveAll(v => !v.Name.StartsWith(only, StringComparison.Ordinal));
            var samples = variants.Select(_ => new List<double>()).ToArray();
            foreach (var v in variants) v.Body();
            for (int r = 0; r < rounds; r++)
            {
                for (int j = 0; j < variants.Count; j++)
                {
                    int k = r % 2 == 0 ? j : variants.Count - 1 - j;
                    samples[k].Add(TimeCall(variants[k].Body));
                }
            }
            double gateMin = samples[0].Min(), gateMed = Median(samples[0]);
            for (int k = 0; k < variants.Count; k++)
            {
                var (name, _) = variants[k];
                double min = samples[k].Min(), med = Median(samples[k]);
                string ratio = name.StartsWith("HEA_layer fused", StringComparison.Ordinal)
                    ? string.Create(CultureInfo.InvariantCulture, $" speedup_min={gateMin / min:F2} speedup_median={gateMed / med:F2}") : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"RES impl=quantumapps n={n} thr=1 op={name.Replace(' ', ':')} cpu={min:E3} median={med:E3}{ratio}"));
            }
            int passes = hea.PlanFor(CircuitExecution.Current with { BlockQubits = blocks[0] }).PassCount;
            Console.WriteLine($"# n={n}: HEA layer of {hea.Operations.Length} gates planned into {passes} passes with 2^{blocks[0]}-amplitude blocks");
        }
    }

    /// <summary>RX(θ_q) on every qubit, then CNOT q → q+1 and n−1 → 0 (the qulacs harness's HEA_layer).</summary>
    internal static Circuit HeaRingLayer(int n)
    {
        var b = new CircuitBuilder(n);
        for (int q = 0; q < n; q++) b.Rx(q, Angle.Parameter(q));
        for (int q = 0; q < n; q++) b.Cnot(q, (q + 1) % n);
        return b.Build();
    }

    /// <summary>p = 1 MaxCut QAOA on a ring as a circuit: H on every qubit, exp(−iγC), RX(2β) on every qubit.</summary>
    private static (Circuit Circuit, PauliSum Cost) QaoaCircuit(int n)
    {
        var cost = new PauliSumBuilder(n);
        for (int q = 0; q < n; q++) cost.Add(PauliString.Parse($"Z{q} Z{(q + 1) % n}"), 0.5);
        var c = cost.ToPauliSum();
        var b = new CircuitBuilder(n, 2);
        for (int q = 0; q < n; q++) b.H(q);
        b.DiagonalPhase(c, Angle.Parameter(0));
        for (int q = 0; q < n; q++) b.Rx(q, Angle.Parameter(1, 2));
        return (b.Build(), c);
    }

    /// <summary>Process CPU seconds per call: calls are repeated until a batch takes at least 40 ms.</summary>
    private static double TimeCall(Action body)
    {
        var proc = Process.GetCurrentProcess();
        int calls = 0;
        proc.Refresh();
        var start = proc.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        do
        {
            body();
            calls++;
        }
        while (wall.Elapsed.TotalMilliseconds < 40);
        proc.Refresh();
        return (proc.TotalProcessorTime - start).TotalSeconds / calls;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : 0.5 * (s[s.Length / 2 - 1] + s[s.Length / 2]);
    }
}
