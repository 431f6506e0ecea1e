using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using QuantumApps.Ansatz.Excitations;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Optimizers;
using QuantumApps.Simulator.Compilation;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.States;
using QuantumApps.Variational.Vqe;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Benchmarks;

/// <summary>
/// Where the time of <c>quantumapps molecule energy FILE --methods vqe --ansatz uccsd</c> goes (#16):
/// <c>dotnet run -c Release --project bench/QuantumApps.Benchmarks -- vqe-profile FILE [ROUNDS]</c> runs the CLI's stages
/// one by one in this process — RHF pipeline (integrals, SCF, MO transform), Jordan–Wigner mapping, UCCSD ansatz, the
/// VQE driver (L-BFGS with adjoint gradients), the resource report's parts (CNOT lowering, linear-chain routing, QWC
/// grouping, shot count) — and prints per stage the process CPU time, the wall time and the JIT compilation time
/// (<see cref="JitInfo.GetCompilationTime"/>) with the number of methods compiled. Round 1 is cold (it pays the JIT like a CLI run); further rounds
/// (default 1 more) are warm and show the compute alone. Process start-up is not in these figures: compare with the
/// whole-process time of the CLI (<c>/usr/bin/time</c>).
/// </summary>
public static class VqeProfile
{
    public static void Run(string[] args)
    {
        string file = args[0];
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
        var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"before Main work: cpu {process.TotalProcessorTime.TotalSeconds:F3} s, JIT {JitInfo.GetCompilationTime().TotalSeconds:F3} s, {JitInfo.GetCompiledMethodCount()} methods"));
        for (int round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"round {round} ({(round == 1 ? "cold: includes JIT" : "warm")})");
            var total = Stage(process, "total", () =>
            {
                var molecule = Stage(process, "  read xyz", () => XyzReader.Parse(File.ReadAllText(file), file, 0, 1));
                var mol = Stage(process, "  RHF pipeline (integrals, SCF, MO transform)", () => MoleculePipeline.Build(new MoleculeOptions(molecule)));
                var h = mol.Hamiltonian;
                var mapped = Stage(process, "  Jordan-Wigner mapping", () => QubitHamiltonian.MapWithSector(h, MappingKind.JordanWigner));
                int n = h.NumOrbitals, nq = 2 * n;
                var ansatz = Stage(process, "  UCCSD ansatz", () => UccsdAnsatz.Create(n, h.NumAlpha, h.NumBeta));
                var r = Stage(process, "  VQE driver (L-BFGS, adjoint gradients)", () =>
                    VqeDriver.Run(mapped.Hamiltonian, ansatz, OptimizerFactory.Create(OptimizerKind.Lbfgs), new VqeOptions(), new Random(42)));
                var state = StateVector.Empty(nq);
                ansatz.Prepare(state, r.Parameters.ToArray());
                var circuit = Stage(process, "  ToCircuit", () => ansatz.ToCircuit());
                var lowered = Stage(process, "  CNOT lowering", () => CnotLowering.Lower(circuit));
                Stage(process, "  linear-chain routing", () => LinearChainRouter.Route(lowered));
                Stage(process, "  QWC grouping", () => QubitWiseGrouping.Group(mapped.Hamiltonian).Count);
                Stage(process, "  shots for 1.6 mHa", () => ShotEstimator.ShotsForWeightedPrecision(state, mapped.Hamiltonian.WithNumQubitsAtLeast(nq), 1.6e-3));
                Stage(process, "  VqeMethod.Run (driver + report, as the CLI)", () => VqeMethod.Run(h, mapped.Hamiltonian, new VqeMethodOptions()));
                if (round == rounds)
                {
                    var x = r.Parameters.ToArray();
                    var g = new double[x.Length];
                    var hq = mapped.Hamiltonian.WithNumQubitsAtLeast(nq);
                    Stage(process, "  100 x Prepare", () => { for (int i = 0; i < 100; i++) ansatz.Prepare(state, x); return 0; });
                    Stage(process, "  100 x H|psi>", () => { for (int i = 0; i < 100; i++) state.ApplyOperator(hq); return 0; });
                    Stage(process, "  100 x <psi|H|psi>", () => { for (int i = 0; i < 100; i++) state.Expectation(hq); return 0; });
                    Stage(process, "  100 x ValueAndGradient", () => { for (int i = 0; i < 100; i++) ansatz.ValueAndGradient(hq, x, g); return 0; });
                    Stage(process, "  10 x ToCircuit+Lower", () => { for (int i = 0; i < 10; i++) CnotLowering.Lower(ansatz.ToCircuit()); return 0; });
                    Stage(process, "  10 x Route", () => { for (int i = 0; i < 10; i++) LinearChainRouter.Route(lowered); return 0; });
                    Stage(process, "  10 x shots", () => { for (int i = 0; i < 10; i++) ShotEstimator.ShotsForWeightedPrecision(state, hq, 1.6e-3); return 0; });
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  E = {r.Energy:F10} Ha, evaluations {r.Evaluations} ({r.GradientEvaluations} gradients), Pauli terms {mapped.Hamiltonian.Count}"));
                return 0;
            });
        }
    }

    private static T Stage<T>(Process process, string what, Func<T> body)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var jit = JitInfo.GetCompilationTime();
        long methods = JitInfo.GetCompiledMethodCount();
        var wall = Stopwatch.StartNew();
        var value = body();
        double w = wall.Elapsed.TotalSeconds;
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-50} cpu {(process.TotalProcessorTime - cpu).TotalSeconds,7:F3} s  wall {w,7:F3} s  JIT {(JitInfo.GetCompilationTime() - jit).TotalSeconds,7:F3} s {JitInfo.GetCompiledMethodCount() - methods,5} methods"));
        return value;
    }
}
