using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Cli.Output;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>Renders a <see cref="VqeMethodResult"/> and a <see cref="NoisyEnergy"/>: the "vqe" JSON object and the table rows.</summary>
public static class VqeMethodReport
{
    /// <summary>The <c>"vqe"</c> JSON object.</summary>
    public static JsonObject ToJson(VqeMethodResult r)
    {
        var json = new JsonObject
        {
            ["ansatz"] = r.Ansatz,
            ["optimizer"] = r.Optimizer,
            ["energy"] = JsonOutput.Number(r.Energy),
            ["parameters"] = r.Parameters.Count,
            ["evaluations"] = r.Evaluations,
            ["gradientEvaluations"] = r.GradientEvaluations,
            ["iterations"] = r.Iterations,
            ["converged"] = r.Converged,
            ["exitReason"] = r.ExitReason,
            ["exitDescription"] = ExitDescription(r),
            ["starts"] = r.Starts,
            ["seconds"] = r.Seconds,
            ["qubits"] = r.Resources.NumQubits,
            ["cnots"] = r.Resources.Cnots,
            ["depth"] = r.Resources.Depth,
            ["cnotsLinear"] = r.Resources.CnotsLinear,
            ["depthLinear"] = r.Resources.DepthLinear,
            ["swapsLinear"] = r.Resources.SwapsLinear,
            ["measurementGroups"] = r.Resources.MeasurementGroups,
            ["shotsForChemicalAccuracy"] = r.Resources.ShotsForChemicalAccuracy,
        };
        if (r.Shots is int shots)
        {
            json["shots"] = shots;
            json["shotEnergy"] = JsonOutput.Number(r.ShotMean ?? double.NaN);
            json["standardError"] = JsonOutput.Number(r.StandardError ?? double.NaN);
        }
        if (r.Noisy is { } n) AddNoisyJson(json, n, "noisyEnergy");
        if (r.Operators is { } ops) json["operators"] = new JsonArray(ops.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        return json;
    }

    /// <summary>The stop reason in words ("converged", "converged at the starting point with zero gradient", …).</summary>
    public static string ExitDescription(VqeMethodResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.ExitReason switch
        {
            "stationary-start" => "converged at the starting point with zero gradient",
            VqeMethod.StationaryAtReference => $"stopped on the Hartree–Fock energy with zero gradient (a stationary point, not the minimum) in all {r.Starts} seeded starts",
            _ => r.Converged ? "converged" : r.ExitReason,
        };
    }

    /// <summary>Adds the VQE rows to a quantity/value table.</summary>
    public static void AddRows(TextTable table, VqeMethodResult r, double? fci)
    {
        var inv = CultureInfo.InvariantCulture;
        table.Add("E_VQE / Ha", r.Energy.ToString("F10", inv));
        if (fci is double f) table.Add("VQE − FCI / Ha", (r.Energy - f).ToString("E3", inv));
        if (r.Shots is int shots)
            table.Add($"E_VQE ({shots} shots) / Ha", $"{(r.ShotMean ?? double.NaN).ToString("F6", inv)} ± {(r.StandardError ?? double.NaN).ToString("F6", inv)}");
        table.Add("VQE ansatz / optimizer", $"{r.Ansatz} / {r.Optimizer}")
            .Add("VQE parameters", r.Parameters.Count.ToString(inv))
            .Add("VQE evaluations (gradients)", $"{r.Evaluations} ({r.GradientEvaluations})")
            .Add("VQE exit", r.Converged ? "converged" : $"NOT converged: {ExitDescription(r)} ({r.ExitReason}; best energy reported)")
            .Add("VQE starts", r.Starts.ToString(inv))
            .Add("VQE seconds", r.Seconds.ToString("F3", inv))
            .Add("CNOTs / depth (all-to-all)", $"{r.Resources.Cnots} / {r.Resources.Depth}")
            .Add("CNOTs / depth (linear chain)", $"{r.Resources.CnotsLinear} / {r.Resources.DepthLinear} ({r.Resources.SwapsLinear} SWAPs)")
            .Add("measurement groups (QWC)", r.Resources.MeasurementGroups.ToString(inv))
            .Add("shots for 1.6 mHa", r.Resources.ShotsForChemicalAccuracy?.ToString(inv) ?? "-");
        if (r.Noisy is { } n) AddNoisyRows(table, n, "E_VQE", " / Ha", fci);
        if (r.Operators is { } ops) table.Add("ADAPT operators", string.Join(" ", ops));
    }

    /// <summary>
    /// Adds the noisy fields to a JSON object: noise (canonical spec), <paramref name="valueKey"/>, noisyStandardError
    /// (null for the exact density matrix), noisyMethod, noisyTrajectories and, with shots, noisyShots,
    /// noisyShotEnergy (<paramref name="valueKey"/> with "Shot" inserted) and noisyShotStandardError.
    /// </summary>
    public static void AddNoisyJson(JsonObject json, NoisyEnergy n, string valueKey)
    {
        json["noise"] = n.Noise;
        json["noisyMethod"] = n.Method;
        json[valueKey] = JsonOutput.Number(n.Energy);
        json["noisyStandardError"] = n.StandardError is double se ? JsonOutput.Number(se) : null;
        json["noisyTrajectories"] = n.Trajectories;
        if (n.Shots is long shots)
        {
            json["noisyShots"] = shots;
            json["noisyShotTrajectories"] = n.ShotTrajectories;
            json[valueKey.Replace("noisy", "noisyShot", StringComparison.Ordinal)] = JsonOutput.Number(n.ShotEnergy ?? double.NaN);
            json["noisyShotStandardError"] = JsonOutput.Number(n.ShotStandardError ?? double.NaN);
        }
    }

    /// <summary>Adds the noisy rows (label prefix <paramref name="label"/>, unit <paramref name="unit"/>) to a quantity/value table.</summary>
    public static void AddNoisyRows(TextTable table, NoisyEnergy n, string label, string unit, double? exact)
    {
        var inv = CultureInfo.InvariantCulture;
        string value = n.StandardError is double se ? $"{n.Energy.ToString("F6", inv)} ± {se.ToString("F6", inv)}" : n.Energy.ToString("F10", inv);
        table.Add("noise model", n.Noise)
            .Add($"{label} noisy ({(n.Method == "density-matrix" ? "density matrix" : $"{n.Trajectories} trajectories")}){unit}", value);
        if (exact is double f) table.Add($"{label} noisy − FCI{unit}", (n.Energy - f).ToString("E3", inv));
        if (n.Shots is long shots)
            table.Add($"{label} noisy ({shots} shots, {n.ShotTrajectories} trajectories){unit}",
                $"{(n.ShotEnergy ?? double.NaN).ToString("F6", inv)} ± {(n.ShotStandardError ?? double.NaN).ToString("F6", inv)}");
    }
}
