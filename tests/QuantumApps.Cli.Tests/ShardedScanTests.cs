using System.Diagnostics;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests;

/// <summary>
/// Sharded scans merge into exactly what one run writes (the single run is the independent path: HF and FCI are
/// deterministic, so the CSVs must be equal byte for byte), and the merge refuses every inconsistent set of parts.
/// </summary>
public class ShardedScanTests
{
    private const string Grid = "0.6:1.0:0.1";

    private static MoleculeScanOptions Scan(string? outFile, Shard? shard, LadderMethods methods = LadderMethods.Hf | LadderMethods.Fci) =>
        new(new MoleculeEnergyOptions(RepositoryData.Molecule("h2.xyz"), Methods: methods, Quiet: true), Grid, Out: outFile, Shard: shard);

    private static string SingleRunCsv(string dir)
    {
        string single = Path.Combine(dir, "single.csv");
        Assert.Equal(0, MoleculeScanRunner.Run(Scan(single, null), TextWriter.Null));
        return File.ReadAllText(single);
    }

    private static string[] Shards(string dir, int n)
    {
        var parts = new string[n];
        for (int k = 0; k < n; k++)
        {
            parts[k] = Path.Combine(dir, $"part-{k}.json");
            Assert.Equal(0, MoleculeScanRunner.Run(Scan(parts[k], new Shard(k, n)), TextWriter.Null));
        }
        return parts;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void MergedShardsEqualOneRun(int n)
    {
        string dir = CliProcess.TempDir();
        var parts = Shards(dir, n).Reverse().ToArray();
        string merged = Path.Combine(dir, "merged.csv");
        Assert.Equal(0, MergeRunner.Run(new MergeOptions(parts, merged, Path.Combine(dir, "merged.svg")), TextWriter.Null));
        Assert.Equal(SingleRunCsv(dir), File.ReadAllText(merged));
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir, "merged.svg")));
    }

    [Fact]
    public void MergeRefusesMissingRepeatedForeignAndIncompleteParts()
    {
        string dir = CliProcess.TempDir();
        var parts = Shards(dir, 3);
        Assert.Contains("shard 2/3 missing", Refusal([parts[0], parts[1]]));
        Assert.Contains("is also in", Refusal([parts[0], parts[0], parts[1], parts[2]]));

        string foreign = Path.Combine(dir, "foreign.json");
        Assert.Equal(0, MoleculeScanRunner.Run(Scan(foreign, new Shard(2, 3), LadderMethods.Hf), TextWriter.Null));
        Assert.Contains("settings differ: methods", Refusal([parts[0], parts[1], foreign]));

        var part = ScanShardFile.Read(parts[1]);
        string cut = Path.Combine(dir, "cut.json");
        File.WriteAllText(cut, (part with { Rows = part.Rows.Take(part.Rows.Count - 1).ToArray() }).ToJson());
        Assert.Contains("incomplete", Refusal([parts[0], cut, parts[2]]));

        string truncated = Path.Combine(dir, "truncated.json");
        File.WriteAllText(truncated, File.ReadAllText(parts[2])[..40]);
        Assert.StartsWith(truncated + ": line", Refusal([parts[0], parts[1], truncated]));
    }

    /// <summary>
    /// Parts store the mapping as the CLI spells it; a part written before (enum name "JordanWigner") still reads and
    /// merges with new parts.
    /// </summary>
    [Fact]
    public void MappingIsStoredInCliSpellingAndOldSpellingStillMerges()
    {
        string dir = CliProcess.TempDir();
        var parts = Shards(dir, 2);
        string text = File.ReadAllText(parts[0]);
        Assert.Contains("\"mapping\": \"jordan-wigner\"", text);
        File.WriteAllText(parts[0], text.Replace("\"mapping\": \"jordan-wigner\"", "\"mapping\": \"JordanWigner\""));
        Assert.Equal("jordan-wigner", (string?)ScanShardFile.Read(parts[0]).Settings["mapping"]);
        string merged = Path.Combine(dir, "merged.csv");
        Assert.Equal(0, MergeRunner.Run(new MergeOptions(parts, merged), TextWriter.Null));
        Assert.Equal(SingleRunCsv(dir), File.ReadAllText(merged));
    }

    [Fact]
    public void ShardNeedsAJsonOutAndNoPlot()
    {
        Assert.Contains("--out PART.json", Assert.Throws<QuantumAppsException>(() => MoleculeScanRunner.Run(Scan("x.csv", new Shard(0, 2)), TextWriter.Null)).Message);
        Assert.Contains("--plot", Assert.Throws<QuantumAppsException>(() =>
            MoleculeScanRunner.Run(Scan(Path.Combine(CliProcess.TempDir(), "p.json"), new Shard(0, 2)) with { Plot = "x.svg" }, TextWriter.Null)).Message);
    }

    [Fact]
    public void ResumedShardKeepsItsPointsAndRefusesAnotherShard()
    {
        string dir = CliProcess.TempDir();
        var parts = Shards(dir, 2);
        var before = File.ReadAllText(parts[1]);
        Assert.Equal(0, MoleculeScanRunner.Run(Scan(parts[1], new Shard(1, 2)) with { Resume = true }, TextWriter.Null));
        Assert.Equal(before, File.ReadAllText(parts[1]));
        Assert.Contains("another scan", Assert.Throws<QuantumAppsException>(() =>
            MoleculeScanRunner.Run(Scan(parts[1], new Shard(0, 2)) with { Resume = true }, TextWriter.Null)).Message);
    }

    /// <summary>The Slurm array script of docs/batch, run as N local processes at once (one per array task), then merged.</summary>
    [Fact]
    public void SlurmArrayScriptRunsAsLocalProcesses()
    {
        string dir = CliProcess.TempDir();
        string script = RepositoryData.Path("..", "docs", "batch", "slurm-scan.sbatch");
        RunShardProcesses(dir, 3, k => ("bash", [script], new()
        {
            ["SLURM_ARRAY_TASK_ID"] = k.ToString(), ["SLURM_ARRAY_TASK_COUNT"] = "3",
            ["MOLECULE"] = RepositoryData.Molecule("h2.xyz"), ["BOND"] = Grid, ["METHODS"] = "hf,fci",
        }));
        AssertMergesToOneRun(dir, Enumerable.Range(0, 3).Select(k => Path.Combine(dir, "scan-parts", $"part-{k}.json")));
    }

    /// <summary>The container command of the Kubernetes indexed Job in docs/batch, run once per completion index, then merged.</summary>
    [Fact]
    public void KubernetesIndexedJobCommandRunsAsLocalProcesses()
    {
        string dir = CliProcess.TempDir();
        var yaml = File.ReadAllLines(RepositoryData.Path("..", "docs", "batch", "k8s-scan-job.yaml"));
        int start = Array.FindIndex(yaml, l => l.Trim() == "- >-") + 1;
        string command = string.Join(" ", yaml.Skip(start).TakeWhile(l => l.StartsWith("              ")).Select(l => l.Trim()));
        int completions = int.Parse(yaml.Single(l => l.Trim().StartsWith("completions:")).Split(':')[1]);
        RunShardProcesses(dir, completions, k => ("sh", ["-c", command], new()
        {
            ["JOB_COMPLETION_INDEX"] = k.ToString(), ["DATA"] = RepositoryData.Path(), ["PARTS"] = dir, ["BOND"] = Grid, ["METHODS"] = "hf,fci",
        }));
        AssertMergesToOneRun(dir, Enumerable.Range(0, completions).Select(k => Path.Combine(dir, $"part-{k}.json")));
    }

    private static string Refusal(string[] parts) =>
        Assert.Throws<QuantumAppsException>(() => MergeRunner.Run(new MergeOptions(parts), TextWriter.Null)).Message;

    private static void AssertMergesToOneRun(string dir, IEnumerable<string> parts)
    {
        string merged = Path.Combine(dir, "merged.csv");
        var r = CliProcess.Run(["merge", .. parts, "--out", merged]);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(SingleRunCsv(dir), File.ReadAllText(merged));
    }

    /// <summary>Starts all N shard processes at once with a `quantumapps` shim on PATH and waits for every one to succeed.</summary>
    internal static void RunShardProcesses(string dir, int n, Func<int, (string File, string[] Args, Dictionary<string, string> Env)> shard)
    {
        string bin = Path.Combine(dir, "bin");
        Directory.CreateDirectory(bin);
        string shim = Path.Combine(bin, "quantumapps");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "quantumapps.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var processes = Enumerable.Range(0, n).Select(k =>
        {
            var (file, args, env) = shard(k);
            var psi = new ProcessStartInfo(file) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) psi.ArgumentList.Add(a);
            foreach (var (key, value) in env) psi.Environment[key] = value;
            psi.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
            return Process.Start(psi)!;
        }).ToArray();
        foreach (var p in processes)
        {
            string err = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            Assert.True(p.WaitForExit(120_000), "shard process timed out");
            Assert.True(p.ExitCode == 0, err);
        }
    }
}
