using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Exact;

public class ExactSolverTests
{
    [Fact]
    public void Dense_solver_matches_full_MathNet_diagonalisation()
    {
        // Independent path: MathNet EVD of the DenseOracle matrix of the whole operator.
        var h = DenseOracle.RandomHermitian(5, 30, 11);
        double expected = DenseOracle.Of(h).Evd(Symmetricity.Hermitian).EigenValues.Min(e => e.Real);
        var r = DenseSolver.GroundState(h, BasisSector.Full);
        Assert.Equal(expected, r.Energy, 10);
        Assert.True(r.Residual < 1e-9);
    }

    [Theory]
    [InlineData(6, 1)]
    [InlineData(8, 2)]
    [InlineData(9, 3)]
    public void Lanczos_agrees_with_dense_in_full_space(int n, int seed)
    {
        var h = DenseOracle.RandomHermitian(n, 8 * n, seed);
        var dense = DenseSolver.GroundState(h, BasisSector.Full);
        var lanczos = Lanczos.GroundState(h, BasisSector.Full);
        Assert.Equal(dense.Energy, lanczos.Energy, 9);
        Assert.True(lanczos.Residual < 1e-7);
        // Same eigenvector up to a phase (gap is generic for random operators).
        Complex overlap = Complex.Zero;
        for (int i = 0; i < dense.State.Length; i++) overlap += Complex.Conjugate(dense.State[i]) * lanczos.State[i];
        Assert.Equal(1.0, overlap.Magnitude, 6);
    }

    [Fact]
    public void Sector_ground_states_agree_between_dense_Lanczos_and_the_full_spectrum()
    {
        // The full spectrum of a number-conserving operator is the union of its sector spectra, so the
        // lowest sector eigenvalue must appear in the full dense spectrum (independent path).
        int n = 8;
        var h = DenseOracle.RandomNumberConserving(n, 4, spin: true);
        var full = DenseSolver.Eigenvalues(h, BasisSector.Full);
        foreach (var sector in new[] { BasisSector.HammingWeight(3), BasisSector.SpinOrbitals(2, 1), BasisSector.SpinOrbitals(2, 2) })
        {
            var dense = DenseSolver.GroundState(h, sector);
            var lanczos = Lanczos.GroundState(h, sector);
            Assert.Equal(dense.Energy, lanczos.Energy, 9);
            Assert.Contains(full, e => Math.Abs(e - dense.Energy) < Tolerances.Eigenvalue);
            Assert.All(Enumerable.Range(0, 1 << n), b => { if (!sector.Contains((ulong)b)) Assert.Equal(Complex.Zero, dense.State[b]); });
        }
        Assert.Equal(full[0], new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8 }.Min(k => DenseSolver.GroundState(h, BasisSector.HammingWeight(k)).Energy), 9);
    }

    [Fact]
    public void Sector_enumeration_has_binomial_sizes()
    {
        // C(10,4) = 210; C(5,2)·C(5,3) = 100 for 10 interleaved spin orbitals.
        Assert.Equal(210, BasisSector.HammingWeight(4).Enumerate(10).Length);
        Assert.Equal(100, BasisSector.SpinOrbitals(2, 3).Enumerate(10).Length);
        Assert.Equal(1 << 7, BasisSector.Full.Enumerate(7).Length);
    }

    [Fact]
    public void Lanczos_handles_a_16_qubit_sector_beyond_the_dense_limit()
    {
        // 16 spin orbitals, (3,3) electrons: C(8,3)² = 3136 states; dense limit is exceeded by the
        // ExactSolver's dispatch, and the result is checked through its residual ‖Hv − Ev‖.
        var h = DenseOracle.RandomNumberConserving(16, 8, spin: true);
        var r = ExactSolver.GroundState(h, BasisSector.SpinOrbitals(3, 3));
        Assert.Equal("lanczos", r.Method);
        Assert.Equal(3136, r.Dimension);
        Assert.True(r.Residual < 1e-7);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sparse_sector_matrix_agrees_with_the_matrix_free_scatter(bool complexHops)
    {
        // Independent paths: the cached CSR gather against the per-product scatter, for a real operator and for a
        // complex one (imaginary hops (X_i Y_j − Y_i X_j)/2 make the folded coefficients imaginary).
        int n = 10;
        var b = new PauliSumBuilder(n);
        b.Add(DenseOracle.RandomNumberConserving(n, 21, spin: true), 1);
        if (complexHops)
        {
            var rng = new Random(22);
            for (int i = 0; i + 2 < n; i += 2)
            {
                var zs = PauliString.Single('Z', i + 1);
                double t = rng.NextDouble() - 0.5;
                b.Add(PauliString.Single('X', i) * zs * PauliString.Single('Y', i + 2), t);
                b.Add(PauliString.Single('Y', i) * zs * PauliString.Single('X', i + 2), -t);
            }
        }
        var h = b.ToPauliSum();
        var sector = BasisSector.SpinOrbitals(2, 2);
        var sparse = new SectorOperator(h, sector);
        Assert.True(sparse.UsesSparseMatrix);
        Assert.Equal(!complexHops, sparse.IsReal);
        var scatter = new SectorOperator(h, sector, sparseBudgetBytes: 0);
        Assert.False(scatter.UsesSparseMatrix);
        var x = Enumerable.Range(0, sparse.Dimension).Select(i => new Complex(Math.Sin(i), Math.Cos(3 * i))).ToArray();
        var ys = new Complex[x.Length];
        var yf = new Complex[x.Length];
        sparse.Apply(x, ys);
        scatter.Apply(x, yf);
        Assert.True(DenseOracle.MaxDiff(ys, yf) < Tolerances.Accumulated);
        Assert.Equal(Lanczos.GroundState(scatter).Energy, Lanczos.GroundState(sparse).Energy, Tolerances.Eigenvalue);
        Assert.Equal(DenseSolver.GroundState(h, sector).Energy, Lanczos.GroundState(sparse).Energy, Tolerances.Eigenvalue);
    }

    /// <summary>
    /// A random spin- and number-conserving operator keeps the (N_α, N_β) = (2, 2) sector; adding X3 (changes N_β) or
    /// X0 X1 (moves an electron between α and β) breaks it; the full space is invariant under anything. IndexOf and BasisState are inverse on the sector and −1 outside it.
    /// </summary>
    [Fact]
    public void Sector_invariance_is_detected_and_indices_invert_the_basis()
    {
        int n = 8;
        var conserving = DenseOracle.RandomNumberConserving(n, 23, spin: true);
        var sector = BasisSector.SpinOrbitals(2, 2);
        var op = new SectorOperator(conserving, sector);
        Assert.True(op.IsInvariant(1e-10));
        for (int i = 0; i < op.Dimension; i++) Assert.Equal(i, op.IndexOf(op.BasisState(i)));
        Assert.Equal(-1, op.IndexOf(0b1111_1111));
        Assert.Equal(-1, op.IndexOf(1UL << n));
        foreach (var leak in new[] { PauliString.Single('X', 3), PauliString.Single('X', 0) * PauliString.Single('X', 1) })
            Assert.False(new SectorOperator(conserving + PauliSum.FromTerm(n, leak, 0.01), sector).IsInvariant(1e-10));
        Assert.True(new SectorOperator(conserving + PauliSum.FromTerm(n, PauliString.Single('X', 3), 0.01), BasisSector.Full).IsInvariant(1e-10));
    }

    /// <summary>
    /// Transverse-field Ising ring H = −J Σ_i Z_i Z_{i+1} − h Σ_i X_i (N sites, periodic). Its ground state lies in the
    /// even-parity sector, where the Jordan–Wigner fermions obey antiperiodic boundary conditions, and
    /// E_0 = −Σ_k ε_k with ε_k = √(J² + h² − 2Jh cos k) over the N momenta k = ±π(2m−1)/N, m = 1..N/2
    /// (Pfeuty, Ann. Phys. 57, 79 (1970); the closed form is an independent path to the Lanczos result).
    /// </summary>
    private static (PauliSum H, double E0) IsingRing(int n, double j, double h)
    {
        var b = new PauliSumBuilder(n);
        for (int i = 0; i < n; i++)
        {
            b.Add(PauliString.Single('Z', i) * PauliString.Single('Z', (i + 1) % n), -j);
            b.Add(PauliString.Single('X', i), -h);
        }
        double e0 = 0;
        for (int m = 1; m <= n / 2; m++)
            e0 -= 2 * Math.Sqrt(j * j + h * h - 2 * j * h * Math.Cos(Math.PI * (2 * m - 1) / n));
        return (b.ToPauliSum(), e0);
    }

    [Theory]
    [InlineData(8, 1.0, 1.5)]
    [InlineData(12, 1.0, 1.5)]
    [InlineData(14, 1.0, 0.7)]
    [InlineData(16, 1.0, 2.0)]
    public void Lanczos_reproduces_the_free_fermion_energy_of_the_Ising_ring(int n, double j, double h)
    {
        var (op, e0) = IsingRing(n, j, h);
        var r = Lanczos.GroundState(op, BasisSector.Full);
        Assert.Equal(e0, r.Energy, Tolerances.Eigenvalue);
        Assert.True(r.Residual < 1e-7);
    }

    [Fact]
    public void Krylov_size_shrinks_to_fit_memory_and_refuses_below_the_minimum()
    {
        // 24 qubits: 256 MiB a vector. 24 GiB: 40 + 4 vectors (11 GiB) fit in 80 % (19.2 GiB).
        int d = 1 << 24;
        Assert.Equal(40, Lanczos.KrylovSizeFor(d, 40, 24L << 30));
        // 6 GiB: 80 % = 4.8 GiB = 19.2 vectors → 19 − 4 working vectors = 15 Krylov vectors.
        Assert.Equal(15, Lanczos.KrylovSizeFor(d, 40, 6L << 30));
        // 2 GiB: 6.4 vectors, below 10 + 4: refused with the bytes of the minimum (14 × 256 MiB = 3.5 GiB).
        var ex = Assert.Throws<QuantumAppsException>(() => Lanczos.KrylovSizeFor(d, 40, 2L << 30));
        Assert.Contains("minimum 10 Krylov vectors", ex.Message);
        Assert.Contains("needs 3.5 GiB", ex.Message);
        // Real vectors (8 bytes an entry): 6 GiB hold 38.4 vectors of 128 MiB → 34 Krylov vectors.
        Assert.Equal(34, Lanczos.KrylovSizeFor(d, 40, 6L << 30, sizeof(double)));
        // A small sector never asks for more vectors than its dimension.
        Assert.Equal(6, Lanczos.KrylovSizeFor(6, 40, 1L << 30));
    }

    [Fact]
    public void Diagonal_range_is_the_min_and_max_of_the_diagonal()
    {
        var h = PauliSum.Parse("1 Z0\n2 Z1\n0.5 Z0 Z1\n");
        // Values over b = 00, 01, 10, 11: 3.5, -1.5, -0.5 ... computed by hand: (1·s0 + 2·s1 + 0.5·s0·s1).
        var (min, max) = ExactSolver.DiagonalRange(h);
        Assert.Equal(-2.5, min, 12); // s0 = -1, s1 = -1: -1 - 2 + 0.5
        Assert.Equal(3.5, max, 12);  // s0 = s1 = 1
    }
}
