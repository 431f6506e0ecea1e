using QuantumApps.Variational.Workflows;
using System.Text.Json;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Noise;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests;

/// <summary>--noise / --trajectories of <c>molecule energy --methods vqe</c> and <c>maxcut</c>/<c>tsp --methods qaoa</c>.</summary>
public class NoiseCliTests
{
    /// <summary>Two seeded Monte Carlo estimates of the same expectation: 4 standard errors fail by chance with probability 6e-5.</summary>
    private const double Sigmas = 4;

    /// <summary>The variational bound holds for any density matrix; 1e-9 Ha for the exact solver's rounding.</summary>
    private const double VariationalSlack = 1e-9;

    /// <summary>TSP QUBO costs are ~10³ (penalty terms), so relative rounding of 1e-12 over ~10³ gates gives ~1e-8 absolute.</summary>
    private const double PenalisedCostTolerance = 1e-8;

    private const string Noise = "depolarizing:0.001,0.01;damping:0.002;readout:0.01";

    private static string Data(string file) => RepositoryData.Molecule(file);

    [Fact]
    public void MoleculeEnergyJsonHasTheNoisyFields()
    {
        var output = new StringWriter();
        int code = MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethodNames.Parse("fci,vqe"), Format: OutputFormat.Json,
            Vqe: new VqeMethodOptions(Shots: 40_000, Seed: 3, Noise: NoiseModel.Parse(Noise))), output);
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        double fci = json.GetProperty("energies").GetProperty("fci").GetDouble();
        var v = json.GetProperty("vqe");
        Assert.True(v.GetProperty("energy").GetDouble() >= fci - VariationalSlack);
        Assert.Equal(NoiseModel.Parse(Noise).ToString(), v.GetProperty("noise").GetString());
        Assert.Equal("density-matrix", v.GetProperty("noisyMethod").GetString());
        Assert.Equal(JsonValueKind.Null, v.GetProperty("noisyStandardError").ValueKind);
        double noisy = v.GetProperty("noisyEnergy").GetDouble();
        // 1 % two-qubit error on a 64-CNOT circuit raises the energy well above FCI (the noisy state is mixed).
        Assert.True(noisy > fci + 1.6e-3);
        double shotEnergy = v.GetProperty("noisyShotEnergy").GetDouble();
        double se = v.GetProperty("noisyShotStandardError").GetDouble();
        Assert.True(se > 0);
        Assert.True(v.GetProperty("noisyShots").GetInt64() >= 40_000);
        Assert.True(Math.Abs(shotEnergy - noisy) <= Sigmas * se, $"shots {shotEnergy} ± {se} vs density matrix {noisy}");
    }

    [Fact]
    public void DensityMatrixAndTrajectoriesAgreeOnTheVqeCircuit()
    {
        var mol = MoleculePipeline.Build(new MoleculeOptions(XyzReader.Parse(File.ReadAllText(Data("h2.xyz")))));
        var mapped = QubitHamiltonian.MapWithSector(mol.Hamiltonian, MappingKind.JordanWigner);
        var vqe = VqeMethod.Run(mol.Hamiltonian, mapped.Hamiltonian, new VqeMethodOptions(Seed: 1));
        var model = NoiseModel.Parse(Noise);
        var exact = NoisyEvaluation.Evaluate(vqe.Circuit, vqe.Parameters, mapped.Hamiltonian, model, 400, null, new Random(7));
        var sampled = NoisyEvaluation.Evaluate(vqe.Circuit, vqe.Parameters, mapped.Hamiltonian, model, 400, null, new Random(7), method: NoiseMethod.Trajectories);
        Assert.Equal("density-matrix", exact.Method);
        Assert.Equal("trajectories", sampled.Method);
        Assert.Equal(400, sampled.Trajectories);
        double se = sampled.StandardError!.Value;
        Assert.True(Math.Abs(sampled.Energy - exact.Energy) <= Sigmas * se, $"trajectories {sampled.Energy} ± {se} vs density matrix {exact.Energy}");
        // A mixed state cannot go below the ground energy of H over the whole Fock space (variational principle for ρ).
        double full = ExactSolver.GroundState(mapped.Hamiltonian, BasisSector.Full).Energy;
        Assert.True(exact.Energy >= full - VariationalSlack);
    }

    [Fact]
    public void NoiselessDensityMatrixOfTheLoweredCircuitReproducesTheVqeEnergy()
    {
        // Two paths: ExcitationAnsatz's amplitude-pair rotations (the optimisation) vs the CNOT-lowered gate circuit on
        // the density-matrix simulator; sums over 2^8 density-matrix entries and ~200 gates: Tolerances.Accumulated.
        var mol = MoleculePipeline.Build(new MoleculeOptions(XyzReader.Parse(File.ReadAllText(Data("h2.xyz")))));
        var mapped = QubitHamiltonian.MapWithSector(mol.Hamiltonian, MappingKind.JordanWigner);
        var vqe = VqeMethod.Run(mol.Hamiltonian, mapped.Hamiltonian, new VqeMethodOptions(Seed: 1, Noise: NoiseModel.Parse("none")));
        Assert.Equal(vqe.Energy, vqe.Noisy!.Energy, Tolerances.Accumulated);
    }

    [Theory]
    [InlineData("depolarizing:1.5,0.01", "outside [0, 1]")]
    [InlineData("depolarizing:0.01", "two probabilities")]
    [InlineData("bitflip:0.1", "unknown channel 'bitflip'")]
    [InlineData("readout:-0.1", "outside [0, 1]")]
    public void BadNoiseSpecsAreOneLineErrors(string spec, string message)
    {
        foreach (var args in new[]
                 {
                     new[] { "molecule", "energy", Data("h2.xyz"), "--methods", "fci,vqe", "--noise", spec },
                     new[] { "maxcut", RepositoryData.Graph("petersen.txt"), "--methods", "exact,qaoa", "--noise", spec },
                 })
        {
            var r = CliProcess.Run(args);
            Assert.Equal(1, r.ExitCode);
            string line = Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: --noise: ", line);
            Assert.Contains(message, line);
            Assert.Equal("", r.StdOut);
        }
    }

    [Fact]
    public void NoiseWithoutVqeAndTooFewTrajectoriesAreRefused()
    {
        var ex = Assert.Throws<QuantumAppsException>(() => MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethodNames.Parse("fci"),
            Vqe: new VqeMethodOptions(Noise: NoiseModel.Parse(Noise))), TextWriter.Null));
        Assert.Contains("add vqe to --methods", ex.Message);
        var r = CliProcess.Run("maxcut", RepositoryData.Graph("petersen.txt"), "--methods", "qaoa", "--noise", Noise, "--trajectories", "1");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--trajectories must be at least 2", r.StdErr);
        var m = CliProcess.Run("molecule", "energy", Data("h2.xyz"), "--methods", "vqe", "--noise", Noise, "--noise-method", "exact");
        Assert.Equal(2, m.ExitCode); // typed option: a usage error (ExitCodes.Usage)
        Assert.Contains("--noise-method must be one of auto, density-matrix, trajectories", m.StdErr);
    }

    [Fact]
    public void AutoPicksTheDensityMatrixOnlyWhenItIsCheap()
    {
        // H2 UCCSD: 4 qubits, 4^4 × ~200 gates ≪ 2^30 → density matrix. LiH frozen core: 10 qubits, 4^10 × >3000 gates > 2^30 → trajectories.
        var h2 = MoleculePipeline.Build(new MoleculeOptions(XyzReader.Parse(File.ReadAllText(Data("h2.xyz")))));
        var h2Vqe = VqeMethod.Run(h2.Hamiltonian, QubitHamiltonian.Map(h2.Hamiltonian, MappingKind.JordanWigner), new VqeMethodOptions());
        Assert.Equal("density-matrix", NoisyEvaluation.AutoMethod(NoisyEvaluation.HardwareGates(h2Vqe.Circuit)));
        var lih = MoleculePipeline.Build(new MoleculeOptions(XyzReader.Parse(File.ReadAllText(Data("lih.xyz"))), FrozenCore: "auto"));
        var ansatz = QuantumApps.Ansatz.Excitations.UccsdAnsatz.Create(lih.Hamiltonian.NumOrbitals, lih.Hamiltonian.NumAlpha, lih.Hamiltonian.NumBeta);
        var lowered = NoisyEvaluation.HardwareGates(ansatz.ToCircuit());
        Assert.Equal(10, lowered.NumQubits);
        Assert.Equal("trajectories", NoisyEvaluation.AutoMethod(lowered));
    }

    [Fact]
    public void MaxcutQaoaReadoutNoiseMatchesTheAnalyticAttenuation()
    {
        // Readout error r multiplies each measured Z_iZ_j by (1 − 2r)²; with C = W/2 − Σ w Z_iZ_j/2 this gives
        // <C>_r = W/2 − (1 − 2r)²(W/2 − <C>) (hand algebra; independent of the density-matrix code). Petersen: W = 15.
        const double r = 0.05;
        var run = CliProcess.Run("maxcut", RepositoryData.Graph("petersen.txt"), "--methods", "exact,qaoa", "--noise", $"readout:{r}", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var res = JsonDocument.Parse(run.StdOut).RootElement.GetProperty("results");
        var q = res.GetProperty("qaoa");
        double exact = res.GetProperty("exact").GetProperty("cut").GetDouble();
        double c = q.GetProperty("expectation").GetDouble();
        double noisy = q.GetProperty("noisyExpectation").GetDouble();
        Assert.Equal(7.5 - (1 - 2 * r) * (1 - 2 * r) * (7.5 - c), noisy, Tolerances.Accumulated);
        Assert.Equal(noisy / exact, q.GetProperty("noisyApproximationRatio").GetDouble(), Tolerances.Accumulated);
        Assert.Equal("density-matrix", q.GetProperty("noisyMethod").GetString());
        Assert.Equal("depolarizing:0,0;damping:0;readout:0.05", q.GetProperty("noise").GetString());
    }

    [Fact]
    public void MaxcutQaoaUnderGateNoiseIsWorseThanNoiselessAndNeverBeatsExact()
    {
        var run = CliProcess.Run("maxcut", RepositoryData.Graph("petersen.txt"), "--methods", "exact,qaoa", "--p", "2", "--noise", "depolarizing:0.001,0.02", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var res = JsonDocument.Parse(run.StdOut).RootElement.GetProperty("results");
        var q = res.GetProperty("qaoa");
        double exact = res.GetProperty("exact").GetProperty("cut").GetDouble();
        double noisy = q.GetProperty("noisyExpectation").GetDouble();
        Assert.True(noisy < q.GetProperty("expectation").GetDouble());
        Assert.True(q.GetProperty("noisyApproximationRatio").GetDouble() <= 1);
        Assert.True(noisy <= exact);
    }

    [Fact]
    public void TspQaoaNoiseWorksForTheXMixerAndIsRefusedForXy()
    {
        // 16 qubits: above the density-matrix limit, so seeded trajectories (zero noise: every trajectory is the same state)
        var run = CliProcess.Run("tsp", RepositoryData.Graph("tiny5-full.tsp"), "--methods", "exact,qaoa", "--noise", "depolarizing:0,0", "--trajectories", "2", "--angles", "ramp", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var q = JsonDocument.Parse(run.StdOut).RootElement.GetProperty("results").GetProperty("qaoa");
        // zero noise: the gate-level circuit of the QUBO's Ising form reproduces the driver's <C> (two paths)
        Assert.Equal("trajectories", q.GetProperty("noisyMethod").GetString());
        Assert.Equal(q.GetProperty("expectation").GetDouble(), q.GetProperty("noisyExpectation").GetDouble(), PenalisedCostTolerance);
        var xy = CliProcess.Run("tsp", RepositoryData.Graph("tiny5-full.tsp"), "--methods", "qaoa", "--mixer", "xy", "--noise", "depolarizing:0,0");
        Assert.Equal(1, xy.ExitCode);
        Assert.Contains("x mixer only", xy.StdErr);
    }
}
