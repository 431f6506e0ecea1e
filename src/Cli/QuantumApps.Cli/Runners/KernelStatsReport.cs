using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Learning.Data;
using QuantumApps.Learning.Diagnostics;

namespace QuantumApps.Cli.Runners;

/// <summary><c>classify DATA --kernel-stats</c>: runs <see cref="KernelConcentration"/> and renders the concentration table.</summary>
public static class KernelStatsReport
{
    public static int Run(Dataset data, ClassifyOptions o, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = new KernelStatsSettings(o.MaxQubits, o.Samples, o.TestFraction, o.Folds, o.Regularization);
        var r = ConsoleProgress.Run($"kernel statistics {data.Name}", o.Quiet,
            show => KernelConcentration.Run(data, settings, o.Seed, ConsoleProgress.Reporter<string>(show, s => s), cancellationToken));
        if (o.Format == OutputFormat.Json) JsonOutput.Write(output, Json(r, o));
        else Table(r, output);
        return ExitCodes.Ok;
    }

    private static void Table(KernelStatsResult r, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"{r.Dataset}: kernel concentration on {r.Samples} training samples, qubits 2..{r.MaxQubits}" +
            (r.MaxQubits < r.RequestedMaxQubits ? $" (--max-qubits {r.RequestedMaxQubits} capped at the feature columns)" : ""));
        var t = new TextTable("qubits", "kernel", "bandwidth c", "mean", "variance", "shots ~1/var", "rbf gamma", "g(K_rbf||K_q)");
        foreach (var row in r.Rows)
        {
            var rbf = r.Classical.First(c => c.Qubits == row.Qubits);
            t.Add(row.Qubits.ToString(inv), row.Map, row.Bandwidth.ToString("G4", inv), row.Mean.ToString("G4", inv), row.Variance.ToString("G3", inv),
                double.IsFinite(row.ShotsToResolve) ? row.ShotsToResolve.ToString("G3", inv) : "inf", rbf.Gamma.ToString("G3", inv),
                row.GeometricDifference.ToString("F2", inv));
        }
        t.Write(output);
        output.WriteLine("mean, variance: off-diagonal fidelity-kernel entries (Thanasilp et al. 2022); shots ~1/variance resolve them; bandwidth 1 or 1/sqrt(n).");
        output.WriteLine($"g: geometric difference to the RBF kernel with CV-chosen gamma (Huang et al. 2021), K_C^-1 regularised as sqrt(K_C)(K_C + lambda I)^-2 sqrt(K_C), lambda = {r.Regularization.ToString("G3", inv)}.");
    }

    private static JsonNode Json(KernelStatsResult r, ClassifyOptions o)
    {
        var rows = new JsonArray();
        foreach (var row in r.Rows)
            rows.Add(new JsonObject
            {
                ["qubits"] = row.Qubits, ["kernel"] = row.Map, ["scaled"] = row.Scaled, ["bandwidth"] = row.Bandwidth, ["mean"] = row.Mean,
                ["variance"] = row.Variance, ["shotsToResolve"] = JsonOutput.Number(row.ShotsToResolve),
                ["geometricDifference"] = JsonOutput.Number(row.GeometricDifference),
            });
        var classical = new JsonArray();
        foreach (var c in r.Classical)
            classical.Add(new JsonObject { ["qubits"] = c.Qubits, ["kernel"] = "rbf", ["gamma"] = c.Gamma, ["cvAccuracy"] = c.CvAccuracy });
        return new JsonObject
        {
            ["data"] = new JsonObject { ["file"] = o.Data, ["name"] = r.Dataset, ["samples"] = r.Samples },
            ["settings"] = new JsonObject
            {
                ["maxQubits"] = r.MaxQubits, ["requestedMaxQubits"] = r.RequestedMaxQubits, ["samples"] = o.Samples, ["testFraction"] = o.TestFraction,
                ["folds"] = o.Folds, ["seed"] = o.Seed, ["regularization"] = r.Regularization,
                ["shotsFormula"] = "ceil(1/variance)", ["scaledBandwidth"] = "1/sqrt(qubits)",
            },
            ["classical"] = classical,
            ["rows"] = rows,
        };
    }
}
