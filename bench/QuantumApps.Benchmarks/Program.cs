using BenchmarkDotNet.Running;

namespace QuantumApps.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/QuantumApps.Benchmarks -- --filter '*'</c>, or the QAOA
/// time profile: <c>… -- qaoa-profile GRAPH [P] [REPEATS]</c> (<see cref="QaoaProfile"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "qaoa-profile")
        {
            QaoaProfile.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
