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
    /// <summary>Runs RHF.</summary>
    /// <param name="overlap">S (n×n).</param>
    /// <param name="core">H = T + V (n×n).</param>
    /// <param name="eri">Dense AO ERIs (μν|λσ).</param>
    /// <param name="nuclearRepulsion">E_nuc in hartree.</param>
    /// <param name="numOccupied">Number of doubly occupied orbitals N/2.</param>
    /// <param name="options">Tolerances and limits.</param>
    /// <param name="progress">
    /// Receives one <see cref="ScfIteration"/> per iteration, synchronously on the calling thread, numbered 1, 2, …
    /// across stability follow-up runs.
    /// </param>
    /// <param name="cancellationToken">Checked before every iteration (one Fock build).</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ScfResult Run(Matrix<double> overlap, Matrix<double> core, double[] eri, double nuclearRepulsion,
        int numOccupied, ScfOptions? options = null, IProgress<ScfIteration>? progress = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new ScfOptions();
        var n = overlap.RowCount;
        var x = RhfSteps.Orthogonaliser(overlap);
        if (numOccupied > x.ColumnCount)
        {
            throw new QuantumAppsException($"{numOccupied} doubly occupied orbitals exceed the {x.ColumnCount} linearly independent basis functions");
        }

        var (_, c0) = options.Guess == ScfGuess.Gwh
            ? RhfSteps.Diagonalise(RhfSteps.GwhGuess(core, overlap), x)
            : RhfSteps.SymmetrisedGwhOrbitals(core, overlap, eri, x, numOccupied);
        var run = Iterate(overlap, core, eri, nuclearRepulsion, numOccupied, x, RhfSteps.Density(c0, numOccupied), options, progress, cancellationToken, 0);
        var iterations = run.Iterations;
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
                var next = Iterate(overlap, core, eri, nuclearRepulsion, numOccupied, x, RhfSteps.Density(rotated, numOccupied), options, progress, cancellationToken, iterations);
                iterations += next.Iterations;
                if (!next.Converged)
                {
                    // Keep the converged (unstable) solution and say so rather than return an unconverged one.
                    stability = ScfStability.Unstable;
                    break;
                }

                run = next;
            }
        }

        return new ScfResult(run.Energy, nuclearRepulsion, run.OrbitalEnergies.ToArray(), run.Coefficients.ToRowMajorArray(),
            run.Density.ToRowMajorArray(), n, numOccupied, iterations, run.Converged,
            run.Converged ? ScfExitReason.Converged : ScfExitReason.MaxIterations, Math.Abs(run.EnergyChange), run.DiisError,
            options.Guess, stability, lowest, follows);
    }

    /// <summary>One DIIS SCF run from the density <paramref name="density"/>.</summary>
    private static ScfRun Iterate(Matrix<double> overlap, Matrix<double> core, double[] eri, double nuclearRepulsion,
        int numOccupied, Matrix<double> x, Matrix<double> density, ScfOptions options, IProgress<ScfIteration>? progress,
        CancellationToken cancellationToken, int iterationOffset)
    {
        var p = density;
        Vector<double>? eps = null;
        Matrix<double>? c = null;
        var diis = options.DiisSubspace > 0 ? new Diis(options.DiisSubspace) : null;
        var energy = 0.0;
        var dE = double.PositiveInfinity;
        var err = double.PositiveInfinity;
        var iteration = 0;
        var converged = false;
        while (iteration < options.MaxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iteration++;
            var f = RhfSteps.Fock(core, p, eri);
            var newEnergy = RhfSteps.ElectronicEnergy(p, core, f) + nuclearRepulsion;
            var e = RhfSteps.DiisError(f, p, overlap, x);
            err = e.Enumerate().Max(Math.Abs);
            dE = newEnergy - energy;
            energy = newEnergy;
            progress?.Report(new ScfIteration(iterationOffset + iteration, energy, dE, err));
            if (iteration > 1 && Math.Abs(dE) < options.EnergyTolerance && err < options.ErrorTolerance)
            {
                converged = true;
                break;
            }

            var fUse = diis is null
                ? f
                : Matrix<double>.Build.DenseOfColumnMajor(f.RowCount, f.ColumnCount, diis.Push(f.ToColumnMajorArray(), e.ToColumnMajorArray()));

            (eps, c) = RhfSteps.Diagonalise(fUse, x);
            p = RhfSteps.Density(c, numOccupied);
        }

        if (converged || c is null)
        {
            // Orbitals consistent with the converged density: diagonalise the final (undamped) Fock matrix.
            (eps, c) = RhfSteps.Diagonalise(RhfSteps.Fock(core, p, eri), x);
        }

        return new ScfRun(energy, eps!, c, p, iteration, converged, dE, err);
    }

    /// <summary>State at the end of one SCF run.</summary>
    private sealed record ScfRun(double Energy, Vector<double> OrbitalEnergies, Matrix<double> Coefficients,
        Matrix<double> Density, int Iterations, bool Converged, double EnergyChange, double DiisError);
}
