using System.Globalization;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Noise;
using static QuantumApps.Cli.Report.ReportDocument;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Dissociation curves of H2 and LiH (frozen 1s core) in STO-3G from one <see cref="MoleculeLadder"/> call per geometry: RHF, MP2, CCSD (our Chemistry library), FCI (exact
/// diagonalisation of the Jordan–Wigner qubit Hamiltonian in the molecule's N_α, N_β sector) and three VQE figures per
/// geometry, all from the code path of <c>molecule energy --methods vqe --ansatz uccsd --optimizer lbfgs</c>
/// (<see cref="VqeMethod.Run"/>: UCCSD from the HF determinant, L-BFGS with exact adjoint gradients, warm-started from
/// the previous geometry as <c>molecule scan</c> does):
/// <list type="bullet">
/// <item>VQE exact: the optimised energy ⟨ψ(θ*)|H|ψ(θ*)⟩;</item>
/// <item>VQE with shots: ⟨H⟩ of the optimised state estimated from N seeded shots over qubit-wise-commuting groups
/// (mean ± standard error);</item>
/// <item>VQE with noise: the optimised UCCSD circuit lowered to CNOTs and one-qubit gates and re-run under
/// <see cref="CurveNoise"/> (density matrix for H2; seeded trajectories for LiH, whose 10-qubit density matrix costs
/// ~30 s per point).</item>
/// </list>
/// </summary>
public static class ChemistrySection
{
    /// <summary>Noise of the "VQE with noise" curves: p₁ = 10⁻⁴ after one-qubit gates, p₂ = 10⁻³ after two-qubit gates (best current devices).</summary>
    public static NoiseModel CurveNoise { get; } = new(1e-4, 1e-3);

    /// <summary>
    /// Energy differences below this (Ha) are at the precision of the VQE optimiser and the eigensolver (L-BFGS stops on
    /// a gradient tolerance; the tests hold two-electron UCCSD to FCI within 1e-8 Ha): not drawn on log axes.
    /// </summary>
    public const double SolverPrecision = 1e-8;

    /// <summary>Chemical accuracy (Ha).</summary>
    public const double ChemicalAccuracy = QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree;

    /// <summary>Bond lengths (Å) of the H2 curve.</summary>
    public static double[] H2Distances(bool quick) => quick ? [0.5, 0.6, 0.74, 0.9, 1.2, 1.6, 2.0, 2.5] : [0.4, 0.5, 0.6, 0.7, 0.74, 0.8, 0.9, 1.0, 1.2, 1.4, 1.7, 2.0, 2.5, 3.0];

    /// <summary>Bond lengths (Å) of the LiH curve.</summary>
    public static double[] LiHDistances(bool quick) => quick ? [1.2, 1.6, 2.4] : [1.0, 1.3, 1.6, 1.9, 2.2, 2.6, 3.0, 3.5];

    /// <summary>Spacings (Å) of the linear H4 chain (equally spaced atoms).</summary>
    public static double[] H4Distances(bool quick) => quick ? [0.8, 1.5, 2.0] : [0.7, 0.9, 1.2, 1.5, 1.8, 2.2];

    /// <summary>Timed repeats (after an untimed warm-up) of every FCI and VQE timing shown: 3 quick, 5 full.</summary>
    public static int TimingRepeats(bool quick) => quick ? 3 : 5;

    /// <summary>Computes the three curves and the headline numbers (no document access).</summary>
    public static ChemistryOutcome Compute(ReportContext ctx)
    {
        int shots = ctx.Quick ? 100_000 : 1_000_000;
        var h2 = Curve(ctx, "H2", H2Distances(ctx.Quick), null, d => $"2\nH2\nH 0 0 0\nH 0 0 {R(d)}\n", shots, trajectories: null);
        var lih = Curve(ctx, "LiH", LiHDistances(ctx.Quick), "auto", d => $"2\nLiH\nLi 0 0 0\nH 0 0 {R(d)}\n", shots, trajectories: ctx.Quick ? 40 : 200);
        // four correlated electrons: CCSD and UCCSD are no longer exact, and stretching the chain makes it multi-reference
        var h4 = Curve(ctx, "H4", H4Distances(ctx.Quick), null, d => $"4\nH4 chain\nH 0 0 0\nH 0 0 {R(d)}\nH 0 0 {R(2 * d)}\nH 0 0 {R(3 * d)}\n", shots, trajectories: ctx.Quick ? 40 : 200);
        var eq = h2.Points.First(p => p.BondAngstrom == 0.74);
        var lihEq = lih.Points.OrderBy(p => Math.Abs(p.BondAngstrom - 1.6)).First();
        return new ChemistryOutcome(ctx.Options.Seed, ctx.Quick, h2, lih,
            NoisyEvaluation.HardwareGates(eq.Vqe.Circuit), eq.Vqe.Parameters.ToArray(), eq.Hamiltonian, eq.Fci, eq.FciSeconds,
            Math.Max(h2.MaxVqeError, lih.MaxVqeError), lih.Qubits, lih.FciSeconds, lih.VqeSeconds, eq.Noisy.Energy - eq.Fci, lihEq.Noisy.Energy - lihEq.Fci, h4);
    }

    /// <summary>Writes the section: two figures per curve, then the VQE, shots, noise and sector paragraphs.</summary>
    public static void Render(ReportDocument doc, ChemistryOutcome outcome)
    {
        var (h2, lih) = (outcome.H2, outcome.LiH);
        doc.Heading(2, "1. Molecules: dissociation curves (STO-3G)");
        Figures(doc, h2);
        Figures(doc, lih);
        if (outcome.H4 is { } h4) Figures(doc, h4);
        doc.Paragraph($"**VQE** is the project's library path (UCCSD ansatz from the Hartree–Fock determinant, L-BFGS with exact adjoint gradients, each geometry warm-started from the previous one, seed {outcome.Seed}) — the same code as `molecule energy --methods vqe --ansatz uccsd`. " +
                      $"Noiseless it reproduces FCI to {N(h2.MaxVqeError, "0.0e0")} Ha for H2 ({h2.Points[0].Vqe.Parameters.Count} parameters) and to {N(lih.MaxVqeError, "0.0e0")} Ha for LiH ({lih.Qubits} qubits, {lih.Points[0].Vqe.Parameters.Count} parameters); " +
                      $"it is {(h2.Points.Concat(lih.Points).All(p => p.Vqe.Energy >= p.Fci - 1e-9) ? "never below FCI, as the variational principle requires" : "BELOW FCI at some point — a bug")}. " +
                      $"{Exits(h2, lih)} This is a check of the pipeline, not evidence of quantum advantage: the exact answer it is compared with took {N(h2.FciSeconds * 1e3, "G3")} ms (H2, {h2.Points.Count} geometries) and {N(lih.FciSeconds, "0.00")} s (LiH, {lih.Points.Count} geometries) by diagonalisation, " +
                      $"against {N(h2.VqeSeconds, "0.00")} s and {N(lih.VqeSeconds, "0.00")} s of classical VQE simulation{(h2.TimingRepeats > 0 ? $" (both summed over the geometries of medians of {h2.TimingRepeats} timed runs after an untimed warm-up: the determinant-string FCI and the VQE from the same start without shots)" : "")}. HF and MP2 degrade as the bond stretches (static correlation); CCSD is exact for two electrons, so it coincides with FCI for H2.");
        if (outcome.H4 is { } c) doc.Paragraph(H4Text(c));
        doc.Paragraph(ShotsText(h2) + " " + ShotsText(lih));
        doc.Paragraph(NoiseText(h2) + " " + NoiseText(lih) + " " + SectorText(h2, lih));
        var unconverged = h2.Points.Concat(lih.Points).Where(p => double.IsNaN(p.Ccsd)).ToList();
        if (unconverged.Count > 0)
            doc.Paragraph($"CCSD did not converge at {unconverged.Count} geometries (not plotted) — the stretched bond is strongly multi-reference.");
        if (outcome.Quick) doc.Paragraph($"Quick mode: LiH at {lih.Points.Count} geometries with {lih.Trajectories} noisy trajectories each; the full run uses 8 geometries, 200 trajectories and 10⁶ shots.");
    }

    private static string R(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The H4 paragraph: where CCSD stops being exact, against UCCSD-VQE and FCI.</summary>
    private static string H4Text(DissociationCurve c)
    {
        var pts = c.Points;
        int better = pts.Count(p => double.IsNaN(p.Ccsd) || Math.Abs(p.Vqe.Energy - p.Fci) < Math.Abs(p.Ccsd - p.Fci));
        int unconverged = pts.Count(p => double.IsNaN(p.Ccsd));
        string errors = string.Join("; ", pts.Select(p => $"{N(p.BondAngstrom)} Å: CCSD {(double.IsNaN(p.Ccsd) ? "not converged" : N(p.Ccsd - p.Fci, "0.0e0"))}, VQE {N(p.Vqe.Energy - p.Fci, "0.0e0")}"));
        return $"**H4 (a linear chain of four equally spaced atoms, {c.Qubits} qubits, four correlated electrons)** tests what H2 cannot: CCSD is exact only for two electrons, and so is UCCSD. " +
               $"Errors against FCI (Ha) — {errors}. The largest |CCSD − FCI| is {N(c.MaxCcsdError, "0.0e0")} Ha{(unconverged > 0 ? $" (CCSD did not converge at {unconverged} spacings)" : "")}, " +
               $"the largest UCCSD-VQE error {N(c.MaxVqeError, "0.0e0")} Ha ({(c.MaxVqeError <= ChemicalAccuracy ? "within" : "beyond")} chemical accuracy); VQE is closer to FCI than CCSD at {better} of {pts.Count} spacings. " +
               $"Exact diagonalisation took {N(c.FciSeconds * 1e3, "G3")} ms over the {pts.Count} spacings against {N(c.VqeSeconds, "0.00")} s of VQE simulation.";
    }

    /// <summary>Computes the curve (warm-started VQE along the bond).</summary>
    private static DissociationCurve Curve(ReportContext ctx, string name, double[] distances, string? frozenCore, Func<double, string> xyz, int shots, int? trajectories)
    {
        var points = new List<DissociationPoint>();
        IReadOnlyList<double>? warm = null;
        var vqeOptions = new VqeMethodOptions(Shots: shots, Seed: ctx.Options.Seed);
        int qubits = 0;
        foreach (double d in distances)
        {
            var mol = XyzReader.Parse(xyz(d));
            var r = MoleculePipeline.Build(new MoleculeOptions(mol, FrozenCore: frozenCore));
            var ladder = MoleculeLadder.Run(r.Hamiltonian, r.Scf.TotalEnergy,
                new LadderOptions(LadderMethods.Hf | LadderMethods.Mp2 | LadderMethods.Ccsd | LadderMethods.Fci | LadderMethods.Vqe, Vqe: vqeOptions, VqeWarmStart: warm));
            var failed = ladder.Methods.FirstOrDefault(m => m.Status != MethodStatus.Ok && m.Method != LadderMethods.Ccsd);
            if (failed is not null) throw new QuantumAppsException($"chemistry: {name} at {d} Å: {failed.Name} {failed.Reason}");
            double mp2 = ladder.Energy(LadderMethods.Mp2)!.Value;
            double ccsd = ladder.Energy(LadderMethods.Ccsd) ?? double.NaN;
            double fci = ladder.Energy(LadderMethods.Fci)!.Value;
            double fciSeconds = ladder[LadderMethods.Fci]!.Seconds;
            var vqe = ladder[LadderMethods.Vqe]!.Vqe!;
            var mapped = QubitHamiltonian.MapWithSector(r.Hamiltonian, MappingKind.JordanWigner);
            qubits = mapped.NumQubits;
            double full = ExactSolver.GroundState(mapped.Hamiltonian.WithNumQubitsAtLeast(qubits), BasisSector.Full).Energy;
            // timings shown in the report: medians over repeated calls after an untimed warm-up (a first call pays for JIT
            // compilation and allocation); the VQE is re-run from the same start without shots, so it returns the same energy
            int repeats = TimingRepeats(ctx.Quick);
            var (_, fciTiming) = RepeatedTiming.Measure(() => QuantumApps.Chemistry.Fci.DeterminantFci.Compute(r.Hamiltonian).Energy, repeats);
            var timedVqe = vqeOptions with { Shots = null };
            var warmStart = warm;
            var (_, vqeTiming) = RepeatedTiming.Measure(() => VqeMethod.Run(r.Hamiltonian, mapped.Hamiltonian, timedVqe, warmStart).Energy, repeats);
            warm = vqe.Parameters;
            var noisy = NoisyEvaluation.Evaluate(vqe.Circuit, vqe.Parameters, mapped.Hamiltonian, CurveNoise, trajectories ?? NoisyEvaluation.DefaultTrajectories, null,
                new Random(ctx.Rng.Next()), trajectories is null ? NoiseMethod.DensityMatrix : NoiseMethod.Trajectories);
            points.Add(new DissociationPoint(d, r.Scf.TotalEnergy, mp2, ccsd, fci, full, fciSeconds, vqe, noisy, mapped.Hamiltonian, fciTiming, vqeTiming));
            ctx.Step($"chemistry: {name} at {d} Å: VQE − FCI = {N(vqe.Energy - fci, "0.0e0")} Ha ({vqe.Evaluations} evaluations, {N(vqe.Seconds, "0.00")} s), noisy − FCI = {N(noisy.Energy - fci, "0.000")} Ha");
        }
        return new DissociationCurve(name, points, qubits, shots, trajectories);
    }

    private static void Figures(ReportDocument doc, DissociationCurve c)
    {
        var pts = c.Points;
        var x = pts.Select(p => p.BondAngstrom).ToArray();
        string file = c.Name.ToLowerInvariant() + "-dissociation";
        string noisyLabel = $"VQE + noise (p1 = {N(CurveNoise.Depolarizing1)}, p2 = {N(CurveNoise.Depolarizing2)}{(c.Trajectories is int t ? $", {t} trajectories" : "")})";
        doc.Figure(file, $"{c.Name} STO-3G dissociation curve ({c.Qubits} qubits after Jordan–Wigner{(c.Name == "LiH" ? ", frozen Li 1s core" : c.Name == "H4" ? ", linear chain, x = spacing" : "")}): classical methods, FCI and UCCSD-VQE exact, with {c.Shots} shots and with gate noise",
            new ChartSpec($"{c.Name} dissociation (STO-3G)", "bond length (Å)", "energy (Ha)"),
            [
                new("HF", x, pts.Select(p => p.Hf).ToArray()),
                new("MP2", x, pts.Select(p => p.Mp2).ToArray()),
                new("CCSD", x, pts.Select(p => p.Ccsd).ToArray()),
                new("FCI (exact)", x, pts.Select(p => p.Fci).ToArray(), Dashed: true),
                new("VQE (UCCSD, exact expectation)", x, pts.Select(p => p.Vqe.Energy).ToArray(), NoLine: true),
                new($"VQE, {c.Shots} shots (± s.e.)", x, pts.Select(p => p.Vqe.ShotMean ?? double.NaN).ToArray(), pts.Select(p => p.Vqe.StandardError ?? 0).ToArray(), NoLine: true),
                new(noisyLabel, x, pts.Select(p => p.Noisy.Energy).ToArray(), pts.Select(p => p.Noisy.StandardError ?? 0).ToArray()),
            ],
            ["bond_length_angstrom", "hf_hartree", "mp2_hartree", "ccsd_hartree", "fci_hartree", "full_space_ground_hartree", "vqe_hartree", "vqe_exit", "vqe_evaluations", "vqe_gradient_evaluations",
             "vqe_seconds", "fci_seconds", "shots", "vqe_shots_mean_hartree", "vqe_shots_standard_error", "noise_model", "noisy_method", "noisy_trajectories", "vqe_noisy_hartree", "vqe_noisy_standard_error"],
            pts.Select(p => new[]
            {
                N(p.BondAngstrom, "R"), N(p.Hf, "R"), N(p.Mp2, "R"), N(p.Ccsd, "R"), N(p.Fci, "R"), N(p.FullSpaceGround, "R"), N(p.Vqe.Energy, "R"), p.Vqe.ExitReason,
                p.Vqe.Evaluations.ToString(CultureInfo.InvariantCulture), p.Vqe.GradientEvaluations.ToString(CultureInfo.InvariantCulture), N(p.Vqe.Seconds, "R"), N(p.FciSeconds, "R"),
                c.Shots.ToString(CultureInfo.InvariantCulture), N(p.Vqe.ShotMean ?? double.NaN, "R"), N(p.Vqe.StandardError ?? double.NaN, "R"),
                p.Noisy.Noise, p.Noisy.Method, p.Noisy.Trajectories?.ToString(CultureInfo.InvariantCulture) ?? "", N(p.Noisy.Energy, "R"), p.Noisy.StandardError is double se ? N(se, "R") : "",
            }));
        // errors below the solvers' precision are not data on a log axis: they are left out and named in the caption
        double Shown(double e) => Math.Abs(e) >= SolverPrecision ? Math.Abs(e) : double.NaN;
        var hidden = new (string Method, Func<DissociationPoint, double> Error)[] { ("HF", p => p.Hf - p.Fci), ("MP2", p => p.Mp2 - p.Fci), ("CCSD", p => p.Ccsd - p.Fci), ("noiseless VQE", p => p.Vqe.Energy - p.Fci) }
            .Select(m => (m.Method, Count: pts.Count(p => Math.Abs(m.Error(p)) < SolverPrecision))).Where(m => m.Count > 0)
            .Select(m => $"{m.Method} at {m.Count} of {pts.Count}").ToList();
        doc.Figure(file + "-error", $"{c.Name}: |E − E_FCI| per method against chemical accuracy (log scale; the shot estimate's standard error is drawn as its own dashed line). " +
                   (hidden.Count == 0 ? "" : $"At solver precision (|E − E_FCI| < {N(SolverPrecision, "0e0")} Ha; not drawn, values in the CSV): {string.Join(", ", hidden)} geometries."),
            new ChartSpec($"{c.Name}: error against FCI", "bond length (Å)", "|E − E_FCI| (Ha)", LogY: true),
            [
                new("HF", x, pts.Select(p => Shown(p.Hf - p.Fci)).ToArray()),
                new("MP2", x, pts.Select(p => Shown(p.Mp2 - p.Fci)).ToArray()),
                new("CCSD", x, pts.Select(p => Shown(p.Ccsd - p.Fci)).ToArray()),
                new("chemical accuracy 1.6 mHa", [x[0], x[^1]], [ChemicalAccuracy, ChemicalAccuracy], Dashed: true),
                new("VQE (exact expectation)", x, pts.Select(p => Shown(p.Vqe.Energy - p.Fci)).ToArray()),
                new($"VQE, {c.Shots} shots: |mean − E_FCI|", x, pts.Select(p => Math.Abs((p.Vqe.ShotMean ?? double.NaN) - p.Fci)).ToArray(), NoLine: true),
                new($"VQE, {c.Shots} shots: standard error", x, pts.Select(p => p.Vqe.StandardError ?? double.NaN).ToArray(), Dashed: true),
                new(noisyLabel, x, pts.Select(p => Math.Abs(p.Noisy.Energy - p.Fci)).ToArray()),
            ],
            ["bond_length_angstrom", "hf_error", "mp2_error", "ccsd_error", "vqe_error", "vqe_shots_error", "vqe_shots_standard_error", "vqe_noisy_error", "vqe_noisy_standard_error", "vqe_noisy_minus_full_space_ground", "fci_minus_full_space_ground"],
            pts.Select(p => new[]
            {
                N(p.BondAngstrom, "R"), N(p.Hf - p.Fci, "R"), N(p.Mp2 - p.Fci, "R"), N(p.Ccsd - p.Fci, "R"), N(p.Vqe.Energy - p.Fci, "R"),
                N((p.Vqe.ShotMean ?? double.NaN) - p.Fci, "R"), N(p.Vqe.StandardError ?? double.NaN, "R"),
                N(p.Noisy.Energy - p.Fci, "R"), p.Noisy.StandardError is double se ? N(se, "R") : "", N(p.Noisy.Energy - p.FullSpaceGround, "R"), N(p.Fci - p.FullSpaceGround, "R"),
            }));
    }

    private static string Exits(DissociationCurve h2, DissociationCurve lih)
    {
        var bad = h2.Points.Concat(lih.Points).Where(p => !p.Vqe.Converged).Select(p => $"{N(p.BondAngstrom)} Å ({p.Vqe.ExitReason})").ToList();
        return bad.Count == 0 ? "L-BFGS reported convergence at every geometry." : $"L-BFGS did not report convergence at {string.Join(", ", bad)} (best energy shown).";
    }

    private static string ShotsText(DissociationCurve c)
    {
        var pts = c.Points;
        int within2 = pts.Count(p => Math.Abs((p.Vqe.ShotMean ?? double.NaN) - p.Vqe.Energy) <= 2 * (p.Vqe.StandardError ?? 0));
        double meanSe = pts.Average(p => p.Vqe.StandardError ?? double.NaN);
        int chem = pts.Count(p => Math.Abs((p.Vqe.ShotMean ?? double.NaN) - p.Fci) <= ChemicalAccuracy);
        long need = pts.Max(p => p.Vqe.Resources.ShotsForChemicalAccuracy ?? 0);
        return $"**With shots** ({c.Name}, {c.Shots} shots per energy over {pts[0].Vqe.Resources.MeasurementGroups} qubit-wise-commuting groups): the mean standard error is {N(meanSe * 1e3, "0.00")} mHa, {within2} of {pts.Count} estimates lie within 2 standard errors of the exact expectation, " +
               $"and {chem} of {pts.Count} are within chemical accuracy of FCI; a 1.6 mHa standard error needs up to {need.ToString("N0", CultureInfo.InvariantCulture)} shots per energy with optimal allocation.";
    }

    private static string NoiseText(DissociationCurve c)
    {
        var pts = c.Points;
        var errors = pts.Select(p => p.Noisy.Energy - p.Fci).ToArray();
        int cnots = NoisyEvaluation.HardwareGates(pts[0].Vqe.Circuit).CnotCount;
        string how = c.Trajectories is int t ? $"{t} seeded trajectories per geometry (mean standard error {N(pts.Average(p => p.Noisy.StandardError ?? 0) * 1e3, "0.0")} mHa)" : "the exact density matrix";
        return $"**With noise** ({c.Name}): the optimised UCCSD circuit has {cnots} CNOTs after lowering its Pauli rotations to CNOT ladders; with 0.1 % two-qubit and 0.01 % one-qubit depolarizing error ({how}) " +
               $"the energy error is {N(errors.Min() * 1e3, "0.0")}–{N(errors.Max() * 1e3, "0.0")} mHa, {N(errors.Average() / ChemicalAccuracy, "0")}× chemical accuracy on average, at {pts.Count(p => Math.Abs(p.Noisy.Energy - p.Fci) <= ChemicalAccuracy)} of {pts.Count} geometries within it. The optimiser never saw the noise (no error mitigation).";
    }

    private static string SectorText(DissociationCurve h2, DissociationCurve lih)
    {
        var all = h2.Points.Concat(lih.Points).ToList();
        int belowFci = all.Count(p => p.Noisy.Energy < p.Fci);
        int belowFull = all.Count(p => p.Noisy.Energy < p.FullSpaceGround - 4 * (p.Noisy.StandardError ?? 0) - 1e-9);
        double gap = all.Max(p => p.Fci - p.FullSpaceGround);
        string sector = $"Depolarizing noise does not conserve the electron number, so a noisy state is a mixture over particle-number sectors and its energy is bounded only by the ground energy of H over the whole Fock space, which lies {(gap < 1e-9 ? "at the neutral-sector FCI on these curves (the neutral sector holds the global ground state)" : $"up to {N(gap * 1e3, "0.00")} mHa below the neutral-sector FCI on these curves")}; both are in the CSV. ";
        sector += belowFci == 0
            ? "In this run every noisy energy stayed above the sector FCI: the noise raises the energy far more than leaving the sector could lower it."
            : $"In this run {belowFci} of {all.Count} noisy energies fell below the sector FCI — an artefact of leaving the sector, not a better answer.";
        if (belowFull > 0) sector += $" {belowFull} fell more than 4 standard errors below the full-space ground energy, which would indicate a simulator bug.";
        return sector;
    }
}
