using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using QuantumApps.Problems;
using QuantumApps.Problems.IO;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.IO;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Benchmarks;

/// <summary>
/// The QuantumApps side of the qulacs timing harness (<c>shared/anchors/qulacs/qbench.cpp</c>): the same operations,
/// the same timing scheme and the same output lines, so <c>bench/qulacs-ratio.sh</c> can pair them.
/// <code>
/// QuantumApps.Benchmarks qbench gates N            RX on qubits N/2, 0, 1, 5, N−1; H on N/2; CNOT N/2−1→N/2, 0→1, 1→0;
///                                                  the HEA layer (RX on every qubit, CNOT ring) as one Circuit
/// QuantumApps.Benchmarks qbench vqe 12 PAULI_FILE  ⟨H⟩ of a Pauli sum; adjoint gradient of a 100-parameter circuit for Z0 and H
/// QuantumApps.Benchmarks qbench qaoa N GRAPH P     MaxCut QAOA energy and gradient (2p parameters)
/// QuantumApps.Benchmarks qbench kernels N          ours only, for old/new A/B runs of the touched kernels: RY and H on
///                                                  qubits 0, 1, 2, N/2; CNOT 0→2, 1→2, 2→0, 0→5, 2→1; X on N/2
/// </code>
/// QB_FORCE256=1 makes the kernels take their 256-bit paths (<see cref="ComplexVector.Force256"/>). Each operation: calls for at least <see cref="WarmupSeconds"/> (the JIT's tiered compilation promotes the hot loops
/// before timing; qbench makes one warm-up call), calibration to batches of at least 40 ms, then QB_BATCHES batches
/// (default 5), each printed as <c>RES impl=quantumapps n=.. thr=.. op=.. s=&lt;wall s per call&gt;
/// cpu=&lt;process CPU s per call&gt; reps=..</c>. The thread count is the library's policy
/// (<see cref="Parallelism.ThreadsVariable"/>, the equivalent of OMP_NUM_THREADS). Rotations are ours,
/// exp(−iθP/2); qulacs' are exp(+iθP/2), so qbench's angle θ is −θ here, and the CHECK lines (norm, ⟨H⟩, gradient
/// entries, QAOA ⟨C⟩) print values that must agree with qulacs' to rounding.
/// </summary>
internal static partial class Qbench
{
    private const int ProcessCpuClock = 2;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec ts);

    private const double MinBatch = 0.04;
    private const double WarmupSeconds = 0.3;

    internal static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], out int n) || n < 2)
        {
            Console.Error.WriteLine("usage: qbench gates N | vqe N PAULI_FILE | qaoa N GRAPH P");
            return 2;
        }
        int batches = int.TryParse(Environment.GetEnvironmentVariable("QB_BATCHES"), out int b) && b > 0 ? b : 5;
        int thr = Parallelism.MaxThreads;
        // QB_FORCE256=1: the kernels' 256-bit paths even where AVX-512 is there (A/B of the two widths).
        using var narrow = Environment.GetEnvironmentVariable("QB_FORCE256") == "1" ? ComplexVector.Force256() : null;
        Console.WriteLine($"INFO impl=quantumapps vector512={ComplexVector.Use512}");
        var h = new Harness(n, thr, batches);
        switch (args[0])
        {
            case "gates":
                Gates(h, n);
                return 0;
            case "kernels":
                Kernels(h, n);
                return 0;
            case "vqe" when args.Length >= 3:
                Vqe(h, n, args[2]);
                return 0;
            case "qaoa" when args.Length >= 4 && int.TryParse(args[3], out int p) && p >= 1:
                Qaoa(h, n, args[2], p);
                return 0;
            default:
                Console.Error.WriteLine("usage: qbench gates N | vqe N PAULI_FILE | qaoa N GRAPH P");
                return 2;
        }
    }

    private static void Gates(Harness h, int n)
    {
        var st = StateVector.FromAmplitudes(RandomState(n, 2));
        int mid = n / 2;
        const double theta = -0.3;
        h.Time($"RX_t{mid}", () => st.ApplyRx(mid, theta));
        h.Time("RX_t0", () => st.ApplyRx(0, theta));
        h.Time("RX_t1", () => st.ApplyRx(1, theta));
        h.Time("RX_t5", () => st.ApplyRx(5, theta));
        h.Time($"RX_t{n - 1}", () => st.ApplyRx(n - 1, theta));
        h.Time($"H_t{mid}", () => st.ApplyH(mid));
        h.Time($"CNOT_{mid - 1}_{mid}", () => st.ApplyCnot(mid - 1, mid));
        h.Time("CNOT_0_1", () => st.ApplyCnot(0, 1));
        h.Time("CNOT_1_0", () => st.ApplyCnot(1, 0));
        var hea = new CircuitBuilder(n);
        for (int q = 0; q < n; q++) hea.Rx(q, -0.1);
        for (int q = 0; q < n; q++) hea.Cnot(q, (q + 1) % n);
        var layer = hea.Build();
        h.Time("HEA_layer", () => layer.Run(st, []));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CHECK impl=quantumapps n={n} norm={st.NormSquared():R}"));
    }

    private static void Kernels(Harness h, int n)
    {
        var st = StateVector.FromAmplitudes(RandomState(n, 4));
        foreach (int q in new[] { 0, 1, 2, n / 2 })
        {
            h.Time($"RY_t{q}", () => st.ApplyRy(q, 0.3));
            h.Time($"H_t{q}", () => st.ApplyH(q));
        }
        foreach (var (c, t) in new[] { (0, 2), (1, 2), (2, 0), (0, 5), (2, 1) }) h.Time($"CNOT_{c}_{t}", () => st.ApplyCnot(c, t));
        h.Time($"X_t{n / 2}", () => st.ApplyX(n / 2));
    }

    private static void Vqe(Harness h, int n, string pauliFile)
    {
        var obs = PauliSumText.Parse(File.ReadAllText(pauliFile), pauliFile).WithNumQubitsAtLeast(n);
        var z0 = new PauliSumBuilder(n).Add(PauliString.Single('Z', 0), 1.0).ToPauliSum();
        var st = StateVector.FromAmplitudes(RandomState(n, 3));
        // Layers of RY on each qubit, RZ on each qubit, CNOT chain, until 100 parameters (qbench's circuit).
        const int parameters = 100;
        var b = new CircuitBuilder(n, parameters);
        int p = 0;
        while (p < parameters)
        {
            for (int q = 0; q < n && p < parameters; q++) b.Ry(q, Angle.Parameter(p++));
            for (int q = 0; q < n && p < parameters; q++) b.Rz(q, Angle.Parameter(p++));
            for (int q = 0; q + 1 < n; q++) b.Cnot(q, q + 1);
        }
        var circuit = b.Build();
        double[] theta = Enumerable.Range(0, parameters).Select(i => 0.01 * (i * 37 % 628)).ToArray();
        var g = AdjointDifferentiation.Gradient(circuit, obs, theta);
        var gz = AdjointDifferentiation.Gradient(circuit, z0, theta);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CHECK impl=quantumapps terms={obs.Terms.Count} E_H={g.Value:R} dE0={g.Gradient[0]:R} dE1={g.Gradient[1]:R} dE99={g.Gradient[99]:R} Z0={gz.Value:R} dZ0_0={gz.Gradient[0]:R}"));
        h.Time($"EXPVAL_{obs.Terms.Count}", () => st.Expectation(obs));
        h.Time("GRAD100_Z0", () => AdjointDifferentiation.Gradient(circuit, z0, theta).Gradient[0]);
        h.Time($"GRAD100_H{obs.Terms.Count}", () => AdjointDifferentiation.Gradient(circuit, obs, theta).Gradient[0]);
    }

    private static void Qaoa(Harness h, int n, string graphFile, int p)
    {
        var graph = EdgeListReader.Read(graphFile);
        if (graph.NodeCount != n) throw new ArgumentException($"{graphFile}: the graph has {graph.NodeCount} nodes, not {n}");
        var circuit = new QaoaCircuit(MaxCut.CostOperator(graph).Diagonal());
        // qbench: layer l has ZZ rotations exp(+i g ZZ/2), g = 0.5 (l + ½)/p, which is exp(−i g C) up to a global phase
        // for C = Σ (1 − Z_a Z_b)/2, and RX(bt) = exp(+i bt X/2), bt = 0.4 (1 − (l + ½)/p), which is exp(−iβX) with β = −bt/2.
        double[] gammas = Enumerable.Range(0, p).Select(l => 0.5 * (l + 0.5) / p).ToArray();
        double[] betas = Enumerable.Range(0, p).Select(l => -0.2 * (1 - (l + 0.5) / p)).ToArray();
        var dg = new double[p];
        var db = new double[p];
        double c = circuit.ExpectationAndGradient(gammas, betas, dg, db);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CHECK impl=quantumapps qaoa p={p} edges={graph.Edges.Count} params={2 * p} C={c:R}"));
        h.Time($"QAOA_p{p}_value+grad", () => circuit.ExpectationAndGradient(gammas, betas, dg, db));
    }

    /// <summary>A normalised state with seeded uniform amplitudes (the timings do not depend on the values).</summary>
    private static Complex[] RandomState(int n, int seed)
    {
        var rng = new Random(seed);
        var v = new Complex[1L << n];
        double norm = 0;
        for (long i = 0; i < v.Length; i++)
        {
            v[i] = new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5);
            norm += v[i].Real * v[i].Real + v[i].Imaginary * v[i].Imaginary;
        }
        double inv = 1 / Math.Sqrt(norm);
        for (long i = 0; i < v.Length; i++) v[i] *= inv;
        return v;
    }

    private sealed class Harness(int n, int thr, int batches)
    {
        private readonly Process _self = Process.GetCurrentProcess();

        /// <summary>
        /// Process CPU seconds (all threads): clock_gettime(CLOCK_PROCESS_CPUTIME_ID) as qbench reads it, in
        /// nanoseconds; <see cref="Process.TotalProcessorTime"/> (10 ms ticks on Linux) only where libc is missing.
        /// </summary>
        private double Cpu()
        {
            if (OperatingSystem.IsLinux() && ClockGetTime(ProcessCpuClock, out var ts) == 0) return ts.Seconds + 1e-9 * ts.Nanoseconds;
            _self.Refresh();
            return _self.TotalProcessorTime.TotalSeconds;
        }

        internal void Time(string name, Action act) => Time(name, () => { act(); return 0.0; });

        internal void Time(string name, Func<double> act)
        {
            double sink = 0;
            var warm = Stopwatch.StartNew();
            do sink += act(); while (warm.Elapsed.TotalSeconds < WarmupSeconds);
            long reps = 1;
            for (;;)
            {
                var sw = Stopwatch.StartNew();
                for (long r = 0; r < reps; r++) sink += act();
                double dt = sw.Elapsed.TotalSeconds;
                if (dt >= MinBatch) break;
                reps *= dt < MinBatch / 8 ? 8 : 2;
            }
            for (int b = 0; b < batches; b++)
            {
                double c0 = Cpu();
                var sw = Stopwatch.StartNew();
                for (long r = 0; r < reps; r++) sink += act();
                double per = sw.Elapsed.TotalSeconds / reps, pc = (Cpu() - c0) / reps;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"RES impl=quantumapps n={n} thr={thr} op={name} s={per:G9} cpu={pc:G9} reps={reps}"));
            }
            if (double.IsNaN(sink)) Console.WriteLine("CHECK sink=NaN");
        }
    }
}
