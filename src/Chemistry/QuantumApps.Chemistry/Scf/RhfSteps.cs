using MathNet.Numerics.LinearAlgebra;

namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// Pure step functions of closed-shell restricted Hartree–Fock in an AO basis of n functions. Matrices are
/// MathNet dense matrices; the ERI array is the dense chemists'-notation array (μν|λσ) at ((μn+ν)n+λ)n+σ.
/// Density convention P = 2 C_occ C_occᵀ (so tr(PS) = N); energies in hartree.
/// </summary>
public static class RhfSteps
{
    /// <summary>Eigenvalues of S below this are treated as linear dependencies (canonical orthogonalisation).</summary>
    public const double LinearDependenceThreshold = 1e-7;

    /// <summary>Core Hamiltonian H = T + V.</summary>
    public static Matrix<double> CoreHamiltonian(Matrix<double> kinetic, Matrix<double> nuclear) => kinetic + nuclear;

    /// <summary>
    /// Generalised Wolfsberg–Helmholz guess Fock matrix F_μμ = H_μμ, F_μν = ½ K S_μν (H_μμ + H_νν) with K = 1.75.
    /// It mimics atomic orbital energies better than the bare core Hamiltonian, which for N2 leads the SCF into
    /// an excited solution.
    /// </summary>
    public static Matrix<double> GwhGuess(Matrix<double> core, Matrix<double> overlap)
    {
        const double k = 1.75;
        var n = core.RowCount;
        return Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? core[i, i] : 0.5 * k * overlap[i, j] * (core[i, i] + core[j, j]));
    }

    /// <summary>Guess orbital energies closer than this (hartree) count as one degenerate shell.</summary>
    public const double DegeneracyThreshold = 1e-8;

    /// <summary>
    /// Guess orbitals of <see cref="ScfGuess.SymmetrisedGwh"/>: the eigenvectors of the GWH matrix
    /// (<see cref="GwhGuess"/>), except when the highest occupied and the lowest virtual guess orbital are degenerate
    /// (within <see cref="DegeneracyThreshold"/>). Inside such a shell U (the g orbitals whose energies lie within the
    /// threshold of the HOMO) any orthonormal basis is an eigenbasis, and the eigensolver returns an arbitrary one —
    /// for vanishing overlap (H2 at 20 Å, S_ab ≈ 1e-53) the AO-localised one, whose double occupation leads to the
    /// symmetry-broken ionic H⁻H⁺ solution (E = −0.185 Ha instead of −0.559 Ha). The shell is then re-diagonalised
    /// with the Coulomb coupling W = Uᵀ J U, J_μν = (μμ|νν): W is built from the molecule's own integrals, so it
    /// commutes with its point-group operations, and its eigenvectors belonging to non-degenerate eigenvalues are
    /// symmetry-adapted combinations delocalised over equivalent atoms (inside a degenerate eigenvalue of W the
    /// choice is again arbitrary; the stability analysis is the safety net); they are occupied in descending order of W (the in-phase, bonding-like combination
    /// first: σ_g = (a + b)/√2 for H2, whose RHF solution is the ground state). Away from such a degeneracy the guess
    /// is the plain GWH guess, so every molecule whose guess has a HOMO–LUMO gap (all equilibrium geometries) starts
    /// exactly as before.
    /// <para>
    /// Why not a superposition of atomic densities: for two H atoms SAD gives P = diag(1, 1), whose Fock matrix is
    /// again diagonal and degenerate at vanishing overlap (the off-diagonal exchange term −½ P_ab (aa|bb) is what
    /// splits σ_g and σ_u, and it needs P_ab ≠ 0); psi4 1.3.2 with <c>guess sad</c> (and <c>core</c>, <c>gwh</c>) in
    /// C1 symmetry lands on the same −0.1850166157 Ha ionic solution. The residual risk of any guess is covered by
    /// the stability analysis (<see cref="RhfStability"/>) the driver runs after convergence.
    /// </para>
    /// </summary>
    public static (Vector<double> OrbitalEnergies, Matrix<double> Coefficients) SymmetrisedGwhOrbitals(
        Matrix<double> core, Matrix<double> overlap, double[] eri, Matrix<double> x, int numOccupied)
    {
        var (eps, c) = Diagonalise(GwhGuess(core, overlap), x);
        var m = eps.Count;
        if (numOccupied <= 0 || numOccupied >= m || eps[numOccupied] - eps[numOccupied - 1] > DegeneracyThreshold)
        {
            return (eps, c);
        }

        var homo = eps[numOccupied - 1];
        var first = numOccupied - 1;
        while (first > 0 && homo - eps[first - 1] <= DegeneracyThreshold)
        {
            first--;
        }

        var last = numOccupied;
        while (last + 1 < m && eps[last + 1] - homo <= DegeneracyThreshold)
        {
            last++;
        }

        var n = core.RowCount;
        var g = last - first + 1;
        var coulomb = Matrix<double>.Build.Dense(n, n, (mu, nu) => eri[((mu * n + mu) * n + nu) * n + nu]);
        var u = c.SubMatrix(0, n, first, g);
        var w = u.Transpose() * coulomb * u;
        var evd = (0.5 * (w + w.Transpose())).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Real();
        var order = Enumerable.Range(0, g).OrderByDescending(k => values[k]).ToArray();
        var resolved = c.Clone();
        for (var k = 0; k < g; k++)
        {
            resolved.SetColumn(first + k, u * evd.EigenVectors.Column(order[k]));
        }

        return (eps, resolved);
    }

    /// <summary>
    /// Orthogonaliser X with Xᵀ S X = 1: symmetric S^{−1/2} = U s^{−1/2} Uᵀ when all eigenvalues s of S exceed
    /// <see cref="LinearDependenceThreshold"/>, otherwise canonical U_k s_k^{−1/2} over the kept eigenvalues
    /// (then X has fewer columns than rows).
    /// </summary>
    public static Matrix<double> Orthogonaliser(Matrix<double> overlap)
    {
        var evd = overlap.Evd(Symmetricity.Symmetric);
        var s = evd.EigenValues.Real();
        var u = evd.EigenVectors;
        var n = overlap.RowCount;
        if (s.Minimum() > LinearDependenceThreshold)
        {
            var d = Matrix<double>.Build.DenseOfDiagonalVector(s.Map(x => 1 / Math.Sqrt(x)));
            return u * d * u.Transpose();
        }

        var keep = Enumerable.Range(0, n).Where(i => s[i] > LinearDependenceThreshold).ToArray();
        var x = Matrix<double>.Build.Dense(n, keep.Length);
        for (var k = 0; k < keep.Length; k++)
        {
            x.SetColumn(k, u.Column(keep[k]) / Math.Sqrt(s[keep[k]]));
        }

        return x;
    }

    /// <summary>
    /// Solves F C = S C ε through F' = Xᵀ F X, F' C' = C' ε, C = X C'. Orbital energies ascending; the columns of
    /// C are the MOs (n × m with m = columns of X).
    /// </summary>
    public static (Vector<double> OrbitalEnergies, Matrix<double> Coefficients) Diagonalise(Matrix<double> fock, Matrix<double> x)
    {
        var fp = x.Transpose() * fock * x;
        fp = 0.5 * (fp + fp.Transpose());
        var evd = fp.Evd(Symmetricity.Symmetric);
        var eps = evd.EigenValues.Real();
        var order = Enumerable.Range(0, eps.Count).OrderBy(i => eps[i]).ToArray();
        var cp = Matrix<double>.Build.Dense(fp.RowCount, fp.ColumnCount);
        var sorted = Vector<double>.Build.Dense(eps.Count);
        for (var k = 0; k < order.Length; k++)
        {
            cp.SetColumn(k, evd.EigenVectors.Column(order[k]));
            sorted[k] = eps[order[k]];
        }

        return (sorted, x * cp);
    }

    /// <summary>Density P = 2 Σ_{i&lt;nOcc} C_μi C_νi.</summary>
    public static Matrix<double> Density(Matrix<double> coefficients, int numOccupied)
    {
        var cocc = coefficients.SubMatrix(0, coefficients.RowCount, 0, numOccupied);
        return 2.0 * cocc * cocc.Transpose();
    }

    /// <summary>Fock matrix F_μν = H_μν + Σ_λσ P_λσ [(μν|λσ) − ½ (μλ|νσ)].</summary>
    public static Matrix<double> Fock(Matrix<double> core, Matrix<double> density, double[] eri)
    {
        var n = core.RowCount;
        var p = density.ToRowMajorArray();
        var f = new double[n * n];
        TwoElectronKernel(n, p, eri, f);
        var g = Matrix<double>.Build.DenseOfRowMajor(n, n, f);
        return core + g;
    }

    /// <summary>Electronic energy E_el = ½ Σ_μν P_μν (H_μν + F_μν).</summary>
    public static double ElectronicEnergy(Matrix<double> density, Matrix<double> core, Matrix<double> fock) =>
        0.5 * density.PointwiseMultiply(core + fock).Enumerate().Sum();

    /// <summary>
    /// DIIS error vector e = Xᵀ (F P S − S P F) X in the orthonormal basis (zero at self-consistency, the
    /// Brillouin condition).
    /// </summary>
    public static Matrix<double> DiisError(Matrix<double> fock, Matrix<double> density, Matrix<double> overlap, Matrix<double> x)
    {
        var fps = fock * density * overlap;
        return x.Transpose() * (fps - fps.Transpose()) * x;
    }

    /// <summary>
    /// ADIIS coefficients (Hu &amp; Yang, J. Chem. Phys. 132, 054109 (2010)): the c ≥ 0 with Σ c_i = 1 minimising the
    /// augmented Roothaan–Hall energy of the mixed density, a second-order model around the newest density P_n:
    /// E(c) = E(P_n) + Σ_i c_i tr((P_i − P_n) F_n) + ½ Σ_ij c_i c_j tr((P_i − P_n)(F_j − F_n)), with F_i = F(P_i)
    /// (exact for RHF because F is linear in P: dE/dP = F). The minimum of a quadratic over the simplex is a
    /// stationary point of the quadratic restricted to one face, so every face (support set, 2^m − 1 of them for
    /// m ≤ 10 stored pairs) is solved by its KKT system and the feasible one with the lowest model energy is taken;
    /// the vertex c = e_n (no extrapolation) is always feasible. The model Hessian is symmetrised.
    /// </summary>
    /// <param name="densities">P_i, oldest first; the last is P_n.</param>
    /// <param name="focks">F_i = F(P_i), same order.</param>
    public static double[] AdiisCoefficients(IReadOnlyList<Matrix<double>> densities, IReadOnlyList<Matrix<double>> focks)
    {
        var m = densities.Count;
        if (m == 0 || m != focks.Count || m > 10)
        {
            throw new ArgumentException("ADIIS needs 1..10 density/Fock pairs of equal count");
        }

        var pn = densities[m - 1];
        var fn = focks[m - 1];
        var dp = densities.Select(p => p - pn).ToArray();
        var df = focks.Select(f => f - fn).ToArray();
        var g = new double[m];
        var q = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            g[i] = Trace(dp[i], fn);
            for (var j = 0; j < m; j++)
            {
                q[i, j] = Trace(dp[i], df[j]);
            }
        }

        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var sym = 0.5 * (q[i, j] + q[j, i]);
                q[i, j] = sym;
                q[j, i] = sym;
            }
        }

        double Model(double[] c)
        {
            var e = 0.0;
            for (var i = 0; i < m; i++)
            {
                e += c[i] * g[i];
                for (var j = 0; j < m; j++)
                {
                    e += 0.5 * c[i] * c[j] * q[i, j];
                }
            }

            return e;
        }

        var best = new double[m];
        best[m - 1] = 1;
        var bestValue = Model(best);
        for (var mask = 1; mask < 1 << m; mask++)
        {
            var support = Enumerable.Range(0, m).Where(i => (mask >> i & 1) == 1).ToArray();
            var k = support.Length;
            var kkt = Matrix<double>.Build.Dense(k + 1, k + 1);
            var rhs = Vector<double>.Build.Dense(k + 1);
            for (var a = 0; a < k; a++)
            {
                for (var b = 0; b < k; b++)
                {
                    kkt[a, b] = q[support[a], support[b]];
                }

                kkt[a, k] = 1;
                kkt[k, a] = 1;
                rhs[a] = -g[support[a]];
            }

            rhs[k] = 1;
            Vector<double> solution;
            try
            {
                solution = kkt.Solve(rhs);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                continue;
            }

            var c = new double[m];
            var feasible = true;
            for (var a = 0; a < k; a++)
            {
                var ca = solution[a];
                if (!double.IsFinite(ca) || ca < -1e-12)
                {
                    feasible = false;
                    break;
                }

                c[support[a]] = Math.Max(0, ca);
            }

            if (!feasible)
            {
                continue;
            }

            var sum = c.Sum();
            if (!(sum > 0))
            {
                continue;
            }

            for (var i = 0; i < m; i++)
            {
                c[i] /= sum;
            }

            var value = Model(c);
            if (value < bestValue)
            {
                bestValue = value;
                best = c;
            }
        }

        return best;
    }

    /// <summary>tr(A B) for symmetric A, B: Σ_μν A_μν B_μν.</summary>
    private static double Trace(Matrix<double> a, Matrix<double> b) => a.PointwiseMultiply(b).Enumerate().Sum();

    /// <summary>
    /// Level-shifted Fock matrix F + b (S − ½ S P S): with P = 2 C_occ C_occᵀ, ½ S P S projects onto the occupied
    /// space, so the virtual orbital energies rise by b and the occupied ones stay; the eigenvectors at
    /// self-consistency are unchanged (Saunders &amp; Hillier, Int. J. Quantum Chem. 7, 699 (1973)).
    /// </summary>
    public static Matrix<double> LevelShifted(Matrix<double> fock, Matrix<double> density, Matrix<double> overlap, double shift) =>
        fock + shift * (overlap - 0.5 * overlap * density * overlap);

    /// <summary>G_μν = Σ_λσ P_λσ [(μν|λσ) − ½ (μλ|νσ)] on flat arrays.</summary>
    internal static void TwoElectronKernel(int n, ReadOnlySpan<double> p, ReadOnlySpan<double> eri, Span<double> g)
    {
        var n2 = n * n;
        for (var mu = 0; mu < n; mu++)
        {
            for (var nu = 0; nu <= mu; nu++)
            {
                var coulomb = eri.Slice((mu * n + nu) * n2, n2);
                var j = 0.0;
                for (var k = 0; k < n2; k++)
                {
                    j += coulomb[k] * p[k];
                }

                var kx = 0.0;
                for (var la = 0; la < n; la++)
                {
                    var row = eri.Slice(((mu * n + la) * n + nu) * n, n);
                    var prow = p.Slice(la * n, n);
                    for (var si = 0; si < n; si++)
                    {
                        kx += row[si] * prow[si];
                    }
                }

                var v = j - 0.5 * kx;
                g[mu * n + nu] = v;
                g[nu * n + mu] = v;
            }
        }
    }
}
