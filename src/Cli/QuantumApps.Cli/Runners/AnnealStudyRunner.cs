using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;
using QuantumApps.Variational.Annealing;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps anneal-study</c>: time to solution (99 %) of quantum annealing (ħ/σ), SA and SQA (sweeps, seconds)
/// against n on seeded MaxCut instances (<see cref="AnnealingStudy"/>), as a table or one JSON document.
/// </summary>
public static class AnnealStudyRunner
{
    /// <summary>Names of <c>--graph</c>.</summary>
    public static IReadOnlyList<(string Name, AnnealingStudyGraph Graph)> GraphNames { get; } =
        [("3-regular", AnnealingStudyGraph.Regular3), ("weighted", AnnealingStudyGraph.Weighted)];

    /// <summary>Runs the study; returns the exit code.</summary>
    public static int Run(AnnealStudyOptions o, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(o);
        var sizes = ParseSizes(o.Sizes, o.Graph);
        Validate(o.Settings);
        var rows = ConsoleProgress.Run("anneal-study", o.Quiet, show =>
            AnnealingStudy.Run(sizes, o.Graph, o.Seed, o.Settings, ConsoleProgress.Reporter<string>(show, s => s), CliCancellation.Token));
        string graph = GraphNames.First(g => g.Graph == o.Graph).Name;
        if (o.Format == OutputFormat.Json)
        {
            var arr = new JsonArray();
            foreach (var r in rows)
            {
                arr.Add(new JsonObject
                {
                    ["nodes"] = r.Nodes, ["edges"] = r.Edges, ["maxCut"] = r.MaxCut, ["costScale"] = r.CostScale,
                    ["qa"] = new JsonObject
                    {
                        ["annealTime"] = r.QaAnnealTime, ["successProbability"] = r.QaSuccessProbability, ["tts99"] = JsonOutput.Number(r.QaTts99),
                        ["minimumGap"] = r.MinimumGap is double gap ? JsonOutput.Number(gap) : null,
                    },
                    ["sa"] = new JsonObject { ["sweeps"] = r.SaSweeps, ["tts99Sweeps"] = JsonOutput.Number(r.SaTts99Sweeps), ["tts99Seconds"] = JsonOutput.Number(r.SaTts99Seconds) },
                    ["sqa"] = new JsonObject { ["sweeps"] = r.SqaSweeps, ["tts99Sweeps"] = JsonOutput.Number(r.SqaTts99Sweeps), ["tts99Seconds"] = JsonOutput.Number(r.SqaTts99Seconds) },
                    ["seconds"] = r.Seconds,
                });
            }

            var s = o.Settings;
            JsonOutput.Write(output, new JsonObject
            {
                ["graph"] = graph, ["seed"] = o.Seed,
                ["settings"] = new JsonObject
                {
                    ["annealTimes"] = new JsonArray(s.AnnealTimes.Select(t => (JsonNode)t).ToArray()), ["trotterStep"] = s.TrotterStep, ["runs"] = s.Runs,
                    ["sqaSlices"] = s.SqaSlices, ["sqaTemperature"] = s.SqaTemperature, ["gapMaxQubits"] = s.GapMaxQubits,
                },
                ["rows"] = arr,
            });
            return ExitCodes.Ok;
        }

        output.WriteLine($"anneal-study on seeded {graph} MaxCut instances (seed {o.Seed} + n): TTS99 = T·ln(0.01)/ln(1−p) at the best run length; "
            + "QA in units of ħ/σ (σ = RMS weight), SA and SQA in sweeps and seconds");
        var table = new TextTable("n", "edges", "max cut", "QA T", "QA p", "QA TTS99", "min gap", "SA sweeps", "SA TTS99", "SA TTS s", "SQA sweeps", "SQA TTS99", "SQA TTS s", "seconds");
        foreach (var r in rows)
        {
            table.Add(r.Nodes.ToString(CultureInfo.InvariantCulture), r.Edges.ToString(CultureInfo.InvariantCulture), F(r.MaxCut), F(r.QaAnnealTime), F(r.QaSuccessProbability),
                F(r.QaTts99), r.MinimumGap is double g ? F(g) : "-", F(r.SaSweeps), F(r.SaTts99Sweeps), F(r.SaTts99Seconds), F(r.SqaSweeps), F(r.SqaTts99Sweeps),
                F(r.SqaTts99Seconds), r.Seconds.ToString("F1", CultureInfo.InvariantCulture));
        }

        table.Write(output);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Rejects invalid settings before anything runs, as usage errors (<see cref="ArgumentException"/>, exit code 2):
    /// anneal times and the Trotter step positive and finite, at least one run, a gap limit ≥ 0.
    /// </summary>
    public static void Validate(AnnealingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.AnnealTimes.Count == 0 || settings.AnnealTimes.Any(t => !(t > 0) || !double.IsFinite(t)))
        {
            throw new ArgumentException($"--anneal-times: every anneal time must be a positive finite number, got {string.Join(",", settings.AnnealTimes.Select(t => t.ToString(CultureInfo.InvariantCulture)))}");
        }

        if (!(settings.TrotterStep > 0) || !double.IsFinite(settings.TrotterStep))
        {
            throw new ArgumentException($"--trotter-step must be a positive finite number, got {settings.TrotterStep.ToString(CultureInfo.InvariantCulture)}");
        }

        if (settings.Runs < 1)
        {
            throw new ArgumentException($"--runs must be at least 1, got {settings.Runs}");
        }

        if (settings.GapMaxQubits < 0)
        {
            throw new ArgumentException($"--gap-max-qubits must be at least 0, got {settings.GapMaxQubits}");
        }
    }

    private static string F(double v) => double.IsPositiveInfinity(v) ? "inf" : v.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>
    /// "A..B" (every n, or every even n for 3-regular graphs) or "a,b,c"; 2 ≤ n ≤ 30 (3-regular: even n ≥ 4). A bad list
    /// is a usage error (<see cref="ArgumentException"/>, exit code 2).
    /// </summary>
    public static IReadOnlyList<int> ParseSizes(string text, AnnealingStudyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sizes = new List<int>();
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            if (!int.TryParse(text[..dots], NumberStyles.None, CultureInfo.InvariantCulture, out int a)
                || !int.TryParse(text[(dots + 2)..], NumberStyles.None, CultureInfo.InvariantCulture, out int b) || b < a)
            {
                throw new ArgumentException($"--sizes '{ErrorText.Clean(text)}': expected A..B with whole numbers A ≤ B, or a comma list");
            }

            for (int n = a; n <= b; n++)
            {
                if (graph != AnnealingStudyGraph.Regular3 || n % 2 == 0)
                {
                    sizes.Add(n);
                }
            }
        }
        else
        {
            foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                {
                    throw new ArgumentException($"--sizes: '{ErrorText.Clean(part)}' is not a whole number");
                }

                sizes.Add(n);
            }
        }

        if (sizes.Count == 0 || sizes.Any(n => n < 2 || n > 30))
        {
            throw new ArgumentException($"--sizes '{ErrorText.Clean(text)}': every size must be between 2 and 30 (and there must be one)");
        }

        if (graph == AnnealingStudyGraph.Regular3 && sizes.Any(n => n < 4 || n % 2 != 0))
        {
            throw new ArgumentException($"--sizes '{ErrorText.Clean(text)}': 3-regular graphs need even sizes ≥ 4 (or use --graph weighted)");
        }

        return sizes;
    }
}
