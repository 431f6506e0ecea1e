using System.Diagnostics;
using System.Globalization;
using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.Integrals;
using QuantumApps.Chemistry.IO;

namespace QuantumApps.Benchmarks;

/// <summary>
/// ERI timing for docs/benchmarks.md, the QuantumApps side of bench/chemistry/psi4_eri.py:
/// <c>dotnet run -c Release --project bench/QuantumApps.Benchmarks -- eri XYZ BASIS ROUNDS</c>. Each round computes the
/// dense AO array once with the default Schwarz screening (1e-12) and once without (threshold 0), one thread, and
/// prints the process CPU time of each call (user + system, <see cref="Process.TotalProcessorTime"/>), the wall time and
/// the skipped quartets.
/// </summary>
internal static class EriTiming
{
    public static void Run(string[] args)
    {
        var molecule = XyzReader.ReadFile(args[0]);
        var basis = MolecularBasis.Build(molecule, BasisSetLibrary.Load(args[1]));
        var rounds = int.Parse(args[2], CultureInfo.InvariantCulture);
        var process = Process.GetCurrentProcess();
        for (var r = 1; r <= rounds; r++)
        {
            foreach (var threshold in new[] { ElectronRepulsionIntegrals.DefaultSchwarzThreshold, 0.0 })
            {
                GC.Collect();
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var eri = ElectronRepulsionIntegrals.Compute(basis, threshold);
                clock.Stop();
                process.Refresh();
                var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"quantumapps n={basis.NumFunctions} round={r} threshold={threshold:E0} eri wall={clock.Elapsed.TotalSeconds:F2} cpu={cpu:F2} quartets={eri.UniqueQuartets} skipped={eri.SkippedQuartets}"));
            }
        }
    }
}
