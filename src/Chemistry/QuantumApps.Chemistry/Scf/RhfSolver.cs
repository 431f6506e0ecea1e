using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Chemistry.Numerics;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// Closed-shell RHF driver: guess orbitals (<see cref="ScfOptions.Guess"/>, by default the symmetrised generalised
/// Wolfsberg–Helmholz guess <see cref="RhfSteps.SymmetrisedGwhOrbitals"/>), then repeat {Fock build, energy, DIIS
/// error, DIIS extrapolation (<see cref="Diis"/> on the column-major Fock and error matrices), diagonalisation, new density} until |ΔE| &lt; EnergyTolerance and the DIIS error
/// &lt; ErrorTolerance, or the iteration limit. A converged solution is checked with the real RHF → RHF internal
/// stability analysis (<see cref="RhfStability"/>): while the lowest orbital-Hessian eigenvalue is below
/// <see cref="ScfOptions.StabilityThreshold"/> and fewer than <see cref="ScfOptions.MaxStabilityFollows"/>
/// follow-ups were made, the orbitals are rotated along the unstable eigenvector (<see cref="RhfStability.Follow"/>)
/// and the SCF is re-run from the rotated density; when such a re-run does not converge, the last converged
/// solution is kept and reported unstable. The outcome, stable or still unstable, is reported in
/// <see cref="ScfResult.Stability"/> and <see cref="ScfResult.LowestHessianEigenvalue"/>, never hidden.
/// Pure steps live in <see cref="RhfSteps"/>.
/// </summary>
public static class RhfSolver
{
    /// <summary>Damping factor α of <see cref="ScfCures.Damping"/> (weight of the old density).</summary>
    public const double DampingFactor = 0.5;

    /// <summary>
    /// DIIS error (max |Xᵀ(FPS − SPF)X|) above which an attempt counts as in its early phase: damping and ADIIS act
    /// there, DIIS takes over below (Hu &amp; Yang's switch point 0.1 Ha).
    /// </summary>
    public const double EarlyPhaseError = 0.1;

    /// <summary>Level shift b (hartree) of <see cref="ScfCures.LevelShift"/>.</summary>
    public const double LevelShiftHartree = 0.5;

    /// <summary>
    /// An attempt counts as stalled (and the next rescue attempt starts) when for this many iterations neither its
    /// smallest DIIS error nor its lowest energy has improved (a slow descent away from a saddle point is progress);
    /// only when <see cref="ScfOptions.Rescue"/> is on and a further attempt remains.
    /// </summary>
    public const int StallIterations = 50;

    /// <summary>
    /// The rescue attempts tried in order after plain DIIS (<see cref="ScfOptions.Rescue"/>): ADIIS with level shift
    /// and damping from the same guess, then the same cures from the superposition of atomic densities (when the
    /// caller supplies one).
    /// </summary>
    public static IReadOnlyList<ScfCures> RescueSequence { get; } =
    [
        ScfCures.SadGuess,
        ScfCures.Adiis | ScfCures.LevelShift | ScfCures.Damping,
        ScfCures.SadGuess | ScfCures.Adiis | ScfCures.LevelShift | ScfCures.Damping,
    ];

    /// <summary>Runs RHF.</summary>
    /// <param name="overlap">S (n×n).</param>
    /// <param name="core">H = T + V (n×n).</param>
    /// <param name="eri">Dense AO ERIs (μν|λσ).</param>
    /// <param name="nuclearRepulsion">E_nuc in hartree.</param>
    /// <param name="numOccupied">Number of doubly occupied orbitals N/2.</param>
    /// <param name="options">Tolerances and limits.</param>
    /// <param name="progress">
    /// Receives one <see cref="ScfIteration"/> per iteration, synchronously on the calling thread, numbered 1, 2, …
    /// across rescue attempts and stability follow-up runs.
    /// </param>
    /// <param name="cancellationToken">Checked before every iteration (one Fock build).</param>
    /// <param name="atomicDensities">
    /// Superposition-of-atomic-densities guess P (n×n, <see cref="SadGuess.Density"/>), computed only when a rescue
    /// attempt needs it; null skips the <see cref="ScfCures.SadGuess"/> attempt.
    /// </param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ScfResult Run(Matrix<double> overlap, Matrix<double> core, double[] eri, double nuclearRepulsion,
        int numOccupied, ScfOptions? options = null, IProgress<ScfIteration>? progress = null,
        CancellationToken cancellationToken = default, Func<Matrix<double>>? atomicDensities = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new ScfOptions();
        if (options.MaxIterations < 1)
        {
            throw new QuantumAppsException($"SCF iteration limit must be at least 1, got {options.MaxIterations}");
        }

        var n = overlap.RowCount;
        var x = RhfSteps.Orthogonaliser(overlap);
        if (numOccupied > x.ColumnCount)
        {
            throw new QuantumAppsException($"{numOccupied} doubly occupied orbitals exceed the {x.ColumnCount} linearly independent basis functions");
        }

        var (_, c0) = options.Guess == ScfGuess.Gwh
            ? RhfSteps.Diagonalise(RhfSteps.GwhGuess(core, overlap), x)
            : RhfSteps.SymmetrisedGwhOrbitals(core, overlap, eri, x, numOccupied);
        var path = new List<ScfAttempt>();
        var ctx = new Context(overlap, core, eri, nuclearRepulsion, numOccupied, x, options, progress, cancellationToken, path);
        var run = Solve(ctx, RhfSteps.Density(c0, numOccupied), atomicDensities, false);
        var stability = ScfStability.NotChecked;
        var lowest = double.NaN;
        var follows = 0;
        if (run.Converged && options.StabilityAnalysis && numOccupied > 0 && numOccupied < x.ColumnCount
            && numOccupied * (x.ColumnCount - numOccupied) <= RhfStability.MaxHessianDimension)
        {
            while (true)
            {
                var analysis = RhfStability.Analyse(core, eri, run.Coefficients, numOccupied);
                lowest = analysis.LowestEigenvalue;
                if (lowest >= options.StabilityThreshold)
                {
                    stability = ScfStability.Stable;
                    break;
                }

                if (follows == options.MaxStabilityFollows)
                {
                    stability = ScfStability.Unstable;
                    break;
                }

                follows++;
                var (rotated, _, _) = RhfStability.Follow(core, eri, run.Coefficients, analysis);
                var next = Solve(ctx, RhfSteps.Density(rotated, numOccupied), null, true);
                if (!next.Converged)
                {
                    // Keep the converged (unstable) solution and say so rather than return an unconverged one.
                    stability = ScfStability.Unstable;
                    break;
                }

                run = next;
            }
        }

        var iterations = path.Sum(a => a.Iterations);
        return new ScfResult(run.Energy, nuclearRepulsion, run.OrbitalEnergies.ToArray(), run.Coefficients.ToRowMajorArray(),
            run.Density.ToRowMajorArray(), n, numOccupied, iterations, run.Converged,
            run.Converged ? ScfExitReason.Converged : ScfExitReason.MaxIterations, Math.Abs(run.EnergyChange), run.DiisError,
            options.Guess, stability, lowest, follows, path.ToArray());
    }

    /// <summary>
    /// Plain DIIS from <paramref name="density"/>, then (with <see cref="ScfOptions.Rescue"/>) the
    /// <see cref="RescueSequence"/> attempts until one converges; returns the first converged run, otherwise the
    /// attempt that ended with the smallest DIIS error.
    /// </summary>
    private static ScfRun Solve(Context ctx, Matrix<double> density, Func<Matrix<double>>? atomicDensities, bool followUp)
    {
        var attempts = new List<ScfCures> { ScfCures.None };
        if (ctx.Options.Rescue)
        {
            attempts.AddRange(RescueSequence.Where(c => !c.HasFlag(ScfCures.SadGuess) || (atomicDensities is not null && !followUp)));
        }

        ScfRun? best = null;
        for (var k = 0; k < attempts.Count; k++)
        {
            var cures = attempts[k];
            var start = cures.HasFlag(ScfCures.SadGuess) ? atomicDensities!() : density;
            var run = Iterate(ctx, start, cures, stallDetection: k < attempts.Count - 1);
            ctx.Path.Add(new ScfAttempt(cures, run.Iterations, run.Converged, run.Energy, followUp));
            if (run.Converged)
            {
                return run;
            }

            if (best is null || !(run.DiisError >= best.DiisError))
            {
                best = run;
            }
        }

        return best!;
    }

    /// <summary>One SCF attempt from the density <paramref name="density"/> with the given cures.</summary>
    private static ScfRun Iterate(Context ctx, Matrix<double> density, ScfCures cures, bool stallDetection)
    {
        var (overlap, core, eri, options) = (ctx.Overlap, ctx.Core, ctx.Eri, ctx.Options);
        var p = density;
        Vector<double>? eps = null;
        Matrix<double>? c = null;
        var diis = options.DiisSubspace > 0 ? new Diis(options.DiisSubspace) : null;
        var adiisCapacity = Math.Clamp(options.DiisSubspace, 2, 8);
        var densities = new List<Matrix<double>>();
        var focks = new List<Matrix<double>>();
        var energy = 0.0;
        var dE = double.PositiveInfinity;
        var err = double.PositiveInfinity;
        var bestError = double.PositiveInfinity;
        var lowestEnergy = double.PositiveInfinity;
        var progressIteration = 0;
        var iteration = 0;
        var converged = false;
        while (iteration < options.MaxIterations)
        {
            ctx.CancellationToken.ThrowIfCancellationRequested();
            iteration++;
            var f = RhfSteps.Fock(core, p, eri);
            var newEnergy = RhfSteps.ElectronicEnergy(p, core, f) + ctx.NuclearRepulsion;
            var e = RhfSteps.DiisError(f, p, overlap, ctx.X);
            err = e.Enumerate().Max(Math.Abs);
            dE = newEnergy - energy;
            energy = newEnergy;
            ctx.Progress?.Report(new ScfIteration(ctx.IterationsSoFar + iteration, energy, dE, err));
            if (iteration > 1 && Math.Abs(dE) < options.EnergyTolerance && err < options.ErrorTolerance)
            {
                converged = true;
                break;
            }

            if (err < bestError || energy < lowestEnergy - options.EnergyTolerance)
            {
                bestError = Math.Min(bestError, err);
                lowestEnergy = Math.Min(lowestEnergy, energy);
                progressIteration = iteration;
            }
            else if (stallDetection && iteration - progressIteration >= StallIterations)
            {
                break;
            }

            var fDiis = diis is null
                ? f
                : Matrix<double>.Build.DenseOfColumnMajor(f.RowCount, f.ColumnCount, diis.Push(f.ToColumnMajorArray(), e.ToColumnMajorArray()));
            var early = err > EarlyPhaseError;
            var fUse = fDiis;
            if (cures.HasFlag(ScfCures.Adiis))
            {
                densities.Add(p);
                focks.Add(f);
                if (densities.Count > adiisCapacity)
                {
                    densities.RemoveAt(0);
                    focks.RemoveAt(0);
                }

                if (early)
                {
                    var coefficients = RhfSteps.AdiisCoefficients(densities, focks);
                    fUse = Matrix<double>.Build.Dense(f.RowCount, f.ColumnCount);
                    for (var i = 0; i < coefficients.Length; i++)
                    {
                        fUse += coefficients[i] * focks[i];
                    }
                }
            }

            if (cures.HasFlag(ScfCures.LevelShift))
            {
                fUse = RhfSteps.LevelShifted(fUse, p, overlap, LevelShiftHartree);
            }

            (eps, c) = RhfSteps.Diagonalise(fUse, ctx.X);
            var next = RhfSteps.Density(c, ctx.NumOccupied);
            p = cures.HasFlag(ScfCures.Damping) && early ? (1 - DampingFactor) * next + DampingFactor * p : next;
        }

        ctx.IterationsSoFar += iteration;
        if (converged || c is null)
        {
            // Orbitals consistent with the converged density: diagonalise the final (undamped, unshifted) Fock matrix.
            (eps, c) = RhfSteps.Diagonalise(RhfSteps.Fock(core, p, eri), ctx.X);
        }

        return new ScfRun(energy, eps!, c, p, iteration, converged, dE, err);
    }

    /// <summary>Inputs shared by the attempts of one <see cref="Run"/> call.</summary>
    private sealed class Context(Matrix<double> overlap, Matrix<double> core, double[] eri, double nuclearRepulsion,
        int numOccupied, Matrix<double> x, ScfOptions options, IProgress<ScfIteration>? progress,
        CancellationToken cancellationToken, List<ScfAttempt> path)
    {
        public Matrix<double> Overlap { get; } = overlap;
        public Matrix<double> Core { get; } = core;
        public double[] Eri { get; } = eri;
        public double NuclearRepulsion { get; } = nuclearRepulsion;
        public int NumOccupied { get; } = numOccupied;
        public Matrix<double> X { get; } = x;
        public ScfOptions Options { get; } = options;
        public IProgress<ScfIteration>? Progress { get; } = progress;
        public CancellationToken CancellationToken { get; } = cancellationToken;
        public List<ScfAttempt> Path { get; } = path;

        /// <summary>Iterations of the finished attempts (for the progress numbering).</summary>
        public int IterationsSoFar { get; set; }
    }

    /// <summary>State at the end of one SCF run.</summary>
    private sealed record ScfRun(double Energy, Vector<double> OrbitalEnergies, Matrix<double> Coefficients,
        Matrix<double> Density, int Iterations, bool Converged, double EnergyChange, double DiisError);
}
