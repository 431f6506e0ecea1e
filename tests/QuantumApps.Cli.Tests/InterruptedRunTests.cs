using System.Diagnostics;
using System.Runtime.InteropServices;
using QuantumApps.Chemistry.IO;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Runners;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests;

/// <summary>
/// Interrupted and concurrent runs (issue 17): a bond scan killed by SIGINT, SIGTERM or SIGKILL at a seeded random moment
/// leaves its CSV complete (every row equal to the uninterrupted run's) or absent, and <c>--resume</c> then gives the
/// uninterrupted file byte for byte; concurrent writers of one path (<see cref="AtomicFile"/>) leave one complete file.
/// </summary>
public sealed partial class InterruptedRunTests : IDisposable
{
    private const string Grid = "0.5:1.5:0.1";
    private static readonly string[] Methods = ["hf", "fci"];
    private readonly string _dir = CliProcess.TempDir();

    public void Dispose() => Directory.Delete(_dir, true);

    private static MoleculeScanOptions Scan(string csv, bool resume = false) =>
        new(new MoleculeEnergyOptions(RepositoryData.Molecule("h2.xyz"), Methods: LadderMethods.Hf | LadderMethods.Fci, Quiet: true), Grid, Out: csv, Resume: resume);

    /// <summary>The uninterrupted scan's CSV (in process; the reference for every interrupted run).</summary>
    private static readonly Lazy<string> Uninterrupted = new(() =>
    {
        string dir = CliProcess.TempDir();
        try
        {
            string csv = Path.Combine(dir, "full.csv");
            Assert.Equal(0, MoleculeScanRunner.Run(Scan(csv), new StringWriter()));
            return File.ReadAllText(csv);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    });

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [Theory]
    [InlineData(2, 11)] // SIGINT
    [InlineData(15, 12)] // SIGTERM
    [InlineData(9, 13)] // SIGKILL
    public void KilledScanLeavesCompleteRowsAndResumesToTheSameFile(int signal, int seed)
    {
        string csv = Path.Combine(_dir, "curve.csv");
        string dll = Path.Combine(AppContext.BaseDirectory, "quantumapps.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "molecule", "scan", RepositoryData.Molecule("h2.xyz"), "--bond", Grid, "--methods", "hf,fci", "--out", csv, "-q" })
            psi.ArgumentList.Add(a);
        using (var p = Process.Start(psi)!)
        {
            _ = p.StandardOutput.ReadToEndAsync();
            _ = p.StandardError.ReadToEndAsync();
            // Kill after the first rows are on disk, at a seeded random moment within the next 300 ms.
            var clock = Stopwatch.StartNew();
            while (!File.Exists(csv) && !p.HasExited && clock.Elapsed.TotalSeconds < 60) Thread.Sleep(5);
            Thread.Sleep(new Random(seed).Next(300));
            if (!p.HasExited) Assert.Equal(0, Kill(p.Id, signal));
            Assert.True(p.WaitForExit(30_000));
        }

        var full = ScanCsv.Read(Uninterrupted.Value, "full.csv", Methods).ToDictionary(r => r.BondAngstrom);
        if (File.Exists(csv))
        {
            foreach (var row in ScanCsv.Read(File.ReadAllText(csv), csv, Methods))
                Assert.Equal(full[row.BondAngstrom].Energies, row.Energies);
        }
        // SIGINT and SIGTERM remove AtomicFile's temporary file; SIGKILL cannot be caught and may leave a hidden
        // ".curve.csv.<guid>.tmp" next to the output (never a partial output).
        if (signal != 9) Assert.Empty(Directory.GetFiles(_dir, ".*.tmp"));
        Assert.Equal(0, MoleculeScanRunner.Run(Scan(csv, resume: true), new StringWriter()));
        Assert.Equal(Uninterrupted.Value, File.ReadAllText(csv));
    }

    [Fact]
    public async Task ConcurrentWritersOfOnePathLeaveOneCompleteFile()
    {
        // 4 writers × 25 writes of 64 KiB texts, each a single repeated letter, while a reader checks every read.
        string path = Path.Combine(_dir, "out.txt");
        string[] contents = Enumerable.Range(0, 4).Select(k => new string((char)('a' + k), 64 * 1024)).ToArray();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            int reads = 0;
            while (!stop.IsCancellationRequested)
            {
                if (!File.Exists(path)) continue;
                string text = File.ReadAllText(path);
                Assert.Contains(text, contents);
                reads++;
            }
            return reads;
        });
        Parallel.For(0, 4, k =>
        {
            for (int i = 0; i < 25; i++) AtomicFile.WriteAllText(path, contents[k]);
        });
        await stop.CancelAsync();
        await reader;
        Assert.Contains(File.ReadAllText(path), contents);
        Assert.Empty(Directory.GetFiles(_dir, ".*.tmp"));
    }
}
