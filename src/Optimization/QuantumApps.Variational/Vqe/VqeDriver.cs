using System.Diagnostics;
using QuantumApps.Ansatz;
using QuantumApps.Optimizers;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Vqe;

/// <summary>
/// Variational quantum eigensolver: minimises E(θ) = ⟨ψ(θ)|H|ψ(θ)⟩ over the ansatz parameters with an
/// <see cref="IOptimizer"/>, using exact state-vector expectations and, for gradient-based optimizers, the ansatz's
/// adjoint gradient (<see cref="IAnsatz.ValueAndGradient"/>). H is any Hermitian <see cref="PauliSum"/> in hartree;
/// the driver never sees a molecule. By the variational principle E(θ) ≥ E_0 for every θ. When the optimizer's
/// convergence test is met at the starting point itself (best point = start, i.e. a zero gradient there), the exit
/// reason is <see cref="ExitReason.StationaryStart"/> ("converged at the starting point with zero gradient"), not
/// converged.
/// </summary>
public static class VqeDriver
{
    /// <summary>
    /// Runs VQE; the refused inputs (size mismatch, non-Hermitian H, wrong initial point) throw <see cref="QuantumAppsException"/>.
    /// <paramref name="progress"/> receives one <see cref="VqeProgress"/> per optimizer iteration (synchronously). When
    /// <paramref name="cancellationToken"/> is cancelled the optimizer stops before its next energy evaluation and the
    /// result holds the best parameters so far with <see cref="ExitReason.Cancelled"/> (no exception).
    /// </summary>
    public static VqeResult Run(PauliSum hamiltonian, IAnsatz ansatz, IOptimizer optimizer, VqeOptions options, Random rng,
        IProgress<VqeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        ArgumentNullException.ThrowIfNull(ansatz);
        ArgumentNullException.ThrowIfNull(optimizer);
        if (hamiltonian.NumQubits > ansatz.NumQubits) throw new QuantumAppsException($"the Hamiltonian acts on {hamiltonian.NumQubits} qubits, the ansatz on {ansatz.NumQubits}");
        if (!hamiltonian.IsHermitian()) throw new QuantumAppsException("VQE needs a Hermitian Hamiltonian (real Pauli coefficients)");
        MemoryGuard.EnsureFits(ansatz.NumQubits, 16, $"VQE with ansatz {ansatz.Name}", copies: 3);
        var h = hamiltonian.WithNumQubitsAtLeast(ansatz.NumQubits);
        if (ansatz.NumParameters == 0) return Fixed(h, ansatz, optimizer, options);
        var x0 = InitialPoint(ansatz, options, rng);
        var clock = Stopwatch.StartNew();
        var state = StateVector.Empty(ansatz.NumQubits);
        var objective = new FunctionObjective(ansatz.NumParameters,
            x => ansatz.Value(h, x, state),
            (x, g) => ansatz.ValueAndGradient(h, x, g));
        IProgress<OptimizationProgress>? report = progress is null ? null
            : new SynchronousProgress<OptimizationProgress>(p => progress.Report(new VqeProgress(p.Iteration, p.Evaluations, p.BestValue)));
        var r = optimizer.Minimize(objective, x0, options.Settings, rng, report, cancellationToken);
        // The optimizer's best value is re-evaluated at its best point so the reported energy is an exact expectation.
        var best = r.BestPoint.ToArray();
        ansatz.Prepare(state, best);
        double energy = state.Expectation(h);
        clock.Stop();
        // A convergence test met where the optimisation started (zero gradient at x0: HF for UCCSD with a vanishing
        // first-order gradient, or an HEA start on a stationary point) is not called converged.
        var exit = r.ExitReason == ExitReason.Converged && best.AsSpan().SequenceEqual(x0) ? ExitReason.StationaryStart : r.ExitReason;
        return new VqeResult(ansatz.Name, optimizer.Name, ansatz.NumQubits, energy, best, r.Evaluations, r.GradientEvaluations,
            r.Iterations, exit, clock.Elapsed.TotalSeconds, r.Trace.ToArray());
    }

    /// <summary>
    /// An ansatz without parameters (UCCSD on a system with no excitations, e.g. He in STO-3G) is one fixed state:
    /// its energy is evaluated once and reported with <see cref="ExitReason.StationaryStart"/> (nothing to optimise).
    /// </summary>
    private static VqeResult Fixed(PauliSum h, IAnsatz ansatz, IOptimizer optimizer, VqeOptions options)
    {
        if (options.InitialPoint is { Count: > 0 } given)
            throw new QuantumAppsException($"initial point has {given.Count} values; ansatz {ansatz.Name} has no parameters");
        var clock = Stopwatch.StartNew();
        var state = StateVector.Empty(ansatz.NumQubits);
        ansatz.Prepare(state, []);
        double energy = state.Expectation(h);
        return new VqeResult(ansatz.Name, optimizer.Name, ansatz.NumQubits, energy, [], 1, 0, 0, ExitReason.StationaryStart,
            clock.Elapsed.TotalSeconds, [energy]);
    }

    private static double[] InitialPoint(IAnsatz ansatz, VqeOptions options, Random rng)
    {
        if (options.InitialPoint is { } given)
        {
            if (given.Count != ansatz.NumParameters) throw new QuantumAppsException($"initial point has {given.Count} values; ansatz {ansatz.Name} has {ansatz.NumParameters} parameters");
            return given.ToArray();
        }
        var x = new double[ansatz.NumParameters];
        if (options.RandomInitialScale > 0)
            for (int k = 0; k < x.Length; k++) x[k] = options.RandomInitialScale * (2 * rng.NextDouble() - 1);
        return x;
    }
}
