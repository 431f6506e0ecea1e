using System.Diagnostics;
using QuantumApps.Ansatz.Excitations;
using QuantumApps.Optimizers;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Variational.Vqe;

/// <summary>
/// ADAPT-VQE (Grimsley, Economou, Barnes, Mayhall, Nat. Commun. 10, 3007 (2019)). Start from the reference
/// determinant with no operators. Repeat: at the current optimum ψ, compute for every pool excitation A_k the
/// gradient g_k = ∂E/∂θ|_{θ=0} of appending exp(θA_k), g_k = ⟨ψ|[H, A_k]|ψ⟩
/// (<see cref="ExcitationAnsatz.AppendGradients(PauliSum, ReadOnlySpan{double}, IReadOnlyList{FermionicExcitation})"/>, in the
/// (N_α, N_β) sector when the Hamiltonian allows); stop if ‖g‖₂ &lt; threshold; otherwise append the operator with the
/// largest |g_k| (ties within <see cref="SelectionTieTolerance"/>: lowest pool index; an
/// operator may be chosen again), and re-optimise all parameters with the optimizer, warm-started from the previous
/// optimum with the new parameter at 0. Stops also when <see cref="AdaptVqeOptions.MaxOperators"/> is reached.
/// </summary>
public static class AdaptVqe
{
    /// <summary>
    /// Runs ADAPT-VQE on <paramref name="numQubits"/> qubits from the basis state <paramref name="referenceIndex"/>.
    /// <paramref name="progress"/> receives each finished ADAPT iteration (synchronously). Cancelling
    /// <paramref name="cancellationToken"/> stops the current re-optimisation at its next energy evaluation and ends the
    /// run with <see cref="AdaptExitReason.Cancelled"/>, keeping the operators and best parameters found so far.
    /// </summary>
    public static AdaptVqeResult Run(PauliSum hamiltonian, int numQubits, ulong referenceIndex, IOptimizer optimizer, AdaptVqeOptions options,
        Random rng, IProgress<AdaptVqeIteration>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Pool.Count == 0) throw new QuantumAppsException("ADAPT-VQE needs a non-empty operator pool");
        if (options.MaxOperators < 1) throw new QuantumAppsException($"ADAPT-VQE needs MaxOperators ≥ 1, got {options.MaxOperators}");
        if (!hamiltonian.IsHermitian()) throw new QuantumAppsException("ADAPT-VQE needs a Hermitian Hamiltonian (real Pauli coefficients)");
        MemoryGuard.EnsureFits(numQubits, 16, "ADAPT-VQE", copies: 4);
        var h = hamiltonian.WithNumQubitsAtLeast(numQubits);
        var clock = Stopwatch.StartNew();
        var steps = new List<ExcitationStep>();
        var parameters = Array.Empty<double>();
        var ansatz = new ExcitationAnsatz("adapt", numQubits, referenceIndex, steps);
        var iterations = new List<AdaptVqeIteration>();
        int evaluations = 1, gradientEvaluations = 0;
        double energy = ansatz.Prepare(parameters).Expectation(h);
        double norm;
        AdaptExitReason reason;
        while (true)
        {
            if (cancellationToken.IsCancellationRequested) { reason = AdaptExitReason.Cancelled; norm = double.NaN; break; }
            var g = ansatz.AppendGradients(h, parameters, options.Pool);
            int best = Selected(g);
            double sum = 0;
            foreach (double gk in g) sum += gk * gk;
            norm = Math.Sqrt(sum);
            if (norm < options.GradientThreshold) { reason = AdaptExitReason.GradientConverged; break; }
            if (steps.Count >= options.MaxOperators) { reason = AdaptExitReason.MaxOperators; break; }
            steps.Add(new ExcitationStep(options.Pool[best], steps.Count));
            ansatz = new ExcitationAnsatz("adapt", numQubits, referenceIndex, steps);
            var x0 = parameters.Append(0.0).ToArray();
            var r = VqeDriver.Run(h, ansatz, optimizer, new VqeOptions { InitialPoint = x0, Settings = options.Settings }, rng,
                cancellationToken: cancellationToken);
            evaluations += r.Evaluations;
            gradientEvaluations += r.GradientEvaluations;
            parameters = r.Parameters.ToArray();
            energy = r.Energy;
            var it = new AdaptVqeIteration(steps.Count, options.Pool[best], g[best], norm, energy, steps.Count);
            iterations.Add(it);
            progress?.Report(it);
        }
        clock.Stop();
        return new AdaptVqeResult(ansatz, energy, parameters, iterations, evaluations, gradientEvaluations, reason, norm, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The candidate with the largest |g_k|; candidates within <see cref="SelectionTieTolerance"/> (relative) of it are
    /// ties and the lowest pool index wins. Spin partners (α and β copies of an excitation) have equal gradients in exact
    /// arithmetic, so without the tolerance the choice between them would follow the rounding of the gradient path.
    /// </summary>
    internal static int Selected(IReadOnlyList<double> g)
    {
        double largest = 0;
        foreach (double gk in g) largest = Math.Max(largest, Math.Abs(gk));
        for (int k = 0; k < g.Count; k++)
            if (Math.Abs(g[k]) >= largest * (1 - SelectionTieTolerance)) return k;
        return 0;
    }

    /// <summary>Relative width of a tie between candidate gradients (rounding of the gradients is ~1e-15 relative).</summary>
    internal const double SelectionTieTolerance = 1e-9;
}
