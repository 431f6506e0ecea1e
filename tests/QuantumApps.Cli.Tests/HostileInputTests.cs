using System.Text;
using System.Text.Json;
using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.IO;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Report;
using QuantumApps.Cli.Runners;
using QuantumApps.Learning.Data;
using QuantumApps.Problems.IO;
using QuantumApps.Simulator;
using QuantumApps.Simulator.IO;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests;

/// <summary>
/// Regression tests of issue 17 (hostile input and numeric extremes): numbers outside <see cref="InputRange"/> are refused
/// with file and line and never reach a result as ±Infinity or NaN; an empty graph, --basis with an FCIDUMP and an output
/// directory under a file are refused before any work; binary garbage never reaches the terminal raw from any reader.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _dir = CliProcess.TempDir();

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void EdgeWeightOf1e308IsRefusedWithFileAndLine()
    {
        // Before: gw crashed (IndexOutOfRangeException), exact printed "cut Infinity", JSON failed, QAOA printed 5E+307.
        string path = Write("big.txt", "0 1 1\n1 2 1e308\n0 2 1\n");
        var e = Assert.Throws<QuantumAppsException>(() => MaxCutRunner.Run(new MaxCutOptions(path, null, 1, OutputFormat.Json, null), new StringWriter()));
        Assert.StartsWith($"{path}:2: weight '1e308' is outside the representable range", e.Message);
    }

    [Fact]
    public void EdgeWeightsAtTheRangeLimitGiveFiniteResultsFromEveryMethod()
    {
        // Triangle with every weight at the limit 1e15: a 2-vs-1 split cuts two edges, so the maximum cut is 2e15
        // (hand count), exact in double (< 2^53). No method may report more, and nothing non-finite may appear.
        double w = InputRange.MaxMagnitude;
        string path = Write("limit.txt", "0 1 1e15\n1 2 1e15\n0 2 1e15\n");
        var output = new StringWriter();
        int exit = MaxCutRunner.Run(new MaxCutOptions(path, null, 1, OutputFormat.Json, null), output);
        Assert.Equal(ExitCodes.Ok, exit);
        string json = output.ToString();
        Assert.DoesNotContain("Infinity", json);
        Assert.DoesNotContain("NaN", json);
        using var doc = JsonDocument.Parse(json);
        var methods = doc.RootElement.GetProperty("results");
        Assert.Equal(2 * w, methods.GetProperty("exact").GetProperty("cut").GetDouble());
        foreach (var m in methods.EnumerateObject())
        {
            if (m.Value.GetProperty("status").GetString() == "skipped") continue; // e.g. anneal, run only when named
            double cut = m.Value.GetProperty("cut").GetDouble();
            Assert.True(double.IsFinite(cut) && cut <= 2 * w, $"{m.Name}: cut {cut}");
        }
    }

    [Fact]
    public void DeclaredEmptyGraphIsRefused()
    {
        // Before: the QAOA method failed with "QAOA cost diagonal must have 2^n ≥ 2 entries".
        string path = Write("empty.txt", "# nodes: 0\n");
        var e = Assert.Throws<QuantumAppsException>(() => MaxCutRunner.Run(new MaxCutOptions(path, null, 1, OutputFormat.Table, null), new StringWriter()));
        Assert.Equal($"{path}:1: the graph is empty (0 nodes)", e.Message);
    }

    [Fact]
    public void EmptyMethodListIsRefusedByEveryCommand()
    {
        // `--methods ''` used to run every method (the old MethodList read an empty text as "all"; it had no caller left and is gone).
        Assert.False(MaxCutCommand.TryParseList("", MethodNames.MaxCut, "--methods", out _, out string? maxcut));
        Assert.False(MaxCutCommand.TryParseList("", MethodNames.Tsp, "--methods", out _, out string? tsp));
        Assert.False(MaxCutCommand.TryParseList(" ", MethodNames.Vrp, "--methods", out _, out string? vrp));
        foreach (var error in new[] { maxcut, tsp, vrp }) Assert.Contains("has an empty entry", error);
        var e = Assert.Throws<QuantumAppsException>(() => LadderMethodNames.Parse("", "molecule energy"));
        Assert.Equal("molecule energy: --methods is empty", e.Message);
    }

    [Fact]
    public void BasisIsRefusedForFcidumpInputLikeCharge()
    {
        string fcidump = Path.Combine(_dir, "h2.fcidump");
        FcidumpWriter.Write(fcidump, MoleculeEnergyRunner.LoadHamiltonian(new MoleculeEnergyOptions(RepositoryData.Molecule("h2.xyz"))).H);
        Assert.Equal(2, MoleculeEnergyRunner.LoadHamiltonian(new MoleculeEnergyOptions(fcidump)).H.NumOrbitals);
        var e = Assert.Throws<QuantumAppsException>(() => MoleculeEnergyRunner.LoadHamiltonian(new MoleculeEnergyOptions(fcidump, Basis: "6-31g")));
        Assert.Equal("--basis does not apply to FCIDUMP input (the integrals come in the file's orbital basis)", e.Message);
        Assert.Equal("sto-3g", new MoleculeEnergyOptions("x.xyz").BasisName);
    }

    [Fact]
    public void ReportOutUnderAFileIsRefusedBeforeAnyWork()
    {
        // Root ignores permissions, so the unwritable place is a path whose parent is a file.
        string file = Write("plain", "not a directory");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<QuantumAppsException>(() =>
            ReportRunner.Run(new ReportOptions(Path.Combine(file, "report"), Quick: true), OutputFormat.Table, new StringWriter(), TextWriter.Null));
        Assert.Contains(file, e.Message);
        Assert.True(clock.Elapsed.TotalSeconds < 5, $"refused after {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>300 seeded bytes with every control character, invalid UTF-8 and quotes, as a binary file would have.</summary>
    private static byte[] Garbage(string validPrefix)
    {
        var random = new Random(17);
        var bytes = new byte[300];
        random.NextBytes(bytes);
        for (int i = 0; i < 32; i++) bytes[i * 9] = (byte)i;
        return [.. Encoding.UTF8.GetBytes(validPrefix), .. bytes];
    }

    public static TheoryData<string, string> Readers() => new()
    {
        { "edgelist", "" }, { "gset", "" }, { "tsp", "NAME: x\n" }, { "vrp", "TYPE: CVRP\n" }, { "stops", "" }, { "xyz", "1\n\n" },
        { "fcidump", "" }, { "gbs", "H 0\n" }, { "pauli", "" }, { "pauli-json", "{\"qubits\": " }, { "scan-csv", "bond_angstrom,hf\n" }, { "dataset", "" },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void BinaryGarbageIsNeverEchoedRaw(string reader, string prefix)
    {
        string path = Write("garbage." + reader, Garbage(prefix));
        Action read = reader switch
        {
            "edgelist" => () => EdgeListReader.Read(path),
            "gset" => () => GsetReader.Read(path),
            "tsp" => () => TsplibReader.ReadTsp(path),
            "vrp" => () => TsplibReader.ReadVrp(path),
            "stops" => () => RoadNetworkReader.ParseStops(File.ReadAllText(path), path),
            "xyz" => () => XyzReader.ReadFile(path),
            "fcidump" => () => FcidumpReader.ReadFile(path),
            "gbs" => () => BasisSetLibrary.Load(path),
            "pauli" => () => PauliSumText.Parse(File.ReadAllText(path), path),
            "pauli-json" => () => PauliSumJson.Read(File.ReadAllText(path), path),
            "scan-csv" => () => ScanCsv.Read(File.ReadAllText(path) + "\n", path, ["hf"]),
            _ => () => DatasetReader.Read(path),
        };
        var e = Assert.Throws<QuantumAppsException>(read);
        Assert.StartsWith(path, e.Message);
        // What the CLI prints (CliAction: "error: " + ErrorText.Clean): one line, no control character, bounded.
        string printed = "error: " + ErrorText.Clean(e.Message);
        Assert.DoesNotContain(printed, c => char.IsControl(c) || c == '\uFFFD');
        Assert.True(printed.Length <= ErrorText.MaxLength + 7, $"{printed.Length} characters");
    }

    [Fact]
    public void BinaryGarbageFromTheCommandLineIsOneCleanLine()
    {
        string path = Write("garbage.txt", Garbage("0 1 "));
        var r = CliProcess.Run("maxcut", path, "--methods", "greedy");
        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        string line = Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {path}:1: ", line);
        Assert.DoesNotContain(line, c => char.IsControl(c) || c == '\uFFFD');
    }

    /// <summary>The child's GC heap limit: 128 MiB (hexadecimal, as the runtime reads it), below the 224 MiB of a 22-qubit QAOA state.</summary>
    private static readonly Dictionary<string, string> SmallHeap = new() { ["DOTNET_GCHeapHardLimit"] = "8000000" };

    [Fact]
    public void UnderASmallHeapLimitBigInputsAreRefusedUpFrontWithTheFigures()
    {
        // A TSPLIB header announcing 20000 cities: the distance matrix (8·20000² bytes = 2.98 GiB) is refused at the
        // DIMENSION line, against the heap limit the runtime reports as available, before any array is allocated;
        // the 23-qubit QAOA energy + gradient (2^23 × 32 bytes = 256 MiB, QaoaResources) is refused by the same rule with
        // the same limit.
        string tsp = Write("big.tsp", "NAME: big\nTYPE: TSP\nDIMENSION: 20000\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n");
        var r = CliProcess.RunWith(SmallHeap, "tsp", tsp, "--methods", "nn2opt");
        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        string line = Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {tsp}:3: DIMENSION 20000: the 20000×20000 distance matrix needs 2.98 GiB (3200000000 bytes) but only", line);
        Assert.DoesNotContain("OutOfMemory", line);

        string ring = Write("ring23.txt", string.Concat(Enumerable.Range(0, 23).Select(i => $"{i} {(i + 1) % 23}\n")));
        var q = CliProcess.RunWith(SmallHeap, "maxcut", ring, "--methods", "qaoa", "--format", "json");
        Assert.Equal(ExitCodes.Failure, q.ExitCode);
        using var doc = JsonDocument.Parse(q.StdOut);
        string reason = doc.RootElement.GetProperty("results").GetProperty("qaoa").GetProperty("reason").GetString()!;
        Assert.Contains("needs 256 MiB", reason);
        Assert.DoesNotContain("OutOfMemory", q.StdOut + q.StdErr);
    }
}
