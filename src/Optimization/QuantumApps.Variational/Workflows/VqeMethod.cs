using QuantumApps.Ansatz;
using QuantumApps.Ansatz.Excitations;
using QuantumApps.Ansatz.Hardware;
using QuantumApps.Ansatz.References;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Optimizers;
using QuantumApps.Variational.Vqe;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Composes a molecular VQE: builds the ansatz on the Jordan–Wigner qubits of a
/// <see cref="MolecularHamiltonian"/> (Hartree–Fock reference, interleaved spin orbitals), runs
/// <see cref="VqeDriver"/> (or <see cref="AdaptVqe"/>), and adds the resource report and, with shots, a sampled
/// energy. The driver itself only sees the Pauli sum.
/// </summary>
public static class VqeMethod
{
    private static readonly (AnsatzKind Kind, string Name)[] AnsatzTable =
        [(AnsatzKind.Uccsd, "uccsd"), (AnsatzKind.Hea, "hea"), (AnsatzKind.KUpCcgsd, "kupccgsd"), (AnsatzKind.Adapt, "adapt")];

    private static readonly (InitialPointKind Kind, string Name)[] InitialTable = [(InitialPointKind.Hf, "hf"), (InitialPointKind.Mp2, "mp2")];

    /// <summary>Accepted ansatz names (the one name table of <see cref="AnsatzKind"/>).</summary>
    public static IReadOnlyList<string> Ansatze { get; } = AnsatzTable.Select(a => a.Name).ToArray();

    /// <summary>Accepted initial points (the one name table of <see cref="InitialPointKind"/>).</summary>
    public static IReadOnlyList<string> InitialPoints { get; } = InitialTable.Select(a => a.Name).ToArray();

    /// <summary>The text name of an ansatz ("uccsd", "hea", "kupccgsd", "adapt").</summary>
    public static string AnsatzName(AnsatzKind kind) => AnsatzTable.First(a => a.Kind == kind).Name;

    /// <summary>The text name of an initial point ("hf", "mp2").</summary>
    public static string InitialPointName(InitialPointKind kind) => InitialTable.First(a => a.Kind == kind).Name;

    /// <summary>Parses an ansatz name (case-insensitive); throws a one-line error listing the valid ansätze.</summary>
    public static AnsatzKind ParseAnsatz(string name) =>
        AnsatzTable.FirstOrDefault(a => a.Name.Equals(name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } hit ? hit.Kind
            : throw new QuantumAppsException($"--ansatz: unknown ansatz '{name}'; valid ansätze: {string.Join(", ", Ansatze)}");

    /// <summary>Parses an initial-point name (case-insensitive); throws a one-line error listing the valid names.</summary>
    public static InitialPointKind ParseInitialPoint(string name) =>
        InitialTable.FirstOrDefault(a => a.Name.Equals(name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } hit ? hit.Kind
            : throw new QuantumAppsException($"--initial: unknown initial point '{name}'; valid: {string.Join(", ", InitialPoints)}");

    /// <summary>
    /// Half-width (radians) of the seeded uniform random start of the hardware-efficient ansatz: θ_k ~ U(−0.1, 0.1).
    /// Its θ = 0 is not the reference (the CNOT ladder permutes basis states), and the reference itself is a
    /// stationary point, so a small perturbation is the start.
    /// </summary>
    public const double HeaInitialScale = 0.1;

    /// <summary>
    /// At most this many seeded starts of the hardware-efficient ansatz: a start that ends within
    /// <see cref="ReferenceEnergyTolerance"/> of the Hartree–Fock energy with the convergence test met (a degenerate
    /// stationary point) is followed by another start drawn from the same seeded generator, with the wider perturbation
    /// <see cref="RestartScale"/>; the lowest energy is kept.
    /// </summary>
    public const int HeaMaxStarts = 5;

    /// <summary>|E − E_HF| (hartree) below which an HEA run counts as stuck on the Hartree–Fock stationary point.</summary>
    public const double ReferenceEnergyTolerance = 1e-6;

    /// <summary>
    /// Exit reason of an HEA VQE whose every start ended on the Hartree–Fock energy with zero gradient (not converged:
    /// a stationary point that is not the minimum).
    /// </summary>
    public const string StationaryAtReference = "stationary-at-reference";

    /// <summary>Copies of the 2^n state the VQE keeps alive (state, H|ψ⟩, adjoint vectors), for the memory check.</summary>
    public const int StateCopies = 4;

    /// <summary>Checks the numbers and combinations before any expensive work; throws a one-line error.</summary>
    public static void Validate(VqeMethodOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.Layers is int l && l < 1) throw new QuantumAppsException($"--layers must be at least 1, got {l}");
        if (o.Shots is int s && s < 2) throw new QuantumAppsException($"--shots must be at least 2, got {s}");
        if (o.Initial == InitialPointKind.Mp2 && o.Ansatz != AnsatzKind.Uccsd)
            throw new QuantumAppsException("--initial mp2 applies to the uccsd ansatz only");
        NoisyEvaluation.Validate(o.Trajectories);
    }

    /// <summary>Refuses, before allocating, a register that does not fit in memory (names the bytes needed).</summary>
    public static void EnsureFits(MolecularHamiltonian h) =>
        MemoryGuard.EnsureFits(h.NumSpinOrbitals, 16, "VQE state vectors", StateCopies);

    /// <summary>
    /// Runs the VQE. <paramref name="qubitHamiltonian"/> must be the Jordan–Wigner form of <paramref name="h"/>.
    /// <paramref name="warmStart"/> (previous parameters, e.g. from the neighbouring scan point) is used when its
    /// length matches the ansatz. <paramref name="progress"/> receives the optimizer's iterations (ADAPT: one report per
    /// added operator, evaluations 0); cancelling <paramref name="cancellationToken"/> ends the optimisation at its next
    /// energy evaluation with exit reason "cancelled" and the best parameters so far (no exception).
    /// </summary>
    public static VqeMethodResult Run(MolecularHamiltonian h, PauliSum qubitHamiltonian, VqeMethodOptions o, IReadOnlyList<double>? warmStart = null,
        IProgress<VqeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Validate(o);
        EnsureFits(h);
        var rng = SeededRandom.Create(o.Seed);
        var optimizer = OptimizerFactory.Create(o.Optimizer);
        int n = h.NumOrbitals, na = h.NumAlpha, nb = h.NumBeta, nq = 2 * n;
        ulong reference = HartreeFockState.BasisIndex(n, na, nb);
        IAnsatz ansatz;
        IReadOnlyList<double> parameters;
        double energy, seconds;
        int evaluations, gradientEvaluations, iterations;
        string exitReason;
        bool converged;
        IReadOnlyList<string>? operators = null;
        int starts = 1;
        if (o.Ansatz == AnsatzKind.Adapt)
        {
            var adaptOptions = new AdaptVqeOptions(ExcitationPool.SinglesAndDoubles(n, na, nb)) { MaxOperators = o.Layers ?? 30 };
            var adaptProgress = progress is null ? null
                : new SynchronousProgress<AdaptVqeIteration>(it => progress.Report(new VqeProgress(it.Iteration, 0, it.Energy)));
            var r = AdaptVqe.Run(qubitHamiltonian, nq, reference, optimizer, adaptOptions, rng, adaptProgress, cancellationToken);
            ansatz = r.Ansatz;
            (parameters, energy, seconds) = (r.Parameters, r.Energy, r.Seconds);
            (evaluations, gradientEvaluations, iterations) = (r.Evaluations, r.GradientEvaluations, r.Iterations.Count);
            (converged, exitReason) = (r.Converged, ExitReasonNames.Name(r.ExitReason));
            operators = r.Operators.Select(e => e.ToString()).ToArray();
        }
        else
        {
            ansatz = o.Ansatz switch
            {
                AnsatzKind.Uccsd => UccsdAnsatz.Create(n, na, nb),
                AnsatzKind.KUpCcgsd => UpCcgsdAnsatz.Create(n, na, nb, o.Layers ?? 2),
                _ => HardwareEfficientAnsatz.Create(nq, o.Layers ?? 2, EntanglerKind.Ladder, reference),
            };
            bool randomStart = ansatz is CircuitAnsatz;
            var options = new VqeOptions { RandomInitialScale = randomStart ? HeaInitialScale : 0 };
            if (warmStart is not null && warmStart.Count == ansatz.NumParameters) options = options with { InitialPoint = warmStart };
            else if (o.Initial == InitialPointKind.Mp2) options = options with { InitialPoint = Mp2Amplitudes.InitialPoint(h, (ExcitationAnsatz)ansatz) };
            var r = VqeDriver.Run(qubitHamiltonian, ansatz, optimizer, options, rng, progress, cancellationToken);
            (evaluations, gradientEvaluations, iterations, seconds) = (r.Evaluations, r.GradientEvaluations, r.Iterations, r.Seconds);
            double referenceEnergy = randomStart ? ReferenceEnergy(qubitHamiltonian, nq, reference) : double.NaN;
            bool AtReference(VqeResult x) => Math.Abs(x.Energy - referenceEnergy) <= ReferenceEnergyTolerance
                && x.ExitReason is ExitReason.Converged or ExitReason.StationaryStart;

            // HEA: a start that ends on the Hartree–Fock energy with a vanishing gradient (a degenerate stationary
            // point, not the minimum) is followed by fresh seeded starts from the same generator; the best is kept.
            while (randomStart && AtReference(r) && starts < HeaMaxStarts && !cancellationToken.IsCancellationRequested)
            {
                starts++;
                var again = VqeDriver.Run(qubitHamiltonian, ansatz, optimizer,
                    options with { InitialPoint = null, RandomInitialScale = RestartScale(starts) }, rng, progress, cancellationToken);
                (evaluations, gradientEvaluations, iterations, seconds) =
                    (evaluations + again.Evaluations, gradientEvaluations + again.GradientEvaluations, iterations + again.Iterations, seconds + again.Seconds);
                if (again.Energy < r.Energy) r = again;
            }

            (parameters, energy) = (r.Parameters, r.Energy);
            (converged, exitReason) = randomStart && AtReference(r)
                ? (false, StationaryAtReference)
                : (r.Converged, ExitReasonNames.Name(r.ExitReason));
        }

        var state = StateVector.Empty(nq);
        ansatz.Prepare(state, parameters.ToArray());
        var resources = VqeResourceEstimator.Estimate(qubitHamiltonian, ansatz, state);
        double? mean = null, error = null;
        if (o.Shots is int shots)
        {
            var estimate = ShotEstimator.Estimate(state, qubitHamiltonian.WithNumQubitsAtLeast(nq), Math.Max(shots, 2 * resources.MeasurementGroups), rng);
            (mean, error) = (estimate.Mean, estimate.StandardError);
        }
        var circuit = ansatz.ToCircuit();
        NoisyEnergy? noisy = o.Noise is { } model && !cancellationToken.IsCancellationRequested
            ? NoisyEvaluation.Evaluate(circuit, parameters, qubitHamiltonian, model, o.Trajectories, o.Shots, rng, o.NoiseMethod)
            : null;
        return new VqeMethodResult(o.Ansatz == AnsatzKind.KUpCcgsd ? ansatz.Name : AnsatzName(o.Ansatz), optimizer.Name,
            energy, parameters, evaluations, gradientEvaluations, iterations, converged, exitReason, seconds, resources,
            o.Shots, mean, error, operators, circuit, noisy, starts);
    }

    /// <summary>Half-width of the random start of HEA start number <paramref name="start"/> (1-based): 0.1 · 3^(start − 1) rad, capped at π.</summary>
    public static double RestartScale(int start) => Math.Min(Math.PI, HeaInitialScale * Math.Pow(3, start - 1));

    /// <summary>⟨Φ_ref|H|Φ_ref⟩ of the reference determinant (basis state <paramref name="reference"/>).</summary>
    private static double ReferenceEnergy(PauliSum h, int numQubits, ulong reference)
    {
        return StateVector.Basis(numQubits, reference).Expectation(h.WithNumQubitsAtLeast(numQubits));
    }
}
