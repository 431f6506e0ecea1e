using QuantumApps.Simulator;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// What a QAOA run on n qubits at depth p costs, computed before anything is allocated.
/// <para>
/// Memory, <see cref="BytesPerAmplitude"/> = 56 bytes per amplitude, counting what a run really holds at its peak:
/// the state φ (16), the adjoint costate λ (16), the cost diagonal (8), the final probabilities |ψ_b|² (8) and the
/// cumulative table used to draw the seeded samples (8). (The former guard counted 24 bytes; 56–58 bytes per amplitude
/// were measured at 24–26 qubits.) No per-layer states are stored — the adjoint sweep undoes each layer instead —
/// so memory does not grow with p.
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
/// <param name="Bytes">Peak bytes, 56·2^n (long.MaxValue when 2^n overflows).</param>
/// <param name="EstimatedSeconds">Rough wall time on one core.</param>
public sealed record QaoaResources(int Qubits, int Depth, long Bytes, double EstimatedSeconds)
{
    /// <summary>Peak bytes per amplitude: state 16 + costate 16 + cost diagonal 8 + probabilities 8 + sampling table 8.</summary>
    public const int BytesPerAmplitude = 56;

    /// <summary>Largest depth accepted.</summary>
    public const int MaxDepth = 1000;

    /// <summary>Seconds per amplitude and layer for one ⟨C⟩ + gradient evaluation on one core (docs/benchmarks.md).</summary>
    public const double SecondsPerAmplitudeLayer = 4.1e-8;

    /// <summary>Estimated objective evaluations at depth p: 20 + 5p.</summary>
    public static int EstimatedEvaluations(int depth) => 20 + 5 * depth;

    /// <summary>The estimate for n qubits at depth p (nothing is checked).</summary>
    public static QaoaResources Estimate(int qubits, int depth)
    {
        long bytes = MemoryGuard.BytesNeeded(qubits, BytesPerAmplitude);
        double seconds = EstimatedEvaluations(depth) * (double)depth * Math.Pow(2, qubits) * SecondsPerAmplitudeLayer;
        return new QaoaResources(qubits, depth, bytes, seconds);
    }

    /// <summary>
    /// Refuses, before anything is allocated, a depth outside 1…<see cref="MaxDepth"/> or a register whose
    /// <see cref="BytesPerAmplitude"/>·2^n bytes would not fit (the message names the bytes needed).
    /// </summary>
    public static void EnsureFeasible(int qubits, int depth)
    {
        if (depth < 1 || depth > MaxDepth)
        {
            throw new QuantumAppsException($"QAOA depth p must be between 1 and {MaxDepth} (2p angles, time ∝ p·2^n), got {depth}.");
        }

        MemoryGuard.EnsureFits(qubits, BytesPerAmplitude,
            "QAOA (state 16 + costate 16 + cost diagonal 8 + probabilities 8 + sampling table 8 bytes per amplitude)");
    }
}
