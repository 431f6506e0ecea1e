using QuantumApps.Cli.Runners;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Simulator.Noise;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Gate noise against the two showcase algorithms, with the exact density-matrix simulator: the H2 VQE energy error
/// and the QAOA (p = 2, 8-node 3-regular MaxCut) approximation ratio versus the two-qubit depolarizing rate p₂
/// (p₁ = p₂/10, no damping or readout error). One point is re-estimated with shots and quantum trajectories as a check.
/// </summary>
public static class NoiseSection
{
    private static readonly double[] Rates = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1];

    /// <summary>Computes the noise scans, the QAOA instance and the cross-check (no document access).</summary>
    public static NoiseOutcome Compute(ReportContext ctx, ChemistryOutcome chem)
    {
        ctx.Step("noise: H2 VQE energy versus depolarizing rate");
        var vqeErr = Rates.Select(p => NoisyEstimator.Exact(chem.H2Circuit, chem.H2Parameters, chem.H2Hamiltonian, new NoiseModel(p / 10, p)) - chem.H2Fci).ToArray();
        double noiseless = NoisyEstimator.Exact(chem.H2Circuit, chem.H2Parameters, chem.H2Hamiltonian, NoiseModel.None) - chem.H2Fci;

        ctx.Step("noise: QAOA p=2 on an 8-node 3-regular graph");
        var g = GraphGenerators.RandomRegular(8, 3, ctx.Rng);
        var diag = MaxCut.CostOperator(g).Diagonal();
        double opt = BruteForce.MaxCut(g).Cut;
        var qaoa = QaoaDriver.Run(new QaoaOptions(diag, 2, QaoaSense.Maximize), ctx.Rng);
        var cost = MaxCut.CostOperator(g);
        var circuit = QaoaGateCircuit.Build(cost, g.NodeCount, qaoa.Gammas, qaoa.Betas);
        double gateLevel = NoisyEstimator.Exact(circuit, [], cost, NoiseModel.None);
        var ratios = Rates.Select(p => NoisyEstimator.Exact(circuit, [], cost, new NoiseModel(p / 10, p)) / opt).ToArray();
        double gw = GoemansWilliamson.Solve(g, ctx.Rng).Cut / opt;
        double random = g.TotalWeight / 2 / opt;

        ctx.Step("noise: shot + trajectory cross-check");
        var check = NoisyEstimator.Estimate(chem.H2Circuit, chem.H2Parameters, chem.H2Hamiltonian, new NoiseModel(1e-3, 1e-2), ctx.Quick ? 40_000 : 200_000, ctx.Quick ? 200 : 1000, ctx.Rng);
        double exactCheck = NoisyEstimator.Exact(chem.H2Circuit, chem.H2Parameters, chem.H2Hamiltonian, new NoiseModel(1e-3, 1e-2));
        return new NoiseOutcome(Rates, vqeErr, noiseless, chem.H2Circuit.CnotCount, g, qaoa.Gammas.ToArray(), qaoa.Betas.ToArray(), qaoa.Expectation, opt,
            circuit.CnotCount, gateLevel, ratios, gw, random, check, exactCheck);
    }

    /// <summary>Writes the two figures and the two paragraphs.</summary>
    public static void Render(ReportDocument doc, NoiseOutcome o)
    {
        var rates = o.Rates;
        var vqeErr = o.VqeErrors;
        var ratios = o.QaoaRatios;
        double gw = o.GwRatio, random = o.RandomRatio;
        doc.Heading(2, "2. Noise: what a 0.1–1 % gate error does");
        doc.Figure("noise-vqe", "H2 (0.74 Å) VQE energy error E_noisy − E_FCI versus depolarizing rate (exact density matrix)",
            new ChartSpec("H2 VQE energy error under depolarizing noise", "two-qubit depolarizing probability p2 (p1 = p2/10)", "E − E_FCI (Ha)", LogX: true, LogY: true),
            [new ChartSeries("VQE energy error", rates, vqeErr), new ChartSeries("chemical accuracy 1.6 mHa", [rates[0], rates[^1]], [QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree, QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree], Dashed: true)],
            ["p2", "p1", "energy_error_hartree"], rates.Select((p, i) => new[] { N(p, "R"), N(p / 10, "R"), N(vqeErr[i], "R") }));
        doc.Figure("noise-qaoa", "QAOA p = 2 approximation ratio <C>/C_max on an 8-node 3-regular graph versus depolarizing rate",
            new ChartSpec("QAOA (p = 2, n = 8) under depolarizing noise", "two-qubit depolarizing probability p2 (p1 = p2/10)", "approximation ratio", LogX: true, YMin: 0.4, YMax: 1.02),
            [new ChartSeries("QAOA p=2, noisy", rates, ratios), new ChartSeries("Goemans–Williamson (best of 100 roundings, noiseless classical)", [rates[0], rates[^1]], [gw, gw], Dashed: true),
             new ChartSeries("random assignment (W/2)", [rates[0], rates[^1]], [random, random], Dashed: true)],
            ["p2", "p1", "approximation_ratio"], rates.Select((p, i) => new[] { N(p, "R"), N(p / 10, "R"), N(ratios[i], "R") }));

        var check = o.CrossCheck;
        doc.Paragraph($"The H2 VQE circuit (UCCSD, lowered to CNOTs) has {o.H2Cnots} CNOTs and the noiseless error is {N(o.VqeErrorNoiseless, "0.0e0")} Ha; at p2 = 1e-3 the error is {N(vqeErr[2], "0.00e0")} Ha and at p2 = 1e-2 it is {N(vqeErr[4], "0.00e0")} Ha " +
                      $"(chemical accuracy is 1.6e-3 Ha). The QAOA circuit has {o.QaoaCnots} CNOTs: its ratio drops from {N(o.QaoaRatioNoiseless, "0.000")} (noiseless; the gate-level circuit reproduces the driver's ⟨C⟩ to {N(Math.Abs(o.QaoaGateLevelExpectation - o.QaoaExpectation), "0.0e0")}) " +
                      $"to {N(ratios[4], "0.000")} at p2 = 1e-2 and {N(ratios[^1], "0.000")} at p2 = 0.1, against {N(random, "0.000")} for a random assignment and {N(gw, "0.000")} for Goemans–Williamson.");
        doc.Paragraph($"Cross-check of the two noisy simulators (H2, p1 = 1e-3, p2 = 1e-2): {check.TotalShots} shots over {check.Trajectories} quantum trajectories give " +
                      $"{N(check.Mean, "0.00000")} ± {N(check.StandardError, "0.00000")} Ha; the density matrix gives {N(o.CrossCheckExact, "0.00000")} Ha ({N(Math.Abs(check.Mean - o.CrossCheckExact) / check.StandardError, "0.0")} standard errors apart).");
    }
}
