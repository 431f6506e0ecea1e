using System.Globalization;
using System.Text;
using System.Text.Json;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests.Runners;

/// <summary>
/// A failing or refused method never discards the others: maxcut, tsp and vrp each run with one method that is refused
/// on the instance, the other methods are ok, the exit code is <see cref="ExitCodes.Partial"/> and the JSON carries the
/// failed method with status and reason.
/// </summary>
public sealed class PartialResultTests : IDisposable
{
    private readonly string _dir = CliProcess.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, JsonElement Results) Json(Func<TextWriter, int> run)
    {
        var sw = new StringWriter();
        int exit = run(sw);
        return (exit, JsonDocument.Parse(sw.ToString()).RootElement.GetProperty("results"));
    }

    private static void AssertFailed(JsonElement results, string method, string reasonPart)
    {
        var m = results.GetProperty(method);
        Assert.Equal("failed", m.GetProperty("status").GetString());
        Assert.Contains(reasonPart, m.GetProperty("reason").GetString());
    }

    /// <summary>A ring of n nodes, unit weights (even n: bipartite, so the maximum cut is n — every edge cut).</summary>
    private string Ring(int n)
    {
        string path = Path.Combine(_dir, $"ring{n}.txt");
        File.WriteAllLines(path, Enumerable.Range(0, n).Select(i => $"{i} {(i + 1) % n}"));
        return path;
    }

    [Fact]
    public void MaxCut_ExactRefusedAbove37Nodes_GreedyStillReported_Exit3()
    {
        var (exit, r) = Json(w => MaxCutRunner.Run(new MaxCutOptions(Ring(40), [MaxCutMethod.Exact, MaxCutMethod.Greedy], 1, OutputFormat.Json, null), w));
        Assert.Equal(ExitCodes.Partial, exit);
        AssertFailed(r, "exact", "exceed the limit of 37");
        Assert.Equal("ok", r.GetProperty("greedy").GetProperty("status").GetString());
        Assert.True(r.GetProperty("greedy").GetProperty("cut").GetDouble() <= 40); // even ring: maximum cut 40 (bipartite)
    }

    [Fact]
    public void MaxCut_QaoaDepthOutOfBoundsFails_OthersOk_Exit3()
    {
        var (exit, r) = Json(w => MaxCutRunner.Run(new MaxCutOptions(RepositoryData.Graph("petersen.txt"), [MaxCutMethod.Exact, MaxCutMethod.Qaoa, MaxCutMethod.Greedy], 1,
            OutputFormat.Json, null, new QaoaSettings(Depth: 100_000)), w));
        Assert.Equal(ExitCodes.Partial, exit);
        AssertFailed(r, "qaoa", $"between 1 and {QaoaResources.MaxDepth}");
        Assert.Contains("100000", r.GetProperty("qaoa").GetProperty("reason").GetString());
        Assert.Equal(12.0, r.GetProperty("exact").GetProperty("cut").GetDouble()); // Petersen max cut 12 (classical result)
        Assert.Equal("ok", r.GetProperty("greedy").GetProperty("status").GetString());
    }

    [Fact]
    public void MaxCut_QaoaMemoryGuardRefuses30QubitsUpFrontWithTheBytes()
    {
        // 32 bytes per amplitude (QaoaResources, L-BFGS with the cost in Walsh form): 30 qubits need 32 GiB. Where that
        // would fit, 31 qubits exceed the 2^30-element array limit instead; either way the refusal comes before any
        // allocation and names the bytes.
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        int n = QaoaResources.Estimate(30, 1).Bytes > available ? 30 : 31;
        var (exit, r) = Json(w => MaxCutRunner.Run(new MaxCutOptions(Ring(n), [MaxCutMethod.Greedy, MaxCutMethod.Qaoa], 1, OutputFormat.Json, null), w));
        Assert.Equal(ExitCodes.Partial, exit);
        AssertFailed(r, "qaoa", $"on {n} qubits");
        AssertFailed(r, "qaoa", $"needs {MemoryGuard.FormatBytes(MemoryGuard.BytesNeeded(n, 32))}");
        AssertFailed(r, "qaoa", "32 bytes");
        Assert.Equal("ok", r.GetProperty("greedy").GetProperty("status").GetString());
    }

    [Fact]
    public void Tsp_HeldKarpRefusedAbove25Cities_HeuristicsStillReported_Exit3()
    {
        string path = Path.Combine(_dir, "circle27.tsp");
        var sb = new StringBuilder("NAME: circle27\nTYPE: TSP\nDIMENSION: 27\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n");
        for (int i = 0; i < 27; i++)
        {
            double a = 2 * Math.PI * i / 27;
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} {1000 + 500 * Math.Cos(a):F1} {1000 + 500 * Math.Sin(a):F1}\n");
        }

        File.WriteAllText(path, sb.Append("EOF\n").ToString());
        var (exit, r) = Json(w => TspRunner.Run(new TspOptions(path, [TspMethod.Exact, TspMethod.NearestNeighbourTwoOpt, TspMethod.Sa], 3, OutputFormat.Json, null, null), w));
        Assert.Equal(ExitCodes.Partial, exit);
        AssertFailed(r, "exact", "limit is 25 cities");
        Assert.Equal("ok", r.GetProperty("nn2opt").GetProperty("status").GetString());
        Assert.Equal(27, r.GetProperty("sa").GetProperty("tour").GetArrayLength());
    }

    [Fact]
    public void Tsp_QaoaDepthOutOfBoundsFails_ExactStillReported_Exit3()
    {
        var (exit, r) = Json(w => TspRunner.Run(new TspOptions(RepositoryData.Graph("tiny5-full.tsp"), [TspMethod.Exact, TspMethod.Qaoa], 3, OutputFormat.Json, null, null,
            new QaoaSettings(Depth: 100_000)), w));
        Assert.Equal(ExitCodes.Partial, exit);
        AssertFailed(r, "qaoa", "100000");
        Assert.Equal("ok", r.GetProperty("exact").GetProperty("status").GetString());
    }

    [Fact]
    public void Vrp_ExactRefusedAbove16Customers_ClarkeWrightStillReported_Exit3()
    {
        string path = Path.Combine(_dir, "grid-n18.vrp");
        var sb = new StringBuilder("NAME : grid-n18\nTYPE : CVRP\nDIMENSION : 18\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 5\nNODE_COORD_SECTION\n");
        for (int i = 0; i < 18; i++) sb.Append(CultureInfo.InvariantCulture, $"{i + 1} {10 * (i % 6)} {10 * (i / 6)}\n");
        sb.Append("DEMAND_SECTION\n");
        for (int i = 0; i < 18; i++) sb.Append(CultureInfo.InvariantCulture, $"{i + 1} {(i == 0 ? 0 : 1)}\n");
        File.WriteAllText(path, sb.Append("DEPOT_SECTION\n 1\n -1\nEOF\n").ToString());
        var (exit, r) = Json(w => VrpRunner.Run(new VrpOptions(path, [VrpMethod.Exact, VrpMethod.ClarkeWright], 3, OutputFormat.Json, null), w));
        Assert.Equal(ExitCodes.Partial, exit);
        AssertFailed(r, "exact", "exceed the limit of 16");
        Assert.Equal("ok", r.GetProperty("clarke-wright").GetProperty("status").GetString());
        Assert.True(r.GetProperty("clarke-wright").GetProperty("cost").GetDouble() > 0);
    }

    [Fact]
    public void EveryMethodFailed_IsExit1_AndTheTableShowsTheReason()
    {
        var sw = new StringWriter();
        int exit = MaxCutRunner.Run(new MaxCutOptions(Ring(40), [MaxCutMethod.Exact], 1, OutputFormat.Table, null), sw);
        Assert.Equal(ExitCodes.Failure, exit);
        var row = sw.ToString().Split('\n').Single(l => l.StartsWith("exact", StringComparison.Ordinal));
        Assert.Contains("failed", row);
        Assert.Contains("exceed the limit of 37", row);
    }

    [Fact]
    public void EstimatesGoToStatusBeforeExpensiveMethodsUnlessQuiet()
    {
        var status = new StringWriter();
        MaxCutRunner.Run(new MaxCutOptions(RepositoryData.Graph("petersen.txt"), [MaxCutMethod.Exact, MaxCutMethod.Greedy, MaxCutMethod.Qaoa], 1, OutputFormat.Json, null, Quiet: false),
            TextWriter.Null, status);
        var lines = status.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Petersen: 10 nodes → 2^9 cuts with the last node fixed; QAOA 10 qubits, 56 B × 2^10 = 56 KiB.
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("maxcut exact: 2^9 cuts", lines[0]);
        Assert.StartsWith("maxcut qaoa: 10 qubits, 2^10 amplitudes, p = 1, memory 32 KiB, estimated", lines[1]);
        var quiet = new StringWriter();
        MaxCutRunner.Run(new MaxCutOptions(RepositoryData.Graph("petersen.txt"), [MaxCutMethod.Exact], 1, OutputFormat.Json, null, Quiet: true), TextWriter.Null, quiet);
        Assert.Equal("", quiet.ToString());
        var tsp = new StringWriter();
        TspRunner.Run(new TspOptions(RepositoryData.Graph("burma14.tsp"), [TspMethod.Exact], 1, OutputFormat.Json, null, null, Quiet: false), TextWriter.Null, tsp);
        Assert.StartsWith("tsp exact: 2^13 subsets", tsp.ToString());
        var vrp = new StringWriter();
        VrpRunner.Run(new VrpOptions(RepositoryData.Graph("tiny-n7-k3.vrp"), [VrpMethod.Exact], 1, OutputFormat.Json, null, Quiet: false), TextWriter.Null, vrp);
        Assert.StartsWith("vrp exact: 2^6 customer subsets", vrp.ToString());
    }

    [Fact]
    public void TableRowsArePrintedAsSoonAsEachMethodFinishes()
    {
        // stdout and stderr into one log: the exact row must already be there when the QAOA estimate (written just
        // before QAOA starts) arrives, i.e. rows are not held back until every method has finished.
        var log = new StringWriter();
        MaxCutRunner.Run(new MaxCutOptions(RepositoryData.Graph("petersen.txt"), [MaxCutMethod.Exact, MaxCutMethod.Qaoa], 1, OutputFormat.Table, null, Quiet: false), log, log);
        var lines = log.ToString().Split('\n');
        int exactRow = Array.FindIndex(lines, l => l.StartsWith("exact ", StringComparison.Ordinal));
        int qaoaEstimate = Array.FindIndex(lines, l => l.StartsWith("maxcut qaoa:", StringComparison.Ordinal));
        int qaoaRow = Array.FindIndex(lines, l => l.StartsWith("qaoa ", StringComparison.Ordinal));
        Assert.True(exactRow >= 0 && exactRow < qaoaEstimate && qaoaEstimate < qaoaRow, log.ToString());
    }
}
