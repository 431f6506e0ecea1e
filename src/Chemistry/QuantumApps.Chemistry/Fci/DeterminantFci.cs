using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Fci;

/// <summary>
/// Full configuration interaction on determinant strings: the lowest eigenvalue of the molecular Hamiltonian in the
/// space of all C(n, N_α)·C(n, N_β) determinants, by direct CI (σ = Hc without storing H, <see cref="FciSigma"/>:
/// Knowles–Handy with single-replacement lists, as PySCF's fci.direct_spin1) and Davidson's method with the diagonal
/// preconditioner t = r / (θ − H_II) (Davidson, J. Comput. Phys. 17, 87 (1975)). The subspace is restarted from the
/// current best vector when it reaches <see cref="FciOptions.MaxSubspace"/>. Start vector: the determinant of lowest
/// H_II plus a 1e-4 admixture of a seeded random vector, so that a lower state of another spin (e.g. a triplet
/// M_S = 0 component below a closed-shell singlet) is not missed: the result is the ground state of the (N_α, N_β)
/// sector, the same quantity as the qubit-space Lanczos of <c>ExactSolver</c>. Memory is estimated and checked with
/// <see cref="MemoryGuard"/> (<see cref="MemoryGuard.KrylovShare"/>) before anything large is allocated.
/// </summary>
public static class DeterminantFci
{
    /// <summary>Largest number of spatial orbitals (strings are 64-bit masks).</summary>
    public const int MaxOrbitals = 64;

    /// <summary>Multiply-adds per second assumed by the time estimate (measured ≈ 3e9 on 2 shared cores, see docs/benchmarks.md).</summary>
    public const double MultiplyAddsPerSecond = 3e9;

    /// <summary>Davidson iterations assumed by the time estimate (15–25 are typical at the default tolerances).</summary>
    public const int IterationsEstimate = 20;

    /// <summary>Amplitude of the seeded random admixture of the start vector.</summary>
    public const double StartAdmixture = 1e-4;

    /// <summary>Size, memory and rough time of FCI on <paramref name="h"/> (nothing is allocated).</summary>
    public static FciSize Estimate(MolecularHamiltonian h, FciOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(h);
        options ??= new FciOptions();
        var n = h.NumOrbitals;
        var na = OccupationStrings.Binomial(n, h.NumAlpha);
        var nb = OccupationStrings.Binomial(n, h.NumBeta);
        var d = na * nb;
        double pairs = n * (n + 1) / 2;
        var blockRows = Math.Min(na, FciSigma.BlockAlphaStrings((int)Math.Min(nb, int.MaxValue), (int)pairs)) * nb;
        var linksA = h.NumAlpha + h.NumAlpha * (n - h.NumAlpha);
        var linksB = h.NumBeta + h.NumBeta * (n - h.NumBeta);
        var vectors = 2.0 * options.MaxSubspace + 5;
        var bytes = vectors * d * sizeof(double) + 2 * blockRows * pairs * sizeof(double)
            + (na * linksA + nb * linksB) * (2 * sizeof(int) + sizeof(double)) + pairs * pairs * sizeof(double);
        var perSigma = d * pairs * pairs + 2 * d * (linksA + linksB);
        var perIteration = perSigma + 6 * options.MaxSubspace * d;
        return new FciSize(na, nb, d, bytes, IterationsEstimate * perIteration / MultiplyAddsPerSecond);
    }

    /// <summary>Runs FCI; see the class remarks.</summary>
    /// <exception cref="QuantumAppsException">More than <see cref="MaxOrbitals"/> orbitals, more determinants than an array holds, or the memory estimate exceeds the budget.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (checked in every sigma block).</exception>
    public static FciResult Compute(MolecularHamiltonian h, FciOptions? options = null, IProgress<FciProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(h);
        options ??= new FciOptions();
        if (options.MaxSubspace < 2 || options.MaxIterations < 1)
        {
            throw new QuantumAppsException($"fci: the Davidson subspace must hold at least 2 vectors and at least one iteration is needed (got {options.MaxSubspace}, {options.MaxIterations})");
        }

        if (h.NumOrbitals > MaxOrbitals)
        {
            throw new QuantumAppsException($"fci: {h.NumOrbitals} orbitals, more than the {MaxOrbitals} a determinant string holds; choose an active space");
        }

        var size = Estimate(h, options);
        var what = string.Create(CultureInfo.InvariantCulture, $"fci: {size.Determinants:N0} determinants ({size.AlphaStrings:N0} alpha × {size.BetaStrings:N0} beta strings)");
        if (size.Determinants > Array.MaxLength)
        {
            throw new QuantumAppsException($"{what} exceed the {Array.MaxLength} elements of one array; choose an active space");
        }

        MemoryGuard.EnsureFits((long)Math.Min(size.Bytes, long.MaxValue), what, MemoryGuard.KrylovShare);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        if (h.NumElectrons == 0)
        {
            return new FciResult(h.Constant, true, 0, 0, size, clock.Elapsed.TotalSeconds);
        }

        var sigma = new FciSigma(h);
        var (energy, converged, iterations, residual) = Davidson(sigma, h.Constant, options, progress, cancellationToken);
        return new FciResult(energy + h.Constant, converged, iterations, residual, size, clock.Elapsed.TotalSeconds);
    }

    private static (double Eigenvalue, bool Converged, int Iterations, double Residual) Davidson(FciSigma op, double constant, FciOptions options,
        IProgress<FciProgress>? progress, CancellationToken cancellationToken)
    {
        var d = op.Count;
        var diag = op.Diagonal;
        var basis = new List<double[]>();
        var images = new List<double[]>();
        var x = new double[d];
        var hx = new double[d];
        var t = new double[d];
        var start = 0;
        for (var i = 1; i < d; i++)
        {
            if (diag[i] < diag[start]) start = i;
        }

        if (d > 1)
        {
            var random = new Random(options.Seed);
            for (var i = 0; i < d; i++) t[i] = random.NextDouble() - 0.5;
            Scale(t, StartAdmixture / Math.Sqrt(Dot(t, t)));
        }

        t[start] += 1;
        var theta = double.NaN;
        var residual = double.PositiveInfinity;
        var small = new double[options.MaxSubspace * options.MaxSubspace];
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            if (basis.Count == options.MaxSubspace)
            {
                // Restart from the current best vector x (normalised, its image hx known).
                basis.Clear();
                images.Clear();
                basis.Add((double[])x.Clone());
                images.Add((double[])hx.Clone());
                small[0] = theta;
            }

            // Orthonormalise t against the basis (twice, classical Gram–Schmidt).
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var v in basis)
                {
                    Axpy(-Dot(v, t), v, t);
                }
            }

            var norm = Math.Sqrt(Dot(t, t));
            if (!(norm > 1e-14) && basis.Count > 0)
            {
                return (theta, residual < options.ResidualTolerance, iteration - 1, residual);
            }

            Scale(t, 1 / norm);
            var image = new double[d];
            op.Apply(t, image, cancellationToken);
            basis.Add(t);
            images.Add(image);
            var m = basis.Count;
            for (var i = 0; i < m; i++)
            {
                var v = Dot(basis[i], image);
                small[i * options.MaxSubspace + m - 1] = v;
                small[(m - 1) * options.MaxSubspace + i] = v;
            }

            var a = Matrix<double>.Build.Dense(m, m, (i, j) => small[i * options.MaxSubspace + j]);
            var evd = a.Evd(Symmetricity.Symmetric);
            var lowest = 0;
            for (var i = 1; i < m; i++)
            {
                if (evd.EigenValues[i].Real < evd.EigenValues[lowest].Real) lowest = i;
            }

            var previous = theta;
            theta = evd.EigenValues[lowest].Real;
            var y = evd.EigenVectors.Column(lowest);
            Array.Clear(x);
            Array.Clear(hx);
            for (var i = 0; i < m; i++)
            {
                Axpy(y[i], basis[i], x);
                Axpy(y[i], images[i], hx);
            }

            t = new double[d];
            var rr = 0.0;
            for (var i = 0; i < d; i++)
            {
                var r = hx[i] - theta * x[i];
                rr += r * r;
                var den = theta - diag[i];
                t[i] = r / (Math.Abs(den) < 1e-8 ? (den < 0 ? -1e-8 : 1e-8) : den);
            }

            residual = Math.Sqrt(rr);
            progress?.Report(new FciProgress(iteration, theta + constant, residual, m));
            if (residual < options.ResidualTolerance && Math.Abs(theta - previous) < options.EnergyTolerance)
            {
                return (theta, true, iteration, residual);
            }

            if (!double.IsFinite(theta))
            {
                throw new QuantumAppsException("fci: the Davidson eigenvalue is not finite (non-finite integrals?)");
            }
        }

        return (theta, false, options.MaxIterations, residual);
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        var va = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(a.AsSpan());
        var vb = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(b.AsSpan());
        var acc = System.Numerics.Vector<double>.Zero;
        for (var i = 0; i < va.Length; i++) acc += va[i] * vb[i];
        s = System.Numerics.Vector.Sum(acc);
        for (var i = va.Length * System.Numerics.Vector<double>.Count; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static void Axpy(double alpha, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++) y[i] += alpha * x[i];
    }

    private static void Scale(double[] x, double alpha)
    {
        for (var i = 0; i < x.Length; i++) x[i] *= alpha;
    }
}
