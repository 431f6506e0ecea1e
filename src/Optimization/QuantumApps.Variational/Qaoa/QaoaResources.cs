using QuantumApps.Simulator;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// What a QAOA run on n qubits at depth p costs, computed before anything is allocated.
/// <para>
/// Memory, <see cref="BytesPerAmplitude(QaoaMemoryMode)"/>, counts the arrays a run really holds at its peak, from the
/// constants of the types that allocate them: the state φ (<see cref="QaoaState.VectorBytesPerAmplitude"/> = 16), with
/// gradients the adjoint costate λ (16 more), whose storage then takes the final probabilities
/// (<see cref="QaoaState.TakeProbabilities"/>), or without gradients a probability array
/// (<see cref="QaoaState.ProbabilityBytesPerAmplitude"/> = 8), and a dense cost diagonal
/// (<see cref="QaoaCost.DenseBytesPerAmplitude"/> = 8) unless the cost is in Walsh form (<see cref="QaoaCost.FromPauliSum"/>,
/// tables of O(n·2^{n−12}) bytes). Sampling uses block sums (2^{n−12} values), not a cumulative 2^n table
/// (<see cref="QaoaMetrics"/>). So: gradient + Walsh cost 32, gradient + dense 40, gradient-free 24 / 32 bytes per
/// amplitude. (Before: 56 counted, 56–58 measured at 24–26 qubits; the first guard counted 24.) No per-layer states are
/// stored — the adjoint sweep undoes each layer — so memory does not grow with p.
/// </para>
/// <para>
/// Depth: p ≤ <see cref="MaxDepth"/> (2p ≤ 2000 angles). Time grows as p·2^n per evaluation and the optimiser's work
/// with the number of angles, so deeper circuits are refused up front rather than left to run for days.
/// </para>
/// <para>
/// Time: <see cref="EstimatedSeconds"/> = evaluations × p × 2^n × <see cref="SecondsPerAmplitudeLayer"/>, with
/// evaluations ≈ 20 + 5p (L-BFGS from the linear ramp took 23 at p = 3 on a 20-node graph) and 41 ns per amplitude and
/// layer for ⟨C⟩ plus its adjoint gradient on one core (130 ms at n = 20, p = 3; docs/benchmarks.md, 2026-12-01).
/// An order-of-magnitude figure for planning, not a promise.
/// </para>
/// </summary>
/// <param name="Qubits">n.</param>
/// <param name="Depth">p.</param>
/// <param name="Bytes">Peak bytes of the default mode (<see cref="QaoaMemoryMode.Default"/>), long.MaxValue when 2^n overflows.</param>
/// <param name="EstimatedSeconds">Rough wall time on one core.</param>
public sealed record QaoaResources(int Qubits, int Depth, long Bytes, double EstimatedSeconds)
{
    /// <summary>Largest depth accepted.</summary>
    public const int MaxDepth = 1000;

    /// <summary>Seconds per amplitude and layer for one ⟨C⟩ + gradient evaluation on one core (docs/benchmarks.md).</summary>
    public const double SecondsPerAmplitudeLayer = 4.1e-8;

    /// <summary>
    /// Peak bytes per amplitude of a driver run in <paramref name="mode"/>: φ 16 + (gradient ? λ 16 : probabilities 8)
    /// + (dense cost ? 8 : 0).
    /// </summary>
    public static int BytesPerAmplitude(QaoaMemoryMode mode) =>
        QaoaState.VectorBytesPerAmplitude
        + (mode.Gradient ? QaoaState.VectorBytesPerAmplitude : QaoaState.ProbabilityBytesPerAmplitude)
        + (mode.DenseCost ? QaoaCost.DenseBytesPerAmplitude : 0);

    /// <summary>What each mode holds, for messages: e.g. "state 16 + costate 16 (reused for the probabilities) bytes per amplitude, cost from its Walsh terms".</summary>
    public static string Describe(QaoaMemoryMode mode) =>
        $"state {QaoaState.VectorBytesPerAmplitude} + "
        + (mode.Gradient ? $"costate {QaoaState.VectorBytesPerAmplitude} (reused for the probabilities)" : $"probabilities {QaoaState.ProbabilityBytesPerAmplitude}")
        + (mode.DenseCost ? $" + cost diagonal {QaoaCost.DenseBytesPerAmplitude} bytes per amplitude" : " bytes per amplitude, cost from its Walsh terms");

    /// <summary>The mode of a driver run: gradients when its optimizer needs them, dense unless the cost is in Walsh form.</summary>
    public static QaoaMemoryMode ModeOf(QaoaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new QaoaMemoryMode(options.Optimizer.RequiresGradient, options.CostDiagonal.IsDense);
    }

    /// <summary>Estimated objective evaluations at depth p: 20 + 5p.</summary>
    public static int EstimatedEvaluations(int depth) => 20 + 5 * depth;

    /// <summary>The estimate for n qubits at depth p in <paramref name="mode"/> (default: gradient, Walsh cost; nothing is checked).</summary>
    public static QaoaResources Estimate(int qubits, int depth, QaoaMemoryMode? mode = null)
    {
        long bytes = MemoryGuard.BytesNeeded(qubits, BytesPerAmplitude(mode ?? QaoaMemoryMode.Default));
        double seconds = EstimatedEvaluations(depth) * (double)depth * Math.Pow(2, qubits) * SecondsPerAmplitudeLayer;
        return new QaoaResources(qubits, depth, bytes, seconds);
    }

    /// <summary>
    /// Refuses, before anything is allocated, a depth outside 1…<see cref="MaxDepth"/> or a register whose
    /// <see cref="BytesPerAmplitude(QaoaMemoryMode)"/>·2^n bytes would not fit (the message names the bytes needed).
    /// </summary>
    public static void EnsureFeasible(int qubits, int depth, QaoaMemoryMode? mode = null)
    {
        if (depth < 1 || depth > MaxDepth)
        {
            throw new QuantumAppsException($"QAOA depth p must be between 1 and {MaxDepth} (2p angles, time ∝ p·2^n), got {depth}.");
        }

        var m = mode ?? QaoaMemoryMode.Default;
        MemoryGuard.EnsureFits(qubits, BytesPerAmplitude(m), $"QAOA ({Describe(m)})");
    }
}

/// <summary>
/// How a QAOA run uses memory: <paramref name="Gradient"/> when its optimizer uses adjoint gradients (a costate),
/// <paramref name="DenseCost"/> when the cost is a dense 2^n diagonal rather than Walsh terms (<see cref="QaoaCost"/>).
/// </summary>
public readonly record struct QaoaMemoryMode(bool Gradient, bool DenseCost)
{
    /// <summary>The CLI's maxcut mode: L-BFGS with gradients, cost in Walsh form (32 bytes per amplitude).</summary>
    public static QaoaMemoryMode Default { get; } = new(true, false);

    /// <summary>Gradients and a dense diagonal (tsp, the report's sections): 40 bytes per amplitude.</summary>
    public static QaoaMemoryMode DenseGradient { get; } = new(true, true);
}
