using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.Scf;

namespace QuantumApps.Cli.Output;

/// <summary>
/// How the commands that run the RHF pipeline print its <see cref="ScfResult"/>: convergence, guess and the real
/// RHF → RHF stability analysis. An unstable solution is printed as such (stability "unstable" in JSON, "UNSTABLE"
/// with the eigenvalue in tables), never dropped.
/// </summary>
public static class ScfReport
{
    /// <summary>
    /// JSON object {converged, iterations, guess, stability ("stable" | "unstable" | "not-checked"),
    /// lowestHessianEigenvalue (hartree, null when not checked), stabilityFollows, cures (every cure any attempt
    /// used: "sad-guess", "adiis", "level-shift", "damping"), path: [{cures, iterations, converged, stabilityFollowUp}]}.
    /// </summary>
    public static JsonObject ToJson(ScfResult scf) => new()
    {
        ["converged"] = scf.Converged,
        ["iterations"] = scf.Iterations,
        ["guess"] = GuessName(scf.Guess),
        ["stability"] = StabilityName(scf.Stability),
        ["lowestHessianEigenvalue"] = JsonOutput.Number(scf.LowestHessianEigenvalue),
        ["stabilityFollows"] = scf.StabilityFollows,
        ["cures"] = new JsonArray(ScfAttempt.Names(scf.CuresUsed).Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
        ["path"] = new JsonArray(scf.Path.Select(a => (JsonNode?)new JsonObject
        {
            ["cures"] = new JsonArray(a.CureNames.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
            ["iterations"] = a.Iterations,
            ["converged"] = a.Converged,
            ["stabilityFollowUp"] = a.StabilityFollowUp,
        }).ToArray()),
    };

    /// <summary>Adds the rows "SCF" (iterations, guess) and "RHF stability" to a quantity/value table.</summary>
    public static void AddRows(TextTable table, ScfResult scf)
    {
        var inv = CultureInfo.InvariantCulture;
        table.Add("SCF", $"{(scf.Converged ? "converged" : "not converged")} in {scf.Iterations.ToString(inv)} iterations ({GuessName(scf.Guess)} guess)")
            .Add("SCF path", scf.DescribePath())
            .Add("RHF stability", scf.DescribeStability());
    }

    /// <summary>"stable", "unstable" or "not-checked".</summary>
    public static string StabilityName(ScfStability stability) => stability switch
    {
        ScfStability.Stable => "stable",
        ScfStability.Unstable => "unstable",
        _ => "not-checked",
    };

    private static string GuessName(ScfGuess guess) => guess == ScfGuess.Gwh ? "gwh" : "symmetrised-gwh";
}
