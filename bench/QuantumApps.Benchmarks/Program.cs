using BenchmarkDotNet.Running;

namespace QuantumApps.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/QuantumApps.Benchmarks -- --filter '*'</c>; with a first
/// argument <c>qbench</c> it runs the qulacs-style timing harness instead (<see cref="Qbench"/>, used by
/// <c>bench/qulacs-ratio.sh</c>), with first argument <c>eri</c> the ERI timing of <see cref="EriTiming"/>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "qbench") return Qbench.Run(args[1..]);
        if (args.Length == 4 && args[0] == "eri")
        {
            EriTiming.Run(args[1..]);
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
