using BenchmarkDotNet.Running;

namespace QuantumApps.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/QuantumApps.Benchmarks -- --filter '*'</c>; <c>-- fusion …</c> runs <see cref="FusionBench"/>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "fusion")
        {
            FusionBench.Run(args[1..]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
