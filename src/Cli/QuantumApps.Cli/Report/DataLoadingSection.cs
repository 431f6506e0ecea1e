using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using QuantumApps.Simulator.Compilation;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>
/// The input problem of quantum machine learning: what it costs to load N classical numbers into the amplitudes of
/// n = log2 N qubits (exact amplitude encoding, <see cref="StatePreparation"/>), priced with the hardware section's cost
/// model (<see cref="HardwareCostModel"/>, IBM Heron timings and errors) against reading the N numbers classically here.
/// The circuits are built for every n (their cost follows from the construction); the prepared state is simulated and
/// compared with the input up to <see cref="SimulatedUpTo"/> qubits.
/// </summary>
public static class DataLoadingSection
{
    /// <summary>Sizes: n = 1…12 quick, 1…16 full.</summary>
    public static int[] Sizes(bool quick) => [.. Enumerable.Range(1, quick ? 12 : 16)];

    /// <summary>Largest n whose circuit is also simulated as a check (10 quick, 14 full).</summary>
    public static int SimulatedUpTo(bool quick) => quick ? 10 : 14;

    /// <summary>Builds, prices and (up to the check limit) simulates the circuits (no document access).</summary>
    public static DataLoadingOutcome Compute(ReportContext ctx)
    {
        long seed = ctx.Rng.NextInt64();
        var rng = Simulator.SeededRandom.Create(seed);
        var timings = DeviceTimings.IbmHeron;
        int simulated = SimulatedUpTo(ctx.Quick);
        var rows = new List<DataLoadingRow>();
        foreach (int n in Sizes(ctx.Quick))
        {
            ctx.CancellationToken.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            int count = 1 << n;
            var a = new Complex[count];
            for (int j = 0; j < count; j++) a[j] = new Complex(2 * rng.NextDouble() - 1, 2 * rng.NextDouble() - 1);
            var (circuit, compile) = RepeatedTiming.Measure(() => StatePreparation.AmplitudeEncoding(a), n <= 12 ? 3 : 1);
            var all = HardwareCostModel.Estimate(circuit, Topology.AllToAll, 1, 1, timings);
            var chain = HardwareCostModel.Estimate(circuit, Topology.LinearChain, 1, 1, timings);
            double error = double.NaN;
            if (n <= simulated)
            {
                var state = circuit.Run(ReadOnlySpan<double>.Empty).ToArray();
                double norm = Math.Sqrt(a.Sum(x => x.Magnitude * x.Magnitude));
                error = 0;
                for (int j = 0; j < count; j++) error = Math.Max(error, (state[j] - a[j] / norm).Magnitude);
            }
            rows.Add(new DataLoadingRow(n, count, StatePreparation.CnotCount(n, false), StatePreparation.CnotCount(n, true), circuit.CnotCount, all.Depth, all.TwoQubitDepth,
                all.ScheduleSeconds, all.ShotSeconds, chain.CnotCount, all.Fidelity, chain.Fidelity, all.Feasible, ReadSeconds(a), compile.MedianSeconds, error));
            ctx.Step($"data loading: n={n} N={count} CNOTs={circuit.CnotCount} ({clock.Elapsed.TotalSeconds:0.00} s)");
        }
        return new DataLoadingOutcome(seed, simulated, rows);
    }

    /// <summary>
    /// Median wall time (5 timed repeats after a warm-up) of reading every real and imaginary part once (a sum, so the reads
    /// cannot be skipped); short vectors are read ⌈2^16/N⌉ times per repeat and the time divided, above the timer's resolution.
    /// </summary>
    private static double ReadSeconds(Complex[] a)
    {
        int inner = Math.Max(1, (1 << 16) / a.Length);
        var (_, t) = RepeatedTiming.Measure(() =>
        {
            double s = 0;
            for (int k = 0; k < inner; k++)
                foreach (var x in a) s += x.Real + x.Imaginary;
            return s;
        }, 5);
        return t.MedianSeconds / inner;
    }

    /// <summary>Writes the table, its CSV, the figure and the paragraph.</summary>
    public static void Render(ReportDocument doc, DataLoadingOutcome outcome)
    {
        doc.Heading(2, "9. Loading classical data: amplitude encoding");
        var inv = CultureInfo.InvariantCulture;
        var m = outcome.Measurements();
        doc.Table(["n", "N = 2^n numbers", "CNOTs (real: 2^n − 2)", "CNOTs (complex: 2^(n+1) − 4)", "CNOTs built", "depth", "2q depth", "one load (µs)", "one shot on device (µs)",
                   "CNOTs linear chain", "fidelity F all-to-all", "fidelity F linear chain", "feasible", "read N numbers here (µs)", "angles + circuit here (µs)", "max |ψ − a/‖a‖|"],
            outcome.Rows.Select(r => new[]
            {
                r.NumQubits.ToString(inv), r.Features.ToString(inv), r.CnotsRealFormula.ToString(inv), r.CnotsComplexFormula.ToString(inv), r.Cnots.ToString(inv), r.Depth.ToString(inv),
                r.TwoQubitDepth.ToString(inv), N(r.LoadSeconds * 1e6, "G4"), N(r.ShotSeconds * 1e6, "G4"), r.CnotsLinearChain.ToString(inv), Fid(r.FidelityAllToAll), Fid(r.FidelityLinearChain),
                r.Feasible ? "yes" : "no (infeasible)", N(r.ReadSeconds * 1e6, "G3"), N(r.CompileSeconds * 1e6, "0.#"), double.IsNaN(r.MaxStateError) ? "not simulated" : N(r.MaxStateError, "0.0e0"),
            }));
        var x = outcome.Rows.Select(r => (double)r.NumQubits).ToArray();
        doc.Figure("data-loading", $"Time to load N = 2^n numbers into amplitudes (one exact amplitude-encoding circuit on the device model, all-to-all) against reading them here; CNOTs ∝ N^{N(m["dataload.cnot_exponent"], "0.00")}",
            new ChartSpec("Loading N numbers: device against a classical read", "qubits n (N = 2^n)", "seconds", LogY: true),
            [
                new ChartSeries("one load on the device (gate schedule)", x, outcome.Rows.Select(r => r.LoadSeconds).ToArray()),
                new ChartSeries("one shot on the device (load + readout + repetition delay)", x, outcome.Rows.Select(r => r.ShotSeconds).ToArray(), Dashed: true),
                new ChartSeries("reading the N numbers once here", x, outcome.Rows.Select(r => r.ReadSeconds).ToArray()),
                new ChartSeries("computing the angles and the circuit here", x, outcome.Rows.Select(r => r.CompileSeconds).ToArray(), Dashed: true),
            ],
            ["n", "features", "cnots_real_formula", "cnots_complex_formula", "cnots", "depth", "two_qubit_depth", "load_seconds", "shot_seconds", "cnots_linear_chain", "fidelity_all_to_all",
             "fidelity_linear_chain", "feasible", "read_seconds", "compile_seconds", "max_state_error"],
            outcome.Rows.Select(r => new[]
            {
                r.NumQubits.ToString(inv), r.Features.ToString(inv), r.CnotsRealFormula.ToString(inv), r.CnotsComplexFormula.ToString(inv), r.Cnots.ToString(inv), r.Depth.ToString(inv),
                r.TwoQubitDepth.ToString(inv), N(r.LoadSeconds, "R"), N(r.ShotSeconds, "R"), r.CnotsLinearChain.ToString(inv), N(r.FidelityAllToAll, "R"), N(r.FidelityLinearChain, "R"),
                r.Feasible ? "1" : "0", N(r.ReadSeconds, "R"), N(r.CompileSeconds, "R"), double.IsNaN(r.MaxStateError) ? "" : N(r.MaxStateError, "R"),
            }));
        doc.Paragraph("Construction: Möttönen et al. (2005) uniformly controlled rotations — RY rotations set the magnitudes level by level, RZ rotations the phases, each rotation uniformly controlled by k qubits costing 2^k CNOTs in a Gray-code sequence — " +
                      "2^n − 2 CNOTs for a real vector and 2^(n+1) − 4 for a complex one; no exact method can use fewer than about 2^(n−1) CNOTs (parameter counting: a state has 2^(n+1) − 2 real parameters and a CNOT with its one-qubit gates adds at most 4; Shende, Bullock & Markov 2006), so the count is Θ(N) for any exact method. " +
                      $"The vectors are seeded uniform random complex numbers (seed {outcome.Seed}); every circuit up to n = {outcome.SimulatedUpTo} was run on the state-vector simulator and reproduced the normalised input to {N(m["dataload.max_state_error"], "0.0e0")} (largest amplitude error). " +
                      $"Fitted growth: CNOTs ∝ N^{N(m["dataload.cnot_exponent"], "0.000")} (log2 CNOTs against n for n ≥ {DataLoadingOutcome.FitFromQubits}). At N = {N(m["dataload.largest_features"])} numbers one load is {N(m["dataload.cnots_largest"])} CNOTs, " +
                      $"{N(m["dataload.load_seconds_largest"] * 1e3, "G3")} ms of gates on the device model against {N(m["dataload.read_seconds_largest"] * 1e6, "G3")} µs to read the numbers once here ({N(m["dataload.load_over_read_largest"], "G3")}× longer), " +
                      $"with expected fidelity {Fid(m["dataload.fidelity_largest"])} all-to-all ({Fid(m["dataload.fidelity_chain_largest"])} on a linear chain); the largest feasible load (F ≥ {N(HardwareCostModel.FeasibilityThreshold, "0e0")}) is n = {N(m["dataload.largest_feasible_n"])}, N = {N(Math.Pow(2, m["dataload.largest_feasible_n"]))} numbers. " +
                      "And the angles themselves are computed classically from every number (the \"angles + circuit\" column), so the classical reading is never skipped.");
        doc.Paragraph("What this means: the exponential compression of N numbers into log2 N qubits is paid for at input. Each shot measures the state once and destroys it (no cloning), so every shot reloads the data; " +
                      "estimating a quantity to precision ε needs about 1/ε² loads, each Θ(N) gates. Aaronson's \"Read the fine print\" (2015) names this input problem first among the caveats of quantum linear-algebra speed-ups; " +
                      "quantum RAM that would load in O(log N) time is assumed hardware that does not exist, and with the same sampling access to the data Tang's classical algorithm (2019) matches the best-known quantum recommendation algorithm up to polynomial factors (dequantisation). " +
                      "Data-loading cost is therefore a bottleneck of the same order as the classical one (linear in N) — plus the device's constant factors and errors. ");

        static string Fid(double f) => f >= 0.01 ? N(f, "0.000") : N(f, "0.0e0");
    }
}
