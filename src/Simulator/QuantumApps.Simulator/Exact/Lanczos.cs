using System.Numerics;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Exact;

/// <summary>
/// Matrix-free lowest eigenpair of a Hermitian operator by thick-restarted Lanczos with full
/// reorthogonalisation: each cycle extends the basis V to m vectors, diagonalises T = V†HV (filled from the
/// projections; tridiagonal in the first cycle) and restarts from the m/2 lowest Ritz vectors plus the residual
/// direction (Wu &amp; Simon 2000) until the residual ‖Hv − θv‖ = |β_m·y_m| falls below the tolerance. After each three-term step the new
/// vector is reorthogonalised against the whole basis by classical Gram–Schmidt with the DGKS repeat test, through
/// <see cref="KrylovKernel"/> (block inner products, one read of w per pass).
/// Memory: m + 4 sector vectors, checked before allocation (<see cref="KrylovSizeFor"/>).
/// </summary>
public static class Lanczos
{
    /// <summary>Default convergence tolerance on the residual norm (hartree for chemistry).</summary>
    public const double DefaultTolerance = 1e-8;

    /// <summary>Lowest eigenpair of <paramref name="h"/> within <paramref name="sector"/>, starting from a seeded random vector.</summary>
    /// <param name="h">Hermitian Pauli sum that leaves <paramref name="sector"/> invariant.</param>
    /// <param name="sector">The basis states to diagonalise in.</param>
    /// <param name="seed">Seed of the random start vector.</param>
    /// <param name="tolerance">Convergence threshold on the residual norm.</param>
    /// <param name="krylovSize">Requested Krylov basis size m (reduced when memory is short).</param>
    /// <param name="maxRestarts">Thick restarts before giving up.</param>
    /// <param name="progress">Receives one <see cref="LanczosProgress"/> per Krylov cycle, synchronously on the calling thread.</param>
    /// <param name="cancellationToken">Checked before every matrix–vector product.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static EigenResult GroundState(PauliSum h, BasisSector sector, int seed = 12345, double tolerance = DefaultTolerance, int krylovSize = 40, int maxRestarts = 200,
        IProgress<LanczosProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var op = new SectorOperator(h, sector);
        return GroundState(op, seed, tolerance, krylovSize, maxRestarts, progress, cancellationToken);
    }

    /// <summary>
    /// Lowest eigenpair of a sector operator. When the operator's matrix is real (<see cref="SectorOperator.IsReal"/>:
    /// every real Pauli sum with an even number of Y factors per term, e.g. every Jordan–Wigner molecular Hamiltonian
    /// and every Ising model) the iteration runs on real vectors from a real start vector, which is exact — a real
    /// symmetric matrix has a real eigenbasis and the Krylov space of a real vector stays real — and halves memory
    /// and traffic. Real vectors of length d are stored packed, two entries per Complex (re = entry 2i, im = entry
    /// 2i+1), so the same <see cref="KrylovKernel"/> serves both: the real part of a packed inner product is the real
    /// inner product, and real coefficients combine packed vectors entrywise.
    /// </summary>
    /// <param name="op">The sector operator.</param>
    /// <param name="seed">Seed of the random start vector.</param>
    /// <param name="tolerance">Convergence threshold on the residual norm.</param>
    /// <param name="krylovSize">Requested Krylov basis size m (reduced when memory is short).</param>
    /// <param name="maxRestarts">Thick restarts before giving up.</param>
    /// <param name="progress">Receives one <see cref="LanczosProgress"/> per Krylov cycle, synchronously on the calling thread.</param>
    /// <param name="cancellationToken">Checked before every matrix–vector product.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static EigenResult GroundState(SectorOperator op, int seed = 12345, double tolerance = DefaultTolerance, int krylovSize = 40, int maxRestarts = 200,
        IProgress<LanczosProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int d = op.Dimension;
        bool real = op.IsReal;
        int length = real ? (d + 1) / 2 : d;
        int m = KrylovSizeFor(d, krylovSize, MemoryGuard.AvailableBytes, real ? sizeof(double) : 2 * sizeof(double));
        var rng = new Random(seed);
        var v = new Complex[length];
        if (real)
        {
            var entries = Entries(v, d);
            for (int i = 0; i < d; i++) entries[i] = rng.NextDouble() - 0.5;
        }
        else
            for (int i = 0; i < d; i++) v[i] = new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5);
        Normalize(v);
        var basis = new Complex[m][];
        var w = new Complex[length];
        var overlaps = new Complex[m];
        var nearOverlaps = new Complex[2];
        var column = new Complex[m];
        var t = new Complex[m, m];
        int keep = Math.Max(1, m / 2);
        int matvecs = 0, start = 0;
        double theta = double.NaN, residual = double.PositiveInfinity;
        basis[0] = (Complex[])v.Clone();
        for (int restart = 0; restart <= maxRestarts; restart++)
        {
            int size = m;
            double betaLast = 0;
            for (int j = start; j < m; j++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (real) op.ApplyReal(Entries(basis[j], d), Entries(w, d));
                else op.Apply(basis[j], w);
                matvecs++;
                // Column j of T = V†HV from the projections: a step against v_{j−1} and v_j (the three-term step of
                // plain Lanczos; after a thick restart the kept Ritz vectors enter through the full pass), then
                // classical Gram–Schmidt against every basis vector, repeated while it removes more than 1 − 1/√2 of
                // the norm (the DGKS criterion, Daniel et al. 1976), so V stays orthonormal.
                Array.Clear(column);
                int local = Math.Min(j + 1, 2);
                var recent = local == 1 ? [basis[j]] : new[] { basis[j - 1], basis[j] };
                var near = nearOverlaps.AsSpan(0, local);
                Project(recent, w, near, real);
                for (int i = 0; i < local; i++) column[j - local + 1 + i] += near[i];
                double normBefore = KrylovKernel.NormSquared(w), normAfter = normBefore;
                for (int pass = 0; pass < 3; pass++)
                {
                    Project(basis, w, overlaps.AsSpan(0, j + 1), real);
                    for (int i = 0; i <= j; i++) column[i] += overlaps[i];
                    normAfter = KrylovKernel.NormSquared(w);
                    if (normAfter > 0.5 * normBefore) break;
                    normBefore = normAfter;
                }
                for (int i = 0; i <= j; i++)
                {
                    t[i, j] = column[i];
                    t[j, i] = Complex.Conjugate(column[i]);
                }
                t[j, j] = column[j].Real;
                betaLast = Math.Sqrt(normAfter);
                if (j + 1 == m || betaLast < 1e-14) { size = j + 1; break; }
                basis[j + 1] ??= new Complex[length];
                KrylovKernel.Scale(w, 1 / betaLast, basis[j + 1]);
            }
            var (values, vectors) = RitzPairs(t, size, real);
            theta = values[0];
            residual = Math.Abs(betaLast * vectors[size - 1, 0].Magnitude);
            progress?.Report(new LanczosProgress(matvecs, restart, theta, residual));
            if (residual < tolerance || size < m || restart == maxRestarts)
            {
                Array.Clear(v);
                for (int j = 0; j < size; j++) overlaps[j] = vectors[j, 0];
                KrylovKernel.AddCombination(basis, overlaps.AsSpan(0, size), v);
                Normalize(v);
                break;
            }
            // Thick restart (Wu & Simon 2000): keep the `keep` lowest Ritz vectors V·y_i, then the residual
            // direction w/β; T restarts as diag(θ_i), and the coupling ⟨u_i, H w⟩ = β·y_{m,i} is recomputed as
            // part of the next column.
            KrylovKernel.TransformInPlace(basis, size, vectors, keep);
            KrylovKernel.Scale(w, 1 / betaLast, basis[keep]);
            Array.Clear(t);
            for (int i = 0; i < keep; i++) t[i, i] = values[i];
            start = keep;
        }
        var vector = real ? Unpack(v, d) : v;
        cancellationToken.ThrowIfCancellationRequested();
        double trueResidual = ResidualNorm(op, vector, theta);
        if (trueResidual > Math.Max(tolerance * 10, 1e-6))
            throw new QuantumAppsException($"Lanczos did not converge: residual {trueResidual:E2} after {matvecs} matrix–vector products (sector dimension {d})");
        return new EigenResult(theta, op.Embed(vector), "lanczos", d, matvecs, trueResidual);
    }

    /// <summary>
    /// w ← w − Σ_j ⟨v_j, w⟩ v_j over the given vectors, storing the overlaps; for packed real vectors only the real
    /// part of each packed inner product is the inner product, so the imaginary part is dropped.
    /// </summary>
    private static void Project(Complex[][] vectors, Complex[] w, Span<Complex> overlaps, bool real)
    {
        KrylovKernel.Dots(vectors, w, overlaps);
        if (real)
            for (int j = 0; j < overlaps.Length; j++) overlaps[j] = overlaps[j].Real;
        Span<Complex> negated = stackalloc Complex[overlaps.Length];
        for (int j = 0; j < overlaps.Length; j++) negated[j] = -overlaps[j];
        KrylovKernel.AddCombination(vectors, negated, w);
    }

    /// <summary>The first d doubles of a packed real vector.</summary>
    private static Span<double> Entries(Complex[] packed, int d) => MemoryMarshal.Cast<Complex, double>(packed.AsSpan())[..d];

    private static Complex[] Unpack(Complex[] packed, int d)
    {
        var entries = Entries(packed, d);
        var v = new Complex[d];
        for (int i = 0; i < d; i++) v[i] = entries[i];
        return v;
    }

    /// <summary>Smallest Krylov size accepted when memory forces a smaller basis than requested.</summary>
    public const int MinKrylovSize = 10;

    /// <summary>
    /// Krylov size m for a sector of dimension d: the requested size, reduced (restarts then take the strain) when
    /// the m basis vectors plus four working vectors (start/Ritz vector, w, residual check, embedding) of
    /// <paramref name="bytesPerEntry"/>·d bytes each (16 complex, 8 real) would exceed the <see cref="MemoryGuard.KrylovShare"/> (80 %) of
    /// <paramref name="availableBytes"/>; below <see cref="MinKrylovSize"/> the run is refused with the bytes it would
    /// need. 24 qubits (d = 2^24) keep m = 40 in 24 GiB: 11 GiB complex, 5.5 GiB real.
    /// </summary>
    internal static int KrylovSizeFor(int d, int requested, long availableBytes, int bytesPerEntry = 2 * sizeof(double))
    {
        long perVector = (long)d * bytesPerEntry;
        int m = Math.Min(requested, d);
        long budget = MemoryGuard.BudgetFrom(availableBytes, MemoryGuard.KrylovShare);
        long fit = budget / perVector - 4;
        if (fit >= m) return m;
        int minimum = Math.Min(MinKrylovSize, d);
        if (fit < minimum)
            throw new QuantumAppsException(MemoryGuard.Describe(
                $"Lanczos on a sector of dimension {d} with the minimum {minimum} Krylov vectors + 4 working vectors of {MemoryGuard.FormatBytes(perVector)}",
                perVector * (minimum + 4), budget, availableBytes, MemoryGuard.KrylovShare));
        return (int)fit;
    }

    internal static double ResidualNorm(SectorOperator op, Complex[] v, double theta)
    {
        var hv = new Complex[v.Length];
        op.Apply(v, hv);
        double s = 0;
        for (int i = 0; i < v.Length; i++)
        {
            Complex r = hv[i] - theta * v[i];
            s += r.Real * r.Real + r.Imaginary * r.Imaginary;
        }
        return Math.Sqrt(s);
    }

    /// <summary>
    /// Eigenpairs of the leading size × size block of the projected matrix T (Hermitian), ascending: columns of the
    /// returned matrix are the eigenvectors y_i. A real operator gives a real symmetric T, diagonalised in real
    /// arithmetic so that the Ritz coefficients are real (packed real vectors need real coefficients).
    /// </summary>
    private static (double[] Values, Complex[,] Vectors) RitzPairs(Complex[,] t, int size, bool real)
    {
        var values = new double[size];
        var vectors = new Complex[size, size];
        int[] order;
        if (real)
        {
            var evd = Matrix<double>.Build.Dense(size, size, (i, j) => t[i, j].Real).Evd(Symmetricity.Symmetric);
            order = Enumerable.Range(0, size).OrderBy(i => evd.EigenValues[i].Real).ToArray();
            for (int c = 0; c < size; c++)
            {
                values[c] = evd.EigenValues[order[c]].Real;
                for (int r = 0; r < size; r++) vectors[r, c] = evd.EigenVectors[r, order[c]];
            }
            return (values, vectors);
        }
        var evdc = Matrix<Complex>.Build.Dense(size, size, (i, j) => t[i, j]).Evd(Symmetricity.Hermitian);
        order = Enumerable.Range(0, size).OrderBy(i => evdc.EigenValues[i].Real).ToArray();
        for (int c = 0; c < size; c++)
        {
            values[c] = evdc.EigenValues[order[c]].Real;
            for (int r = 0; r < size; r++) vectors[r, c] = evdc.EigenVectors[r, order[c]];
        }
        return (values, vectors);
    }

    private static void Normalize(Complex[] a)
    {
        KrylovKernel.Scale(a, 1 / Math.Sqrt(KrylovKernel.NormSquared(a)), a);
    }
}
