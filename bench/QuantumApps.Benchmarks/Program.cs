using BenchmarkDotNet.Running;

namespace QuantumApps.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/QuantumApps.Benchmarks -- --filter '*'</c>; with first
/// argument <c>eri</c> the ERI timing of <see cref="EriTiming"/> instead.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 4 && args[0] == "eri")
        {
            EriTiming.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
