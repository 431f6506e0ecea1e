using QuantumApps.Variational.Experiments;
using QuantumApps.Simulator;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>
/// The claims table: each popular claim with a verdict and the evidence measured earlier in this run.
/// <see cref="Compute"/> turns the sections' outcomes into rows (testable without a document); <see cref="Render"/> writes them.
/// </summary>
public static class ClaimsSection
{
    /// <summary>Writes the claims table and its CSV.</summary>
    public static void Render(ReportDocument doc, IReadOnlyList<ClaimRow> rows)
    {
        doc.Heading(2, "7. Claims versus evidence");
        var cells = rows.Select(r => new[] { r.Claim, r.Verdict, r.Evidence }).ToList();
        doc.Table(["claim", "verdict", "evidence measured in this report"], cells);
        doc.DataFile("claims", ["claim", "verdict", "evidence"], cells);
    }

    /// <summary>The claims with verdicts derived from this run's outcomes.</summary>
    public static IReadOnlyList<ClaimRow> Compute(ChemistryOutcome chem, NoiseOutcome noise, MaxCutOutcome maxcut,
        BarrenPlateauOutcome plateaus, HardwareOutcome hardware)
    {
        var deepGlobal = plateaus.DeepGlobal;
        var shallowLocal = plateaus.ShallowLocal;
        var lastGlobal = deepGlobal.Points[^1];
        bool qaoaBeatsTabu = maxcut.QaoaRatio > maxcut.TabuRatio;
        long bytes50 = MemoryGuard.BytesNeeded(50, 16);
        return new List<ClaimRow>
        {
            new(
                "Quantum computers speed up optimization / clustering / training exponentially.",
                "Not supported",
                $"No exponential speedup is known for these tasks, and none is visible here: QAOA p={maxcut.Depth} on n={maxcut.N} reaches ratio {N(maxcut.QaoaRatio, "0.000")} while tabu search reaches {N(maxcut.TabuRatio, "0.000")} in {N(maxcut.TabuSeconds, "0.000")} s; gradients of deep circuits vanish as e^({N(deepGlobal.Fit.Slope, "0.00")}·n) (section 5)."),
            new(
                "QAOA beats classical heuristics on MaxCut.",
                qaoaBeatsTabu ? "Not in general (it did on this instance)" : "False here",
                $"Random 3-regular graphs, n = 8…{maxcut.N}: QAOA at the largest depth beat tabu search on {maxcut.QaoaWinsOverTabu} of {maxcut.InstanceCount} graphs; at n = {maxcut.N}: QAOA {N(maxcut.QaoaRatio, "0.000")}, Goemans–Williamson {N(maxcut.GwRatio, "0.000")}, annealing {N(maxcut.AnnealingRatio, "0.000")}, tabu {N(maxcut.TabuRatio, "0.000")}. With 1 % two-qubit error the 8-node QAOA ratio falls from {N(noise.QaoaRatioNoiseless, "0.000")} to {N(noise.QaoaRatioAt1e2, "0.000")} (random assignment: {N(noise.RandomRatio, "0.000")})."),
            new(
                "VQE already computes molecular energies beyond classical reach.",
                "False",
                $"The largest VQE here has {hardware.LargestVqeQubits} qubits (section 6); its exact answer took {N(hardware.LargestFciSeconds, "0.000")} s by diagonalisation against {N(hardware.LargestVqeSeconds, "0.00")} s of noiseless VQE simulation. With a 0.1 % two-qubit error the H2 UCCSD energy is off by {N(noise.VqeErrorAt1e3, "0.0e0")} Ha and the LiH energy by {N(chem.LiHNoisyError, "0.0e0")} Ha (chemical accuracy 1.6e-3 Ha; section 1). Classical reach (FCI by state vector) ends near 50 qubits ({MemoryGuard.FormatBytes(bytes50)}), far beyond any VQE demonstrated with chemical accuracy."),
            new(
                "Quantum processors reduce energy use.",
                "Not supported by this evidence",
                $"Energy was not measured, but time was: one H2 energy evaluation to ±1.6 mHa is estimated at {N(hardware.H2DeviceSeconds, "0.0")} s of device time (cost model, section 6) against {N(chem.H2FciSeconds * 1e3, "G3")} ms for exact diagonalisation on one laptop core, and a superconducting processor runs a dilution refrigerator (kilowatts) throughout."),
            new(
                "Hybrid quantum-classical systems are the practical near-term path.",
                "Unproven",
                $"Every variational result here is hybrid, and every one is matched or beaten by the classical method alone; the hybrid loop multiplies device time by the optimizer's evaluations, and noise (section 2) and vanishing gradients (section 5) limit it. It is a research path, not a demonstrated practical one."),
            new(
                "Deep variational circuits can be trained like neural networks.",
                "False for deep, unstructured circuits",
                $"Gradient variance of random hardware-efficient circuits with a global cost decays with slope b = {N(deepGlobal.Fit.Slope, "0.00")} ± {N(deepGlobal.Fit.SlopeStandardError, "0.00")} per qubit (McClean et al. predict −0.69); at n = {lastGlobal.NumQubits} it is {N(lastGlobal.Variance, "0.0e0")}, so resolving one gradient component needs ~{N(100 / lastGlobal.Variance, "0.0e0")} shots. Shallow circuits with a local cost fare better (b = {N(shallowLocal.Fit.Slope, "0.000")} ± {N(shallowLocal.Fit.SlopeStandardError, "0.000")}), as Cerezo et al. show — structure, not depth, makes training possible."),
        };
    }
}
