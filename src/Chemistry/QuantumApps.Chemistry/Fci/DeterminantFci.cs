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
/// M_S = 0 component below a closed-shell singlet) of the same symmetry is usually not missed; a state of another
/// symmetry sector is found reliably only by <see cref="FciSymmetry.AllSectors"/>, whose result is the ground state of
/// the (N_α, N_β) space, the quantity of the qubit-space Lanczos of <c>ExactSolver</c>. Memory is estimated and checked with
/// <see cref="MemoryGuard"/> (<see cref="MemoryGuard.KrylovShare"/>) before anything large is allocated.
/// Symmetry (<see cref="FciOptions.Symmetry"/>): the abelian orbital labels of <see cref="OrbitalSymmetry"/> split the
/// space into sectors that H does not connect; by default Davidson runs only in the sector of the determinant with the
/// lowest H_II (<see cref="SectorFciSigma"/>; the point-group irrep of the reference, as psi4's detci), with
/// <see cref="FciSymmetry.AllSectors"/> in every sector (the lowest wins), with <see cref="FciSymmetry.None"/> on the
/// whole space (<see cref="FciSigma"/>).
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

    /// <summary>Size, memory and rough time of FCI on <paramref name="h"/> (nothing large is allocated; the symmetry is read off the integrals).</summary>
    public static FciSize Estimate(MolecularHamiltonian h, FciOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(h);
        options ??= new FciOptions();
        return EstimateWith(h, options, SymmetryOf(h, options));
    }

    private static OrbitalSymmetry SymmetryOf(MolecularHamiltonian h, FciOptions options) =>
        options.Symmetry == FciSymmetry.None ? OrbitalSymmetry.None(h.NumOrbitals) : OrbitalSymmetry.Detect(h);

    private static FciSize EstimateWith(MolecularHamiltonian h, FciOptions options, OrbitalSymmetry symmetry)
    {
        var n = h.NumOrbitals;
        var order = symmetry.Order;
        var perA = StringsPerLabel(symmetry, h.NumAlpha);
        var perB = StringsPerLabel(symmetry, h.NumBeta);
        var na = OccupationStrings.Binomial(n, h.NumAlpha);
        var nb = OccupationStrings.Binomial(n, h.NumBeta);
        var d = na * nb;
        var pairsOf = new double[order];
        for (var p = 0; p < n; p++)
        {
            for (var q = 0; q <= p; q++) pairsOf[symmetry.Labels[p] ^ symmetry.Labels[q]]++;
        }

        double pairs = n * (n + 1) / 2;
        var linksA = h.NumAlpha + h.NumAlpha * (n - h.NumAlpha);
        var linksB = h.NumBeta + h.NumBeta * (n - h.NumBeta);
        var vectors = 2.0 * options.MaxSubspace + 5;
        // Replacement lists and K; with symmetry both once more (re-sorted by label, K in blocks).
        var fixedBytes = ((na * linksA + nb * linksB) * (2 * sizeof(int) + sizeof(double)) + pairs * pairs * sizeof(double)) * (order > 1 ? 2 : 1);
        double largest = 0, largestBytes = 0, largestSigma = 0, allSigma = 0;
        for (var sector = 0; sector < order; sector++)
        {
            var size = SectorFciSigma.SectorSize(perA, perB, sector);
            if (size == 0) continue;
            double work = 0, sigma = 0;
            for (var s = 0; s < order; s++)
            {
                for (var ha = 0; ha < order; ha++)
                {
                    var rows = perA[ha] * perB[ha ^ sector ^ s];
                    if (rows == 0 || pairsOf[s] == 0) continue;
                    sigma += rows * pairsOf[s] * pairsOf[s];
                    var perString = perB[ha ^ sector ^ s] * pairsOf[s] * sizeof(double);
                    work = Math.Max(work, Math.Min(perA[ha], Math.Max(1, Math.Floor(FciSigma.BlockBytes / perString))) * perString);
                }
            }

            var perIteration = sigma + 2 * size * (linksA + linksB) + 6 * options.MaxSubspace * size;
            allSigma += perIteration;
            largest = Math.Max(largest, size);
            largestBytes = Math.Max(largestBytes, (vectors + (order > 1 ? 1 : 0)) * size * sizeof(double) + 2 * work);
            largestSigma = Math.Max(largestSigma, perIteration);
        }

        var perRun = options.Symmetry == FciSymmetry.AllSectors ? allSigma : largestSigma;
        return new FciSize(na, nb, d, largestBytes + fixedBytes, IterationsEstimate * perRun / MultiplyAddsPerSecond, order, largest);
    }

    /// <summary>Number of strings of <paramref name="electrons"/> electrons of each label (dynamic programming over the orbitals; none is built).</summary>
    private static double[] StringsPerLabel(OrbitalSymmetry symmetry, int electrons)
    {
        var order = symmetry.Order;
        var count = new double[(electrons + 1) * order];
        count[0] = 1;
        foreach (var label in symmetry.Labels)
        {
            for (var k = electrons; k >= 1; k--)
            {
                for (var g = 0; g < order; g++)
                {
                    count[k * order + g] += count[(k - 1) * order + (g ^ label)];
                }
            }
        }

        return count.AsSpan(electrons * order, order).ToArray();
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

        var symmetry = SymmetryOf(h, options);
        var size = EstimateWith(h, options, symmetry);
        var what = string.Create(CultureInfo.InvariantCulture, $"fci: {size.Determinants:N0} determinants ({size.AlphaStrings:N0} alpha × {size.BetaStrings:N0} beta strings)");
        if (size.SectorDeterminants > Array.MaxLength)
        {
            throw new QuantumAppsException($"{what} exceed the {Array.MaxLength} elements of one array; choose an active space");
        }

        MemoryGuard.EnsureFits((long)Math.Min(size.Bytes, long.MaxValue), what, MemoryGuard.KrylovShare);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        if (h.NumElectrons == 0)
        {
            return new FciResult(h.Constant, true, 0, 0, size, clock.Elapsed.TotalSeconds, 0);
        }

        if (symmetry.Order == 1)
        {
            var (energy, converged, iterations, residual) = Davidson(new FciSigma(h), h.Constant, options, progress, cancellationToken);
            return new FciResult(energy + h.Constant, converged, iterations, residual, size, clock.Elapsed.TotalSeconds, 0);
        }

        var alpha = new OccupationStrings(h.NumOrbitals, h.NumAlpha);
        var beta = h.NumAlpha == h.NumBeta ? alpha : new OccupationStrings(h.NumOrbitals, h.NumBeta);
        var diagonal = new DeterminantDiagonal(h, alpha, beta);
        var lowest = LowestDiagonalPerSector(alpha, beta, diagonal, symmetry);
        var sectors = Enumerable.Range(0, symmetry.Order).Where(g => double.IsFinite(lowest[g])).OrderBy(g => lowest[g]).ToArray();
        if (options.Symmetry == FciSymmetry.ReferenceSector)
        {
            sectors = [sectors[0]];
        }

        var best = (Energy: double.PositiveInfinity, Converged: true, Residual: 0.0, Sector: 0);
        var total = 0;
        foreach (var sector in sectors)
        {
            var op = new SectorFciSigma(h, symmetry, alpha, beta, diagonal, sector);
            var (energy, converged, iterations, residual) = Davidson(op, h.Constant, options, progress, cancellationToken);
            total += iterations;
            if (energy < best.Energy)
            {
                best = (energy, best.Converged && converged, residual, sector);
            }
            else
            {
                best.Converged &= converged;
            }
        }

        return new FciResult(best.Energy + h.Constant, best.Converged, total, best.Residual, size, clock.Elapsed.TotalSeconds, best.Sector);
    }

    /// <summary>The lowest H_II − E_const of each sector (+∞ for an empty one).</summary>
    private static double[] LowestDiagonalPerSector(OccupationStrings alpha, OccupationStrings beta, DeterminantDiagonal diagonal, OrbitalSymmetry symmetry)
    {
        var order = symmetry.Order;
        var labelA = alpha.Strings.Select(symmetry.Of).ToArray();
        var labelB = ReferenceEquals(alpha, beta) ? labelA : beta.Strings.Select(symmetry.Of).ToArray();
        var lowest = new double[order];
        Array.Fill(lowest, double.PositiveInfinity);
        var gate = new object();
        Parallel.For(0, alpha.Count, () => Enumerable.Repeat(double.PositiveInfinity, order).ToArray(), (ia, _, local) =>
        {
            for (var ib = 0; ib < beta.Count; ib++)
            {
                var g = labelA[ia] ^ labelB[ib];
                local[g] = Math.Min(local[g], diagonal.Value(ia, ib));
            }

            return local;
        }, local =>
        {
            lock (gate)
            {
                for (var g = 0; g < order; g++) lowest[g] = Math.Min(lowest[g], local[g]);
            }
        });
        return lowest;
    }

    private static (double Eigenvalue, bool Converged, int Iterations, double Residual) Davidson(IFciOperator op, double constant, FciOptions options,
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
        Matrix<double>? ritzVectors = null;
        double[]? ritzValues = null;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            if (basis.Count == options.MaxSubspace)
            {
                ThickRestart(basis, images, ritzVectors!, ritzValues!, small, options.MaxSubspace);
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
            ritzVectors = evd.EigenVectors;
            ritzValues = evd.EigenValues.Select(e => e.Real).ToArray();
            var lowest = 0;
            for (var i = 1; i < m; i++)
            {
                if (ritzValues[i] < ritzValues[lowest]) lowest = i;
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

    /// <summary>
    /// Thick restart of a full subspace: the basis V (m = <paramref name="maxSubspace"/> vectors) and its images HV are
    /// replaced, in place, by the k = max(1, m/2) lowest Ritz vectors V·y_j and their images HV·y_j; the projected
    /// matrix becomes diag(θ_1 … θ_k). Keeping the neighbours of the lowest Ritz pair (not the lowest alone) is what lets
    /// Davidson converge when the lowest states are nearly degenerate (stretched N2 on symmetry-broken orbitals stalled
    /// at residual 1e-5 when each restart kept one vector).
    /// </summary>
    private static void ThickRestart(List<double[]> basis, List<double[]> images, Matrix<double> ritzVectors, double[] ritzValues,
        double[] small, int maxSubspace)
    {
        var m = basis.Count;
        var keep = Math.Max(1, maxSubspace / 2);
        var order = Enumerable.Range(0, m).OrderBy(j => ritzValues[j]).Take(keep).ToArray();
        var y = new double[m * keep];
        for (var i = 0; i < m; i++)
        {
            for (var k = 0; k < keep; k++) y[i * keep + k] = ritzVectors[i, order[k]];
        }

        foreach (var vectors in new[] { basis, images })
        {
            var rows = vectors.Count == 0 ? 0 : vectors[0].Length;
            Parallel.For(0, (rows + 4095) / 4096, block =>
            {
                Span<double> row = stackalloc double[m];
                var end = Math.Min(rows, (block + 1) * 4096);
                for (var r = block * 4096; r < end; r++)
                {
                    for (var i = 0; i < m; i++) row[i] = vectors[i][r];
                    for (var k = 0; k < keep; k++)
                    {
                        var sum = 0.0;
                        for (var i = 0; i < m; i++) sum += row[i] * y[i * keep + k];
                        vectors[k][r] = sum;
                    }
                }
            });
            vectors.RemoveRange(keep, m - keep);
        }

        Array.Clear(small);
        for (var k = 0; k < keep; k++) small[k * maxSubspace + k] = ritzValues[order[k]];
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
