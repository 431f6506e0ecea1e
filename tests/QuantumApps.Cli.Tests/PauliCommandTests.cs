using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests;

public class PauliCommandTests
{
    // A 4-qubit H2-like Hamiltonian (JW form, qubit 0 first); the expected ground energy comes from an
    // independent path: MathNet EVD of the dense matrix built by DenseOracle.
    private const string H2Like = """
        qubits 4
        -0.0970662681676
        0.1714128264478 Z0
        0.1714128264478 Z1
        -0.2234315369081 Z2
        -0.2234315369081 Z3
        0.1686889817036 Z0 Z1
        0.1206252348339 Z0 Z2
        0.1659278503377 Z0 Z3
        0.1659278503377 Z1 Z2
        0.1206252348339 Z1 Z3
        0.1744128761226 Z2 Z3
        -0.0453026155038 X0 X1 Y2 Y3
        0.0453026155038 X0 Y1 Y2 X3
        0.0453026155038 Y0 X1 X2 Y3
        -0.0453026155038 Y0 Y1 X2 X3
        """;

    private static string WriteTemp(string text, string name = "h.txt")
    {
        string path = Path.Combine(CliProcess.TempDir(), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Ground_state_json_matches_dense_diagonalisation()
    {
        string file = WriteTemp(H2Like);
        var dense = DenseOracle.Of(PauliSum.Parse(H2Like)).Evd(Symmetricity.Hermitian).EigenValues.Min(e => e.Real);
        var sw = new StringWriter();
        Assert.Equal(0, PauliGroundStateRunner.Run(new PauliGroundStateOptions(file, null, null, null, OutputFormat.Json), sw));
        using var doc = JsonDocument.Parse(sw.ToString());
        Assert.Equal(dense, doc.RootElement.GetProperty("groundEnergy").GetDouble(), 10);
        Assert.Equal(15, doc.RootElement.GetProperty("pauliTerms").GetInt32());
        Assert.Equal(4, doc.RootElement.GetProperty("qubits").GetInt32());
    }

    [Fact]
    public void Ising_ring_through_Lanczos_matches_the_free_fermion_energy()
    {
        // H = −Σ Z_i Z_{i+1} − 1.5 Σ X_i on a 12-site ring (4096 states, above the dense limit): the exact energy is
        // E_0 = −Σ_k √(1 + 1.5² − 3 cos k), k = ±π(2m−1)/12 (Pfeuty 1970), an independent closed form.
        int n = 12;
        var text = new System.Text.StringBuilder($"qubits {n}\n");
        for (int i = 0; i < n; i++) text.Append($"-1 Z{i} Z{(i + 1) % n}\n-1.5 X{i}\n");
        double exact = 0;
        for (int m = 1; m <= n / 2; m++) exact -= 2 * Math.Sqrt(1 + 2.25 - 3 * Math.Cos(Math.PI * (2 * m - 1) / n));
        string file = WriteTemp(text.ToString(), "ising12.txt");
        var sw = new StringWriter();
        Assert.Equal(0, PauliGroundStateRunner.Run(new PauliGroundStateOptions(file, null, null, null, OutputFormat.Json), sw));
        using var doc = JsonDocument.Parse(sw.ToString());
        Assert.Equal("lanczos", doc.RootElement.GetProperty("method").GetString());
        Assert.Equal(exact, doc.RootElement.GetProperty("groundEnergy").GetDouble(), Tolerances.Eigenvalue);
        Assert.True(doc.RootElement.GetProperty("matrixVectorProducts").GetInt32() > 0);
    }

    [Fact]
    public void Sector_ground_state_is_never_below_the_full_ground_state()
    {
        string file = WriteTemp(H2Like);
        double full = Energy(new PauliGroundStateOptions(file, null, null, null, OutputFormat.Json));
        double n2 = Energy(new PauliGroundStateOptions(file, 2, null, null, OutputFormat.Json));
        double ab = Energy(new PauliGroundStateOptions(file, null, 1, 1, OutputFormat.Json));
        Assert.True(n2 >= full - Tolerances.Eigenvalue);
        Assert.True(ab >= n2 - Tolerances.Eigenvalue);
    }

    private static double Energy(PauliGroundStateOptions o)
    {
        var sw = new StringWriter();
        PauliGroundStateRunner.Run(o, sw);
        return JsonDocument.Parse(sw.ToString()).RootElement.GetProperty("groundEnergy").GetDouble();
    }

    [Fact]
    public void Bad_input_is_refused_with_file_and_line()
    {
        string file = WriteTemp("0.5 Z0\n0.3 X1 Q2\n");
        var e = Assert.Throws<QuantumAppsException>(() => PauliGroundStateRunner.Run(new PauliGroundStateOptions(file, null, null, null, OutputFormat.Table), new StringWriter()));
        Assert.Contains("h.txt:2:8", e.Message);
        string nonHermitian = WriteTemp("(0.5,0.1) Z0\n");
        Assert.Throws<QuantumAppsException>(() => PauliGroundStateRunner.Run(new PauliGroundStateOptions(nonHermitian, null, null, null, OutputFormat.Table), new StringWriter()));
    }

    [Theory]
    [InlineData("missing.txt", "file not found")]
    [InlineData("bad", "h.txt:2:8")]
    public void Cli_errors_are_one_line_on_stderr_with_exit_code_1(string which, string expected)
    {
        string file = which == "bad" ? WriteTemp("0.5 Z0\n0.3 X1 Q2\n") : Path.Combine(CliProcess.TempDir(), which);
        var r = CliProcess.Run("pauli", "ground-state", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(expected, r.StdErr);
        Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", r.StdErr);
    }

    [Fact]
    public void Version_and_help_work()
    {
        var v = CliProcess.Run("version");
        Assert.Equal(0, v.ExitCode);
        Assert.StartsWith("quantumapps ", v.StdOut);
        var h = CliProcess.Run("pauli", "ground-state", "--help");
        Assert.Equal(0, h.ExitCode);
        Assert.Contains("--sector", h.StdOut);
    }
}
