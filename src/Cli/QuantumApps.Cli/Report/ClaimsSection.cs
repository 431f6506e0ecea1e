using QuantumApps.Learning.Experiments;
using QuantumApps.Learning.Selection;
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
        doc.Heading(2, "8. Claims versus evidence");
        var cells = rows.Select(r => new[] { r.Claim, r.Verdict, r.Evidence }).ToList();
        doc.Table(["claim", "verdict", "evidence measured in this report"], cells);
        doc.DataFile("claims", ["claim", "verdict", "evidence"], cells);
    }

    /// <summary>The claims with verdicts derived from this run's outcomes.</summary>
    /// <remarks>With <paramref name="learning"/>, the learning claims (<see cref="LearningClaims"/>) follow the six general rows.</remarks>
    public static IReadOnlyList<ClaimRow> Compute(ChemistryOutcome chem, NoiseOutcome noise, MaxCutOutcome maxcut,
        BarrenPlateauOutcome plateaus, HardwareOutcome hardware, MachineLearningOutcome? learning = null)
    {
        var rows = GeneralClaims(chem, noise, maxcut, plateaus, hardware);
        return learning is null ? rows : [.. rows, .. LearningClaims(learning)];
    }

    private static IReadOnlyList<ClaimRow> GeneralClaims(ChemistryOutcome chem, NoiseOutcome noise, MaxCutOutcome maxcut,
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

    /// <summary>Claim text of the three learning claims (as quoted from the articles).</summary>
    public const string QsvmClaim = "Quantum support vector machines accelerate classification in high-dimensional spaces.";

    /// <inheritdoc cref="QsvmClaim"/>
    public const string QnnClaim = "Quantum neural networks mimic neural network layers and learn better.";

    /// <inheritdoc cref="QsvmClaim"/>
    public const string KernelClaim = "Quantum algorithms improve kernel methods.";

    /// <summary>
    /// One row per learning claim. Rule (Bowles, Ahmed &amp; Schuld 2024, arXiv:2403.07059): on each data set the best
    /// quantum model of the claim against the best classical one by test accuracy
    /// (<see cref="MachineLearningSection.Compare"/>: ahead only by more than one CV standard deviation). Ahead on no data
    /// set: "Not supported here"; on some: "Mixed: ahead on a of b data sets"; on all: "Supported on these data sets".
    /// </summary>
    public static IReadOnlyList<ClaimRow> LearningClaims(MachineLearningOutcome ml)
    {
        ModelKind[] kernels = [ModelKind.QKernel, ModelKind.Projected, ModelKind.Separable];
        ModelKind[] vqcs = [ModelKind.Vqc, ModelKind.VqcSeparable];
        ModelKind[] classicalKernels = [ModelKind.SvmLinear, ModelKind.SvmRbf];
        var classical = MachineLearningOutcome.ClassicalModels;
        var qsvm = ml.Tasks.Select(t => MachineLearningSection.Compare(t, [ModelKind.QKernel, ModelKind.Projected], classical)).ToList();
        var qnn = ml.Tasks.Select(t => MachineLearningSection.Compare(t, vqcs, classical)).ToList();
        var kern = ml.Tasks.Select(t => MachineLearningSection.Compare(t, kernels, classicalKernels)).ToList();
        string Verdict(List<MachineLearningSection.Comparison> cs)
        {
            int a = cs.Count(c => c.QuantumAhead);
            return a == 0 ? "Not supported here" : a < cs.Count ? $"Mixed: ahead on {a} of {cs.Count} data sets" : "Supported on these data sets";
        }
        string List(List<MachineLearningSection.Comparison> cs) => string.Join("; ", cs.Select(c =>
            $"{c.Task}: {Name(c.BestQuantum)} {Acc(c.BestQuantum)} vs {Name(c.BestClassical)} {Acc(c.BestClassical)}{(c.QuantumAhead ? " (quantum ahead)" : "")}"));
        static string Name(ModelOutcome? m) => m is null ? "none" : ModelNames.Name(m.Kind);
        static string Acc(ModelOutcome? m) => m is null ? "–" : $"{N(m.TestAccuracy, "0.000")} (CV {N(m.CvMean, "0.000")} ± {N(m.CvStd, "0.000")})";
        string rule = "ahead means test accuracy higher by more than one CV standard deviation (section 7; Bowles, Ahmed & Schuld 2024, arXiv:2403.07059)";
        double Sum(ModelKind k, Func<ModelOutcome, double> f) => ml.Tasks.SelectMany(t => t.Result.Models).Where(m => m.Ok && m.Kind == k).Sum(f);
        int entangledNoBetter = ml.Tasks.Count(t =>
        {
            var v = t.Result.Models.FirstOrDefault(m => m.Ok && m.Kind == ModelKind.Vqc);
            var sep = t.Result.Models.FirstOrDefault(m => m.Ok && m.Kind == ModelKind.VqcSeparable);
            return v is not null && sep is not null && v.TestAccuracy - sep.TestAccuracy <= Math.Max(v.CvStd, sep.CvStd);
        });
        var c = ml.Concentration;
        var top = c.Rows.Where(r => r.Qubits == c.MaxQubits).ToList();
        var zz = top.FirstOrDefault(r => r.Map == "zz" && !r.Scaled) ?? top.FirstOrDefault();
        double gMax = top.Count == 0 ? double.NaN : top.Max(r => r.GeometricDifference);
        return
        [
            new(QsvmClaim, Verdict(qsvm),
                $"Best quantum kernel SVM (qkernel, projected) against the best classical model, {rule}: {List(qsvm)}. No speed-up: over all data sets the quantum kernels' final fits needed {N(Sum(ModelKind.QKernel, m => m.DeviceCircuits), "G3")} (qkernel) device circuits " +
                $"(≈ {N(Sum(ModelKind.QKernel, m => m.DeviceSeconds ?? 0), "G3")} s of device time) against {N(Sum(ModelKind.SvmRbf, m => m.TrainingSeconds), "0.000")} s for all RBF SVM fits on one core; and at {zz?.Qubits} qubits the ZZ kernel's off-diagonal variance is {N(zz?.Variance ?? double.NaN, "0.0e0")} (≈ {N(zz?.ShotsToResolve ?? double.NaN, "G3")} shots per entry to resolve it)."),
            new(QnnClaim, Verdict(qnn),
                $"Best variational classifier (vqc, vqc-separable) against the best classical model (logreg, SVMs, k-NN, one-hidden-layer MLP), {rule}: {List(qnn)}. " +
                $"Removing the CNOTs did not make the VQC worse (by more than one standard deviation) on {entangledNoBetter} of {ml.Tasks.Count} data sets, as Bowles et al. found; the VQC's final fits took {N(Sum(ModelKind.Vqc, m => m.TrainingSeconds), "0.00")} s simulated against {N(Sum(ModelKind.Mlp, m => m.TrainingSeconds), "0.00")} s for the MLP, and {N(Sum(ModelKind.Vqc, m => m.DeviceCircuits), "G3")} parameter-shift circuits on a device."),
            new(KernelClaim, Verdict(kern),
                $"Best quantum kernel (qkernel, projected, separable) against the best classical kernel (linear, RBF) in the same SVM solver, {rule}: {List(kern)}. The separable kernel has no entangling gate: it is a product of one-qubit kernels a classical computer evaluates in O(n) per entry, so a win by it is no quantum advantage. " +
                $"Geometric difference g(K_RBF‖K_Q) (Huang et al., Nat. Commun. 12, 2631, 2021) at {c.MaxQubits} qubits on {c.Samples} {ml.ConcentrationDataset} samples: at most {N(gMax, "0.00")} (λ = {N(c.Regularization, "G3")}), against sqrt(N) = {N(Math.Sqrt(c.Samples), "0.0")} where a quantum advantage would first become possible (a kernel concentrated near the identity also has a large g: large g is necessary, not sufficient)."),
        ];
    }
}
