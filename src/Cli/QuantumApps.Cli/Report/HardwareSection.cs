using QuantumApps.Variational.Qaoa;
using QuantumApps.Simulator.Compilation;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Operators;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>Hardware cost table: the circuits of this report on a linear chain and all-to-all, with device wall-time estimates.</summary>
public static class HardwareSection
{
    /// <summary>Shots so that at least one returns the optimum with probability 0.99: ⌈ln 0.01 / ln(1 − P)⌉.</summary>
    public static long ShotsToSeeOptimum(double pOptimal) =>
        pOptimal >= 1 ? 1 : pOptimal <= 0 ? long.MaxValue : (long)Math.Ceiling(Math.Log(0.01) / Math.Log(1 - pOptimal));

    /// <summary>Prices the report's circuits on both topologies and computes the VQE cost table (no document access).</summary>
    public static HardwareOutcome Compute(ReportContext ctx, ChemistryOutcome chem, MaxCutOutcome maxcut, RoutingOutcome routing)
    {
        ctx.Step("hardware: routing and cost estimates");
        var t = DeviceTimings.IbmHeron;
        var rows = new List<HardwareRow>();
        var h2State = chem.H2Circuit.Run(chem.H2Parameters);
        var budget = ShotEstimator.ShotsForPrecision(h2State, chem.H2Hamiltonian, QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree);
        foreach (var topo in new[] { Topology.AllToAll, Topology.LinearChain })
            rows.Add(new HardwareRow("H2 UCCSD-VQE energy to ±1.6 mHa (one evaluation)", chem.H2Circuit, HardwareCostModel.Estimate(chem.H2Circuit, topo, budget.TotalShots, budget.Groups.Count, t), "exact diagonalisation", chem.H2FciSeconds));
        var mcCircuit = QaoaGateCircuit.Build(Problems.MaxCut.CostOperator(maxcut.Graph), maxcut.N, maxcut.Gammas, maxcut.Betas);
        long mcShots = ShotsToSeeOptimum(maxcut.QaoaProbabilityOptimal);
        foreach (var topo in new[] { Topology.AllToAll, Topology.LinearChain })
            rows.Add(new HardwareRow($"MaxCut n={maxcut.N} QAOA p={maxcut.Depth}: shots to see the optimum (99 %)", mcCircuit, HardwareCostModel.Estimate(mcCircuit, topo, mcShots, 1, t), "brute force (exact)", maxcut.ExactSeconds));
        long tspShots = ShotsToSeeOptimum(routing.Tsp4ProbabilityOptimal);
        foreach (var topo in new[] { Topology.AllToAll, Topology.LinearChain })
            rows.Add(new HardwareRow($"TSP-4 QAOA ({routing.Tsp4Qubits} qubits): shots to see the optimum (99 %)", routing.Tsp4Circuit, HardwareCostModel.Estimate(routing.Tsp4Circuit, topo, tspShots, 1, t), "Held–Karp", routing.Tsp4ClassicalSeconds));
        var vqeCost = VqeCostTable.Compute(ctx);
        return new HardwareOutcome(t, rows, routing.Burma14Qubits, routing.Burma14Cnots, routing.HeldKarpSecondsBurma14, vqeCost);
    }

    /// <summary>Writes the cost table, hardware-cost.csv, the model paragraph and the VQE cost table.</summary>
    public static void Render(ReportDocument doc, HardwareOutcome outcome)
    {
        doc.Heading(2, "6. Hardware cost model");
        var rows = outcome.Rows.Select(r => Row(r.Workload, r.Cost, r.ClassicalMethod, r.ClassicalSeconds)).ToList();
        doc.Table(["workload", "topology", "qubits", "CNOTs", "SWAPs", "depth", "2q depth", "schedule (µs)", "shots", "device time (s)", "fidelity F", "shots/F²", "feasible", "classical method", "classical time here (s)"], rows);
        doc.DataFile("hardware-cost", ["workload", "topology", "qubits", "cnots", "swaps", "depth", "two_qubit_depth", "schedule_us", "shots", "device_seconds", "fidelity", "mitigated_shots", "feasible", "classical_method", "classical_seconds"], rows);
        if (outcome.Burma14Qubits > 0)
            doc.Paragraph($"burma14 by QAOA would need {outcome.Burma14Qubits} qubits and {outcome.Burma14Cnots} CNOTs per QAOA layer even with all-to-all connectivity (our circuit type stops at 64 qubits, so no routing was attempted); Held–Karp solved it exactly here in {N(outcome.HeldKarpSecondsBurma14, "0.000")} s.");
        doc.Paragraph("Model: device time = shots × (critical-path gate time + readout + repetition delay) + circuits × overhead, after decomposing to CNOT + one-qubit gates and, for the linear chain, inserting SWAPs greedily (each SWAP = 3 CNOTs). RZ is free (virtual). " +
                      $"Defaults: {outcome.Timings.Source}. Shots for an energy use the optimal allocation over qubit-wise-commuting groups (N = (Σσ_g)²/ε²) evaluated on the noiseless state; noise would raise them further. " +
                      "The repetition delay dominates: the estimates are order-of-magnitude, uncertain by a factor of about 2–5 (device generation, delays, queueing not included). " +
                      $"Fidelity F = (1 − ε₁)^n₁·(1 − ε₂)^n₂·(1 − ε_ro)^q over the physical one-qubit gates (RZ is virtual and error-free), CNOTs and measured qubits, with the same calibration's median error rates (ε₁ = {N(outcome.Timings.OneQubitGateError, "0.0e0")}, ε₂ = {N(outcome.Timings.TwoQubitGateError, "0.0e0")}, ε_ro = {N(outcome.Timings.ReadoutError, "0.0e0")}); " +
                      $"shots/F² is what an error-mitigated estimator needs for the same precision, and a circuit with F < {N(HardwareCostModel.FeasibilityThreshold, "0e0")} is flagged infeasible.");
        VqeCostTable.Render(doc, outcome.VqeCost);

        static string[] Row(string workload, HardwareCost c, string classical, double classicalSeconds) =>
        [
            workload, c.Topology == Topology.AllToAll ? "all-to-all" : "linear chain", c.NumQubits.ToString(), c.CnotCount.ToString(), c.SwapCount.ToString(),
            c.Depth.ToString(), c.TwoQubitDepth.ToString(), N(c.ScheduleSeconds * 1e6, "0.00"), c.Shots.ToString(), N(c.DeviceSeconds, "0.00"),
            c.Fidelity >= 0.01 ? N(c.Fidelity, "0.000") : N(c.Fidelity, "0.0e0"), c.MitigatedShots.ToString(), c.Feasible ? "yes" : "no (infeasible)", classical, N(classicalSeconds, "G3"),
        ];
    }
}
