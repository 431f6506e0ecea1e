using System.Globalization;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.CoupledCluster;

/// <summary>
/// The closed-shell perturbative triples correction E_(T) of CCSD(T) (Raghavachari, Trucks, Pople &amp; Head-Gordon
/// 1989) in the spin-adapted form of Rendell, Lee &amp; Komornicki, Chem. Phys. Lett. 178, 462 (1991) / J. Chem. Phys.
/// 94, 442 (1991), as PySCF's <c>ccsd_t_slow</c> and psi4 evaluate it, on converged <see cref="RestrictedCcsd"/>
/// amplitudes. Chemists' notation (pq|rs); occupied i, j, k, m, virtual a, b, c, f; canonical orbital energies e_p
/// (the Fock diagonal). For each virtual triple:
/// <code>
/// w_ijk^abc = Σ_f (ia|fb) t_kj^cf − Σ_m (ia|mj) t_mk^bc,    v_ijk^abc = (ia|jb) t_k^c + t_ij^ab f_ck
/// W_ijk^abc = Σ over the six simultaneous permutations of the pairs (ia), (jb), (kc) of w (V likewise from v)
/// R(x)_ijk = 4 x_ijk + x_jki + x_kij − 2 x_kji − 2 x_ikj − 2 x_jik
/// E_(T) = 2 Σ_{a≥b≥c} Σ_ijk W_ijk^abc · R(W + V/2)_ijk^abc / (s_abc · (e_i + e_j + e_k − e_a − e_b − e_c))
/// </code>
/// with s_abc = 6 when a = b = c, 2 when two are equal, else 1 (the restricted sum counts each unordered triple once).
/// Cost o³v³(o + v)/6 · 6 multiply-adds; memory the (ia|fb) block reordered (o·v³), (ia|mj) (o³v) and the doubles,
/// checked up front. The formula assumes canonical orbitals: off-diagonal occupied–occupied or virtual–virtual Fock
/// elements above <see cref="CanonicalTolerance"/> are refused (with an RHF reference they are at the SCF convergence
/// level). The spin-orbital (T) of the tests (Crawford &amp; Schaefer's expressions on the same amplitudes) is the
/// independent check; psi4 1.3.2's CCSD(T) the reference.
/// </summary>
public static class PerturbativeTriples
{
    /// <summary>Largest |f_ij| (i ≠ j occupied) or |f_ab| (a ≠ b virtual) accepted as canonical, hartree.</summary>
    public const double CanonicalTolerance = 1e-6;

    /// <summary>Bytes the (T) kernel allocates (the reordered integral blocks, the doubles and per-thread o³ buffers).</summary>
    public static double EstimateBytes(int occupied, int virtuals)
    {
        double o = occupied, v = virtuals;
        return 8 * (o * v * v * v + o * o * o * v + 3 * o * o * v * v + 4 * Environment.ProcessorCount * o * o * o);
    }

    /// <summary>
    /// E_(T) in hartree for the converged RCCSD solution <paramref name="ccsd"/> of <paramref name="h"/>; see the
    /// class remarks. E_CCSD(T) = <c>ccsd.Result.TotalEnergy</c> + E_(T).
    /// </summary>
    /// <exception cref="QuantumAppsException">CCSD not converged, non-canonical orbitals, or not enough memory.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (checked for every virtual index a).</exception>
    public static double Correction(MolecularHamiltonian h, RccsdSolution ccsd, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(ccsd);
        ClosedShellReference.RequireClosedShell(h, "CCSD(T)");
        if (!ccsd.Result.Converged)
        {
            throw new QuantumAppsException("(T) needs converged CCSD amplitudes");
        }

        int n = h.NumOrbitals, o = ccsd.Occupied, v = ccsd.Virtuals;
        if (o != h.NumAlpha || o + v != n)
        {
            throw new ArgumentException("the CCSD solution does not belong to this Hamiltonian", nameof(ccsd));
        }

        if (o == 0 || v == 0) return 0;
        var fock = ClosedShellReference.Fock(h);
        double offDiagonal = 0;
        for (int p = 0; p < n; p++)
        for (int q = 0; q < n; q++)
        {
            if (p != q && (p < o) == (q < o)) offDiagonal = Math.Max(offDiagonal, Math.Abs(fock[p * n + q]));
        }

        if (offDiagonal > CanonicalTolerance)
        {
            throw new QuantumAppsException(string.Create(CultureInfo.InvariantCulture,
                $"(T) needs canonical orbitals (largest off-diagonal occupied or virtual Fock element {offDiagonal:E2} Ha)"));
        }

        MemoryGuard.EnsureFits((long)EstimateBytes(o, v), $"(T) with {o} occupied and {v} virtual orbitals", MemoryGuard.KrylovShare);
        return new Kernel(h, ccsd, fock).Run(cancellationToken);
    }

    /// <summary>The integral blocks in the layouts the contractions read contiguously.</summary>
    private sealed class Kernel
    {
        private readonly int _o;
        private readonly int _v;
        private readonly double[] _eo;
        private readonly double[] _ev;
        private readonly double[] _fvo;
        private readonly double[] _t1;
        private readonly double[] _t2;

        /// <summary>x[(a·v + b)·o·v + i·v + f] = (ia|fb).</summary>
        private readonly double[] _x;

        /// <summary>y[((a·o + i)·o + j)·o + m] = (ia|mj).</summary>
        private readonly double[] _y;

        /// <summary>tbc[(b·v + c)·o² + m·o + k] = t_mk^bc.</summary>
        private readonly double[] _tbc;

        /// <summary>z[(a·v + b)·o² + i·o + j] = (ia|jb).</summary>
        private readonly double[] _z;

        public Kernel(MolecularHamiltonian h, RccsdSolution ccsd, double[] fock)
        {
            int n = h.NumOrbitals;
            int o = _o = ccsd.Occupied;
            int v = _v = ccsd.Virtuals;
            var g = h.TwoBody;
            double G(int p, int q, int r, int s) => g[(((long)p * n + q) * n + r) * n + s];
            _eo = new double[o];
            _ev = new double[v];
            _fvo = new double[v * o];
            for (int i = 0; i < o; i++) _eo[i] = fock[i * n + i];
            for (int a = 0; a < v; a++)
            {
                _ev[a] = fock[(o + a) * n + o + a];
                for (int k = 0; k < o; k++) _fvo[a * o + k] = fock[(o + a) * n + k];
            }

            _t1 = ccsd.T1Span.ToArray();
            _t2 = ccsd.T2Span.ToArray();
            _x = new double[(long)v * v * o * v];
            _y = new double[v * o * o * o];
            _tbc = new double[v * v * o * o];
            _z = new double[v * v * o * o];
            var x = _x;
            Parallel.For(0, v, a =>
            {
                for (int b = 0; b < v; b++)
                for (int i = 0; i < o; i++)
                for (int f = 0; f < v; f++) x[((long)(a * v + b) * o + i) * v + f] = G(i, o + a, o + f, o + b);
            });
            for (int a = 0; a < v; a++)
            for (int i = 0; i < o; i++)
            for (int j = 0; j < o; j++)
            for (int m = 0; m < o; m++) _y[((a * o + i) * o + j) * o + m] = G(i, o + a, m, j);
            for (int b = 0; b < v; b++)
            for (int c = 0; c < v; c++)
            for (int m = 0; m < o; m++)
            for (int k = 0; k < o; k++)
            {
                _tbc[(b * v + c) * o * o + m * o + k] = _t2[((m * o + k) * v + b) * v + c];
                _z[(b * v + c) * o * o + m * o + k] = G(m, o + b, k, o + c);
            }
        }

        public double Run(CancellationToken cancellationToken)
        {
            int o = _o, v = _v;
            var partial = new double[v];
            var options = new ParallelOptions { CancellationToken = cancellationToken };

            // One partial sum per a, added in order below: the result does not depend on the thread schedule.
            Parallel.For(0, v, options, () => new Buffers(o), (a, _, buf) =>
            {
                double sum = 0;
                for (int b = 0; b <= a; b++)
                for (int c = 0; c <= b; c++) sum += Triple(a, b, c, buf);
                partial[a] = sum;
                return buf;
            }, _ => { });
            cancellationToken.ThrowIfCancellationRequested();
            double e = 0;
            foreach (var p in partial) e += p;
            return 2 * e;
        }

        /// <summary>Σ_ijk W · R(W + V/2) / (s · D) of one a ≥ b ≥ c.</summary>
        private double Triple(int a, int b, int c, Buffers buf)
        {
            int o = _o, o2 = o * o;
            Array.Clear(buf.W);
            Array.Clear(buf.V);

            // W[i,j,k] = w^abc[i,j,k] + w^acb[i,k,j] + w^bac[j,i,k] + w^bca[j,k,i] + w^cab[k,i,j] + w^cba[k,j,i]:
            // w^pqr[x,y,z] lands at W[x·s0 + y·s1 + z·s2] with the strides below.
            AddW(buf, a, b, c, o2, o, 1);
            AddW(buf, a, c, b, o2, 1, o);
            AddW(buf, b, a, c, o, o2, 1);
            AddW(buf, b, c, a, o, 1, o2);
            AddW(buf, c, a, b, 1, o2, o);
            AddW(buf, c, b, a, 1, o, o2);
            double scale = a == c ? 6 : a == b || b == c ? 2 : 1;
            double evirt = _ev[a] + _ev[b] + _ev[c];
            var w = buf.W;
            var y = buf.V;
            for (int q = 0; q < y.Length; q++) y[q] = w[q] + 0.5 * y[q];
            double sum = 0;
            for (int i = 0; i < o; i++)
            for (int j = 0; j < o; j++)
            for (int k = 0; k < o; k++)
            {
                int ijk = (i * o + j) * o + k;
                double r = 4 * y[ijk] + y[(j * o + k) * o + i] + y[(k * o + i) * o + j]
                    - 2 * y[(k * o + j) * o + i] - 2 * y[(i * o + k) * o + j] - 2 * y[(j * o + i) * o + k];
                sum += w[ijk] * r / (scale * (_eo[i] + _eo[j] + _eo[k] - evirt));
            }

            return sum;
        }

        /// <summary>Adds w^pqr and v^pqr (class remarks) to buf.W and buf.V at x·s0 + y·s1 + z·s2.</summary>
        private void AddW(Buffers buf, int p, int q, int r, int s0, int s1, int s2)
        {
            int o = _o, v = _v, o2 = o * o;
            var w = buf.W;
            var vv = buf.V;
            long xBase = (long)(p * v + q) * o * v;
            int yBase = p * o * o2;
            int tBase = (q * v + r) * o2;
            int zBase = (p * v + q) * o2;
            for (int i = 0; i < o; i++)
            {
                var xi = new ReadOnlySpan<double>(_x, (int)(xBase + i * v), v);
                for (int j = 0; j < o; j++)
                {
                    var yij = new ReadOnlySpan<double>(_y, yBase + (i * o + j) * o, o);
                    double zij = _z[zBase + i * o + j];
                    double tij = _t2[((i * o + j) * v + p) * v + q];
                    for (int k = 0; k < o; k++)
                    {
                        // Σ_f (ip|fq) t_kj^rf: t2[k,j,r,:] is contiguous.
                        var tkj = new ReadOnlySpan<double>(_t2, ((k * o + j) * v + r) * v, v);
                        double s = 0;
                        for (int f = 0; f < v; f++) s += xi[f] * tkj[f];
                        for (int m = 0; m < o; m++) s -= yij[m] * _tbc[tBase + m * o + k];
                        int at = i * s0 + j * s1 + k * s2;
                        w[at] += s;
                        vv[at] += zij * _t1[k * v + r] + tij * _fvo[r * o + k];
                    }
                }
            }
        }

        private sealed class Buffers(int o)
        {
            public double[] W { get; } = new double[o * o * o];

            public double[] V { get; } = new double[o * o * o];
        }
    }
}
