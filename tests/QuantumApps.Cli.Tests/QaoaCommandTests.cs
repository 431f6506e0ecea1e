using QuantumApps.TestSupport;
using System.Text.Json;

namespace QuantumApps.Cli.Tests;

public class QaoaCommandTests
{
    [Fact]
    public void Maxcut_qaoa_p1_on_Petersen_reaches_the_FGG_value_and_never_beats_exact()
    {
        // Farhi, Goldstone, Gutmann (arXiv:1411.4028): p = 1 on triangle-free 3-regular graphs gives
        // <C>/|E| = 1/2 + 1/(3√3) = 0.69245 at the optimal angles; Petersen has girth 5 and |E| = 15.
        var r = CliProcess.Run("maxcut", RepositoryData.Graph("petersen.txt"), "--methods", "exact,qaoa", "--p", "1", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var res = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("results");
        double exact = res.GetProperty("exact").GetProperty("cut").GetDouble();
        var q = res.GetProperty("qaoa");
        // Tolerance 1e-8 (as QaoaDriverTests): the optimizer stops at gradient 1e-7 and the value is quadratic near the
        // optimum, so the value error is ~1e-14; 1e-8 leaves margin for the JSON round trip.
        Assert.Equal(0.5 + 1 / (3 * Math.Sqrt(3)), q.GetProperty("expectation").GetDouble() / 15, 1e-8);
        Assert.True(q.GetProperty("expectation").GetDouble() <= exact);
        Assert.True(q.GetProperty("bestSampledCut").GetDouble() <= exact);
        Assert.InRange(q.GetProperty("probabilityOptimal").GetDouble(), 0, 1);
        Assert.Equal(1000, q.GetProperty("shots").GetInt32());
    }

    [Fact]
    public void Tsp_qaoa_with_the_xy_mixer_samples_are_never_shorter_than_Held_Karp()
    {
        var r = CliProcess.Run("tsp", RepositoryData.Graph("tiny5-full.tsp"), "--methods", "exact,qaoa", "--mixer", "xy", "--p", "1", "--angles", "ramp", "--format", "json");
        Assert.Equal(0, r.ExitCode); // ramp angles: the law below holds for any angles, and the grid search costs 3x the time
        var res = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("results");
        double exact = res.GetProperty("exact").GetProperty("length").GetDouble();
        var q = res.GetProperty("qaoa");
        Assert.Equal(16, q.GetProperty("qubits").GetInt32());
        Assert.True(q.GetProperty("bestSampledLength").GetDouble() >= exact);
        Assert.True(q.GetProperty("approximationRatio").GetDouble() >= 1);
    }

    [Theory]
    [InlineData("maxcut", "petersen.txt")]
    [InlineData("tsp", "tiny5-full.tsp")]
    public void Zero_shots_is_refused_not_reported_as_no_sample(string command, string file)
    {
        var r = CliProcess.Run(command, RepositoryData.Graph(file), "--methods", "qaoa", "--shots", "0");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StdOut);
        Assert.StartsWith("error: --shots must be at least 1", r.StdErr);
    }

    [Fact]
    public void Bad_mixer_is_a_clear_error()
    {
        var r = CliProcess.Run("tsp", RepositoryData.Graph("tiny5-full.tsp"), "--methods", "qaoa", "--mixer", "zz");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--mixer must be x or xy", r.StdErr);
    }
}
