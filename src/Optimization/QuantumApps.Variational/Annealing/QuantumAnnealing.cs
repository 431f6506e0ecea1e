using System.Diagnostics;
using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.States;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Annealing;

/// <summary>
/// Quantum annealing on the state-vector simulator: the Trotterised adiabatic evolution under
/// H(s) = −A(s) Σ_j X_j + B(s) H_P, s = t/T, from |+⟩^n (the ground state of −Σ X_j) for an anneal time T (ħ = 1).
/// <para>
/// Trotterisation (first order, midpoint): M steps of τ = T/M; step k = 0..M−1 uses s_k = (k + ½)/M and applies
/// e^{−iτB(s_k)H_P} then e^{+iτA(s_k)Σ X_j}. With H_P = f·C (C the cost diagonal as given) this is exactly one QAOA
/// layer with γ_k = τ f B(s_k) and β_k = −τ A(s_k) (<see cref="QaoaState.ApplyTransverseFieldLayer"/>: the
/// Simulator's fused phase + mixer kernel), so the error per unit time is O(τ‖[H_X, H_P]‖) and vanishes as τ → 0
/// (tested against dense matrix exponentials).
/// </para>
/// <para>
/// Success probability p(T) = Σ_{b optimal} |ψ_b(T)|² (every optimal string counts, e.g. both sides of a cut);
/// TTS99(T) = T·ln(0.01)/ln(1 − p(T)) (<see cref="TimeToSolution"/>), minimised over the anneal times tried; the final
/// distribution of the best T is kept as it is reached (no second anneal).
/// Memory: state 16 + cost diagonal 8 + final probabilities 8 + sampling table 8 = <see cref="BytesPerAmplitude"/>
/// bytes per amplitude (checked before allocating), plus the gap's Krylov vectors (<see cref="AnnealingGap"/>).
/// </para>
/// </summary>
public static class QuantumAnnealing
{
    /// <summary>Peak bytes per amplitude of <see cref="Run"/> without the gap: state 16 + diagonal 8 + probabilities 8 + sampling table 8.</summary>
    public const int BytesPerAmplitude = 40;

    /// <summary>
    /// Evolves <paramref name="state"/> in place: M = <paramref name="steps"/> Trotter steps of τ = T/M under
    /// H(s) = −A(s) Σ X_j + B(s)·f·C with f = <paramref name="problemFactor"/> and C the state's cost diagonal
    /// (see the class remarks for the step). The state is not reset.
    /// </summary>
    public static void Evolve(QaoaState state, double problemFactor, AnnealingSchedule schedule, double time, int steps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(schedule);
        if (steps < 1 || !(time >= 0) || double.IsInfinity(time))
        {
            throw new QuantumAppsException($"annealing needs a finite time T ≥ 0 and at least one Trotter step, got T = {time}, {steps} steps");
        }

        double tau = time / steps;
        for (int k = 0; k < steps; k++)
        {
            if ((k & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            double s = (k + 0.5) / steps;
            state.ApplyTransverseFieldLayer(tau * problemFactor * schedule.Problem(s), -tau * schedule.Driver(s));
        }
    }

    /// <summary>Trotter steps for anneal time T with largest step τ: M = max(1, ⌈T/τ⌉).</summary>
    public static int Steps(double time, double trotterStep) => Math.Max(1, (int)Math.Ceiling(time / trotterStep - 1e-9));

    /// <summary>
    /// Anneals for each T of <see cref="QuantumAnnealingOptions.AnnealTimes"/> in order, up to the first with p ≥ 0.99
    /// (longer anneals only raise TTS99), with the linear schedule by default; computes
    /// p(T), TTS99(T) and, when asked, the minimum gap along the path. <paramref name="progress"/> hears about each T;
    /// the token is checked every 64 Trotter steps.
    /// </summary>
    public static QuantumAnnealingResult Run(QuantumAnnealingOptions options, IProgress<AnnealPoint>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        int length = options.CostDiagonal.Length;
        if (length < 2 || !BitOperations.IsPow2(length))
        {
            throw new QuantumAppsException($"annealing: the cost diagonal must have 2^n ≥ 2 entries, got {length}");
        }

        int n = BitOperations.Log2((uint)length);
        MemoryGuard.EnsureFits(n, BytesPerAmplitude, "quantum annealing (state 16 + cost diagonal 8 + probabilities 8 + sampling table 8 bytes per amplitude)");
        if (options.AnnealTimes.Count == 0 || options.AnnealTimes.Any(t => !(t > 0) || double.IsInfinity(t)))
        {
            throw new QuantumAppsException("annealing: anneal times must be positive finite numbers (at least one)");
        }

        if (!(options.TrotterStep > 0) || double.IsInfinity(options.TrotterStep))
        {
            throw new QuantumAppsException($"annealing: the Trotter step must be a positive number, got {options.TrotterStep}");
        }

        var clock = Stopwatch.StartNew();
        ReadOnlySpan<double> cost = options.CostDiagonal.Span;
        double scale = QaoaCostScale.Of(cost);
        double sign = options.Sense == QaoaSense.Minimize ? 1.0 : -1.0;
        double factor = sign / scale;
        double optimum = options.Sense == QaoaSense.Minimize ? Min(cost) : Max(cost);
        var state = new QaoaState(options.CostDiagonal);
        var points = new List<AnnealPoint>();
        var probabilities = new double[length];
        AnnealPoint? best = null;
        foreach (double time in options.AnnealTimes)
        {
            var pointClock = Stopwatch.StartNew();
            state.PrepareUniform();
            Evolve(state, factor, options.Schedule, time, Steps(time, options.TrotterStep), cancellationToken);
            double p = Math.Min(1.0, SuccessProbability(state.Amplitudes, cost, optimum));
            var point = new AnnealPoint(time, p, TimeToSolution.Tts99(time, p), pointClock.Elapsed.TotalSeconds);
            points.Add(point);
            progress?.Report(point);
            if (best is null || point.Tts99 < best.Tts99)
            {
                best = point;
                Probabilities(state.Amplitudes, probabilities);
            }

            if (p >= TimeToSolution.Confidence)
            {
                break;
            }
        }

        state = null;
        (double Gap, double At)? gap = null;
        if (options.ComputeGap)
        {
            try
            {
                gap = AnnealingGap.Minimum(options.CostDiagonal, factor, options.Schedule, options.GapGridPoints, cancellationToken);
            }
            catch (QuantumAppsException)
            {
                // The gap is a diagnostic: when Lanczos cannot resolve it (too many near-degenerate optimal levels) it is
                // reported as missing rather than failing the anneal.
                gap = null;
            }
        }

        return new QuantumAnnealingResult(points, best!, scale, optimum, gap?.Gap, gap?.At, Array.AsReadOnly(probabilities), clock.Elapsed.TotalSeconds);
    }

    /// <summary>|ψ_b|² into <paramref name="probabilities"/> (the final distribution of the best T so far: no second anneal at the end).</summary>
    private static void Probabilities(ReadOnlySpan<Complex> amplitudes, double[] probabilities)
    {
        for (int b = 0; b < amplitudes.Length; b++)
        {
            probabilities[b] = amplitudes[b].Real * amplitudes[b].Real + amplitudes[b].Imaginary * amplitudes[b].Imaginary;
        }
    }

    /// <summary>Σ |ψ_b|² over the b whose cost equals the optimum (to 1e-9 relative).</summary>
    public static double SuccessProbability(ReadOnlySpan<Complex> amplitudes, ReadOnlySpan<double> cost, double optimum)
    {
        double tolerance = OptimumTolerance(optimum);
        double p = 0;
        for (int b = 0; b < cost.Length; b++)
        {
            if (Math.Abs(cost[b] - optimum) <= tolerance)
            {
                p += amplitudes[b].Real * amplitudes[b].Real + amplitudes[b].Imaginary * amplitudes[b].Imaginary;
            }
        }

        return p;
    }

    /// <summary>Two costs within 1e-9·max(1, |optimum|) count as equal.</summary>
    public static double OptimumTolerance(double optimum) => 1e-9 * Math.Max(1.0, Math.Abs(optimum));

    private static double Min(ReadOnlySpan<double> x)
    {
        double m = double.PositiveInfinity;
        foreach (double v in x) m = Math.Min(m, v);
        return m;
    }

    private static double Max(ReadOnlySpan<double> x)
    {
        double m = double.NegativeInfinity;
        foreach (double v in x) m = Math.Max(m, v);
        return m;
    }
}
