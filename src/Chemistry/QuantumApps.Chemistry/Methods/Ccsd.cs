using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Numerics;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Methods;

/// <summary>
/// Closed-shell-reference CCSD in spin orbitals (Stanton, Gauss, Watts &amp; Bartlett, J. Chem. Phys. 94, 4334
/// (1991), equations with intermediates F_ae, F_mi, F_me, W_mnij, W_abef, W_mbej), valid for non-canonical
/// orbitals through the full Fock matrix. Spin orbital P = 2p + σ (interleaved, as in the qubit mapping);
/// antisymmetrised integrals ⟨PQ||RS⟩ = (pr|qs) δ_σPσR δ_σQσS − (ps|qr) δ_σPσS δ_σQσR. Occupied spin orbitals
/// are the first 2·NumAlpha. Iteration: level-shifted Jacobi updates t ← (r − s t) / (D − s) (D from the Fock
/// diagonal, shift s ≥ 0 from <see cref="CcsdOptions.LevelShift"/>; s = 0 is the plain update t = r / D, and every s
/// has the same fixed point D t = r) with DIIS (<see cref="Diis"/>) on the amplitude vector (a DIIS system that is non-finite or cannot be
/// solved falls back to the plain Jacobi step); start from MP2 amplitudes with the shifted denominators. Non-finite
/// amplitudes or energy stop the run with <see cref="CcsdExitReason.Diverged"/> and a NaN correlation energy. Energy
/// E_corr = Σ f_ia t_i^a + ¼ Σ ⟨ij||ab⟩ t_ij^ab + ½ Σ ⟨ij||ab⟩ t_i^a t_j^b.
/// </summary>
public static class Ccsd
{
    /// <summary>Largest spin-orbital integral array we allocate (bytes), within the <see cref="MemoryGuard"/> budget.</summary>
    public const long MaxBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Smallest occupied–virtual orbital-energy gap (hartree) the Jacobi denominators see once shifted; see
    /// <see cref="CcsdOptions.LevelShift"/>.
    /// </summary>
    public const double MinimumShiftedGap = 1.0;

    /// <summary>Runs CCSD.</summary>
    /// <param name="h">Molecular Hamiltonian with a closed-shell reference.</param>
    /// <param name="options">Tolerances, limits, DIIS subspace and level shift.</param>
    /// <param name="progress">Receives one <see cref="CcsdIteration"/> per iteration, synchronously on the calling thread.</param>
    /// <param name="cancellationToken">Checked before the integral setup and before every iteration.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static CcsdResult Compute(MolecularHamiltonian h, CcsdOptions? options = null, IProgress<CcsdIteration>? progress = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new CcsdOptions();
        ClosedShellReference.RequireClosedShell(h, "CCSD");
        if (options.LevelShift is double shift && !(shift >= 0))
        {
            throw new QuantumAppsException($"CCSD level shift must be a non-negative number of hartree, got {shift}");
        }

        var n = h.NumOrbitals;
        var ns = 2 * n;
        var bytes = (long)ns * ns * ns * ns * sizeof(double);
        MemoryGuard.EnsureFits(bytes, $"CCSD with {ns} spin orbitals (⟨pq||rs⟩ as a dense array)", capBytes: MaxBytes);

        var o = 2 * h.NumAlpha;
        var v = ns - o;
        var eRef = ClosedShellReference.Energy(h);
        if (o == 0 || v == 0)
        {
            return new CcsdResult(eRef, 0, 0, true, CcsdExitReason.Converged, 0, 0);
        }

        var g = AntisymmetrisedIntegrals(h);
        var fs = SpinFock(h, g, o);
        var s = new Solver(ns, o, v, g, fs, options.LevelShift ?? AutomaticLevelShift(fs, ns, o));
        var t1 = new double[o * v];
        var t2 = new double[o * o * v * v];
        s.InitialGuess(t1, t2);
        var energy = s.Energy(t1, t2);
        var diis = options.DiisSubspace > 0 ? new Diis(options.DiisSubspace) : null;
        var dE = double.PositiveInfinity;
        var dT = double.PositiveInfinity;
        var iteration = 0;
        var converged = false;
        while (iteration < options.MaxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iteration++;
            var (n1, n2) = s.Update(t1, t2);
            var vecOld = Concat(t1, t2);
            var vecNew = Concat(n1, n2);
            if (!AllFinite(vecNew))
            {
                return new CcsdResult(eRef, double.NaN, iteration, false, CcsdExitReason.Diverged, double.NaN, double.NaN);
            }

            var err = new double[vecNew.Length];
            dT = 0;
            for (var k = 0; k < err.Length; k++)
            {
                err[k] = vecNew[k] - vecOld[k];
                dT = Math.Max(dT, Math.Abs(err[k]));
            }

            if (diis is not null)
            {
                vecNew = diis.Push(vecNew, err);
            }

            Array.Copy(vecNew, 0, t1, 0, t1.Length);
            Array.Copy(vecNew, t1.Length, t2, 0, t2.Length);
            var e = s.Energy(t1, t2);
            if (!double.IsFinite(e))
            {
                return new CcsdResult(eRef, double.NaN, iteration, false, CcsdExitReason.Diverged, double.NaN, dT);
            }

            dE = e - energy;
            energy = e;
            progress?.Report(new CcsdIteration(iteration, energy, dE, dT));
            if (Math.Abs(dE) < options.EnergyTolerance && dT < options.AmplitudeTolerance)
            {
                converged = true;
                break;
            }
        }

        return new CcsdResult(eRef, energy, iteration, converged,
            converged ? CcsdExitReason.Converged : CcsdExitReason.MaxIterations, Math.Abs(dE), dT);
    }

    /// <summary>
    /// Automatic level shift max(0, <see cref="MinimumShiftedGap"/> − min_ia (f_aa − f_ii)) from the diagonal of the
    /// spin-orbital Fock matrix (zero when the reference has a gap of at least 1 Ha).
    /// </summary>
    internal static double AutomaticLevelShift(double[] f, int ns, int o)
    {
        var gap = double.PositiveInfinity;
        for (var i = 0; i < o; i++)
        {
            for (var a = o; a < ns; a++)
            {
                gap = Math.Min(gap, f[a * ns + a] - f[i * ns + i]);
            }
        }

        return Math.Max(0, MinimumShiftedGap - gap);
    }

    /// <summary>⟨PQ||RS⟩ as a dense (2n)⁴ array, index ((P·N+Q)·N+R)·N+S.</summary>
    internal static double[] AntisymmetrisedIntegrals(MolecularHamiltonian h)
    {
        var ns = 2 * h.NumOrbitals;
        var g = new double[ns * ns * ns * ns];
        for (var p = 0; p < ns; p++)
        {
            for (var q = 0; q < ns; q++)
            {
                for (var r = 0; r < ns; r++)
                {
                    for (var s = 0; s < ns; s++)
                    {
                        var direct = (p & 1) == (r & 1) && (q & 1) == (s & 1) ? h.G(p >> 1, r >> 1, q >> 1, s >> 1) : 0.0;
                        var exchange = (p & 1) == (s & 1) && (q & 1) == (r & 1) ? h.G(p >> 1, s >> 1, q >> 1, r >> 1) : 0.0;
                        g[((p * ns + q) * ns + r) * ns + s] = direct - exchange;
                    }
                }
            }
        }

        return g;
    }

    /// <summary>Spin-orbital Fock matrix f_PQ = h_pq δ_σ + Σ_{I&lt;o} ⟨PI||QI⟩.</summary>
    internal static double[] SpinFock(MolecularHamiltonian h, double[] g, int o)
    {
        var ns = 2 * h.NumOrbitals;
        var f = new double[ns * ns];
        for (var p = 0; p < ns; p++)
        {
            for (var q = 0; q < ns; q++)
            {
                var val = (p & 1) == (q & 1) ? h.H(p >> 1, q >> 1) : 0.0;
                for (var i = 0; i < o; i++)
                {
                    val += g[((p * ns + i) * ns + q) * ns + i];
                }

                f[p * ns + q] = val;
            }
        }

        return f;
    }

    private static bool AllFinite(double[] values)
    {
        foreach (var x in values)
        {
            if (!double.IsFinite(x))
            {
                return false;
            }
        }

        return true;
    }

    private static double[] Concat(double[] a, double[] b)
    {
        var r = new double[a.Length + b.Length];
        a.CopyTo(r, 0);
        b.CopyTo(r, a.Length);
        return r;
    }

    /// <summary>The CCSD amplitude equations; occupied i &lt; o, virtual a ↦ spin orbital o + a.</summary>
    private sealed class Solver(int ns, int o, int v, double[] g, double[] f, double shift)
    {
        /// <summary>⟨mn||ef⟩ as an (o² × v²) matrix.</summary>
        private readonly Matrix<double> _oovv = Matrix<double>.Build.Dense(o * o, v * v,
            (mn, ef) => g[(((mn / o) * ns + mn % o) * ns + o + ef / v) * ns + o + ef % v]);

        /// <summary>⟨mb||ej⟩ as an (ov × ov) matrix, row (m,e), column (j,b).</summary>
        private readonly Matrix<double> _ovvo = Matrix<double>.Build.Dense(o * v, o * v,
            (me, jb) => g[(((me / v) * ns + o + jb % v) * ns + o + me % v) * ns + jb / v]);

        /// <summary>⟨mn||ef⟩ as an (ov × ov) matrix, row (m,e), column (n,f).</summary>
        private readonly Matrix<double> _meNf = Matrix<double>.Build.Dense(o * v, o * v,
            (me, nf) => g[(((me / v) * ns + nf / v) * ns + o + me % v) * ns + o + nf % v]);

        /// <summary>⟨ab||ef⟩ flat [ab][ef].</summary>
        private readonly double[] _vvvv = Block(g, ns, v, v, v, v, o, o, o, o);

        /// <summary>⟨am||ef⟩ flat [a][m][ef].</summary>
        private readonly double[] _vovv = Block(g, ns, v, o, v, v, o, 0, o, o);

        private static double[] Block(double[] g, int ns, int n0, int n1, int n2, int n3, int o0, int o1, int o2, int o3)
        {
            var block = new double[n0 * n1 * n2 * n3];
            var k = 0;
            for (var p = 0; p < n0; p++)
            {
                for (var q = 0; q < n1; q++)
                {
                    for (var r = 0; r < n2; r++)
                    {
                        for (var s = 0; s < n3; s++)
                        {
                            block[k++] = g[(((p + o0) * ns + q + o1) * ns + r + o2) * ns + s + o3];
                        }
                    }
                }
            }

            return block;
        }

        private double G(int p, int q, int r, int s) => g[((p * ns + q) * ns + r) * ns + s];

        private double F(int p, int q) => f[p * ns + q];

        private int T2(int i, int j, int a, int b) => ((i * o + j) * v + a) * v + b;

        public void InitialGuess(double[] t1, double[] t2)
        {
            for (var i = 0; i < o; i++)
            {
                for (var a = 0; a < v; a++)
                {
                    t1[i * v + a] = F(i, o + a) / (F(i, i) - F(o + a, o + a) - shift);
                }
            }

            for (var i = 0; i < o; i++)
            {
                for (var j = 0; j < o; j++)
                {
                    for (var a = 0; a < v; a++)
                    {
                        for (var b = 0; b < v; b++)
                        {
                            t2[T2(i, j, a, b)] = G(i, j, o + a, o + b) / (D2(i, j, a, b) - shift);
                        }
                    }
                }
            }
        }

        public double Energy(double[] t1, double[] t2)
        {
            var e = 0.0;
            for (var i = 0; i < o; i++)
            {
                for (var a = 0; a < v; a++)
                {
                    e += F(i, o + a) * t1[i * v + a];
                }
            }

            for (var i = 0; i < o; i++)
            {
                for (var j = 0; j < o; j++)
                {
                    for (var a = 0; a < v; a++)
                    {
                        for (var b = 0; b < v; b++)
                        {
                            var gij = G(i, j, o + a, o + b);
                            e += 0.25 * gij * t2[T2(i, j, a, b)] + 0.5 * gij * t1[i * v + a] * t1[j * v + b];
                        }
                    }
                }
            }

            return e;
        }

        public (double[] T1, double[] T2) Update(double[] t1, double[] t2)
        {
            var tauT = new double[t2.Length];
            var tau = new double[t2.Length];
            for (var i = 0; i < o; i++)
            {
                for (var j = 0; j < o; j++)
                {
                    for (var a = 0; a < v; a++)
                    {
                        for (var b = 0; b < v; b++)
                        {
                            var x = t1[i * v + a] * t1[j * v + b] - t1[i * v + b] * t1[j * v + a];
                            var idx = T2(i, j, a, b);
                            tauT[idx] = t2[idx] + 0.5 * x;
                            tau[idx] = t2[idx] + x;
                        }
                    }
                }
            }

            var fae = new double[v * v];
            for (var a = 0; a < v; a++)
            {
                for (var e = 0; e < v; e++)
                {
                    var val = a == e ? 0.0 : F(o + a, o + e);
                    for (var m = 0; m < o; m++)
                    {
                        val -= 0.5 * F(m, o + e) * t1[m * v + a];
                        for (var ff = 0; ff < v; ff++)
                        {
                            val += t1[m * v + ff] * G(m, o + a, o + ff, o + e);
                            for (var nn = 0; nn < o; nn++)
                            {
                                val -= 0.5 * tauT[T2(m, nn, a, ff)] * G(m, nn, o + e, o + ff);
                            }
                        }
                    }

                    fae[a * v + e] = val;
                }
            }

            var fmi = new double[o * o];
            for (var m = 0; m < o; m++)
            {
                for (var i = 0; i < o; i++)
                {
                    var val = m == i ? 0.0 : F(m, i);
                    for (var e = 0; e < v; e++)
                    {
                        val += 0.5 * t1[i * v + e] * F(m, o + e);
                        for (var nn = 0; nn < o; nn++)
                        {
                            val += t1[nn * v + e] * G(m, nn, i, o + e);
                            for (var ff = 0; ff < v; ff++)
                            {
                                val += 0.5 * tauT[T2(i, nn, e, ff)] * G(m, nn, o + e, o + ff);
                            }
                        }
                    }

                    fmi[m * o + i] = val;
                }
            }

            var fme = new double[o * v];
            for (var m = 0; m < o; m++)
            {
                for (var e = 0; e < v; e++)
                {
                    var val = F(m, o + e);
                    for (var nn = 0; nn < o; nn++)
                    {
                        for (var ff = 0; ff < v; ff++)
                        {
                            val += t1[nn * v + ff] * G(m, nn, o + e, o + ff);
                        }
                    }

                    fme[m * v + e] = val;
                }
            }

            var wmnij = new double[o * o * o * o];
            for (var m = 0; m < o; m++)
            {
                for (var nn = 0; nn < o; nn++)
                {
                    for (var i = 0; i < o; i++)
                    {
                        for (var j = 0; j < o; j++)
                        {
                            var val = G(m, nn, i, j);
                            for (var e = 0; e < v; e++)
                            {
                                val += t1[j * v + e] * G(m, nn, i, o + e) - t1[i * v + e] * G(m, nn, j, o + e);
                                for (var ff = 0; ff < v; ff++)
                                {
                                    val += 0.25 * tau[T2(i, j, e, ff)] * G(m, nn, o + e, o + ff);
                                }
                            }

                            wmnij[((m * o + nn) * o + i) * o + j] = val;
                        }
                    }
                }
            }

            // W_abef = <ab||ef> − P(ab) Σ_m t_m^b <am||ef> + ¼ Σ_mn τ_mn^ab <mn||ef>, the last as a matrix product
            // (v² × o²)(o² × v²); row ab, column ef.
            var vv = v * v;
            var tauMatrix = Matrix<double>.Build.DenseOfRowMajor(o * o, vv, tau);
            var wabefMatrix = tauMatrix.TransposeThisAndMultiply(_oovv) * 0.25;
            var wabef = wabefMatrix.ToRowMajorArray();
            for (var a = 0; a < v; a++)
            {
                for (var b = 0; b < v; b++)
                {
                    var row = wabef.AsSpan((a * v + b) * vv, vv);
                    var direct = _vvvv.AsSpan((a * v + b) * vv, vv);
                    for (var ef = 0; ef < vv; ef++)
                    {
                        row[ef] += direct[ef];
                    }

                    for (var m = 0; m < o; m++)
                    {
                        var tb = t1[m * v + b];
                        var ta = t1[m * v + a];
                        var amef = _vovv.AsSpan((a * o + m) * vv, vv);
                        var bmef = _vovv.AsSpan((b * o + m) * vv, vv);
                        for (var ef = 0; ef < vv; ef++)
                        {
                            row[ef] += -tb * amef[ef] + ta * bmef[ef];
                        }
                    }
                }
            }

            // ½ Σ_ef τ_ij^ef W_abef as the product (o² × v²)(v² × v²)ᵀ.
            var tauW = (tauMatrix * Matrix<double>.Build.DenseOfRowMajor(vv, vv, wabef).Transpose()).ToRowMajorArray();

            // W_mbej as an (ov × ov) matrix, row (m,e), column (j,b):
            // ⟨mb||ej⟩ + Σ_f t_j^f ⟨mb||ef⟩ − Σ_n t_n^b ⟨mn||ej⟩ − Σ_nf ⟨mn||ef⟩ (½ t_jn^fb + t_j^f t_n^b).
            var ov = o * v;
            var wm = _ovvo.ToRowMajorArray();
            var z = new double[ov * ov];
            for (var m = 0; m < o; m++)
            {
                for (var e = 0; e < v; e++)
                {
                    for (var j = 0; j < o; j++)
                    {
                        for (var b = 0; b < v; b++)
                        {
                            var val = 0.0;
                            for (var ff = 0; ff < v; ff++)
                            {
                                val += t1[j * v + ff] * G(m, o + b, o + e, o + ff);
                            }

                            for (var nn = 0; nn < o; nn++)
                            {
                                val -= t1[nn * v + b] * G(m, nn, o + e, j);
                            }

                            wm[(m * v + e) * ov + j * v + b] += val;
                            z[(m * v + e) * ov + j * v + b] = 0.5 * t2[T2(j, m, e, b)] + t1[j * v + e] * t1[m * v + b];
                        }
                    }
                }
            }

            var wmbej = Matrix<double>.Build.DenseOfRowMajor(ov, ov, wm) - _meNf * Matrix<double>.Build.DenseOfRowMajor(ov, ov, z);

            var newT1 = new double[o * v];
            for (var i = 0; i < o; i++)
            {
                for (var a = 0; a < v; a++)
                {
                    var val = F(i, o + a);
                    for (var e = 0; e < v; e++)
                    {
                        val += t1[i * v + e] * fae[a * v + e];
                    }

                    for (var m = 0; m < o; m++)
                    {
                        val -= t1[m * v + a] * fmi[m * o + i];
                        for (var e = 0; e < v; e++)
                        {
                            val += t2[T2(i, m, a, e)] * fme[m * v + e];
                            for (var ff = 0; ff < v; ff++)
                            {
                                val -= 0.5 * t2[T2(i, m, e, ff)] * G(m, o + a, o + e, o + ff);
                            }

                            for (var nn = 0; nn < o; nn++)
                            {
                                val -= 0.5 * t2[T2(m, nn, a, e)] * G(nn, m, o + e, i);
                            }
                        }
                    }

                    for (var nn = 0; nn < o; nn++)
                    {
                        for (var ff = 0; ff < v; ff++)
                        {
                            val -= t1[nn * v + ff] * G(nn, o + a, i, o + ff);
                        }
                    }

                    newT1[i * v + a] = (val - shift * t1[i * v + a]) / (F(i, i) - F(o + a, o + a) - shift);
                }
            }

            // Effective one-body pieces of the T2 equation.
            var fbe = new double[v * v];
            for (var b = 0; b < v; b++)
            {
                for (var e = 0; e < v; e++)
                {
                    var val = fae[b * v + e];
                    for (var m = 0; m < o; m++)
                    {
                        val -= 0.5 * t1[m * v + b] * fme[m * v + e];
                    }

                    fbe[b * v + e] = val;
                }
            }

            var fmj = new double[o * o];
            for (var m = 0; m < o; m++)
            {
                for (var j = 0; j < o; j++)
                {
                    var val = fmi[m * o + j];
                    for (var e = 0; e < v; e++)
                    {
                        val += 0.5 * t1[j * v + e] * fme[m * v + e];
                    }

                    fmj[m * o + j] = val;
                }
            }

            // Terms antisymmetrised afterwards: pab (P(ab)), pij (P(ij)), pijab (P(ij)P(ab)).
            var pab = new double[t2.Length];
            var pij = new double[t2.Length];
            var pijab = new double[t2.Length];
            var rest = new double[t2.Length];
            for (var i = 0; i < o; i++)
            {
                for (var j = 0; j < o; j++)
                {
                    for (var a = 0; a < v; a++)
                    {
                        for (var b = 0; b < v; b++)
                        {
                            var idx = T2(i, j, a, b);
                            var xab = 0.0;
                            for (var e = 0; e < v; e++)
                            {
                                xab += t2[T2(i, j, a, e)] * fbe[b * v + e];
                            }

                            for (var m = 0; m < o; m++)
                            {
                                xab -= t1[m * v + a] * G(m, o + b, i, j);
                            }

                            pab[idx] = xab;

                            var xij = 0.0;
                            for (var m = 0; m < o; m++)
                            {
                                xij -= t2[T2(i, m, a, b)] * fmj[m * o + j];
                            }

                            for (var e = 0; e < v; e++)
                            {
                                xij += t1[i * v + e] * G(o + a, o + b, o + e, j);
                            }

                            pij[idx] = xij;

                            var r = G(i, j, o + a, o + b);
                            for (var m = 0; m < o; m++)
                            {
                                for (var nn = 0; nn < o; nn++)
                                {
                                    r += 0.5 * tau[T2(m, nn, a, b)] * wmnij[((m * o + nn) * o + i) * o + j];
                                }
                            }

                            rest[idx] = r + 0.5 * tauW[idx];
                        }
                    }
                }
            }

            // P(ij)P(ab) part: Σ_me t_im^ae W_mbej − t_i^e t_m^a ⟨mb||ej⟩ as (ov × ov) products, row (i,a), column (j,b).
            var amat = Matrix<double>.Build.Dense(ov, ov, (ia, me) => t2[T2(ia / v, me / v, ia % v, me % v)]);
            var cmat = Matrix<double>.Build.Dense(ov, ov, (ia, me) => t1[(ia / v) * v + me % v] * t1[(me / v) * v + ia % v]);
            var xm = (amat * wmbej - cmat * _ovvo).ToRowMajorArray();
            for (var i = 0; i < o; i++)
            {
                for (var j = 0; j < o; j++)
                {
                    for (var a = 0; a < v; a++)
                    {
                        for (var b = 0; b < v; b++)
                        {
                            pijab[T2(i, j, a, b)] = xm[(i * v + a) * ov + j * v + b];
                        }
                    }
                }
            }

            var newT2 = new double[t2.Length];
            for (var i = 0; i < o; i++)
            {
                for (var j = 0; j < o; j++)
                {
                    for (var a = 0; a < v; a++)
                    {
                        for (var b = 0; b < v; b++)
                        {
                            var r = rest[T2(i, j, a, b)]
                                + pab[T2(i, j, a, b)] - pab[T2(i, j, b, a)]
                                + pij[T2(i, j, a, b)] - pij[T2(j, i, a, b)]
                                + pijab[T2(i, j, a, b)] - pijab[T2(j, i, a, b)] - pijab[T2(i, j, b, a)] + pijab[T2(j, i, b, a)];
                            newT2[T2(i, j, a, b)] = (r - shift * t2[T2(i, j, a, b)]) / (D2(i, j, a, b) - shift);
                        }
                    }
                }
            }

            return (newT1, newT2);
        }

        private double D2(int i, int j, int a, int b) => F(i, i) + F(j, j) - F(o + a, o + a) - F(o + b, o + b);
    }
}
