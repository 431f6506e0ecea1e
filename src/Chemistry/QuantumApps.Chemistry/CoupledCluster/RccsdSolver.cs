using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Numerics;

namespace QuantumApps.Chemistry.CoupledCluster;

/// <summary>
/// One RCCSD amplitude update and the energy (<see cref="RestrictedCcsd"/>), with the integral blocks copied out of
/// the MO array once. Layouts (row-major): t1[i,a] at i·v+a; t2[i,j,a,b] at ((i·o+j)·v+a)·v+b; ovov[i,a,j,b] = (ia|jb);
/// oovv[i,j,a,b] = (ij|ab); ovoo[i,a,j,k] = (ia|jk); ovvv[i,a,b,c] = (ia|bc); vvvv as the matrix
/// V[(c,d),(a,b)] = (ac|bd). The ring intermediates W_voov[a,k,i,c] and W_vovo[a,k,c,i] are kept as matrices over
/// (a,i) × (k,c), so the o³v³ ring terms and the o²v⁴ ladder term are single dense products.
/// </summary>
internal sealed class RccsdSolver
{
    private readonly int _o;
    private readonly int _v;
    private readonly double[] _f;
    private readonly double[] _eo;
    private readonly double[] _ev;
    private readonly double[] _ovov;
    private readonly double[] _oovv;
    private readonly double[] _ovoo;
    private readonly double[] _ovvv;
    private readonly double[] _oooo;
    private readonly double[] _vvvv;
    private readonly int _ladderRows;

    /// <summary>Prepares the integral blocks; <paramref name="ladderBlockRows"/> overrides the rows c per W_vvvv block (tests).</summary>
    public RccsdSolver(MolecularHamiltonian h, int o, int v, int? ladderBlockRows = null)
    {
        _ladderRows = Math.Clamp(ladderBlockRows ?? LadderBlockRows(v), 1, Math.Max(1, v));
        _o = o;
        _v = v;
        var n = h.NumOrbitals;
        var fock = ClosedShellReference.Fock(h);
        _f = fock;
        _eo = new double[o];
        _ev = new double[v];
        for (var i = 0; i < o; i++) _eo[i] = fock[i * n + i];
        for (var a = 0; a < v; a++) _ev[a] = fock[(o + a) * n + o + a];
        var g = h.TwoBody;
        double G(int p, int q, int r, int s) => g[(((long)p * n + q) * n + r) * n + s];
        _ovov = new double[o * v * o * v];
        _oovv = new double[o * o * v * v];
        _ovoo = new double[o * v * o * o];
        _ovvv = new double[(long)o * v * v * v];
        _oooo = new double[o * o * o * o];
        _vvvv = new double[(long)v * v * v * v];
        for (var i = 0; i < o; i++)
        for (var a = 0; a < v; a++)
        {
            for (var j = 0; j < o; j++)
            {
                for (var b = 0; b < v; b++) _ovov[((i * v + a) * o + j) * v + b] = G(i, o + a, j, o + b);
                for (var k = 0; k < o; k++) _ovoo[((i * v + a) * o + j) * o + k] = G(i, o + a, j, k);
            }

            for (var b = 0; b < v; b++)
            for (var c = 0; c < v; c++) _ovvv[((i * v + a) * v + b) * v + c] = G(i, o + a, o + b, o + c);
        }

        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        {
            for (var a = 0; a < v; a++)
            for (var b = 0; b < v; b++) _oovv[((i * o + j) * v + a) * v + b] = G(i, j, o + a, o + b);
            for (var k = 0; k < o; k++)
            for (var l = 0; l < o; l++) _oooo[((i * o + j) * o + k) * o + l] = G(i, j, k, l);
        }

        Parallel.For(0, v, c =>
        {
            for (var d = 0; d < v; d++)
            for (var a = 0; a < v; a++)
            for (var b = 0; b < v; b++) _vvvv[(((long)c * v + d) * v + a) * v + b] = G(o + a, o + c, o + b, o + d);
        });

        N = n;
    }

    private int N { get; }

    private double F(int p, int q) => _f[p * N + q];

    private double Ovov(int i, int a, int j, int b) => _ovov[((i * _v + a) * _o + j) * _v + b];

    private double Oovv(int i, int j, int a, int b) => _oovv[((i * _o + j) * _v + a) * _v + b];

    private double Ovoo(int i, int a, int j, int k) => _ovoo[((i * _v + a) * _o + j) * _o + k];

    private double Ovvv(int i, int a, int b, int c) => _ovvv[((i * _v + a) * _v + b) * _v + c];

    private int T2(int i, int j, int a, int b) => ((i * _o + j) * _v + a) * _v + b;

    /// <summary>t_ij^ab = (ia|jb) / (e_i + e_j − e_a − e_b).</summary>
    public double[] Mp2Amplitudes()
    {
        int o = _o, v = _v;
        var t2 = new double[o * o * v * v];
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++) t2[T2(i, j, a, b)] = Ovov(i, a, j, b) / (_eo[i] + _eo[j] - _ev[a] - _ev[b]);
        return t2;
    }

    /// <summary>E_corr = 2 Σ f_ia t_i^a + Σ [2(ia|jb) − (ib|ja)] τ_ij^ab.</summary>
    public double Energy(double[] t1, double[] t2)
    {
        int o = _o, v = _v;
        var e = 0.0;
        for (var i = 0; i < o; i++)
        for (var a = 0; a < v; a++) e += 2 * F(i, o + a) * t1[i * v + a];
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++)
        {
            var tau = t2[T2(i, j, a, b)] + t1[i * v + a] * t1[j * v + b];
            e += (2 * Ovov(i, a, j, b) - Ovov(i, b, j, a)) * tau;
        }

        return e;
    }

    /// <summary>New amplitudes RHS(t)/D (PySCF rccsd.update_amps, term by term).</summary>
    public (double[] T1, double[] T2) Update(double[] t1, double[] t2)
    {
        int o = _o, v = _v, ov = o * v;
        double T1(int i, int a) => t1[i * v + a];
        var tau = new double[t2.Length];
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++) tau[T2(i, j, a, b)] = t2[T2(i, j, a, b)] + T1(i, a) * T1(j, b);

        // F_oo[k,i], F_vv[a,c], F_ov[k,c].
        var foo = new double[o * o];
        var fvv = new double[v * v];
        var fov = new double[o * v];
        for (var k = 0; k < o; k++)
        for (var i = 0; i < o; i++)
        {
            var s = F(k, i);
            for (var l = 0; l < o; l++)
            for (var c = 0; c < v; c++)
            for (var d = 0; d < v; d++) s += (2 * Ovov(k, c, l, d) - Ovov(k, d, l, c)) * tau[T2(i, l, c, d)];
            foo[k * o + i] = s;
        }

        for (var a = 0; a < v; a++)
        for (var c = 0; c < v; c++)
        {
            var s = F(o + a, o + c);
            for (var k = 0; k < o; k++)
            for (var l = 0; l < o; l++)
            for (var d = 0; d < v; d++) s -= (2 * Ovov(k, c, l, d) - Ovov(k, d, l, c)) * tau[T2(k, l, a, d)];
            fvv[a * v + c] = s;
        }

        for (var k = 0; k < o; k++)
        for (var c = 0; c < v; c++)
        {
            var s = F(k, o + c);
            for (var l = 0; l < o; l++)
            for (var d = 0; d < v; d++) s += (2 * Ovov(k, c, l, d) - Ovov(k, d, l, c)) * T1(l, d);
            fov[k * v + c] = s;
        }

        // T1 equation.
        var n1 = new double[o * v];
        for (var i = 0; i < o; i++)
        for (var a = 0; a < v; a++)
        {
            var s = F(i, o + a);
            for (var c = 0; c < v; c++)
            {
                var fa = fvv[a * v + c] - (a == c ? _ev[a] : 0);
                s += fa * T1(i, c);
            }

            for (var k = 0; k < o; k++)
            {
                var fo = foo[k * o + i] - (k == i ? _eo[i] : 0);
                s -= fo * T1(k, a);
                for (var c = 0; c < v; c++)
                {
                    s -= 2 * F(k, o + c) * T1(k, a) * T1(i, c);
                    s += fov[k * v + c] * (2 * t2[T2(k, i, c, a)] - t2[T2(i, k, c, a)] + T1(i, c) * T1(k, a));
                    s += 2 * Ovov(k, c, i, a) * T1(k, c) - Oovv(k, i, a, c) * T1(k, c);
                    for (var d = 0; d < v; d++)
                    {
                        var tt = t2[T2(i, k, c, d)] + T1(k, d) * T1(i, c);
                        s += (2 * Ovvv(k, d, a, c) - Ovvv(k, c, a, d)) * tt;
                    }

                    for (var l = 0; l < o; l++)
                    {
                        var tt = t2[T2(k, l, a, c)] + T1(l, c) * T1(k, a);
                        s += (-2 * Ovoo(l, c, k, i) + Ovoo(k, c, l, i)) * tt;
                    }
                }
            }

            n1[i * v + a] = s / (_eo[i] - _ev[a]);
        }

        // L_oo[k,i], L_vv[a,c] with the diagonal moved to the denominators.
        var loo = new double[o * o];
        var lvv = new double[v * v];
        for (var k = 0; k < o; k++)
        for (var i = 0; i < o; i++)
        {
            var s = foo[k * o + i] - (k == i ? _eo[i] : 0);
            for (var c = 0; c < v; c++)
            {
                s += F(k, o + c) * T1(i, c);
                for (var l = 0; l < o; l++) s += (2 * Ovoo(l, c, k, i) - Ovoo(k, c, l, i)) * T1(l, c);
            }

            loo[k * o + i] = s;
        }

        for (var a = 0; a < v; a++)
        for (var c = 0; c < v; c++)
        {
            var s = fvv[a * v + c] - (a == c ? _ev[a] : 0);
            for (var k = 0; k < o; k++)
            {
                s -= F(k, o + c) * T1(k, a);
                for (var d = 0; d < v; d++) s += (2 * Ovvv(k, d, a, c) - Ovvv(k, c, a, d)) * T1(k, d);
            }

            lvv[a * v + c] = s;
        }

        var n2 = new double[t2.Length];

        // t1-driven terms: P(ia,jb)[Σ_c ((ia|cb) − Σ_k (ki|bc) t_k^a) t_j^c − Σ_k ((ia|jk) + Σ_c (kc|ai) t_j^c) t_k^b] + (ia|jb).
        var tmp = new double[t2.Length];
        var row = new double[v];
        for (var i = 0; i < o; i++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++)
        {
            for (var c = 0; c < v; c++)
            {
                var x = Ovvv(i, a, c, b);
                for (var k = 0; k < o; k++) x -= Oovv(k, i, b, c) * T1(k, a);
                row[c] = x;
            }

            for (var j = 0; j < o; j++)
            {
                var s = 0.0;
                for (var c = 0; c < v; c++) s += row[c] * T1(j, c);
                tmp[T2(i, j, a, b)] += s;
            }
        }

        for (var a = 0; a < v; a++)
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var k = 0; k < o; k++)
        {
            var x = Ovoo(i, a, j, k);
            for (var c = 0; c < v; c++) x += Ovov(k, c, i, a) * T1(j, c);
            for (var b = 0; b < v; b++) tmp[T2(i, j, a, b)] -= x * T1(k, b);
        }

        // Ring intermediates as (a,i) × (k,c) matrices.
        var wvoov = new double[ov * ov];
        var wvovo = new double[ov * ov];
        for (var a = 0; a < v; a++)
        for (var i = 0; i < o; i++)
        for (var k = 0; k < o; k++)
        for (var c = 0; c < v; c++)
        {
            var x = Ovov(k, c, i, a);
            var y = Oovv(k, i, a, c);
            for (var d = 0; d < v; d++)
            {
                x += Ovvv(k, c, a, d) * T1(i, d);
                y += Ovvv(k, d, a, c) * T1(i, d);
            }

            for (var l = 0; l < o; l++)
            {
                x -= Ovoo(k, c, l, i) * T1(l, a);
                y -= Ovoo(l, c, k, i) * T1(l, a);
            }

            wvoov[(a * o + i) * ov + k * v + c] = x;
            wvovo[(a * o + i) * ov + k * v + c] = y;
        }

        // M[(a,i),(l,d)] against N[(l,d),(k,c)] = (ld|kc) and N2[(l,d),(k,c)] = (lc|kd).
        var m1 = new double[ov * ov];
        var m2 = new double[ov * ov];
        var m3 = new double[ov * ov];
        var n2m = new double[ov * ov];
        for (var a = 0; a < v; a++)
        for (var i = 0; i < o; i++)
        for (var l = 0; l < o; l++)
        for (var d = 0; d < v; d++)
        {
            var r = (a * o + i) * ov + l * v + d;
            m1[r] = -0.5 * t2[T2(i, l, d, a)] - T1(i, d) * T1(l, a) + t2[T2(i, l, a, d)];
            m2[r] = -0.5 * t2[T2(i, l, a, d)];
            m3[r] = -0.5 * t2[T2(i, l, d, a)] - T1(i, d) * T1(l, a);
        }

        for (var l = 0; l < o; l++)
        for (var d = 0; d < v; d++)
        for (var k = 0; k < o; k++)
        for (var c = 0; c < v; c++) n2m[(l * v + d) * ov + k * v + c] = Ovov(l, c, k, d);

        var prod = new double[ov * ov];
        MatrixProduct.Multiply(m1, _ovov, prod, ov, ov, ov);
        Add(wvoov, prod);
        MatrixProduct.Multiply(m2, n2m, prod, ov, ov, ov);
        Add(wvoov, prod);
        MatrixProduct.Multiply(m3, n2m, prod, ov, ov, ov);
        Add(wvovo, prod);

        // Ring terms: (2 W_voov − W_vovo)·t2[k,j,c,b] − W_voov·t2[k,j,b,c] − W_vovo[b..]·t2[k,j,a,c].
        var a1 = new double[ov * ov];
        for (var x = 0; x < a1.Length; x++) a1[x] = 2 * wvoov[x] - wvovo[x];
        var b1 = new double[ov * ov];
        var b2 = new double[ov * ov];
        for (var k = 0; k < o; k++)
        for (var c = 0; c < v; c++)
        for (var j = 0; j < o; j++)
        for (var b = 0; b < v; b++)
        {
            b1[(k * v + c) * ov + j * v + b] = t2[T2(k, j, c, b)];
            b2[(k * v + c) * ov + j * v + b] = t2[T2(k, j, b, c)];
        }

        var c1 = new double[ov * ov];
        var c2 = new double[ov * ov];
        var c3 = new double[ov * ov];
        MatrixProduct.Multiply(a1, b1, c1, ov, ov, ov);
        MatrixProduct.Multiply(wvoov, b2, c2, ov, ov, ov);
        MatrixProduct.Multiply(wvovo, b2, c3, ov, ov, ov);
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++)
        {
            tmp[T2(i, j, a, b)] += c1[(a * o + i) * ov + j * v + b] - c2[(a * o + i) * ov + j * v + b] - c3[(b * o + i) * ov + j * v + a];
        }

        // L terms: Σ_c L_vv[a,c] t2[i,j,c,b] − Σ_k L_oo[k,i] t2[k,j,a,b].
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++)
        {
            var s = 0.0;
            for (var c = 0; c < v; c++) s += lvv[a * v + c] * t2[T2(i, j, c, b)];
            for (var k = 0; k < o; k++) s -= loo[k * o + i] * t2[T2(k, j, a, b)];
            tmp[T2(i, j, a, b)] += s;
        }

        // Symmetrise P(ia,jb) and add (ia|jb).
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++) n2[T2(i, j, a, b)] = tmp[T2(i, j, a, b)] + tmp[T2(j, i, b, a)] + Ovov(i, a, j, b);

        // Ladders: Σ_kl W_oooo[k,l,i,j] τ[k,l,a,b] + Σ_cd W_vvvv[a,b,c,d] τ[i,j,c,d].
        var oo = o * o;
        var vv = v * v;
        var xt = new double[vv * oo];
        for (var c = 0; c < v; c++)
        for (var d = 0; d < v; d++)
        for (var k = 0; k < o; k++)
        for (var l = 0; l < o; l++) xt[(c * v + d) * oo + k * o + l] = Ovov(k, c, l, d);
        var woooo = new double[oo * oo];
        MatrixProduct.Multiply(tau, xt, woooo, oo, vv, oo);
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var k = 0; k < o; k++)
        for (var l = 0; l < o; l++)
        {
            var s = _oooo[((k * o + i) * o + l) * o + j];
            for (var c = 0; c < v; c++) s += Ovoo(l, c, k, i) * T1(j, c) + Ovoo(k, c, l, j) * T1(i, c);
            woooo[(i * o + j) * oo + k * o + l] += s;
        }

        var ladder = new double[oo * vv];
        MatrixProduct.Multiply(woooo, tau, ladder, oo, oo, vv);
        Add(n2, ladder);

        // W_vvvv[a,b,c,d] = (ac|bd) − Σ_k (kd|ac) t_k^b − Σ_k (kc|bd) t_k^a, as V[(c,d),(a,b)], built and applied in
        // blocks of c (at most LadderBlockDoubles of W at a time) so no second v⁴ array is held:
        // n2[(i,j),(a,b)] += Σ_{c in block, d} τ[(i,j),(c,d)] W[(c,d),(a,b)].
        var bc = _ladderRows;
        var wBlock = new double[(long)bc * v * vv];
        var tauBlock = new double[oo * bc * v];
        for (var c0 = 0; c0 < v; c0 += bc)
        {
            var cb = Math.Min(bc, v - c0);
            var first = c0;
            Parallel.For(0, cb, cc =>
            {
                var c = first + cc;
                Array.Copy(_vvvv, (long)c * v * vv, wBlock, (long)cc * v * vv, (long)v * vv);
                for (var d = 0; d < v; d++)
                for (var a = 0; a < v; a++)
                {
                    var baseIdx = (((long)cc * v + d) * v + a) * v;
                    for (var k = 0; k < o; k++)
                    {
                        var x = Ovvv(k, d, a, c);
                        var ta = T1(k, a);
                        for (var b = 0; b < v; b++) wBlock[baseIdx + b] -= x * T1(k, b) + Ovvv(k, c, b, d) * ta;
                    }
                }
            });
            for (var ij = 0; ij < oo; ij++) Array.Copy(tau, ij * vv + c0 * v, tauBlock, ij * cb * v, cb * v);
            MatrixProduct.Multiply(tauBlock, wBlock, ladder, oo, cb * v, vv);
            Add(n2, ladder);
        }

        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++) n2[T2(i, j, a, b)] /= _eo[i] + _eo[j] - _ev[a] - _ev[b];
        return (n1, n2);
    }

    /// <summary>Doubles of the W_vvvv block of one ladder step (32 MiB).</summary>
    internal const long LadderBlockDoubles = 4L << 20;

    /// <summary>Rows c of W_vvvv per ladder block: ⌊LadderBlockDoubles / v³⌋, at least 1, at most v.</summary>
    internal static int LadderBlockRows(int v) => (int)Math.Clamp(LadderBlockDoubles / Math.Max(1L, (long)v * v * v), 1, Math.Max(1, v));

    private static void Add(double[] target, double[] x)
    {
        for (var i = 0; i < target.Length; i++) target[i] += x[i];
    }
}
