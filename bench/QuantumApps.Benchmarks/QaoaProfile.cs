using System.Diagnostics;
using System.Globalization;
using QuantumApps.Problems;
using QuantumApps.Problems.IO;
using QuantumApps.Simulator.States;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Benchmarks;

/// <summary>
/// Where the time of a MaxCut QAOA run goes (#16 item 4): <c>dotnet run -c Release --project bench/QuantumApps.Benchmarks
/// -- qaoa-profile GRAPH [P] [REPEATS]</c> times the Walsh-form cost construction (its scan finds the maximum cut), one
/// ⟨C⟩ evaluation and one ⟨C⟩ + adjoint gradient (each the median of REPEATS, default 3, process CPU and wall), then the
/// driver with the CLI's defaults (L-BFGS, <c>--angles grid</c>: a 32 × 16 γ-β grid of ⟨C⟩ evaluations and 3 local
/// optimisations), counting its evaluations and gradient evaluations, and prints one line per figure. A fourth argument
/// <c>no-driver</c> stops after the single evaluations (for the largest registers: the driver's own circuit would hold a
/// second state).
/// </summary>
public static class QaoaProfile
{
    public static void Run(string[] args)
    {
        var graph = ProblemFiles.ReadGraph(args[0]);
        int p = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        int repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        int n = graph.NodeCount;
        var process = Process.GetCurrentProcess();
        var (cost, build) = Time(process, () => QaoaCost.FromPauliSum(MaxCut.CostOperator(graph)));
        Line($"n = {n}, p = {p}, edges = {graph.Edges.Count}, max cut = {cost.Max}", build, "cost construction (Walsh form + scan)");
        var circuit = new QaoaCircuit(cost);
        var gammas = Enumerable.Repeat(0.4, p).ToArray();
        var betas = Enumerable.Repeat(0.3, p).ToArray();
        var dg = new double[p];
        var db = new double[p];
        var energy = Median(Enumerable.Range(0, repeats).Select(_ => Time(process, () => circuit.Expectation(gammas, betas)).Seconds));
        Line("one <C> evaluation", energy, "");
        var gradient = Median(Enumerable.Range(0, repeats).Select(_ => Time(process, () => circuit.ExpectationAndGradient(gammas, betas, dg, db)).Seconds));
        Line("one <C> + gradient evaluation", gradient, "");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bytes held by the circuit after a gradient: {circuit.AllocatedBytes} ({(double)circuit.AllocatedBytes / (1L << n):F2} per amplitude)"));
        if (args.Length > 3 && args[3] == "no-driver")
        {
            return;
        }

        var options = new QaoaOptions(cost, p, QaoaSense.Maximize) { AngleStrategy = QaoaAngleStrategy.Grid };
        var (result, run) = Time(process, () => QaoaDriver.Run(options, new Random(1)));
        Line($"driver: evaluations {result.Evaluations} (grid {QaoaDriver.GridGammaPoints * QaoaDriver.GridBetaPoints}), gradient evaluations {result.GradientEvaluations}, starts {result.Starts}, <C> = {result.Expectation:F6}", run, "driver total");
    }

    private static (T Value, (double Cpu, double Wall) Seconds) Time<T>(Process process, Func<T> body)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var value = body();
        process.Refresh();
        return (value, ((process.TotalProcessorTime - cpu).TotalSeconds, wall.Elapsed.TotalSeconds));
    }

    private static (double Cpu, double Wall) Median(IEnumerable<(double Cpu, double Wall)> samples)
    {
        var list = samples.OrderBy(s => s.Wall).ToList();
        return list[list.Count / 2];
    }

    private static void Line(string what, (double Cpu, double Wall) t, string note) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: cpu {t.Cpu:F2} s, wall {t.Wall:F2} s {note}"));
}
