using BenchmarkDotNet.Running;

namespace QuantumApps.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/QuantumApps.Benchmarks -- --filter '*'</c>. A first
/// argument selects a timing tool instead: <c>qbench</c> the qulacs-style harness (<see cref="Qbench"/>, used by
/// <c>bench/qulacs-ratio.sh</c>), <c>fusion …</c> fused against gate-by-gate circuits (<see cref="FusionBench"/>),
/// <c>eri</c> the ERI timing (<see cref="EriTiming"/>), <c>qaoa-profile GRAPH [P] [REPEATS]</c> the QAOA time profile
/// (<see cref="QaoaProfile"/>),
/// <c>vqe-profile MOLECULE.xyz [ROUNDS]</c> the UCCSD-VQE stage profile (<see cref="VqeProfile"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.Length > 0 ? args[0] : "")
        {
            case "qbench":
                return Qbench.Run(args[1..]);
            case "fusion":
                FusionBench.Run(args[1..]);
                return 0;
            case "eri" when args.Length == 4:
                EriTiming.Run(args[1..]);
                return 0;
            case "qaoa-profile":
                QaoaProfile.Run(args[1..]);
                return 0;
            case "vqe-profile" when args.Length >= 2:
                VqeProfile.Run(args[1..]);
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
