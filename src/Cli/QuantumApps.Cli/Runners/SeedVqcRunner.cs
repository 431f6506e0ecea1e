using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator.Examples;

namespace QuantumApps.Cli.Runners;

/// <summary>Evaluates the seed variational circuit and prints ⟨Z0⟩ with its adjoint gradient.</summary>
public static class SeedVqcRunner
{
    private static readonly string[] Names = ["phi0", "theta0", "omega0", "phi1", "theta1", "omega1"];

    public static int Run(SeedVqcOptions o, TextWriter output)
    {
        var r = SeedVqc.Evaluate(o.X, o.Params);
        if (o.Format == OutputFormat.Json)
        {
            var grad = new JsonObject();
            for (int i = 0; i < 6; i++) grad[Names[i]] = r.Gradient[i];
            var node = new JsonObject
            {
                ["x"] = new JsonArray(o.X.Select(v => (JsonNode)v).ToArray()),
                ["params"] = new JsonArray(o.Params.Select(v => (JsonNode)v).ToArray()),
                ["expectationZ0"] = r.Value,
                ["gradient"] = grad,
                ["inputGradient"] = new JsonArray(r.InputGradient.Select(v => (JsonNode)v).ToArray()),
            };
            if (o.Qasm) node["qasm"] = r.Qasm;
            JsonOutput.Write(output, node);
            return 0;
        }
        var inv = CultureInfo.InvariantCulture;
        var t = new TextTable("quantity", "value").Add("<Z0>", r.Value.ToString("F12", inv));
        for (int i = 0; i < 6; i++) t.Add($"d<Z0>/d{Names[i]}", r.Gradient[i].ToString("F12", inv));
        t.Add("d<Z0>/dx0", r.InputGradient[0].ToString("F12", inv)).Add("d<Z0>/dx1", r.InputGradient[1].ToString("F12", inv));
        t.Write(output);
        if (o.Qasm) output.Write(r.Qasm);
        return 0;
    }
}
