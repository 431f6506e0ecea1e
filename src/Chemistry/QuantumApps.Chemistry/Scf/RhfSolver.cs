using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// Closed-shell RHF driver: generalised Wolfsberg–Helmholz guess, then repeat {Fock build, energy, DIIS error, DIIS
/// extrapolation, diagonalisation, new density} until |ΔE| &lt; EnergyTolerance and the DIIS error
/// &lt; ErrorTolerance, or the iteration limit. Pure steps live in <see cref="RhfSteps"/>.
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
    /// <param name="progress">Optional per-iteration callback.</param>
    public static ScfResult Run(Matrix<double> overlap, Matrix<double> core, double[] eri, double nuclearRepulsion,
        int numOccupied, ScfOptions? options = null, Action<ScfIteration>? progress = null)
    {
        options ??= new ScfOptions();
        var n = overlap.RowCount;
        var x = RhfSteps.Orthogonaliser(overlap);
        if (numOccupied > x.ColumnCount)
        {
            throw new QuantumAppsException($"{numOccupied} doubly occupied orbitals exceed the {x.ColumnCount} linearly independent basis functions");
        }

        var (eps, c) = RhfSteps.Diagonalise(RhfSteps.GwhGuess(core, overlap), x);
        var p = RhfSteps.Density(c, numOccupied);
        var focks = new List<Matrix<double>>();
        var errors = new List<Matrix<double>>();
        var energy = 0.0;
        var dE = double.PositiveInfinity;
        var err = double.PositiveInfinity;
        var iteration = 0;
        var converged = false;
        while (iteration < options.MaxIterations)
        {
            iteration++;
            var f = RhfSteps.Fock(core, p, eri);
            var newEnergy = RhfSteps.ElectronicEnergy(p, core, f) + nuclearRepulsion;
            var e = RhfSteps.DiisError(f, p, overlap, x);
            err = e.Enumerate().Max(Math.Abs);
            dE = newEnergy - energy;
            energy = newEnergy;
            progress?.Invoke(new ScfIteration(iteration, energy, dE, err));
            if (iteration > 1 && Math.Abs(dE) < options.EnergyTolerance && err < options.ErrorTolerance)
            {
                converged = true;
                break;
            }

            var fUse = f;
            if (options.DiisSubspace > 0)
            {
                focks.Add(f);
                errors.Add(e);
                if (focks.Count > options.DiisSubspace)
                {
                    focks.RemoveAt(0);
                    errors.RemoveAt(0);
                }

                fUse = RhfSteps.DiisExtrapolate(focks, errors);
            }

            (eps, c) = RhfSteps.Diagonalise(fUse, x);
            p = RhfSteps.Density(c, numOccupied);
        }

        if (converged)
        {
            // Orbitals consistent with the converged density: diagonalise the final (undamped) Fock matrix.
            (eps, c) = RhfSteps.Diagonalise(RhfSteps.Fock(core, p, eri), x);
        }

        return new ScfResult(energy, nuclearRepulsion, eps.ToArray(), c.ToRowMajorArray(), p.ToRowMajorArray(), n,
            numOccupied, iteration, converged, converged ? ScfExitReason.Converged : ScfExitReason.MaxIterations,
            Math.Abs(dE), err);
    }
}
