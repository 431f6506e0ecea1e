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
    private readonly double[] _lMatrix;
    private readonly double[] _lMatrixKldC;
    private readonly double[] _n2m;
    private readonly double[] _xt;
    private Work? _work;

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

        // Constant rearrangements of (ia|jb) used every iteration: L[k,(l,c,d)] = 2(kc|ld) − (kd|lc), the same as
        // [(k,l,d),c], N2[(l,d),(k,c)] = (lc|kd) and X[(c,d),(k,l)] = (kc|ld).
        int ov = o * v, oo = o * o, vv = v * v;
        _lMatrix = new double[oo * vv];
        _lMatrixKldC = new double[oo * vv];
        _n2m = new double[ov * ov];
        _xt = new double[vv * oo];
        for (var k = 0; k < o; k++)
        for (var l = 0; l < o; l++)
        for (var c = 0; c < v; c++)
        for (var d = 0; d < v; d++)
        {
            var x = 2 * Ovov(k, c, l, d) - Ovov(k, d, l, c);
            _lMatrix[k * o * vv + (l * v + c) * v + d] = x;
            _lMatrixKldC[((k * o + l) * v + d) * v + c] = x;
            _n2m[(l * v + d) * ov + k * v + c] = Ovov(l, c, k, d);
            _xt[(c * v + d) * oo + k * o + l] = Ovov(k, c, l, d);
        }

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

    /// <summary>
    /// Per-amplitude factors D/(D − s) of a level-shifted step (t1 then t2 order, D_ia = e_i − e_a,
    /// D_ijab = e_i + e_j − e_a − e_b, s ≥ 0): t ← t + (RHS/D − t)·D/(D − s) has the fixed point of the plain step.
    /// </summary>
    public double[] ShiftFactors(double shift)
    {
        int o = _o, v = _v;
        var f = new double[o * v + o * o * v * v];
        for (var i = 0; i < o; i++)
        for (var a = 0; a < v; a++)
        {
            var d = _eo[i] - _ev[a];
            f[i * v + a] = d / (d - shift);
        }

        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++)
        {
            var d = _eo[i] + _eo[j] - _ev[a] - _ev[b];
            f[o * v + T2(i, j, a, b)] = d / (d - shift);
        }

        return f;
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

    /// <summary>New amplitudes RHS(t)/D (PySCF rccsd.update_amps, term by term) in new arrays; see <see cref="Update(double[], double[], Span{double}, Span{double})"/>.</summary>
    public (double[] T1, double[] T2) Update(double[] t1, double[] t2)
    {
        var n1 = new double[t1.Length];
        var n2 = new double[t2.Length];
        Update(t1, t2, n1, n2);
        return (n1, n2);
    }

    /// <summary>
    /// New amplitudes RHS(t)/D (PySCF rccsd.update_amps, term by term) written to <paramref name="n1"/> (o·v) and
    /// <paramref name="n2"/> (o²v²). The temporaries of an update (τ, the F/L intermediates, the ring matrices, the
    /// W_vvvv block) are allocated on the first call and reused by every later one, so an iteration allocates
    /// nothing large (before, about 25 o²v²-sized arrays per iteration were left to the garbage collector).
    /// </summary>
    public void Update(double[] t1, double[] t2, Span<double> n1, Span<double> n2)
    {
        int o = _o, v = _v, ov = o * v, oo = o * o, vv = v * v;
        var w = _work ??= new Work(o, v, _ladderRows);
        double T1(int i, int a) => t1[i * v + a];
        var tau = w.Tau;
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        {
            var ta = T1(i, a);
            var row = ((i * o + j) * v + a) * v;
            for (var b = 0; b < v; b++) tau[row + b] = t2[row + b] + ta * T1(j, b);
        }

        // F_oo[k,i] = f_ki + Σ_lcd L[k,l,c,d] τ[i,l,c,d] and F_vv[a,c] = f_ac − Σ_kld τ[k,l,a,d] L[k,l,c,d] with
        // L[k,l,c,d] = 2(kc|ld) − (kd|lc) (precomputed) as dense products; F_ov[k,c].
        var foo = w.Foo;
        var fvv = w.Fvv;
        var fov = w.Fov;
        var tauT = w.TauT;
        for (var i = 0; i < o; i++)
        for (var l = 0; l < o; l++)
        for (var c = 0; c < v; c++)
        for (var d = 0; d < v; d++) tauT[((l * v + c) * v + d) * o + i] = tau[((i * o + l) * v + c) * v + d];
        MatrixProduct.Multiply(_lMatrix, tauT, foo, o, o * vv, o);
        for (var k = 0; k < o; k++)
        for (var i = 0; i < o; i++) foo[k * o + i] += F(k, i);

        var tauA = w.TauA;
        for (var k = 0; k < o; k++)
        for (var l = 0; l < o; l++)
        for (var a = 0; a < v; a++)
        for (var d = 0; d < v; d++) tauA[a * oo * v + (k * o + l) * v + d] = tau[((k * o + l) * v + a) * v + d];
        MatrixProduct.Multiply(tauA, _lMatrixKldC, fvv, v, oo * v, v);
        for (var a = 0; a < v; a++)
        for (var c = 0; c < v; c++) fvv[a * v + c] = F(o + a, o + c) - fvv[a * v + c];

        for (var k = 0; k < o; k++)
        for (var c = 0; c < v; c++)
        {
            var s = F(k, o + c);
            for (var l = 0; l < o; l++)
            for (var d = 0; d < v; d++) s += (2 * Ovov(k, c, l, d) - Ovov(k, d, l, c)) * T1(l, d);
            fov[k * v + c] = s;
        }

        // T1 equation.
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
        var loo = w.Loo;
        var lvv = w.Lvv;
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

        // t1-driven terms: P(ia,jb)[Σ_c ((ia|cb) − Σ_k (ki|bc) t_k^a) t_j^c − Σ_k ((ia|jk) + Σ_c (kc|ai) t_j^c) t_k^b] + (ia|jb).
        var tmp = w.Tmp;
        Array.Clear(tmp);
        var rowC = w.RowC;
        for (var i = 0; i < o; i++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++)
        {
            for (var c = 0; c < v; c++)
            {
                var x = Ovvv(i, a, c, b);
                for (var k = 0; k < o; k++) x -= Oovv(k, i, b, c) * T1(k, a);
                rowC[c] = x;
            }

            for (var j = 0; j < o; j++)
            {
                var s = 0.0;
                for (var c = 0; c < v; c++) s += rowC[c] * T1(j, c);
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
        var wvoov = w.Wvoov;
        var wvovo = w.Wvovo;
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

        // M[(a,i),(l,d)] against N[(l,d),(k,c)] = (ld|kc) and N2[(l,d),(k,c)] = (lc|kd) (precomputed).
        var m1 = w.Ring0;
        var m2 = w.Ring1;
        var m3 = w.Ring2;
        var prod = w.Ring3;
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

        MatrixProduct.Multiply(m1, _ovov, prod, ov, ov, ov);
        Add(wvoov, prod);
        MatrixProduct.Multiply(m2, _n2m, prod, ov, ov, ov);
        Add(wvoov, prod);
        MatrixProduct.Multiply(m3, _n2m, prod, ov, ov, ov);
        Add(wvovo, prod);

        // Ring terms: (2 W_voov − W_vovo)·t2[k,j,c,b] − W_voov·t2[k,j,b,c] − W_vovo[b..]·t2[k,j,a,c] (the three
        // M buffers are free again and hold A1, B1 and B2).
        var a1 = m1;
        for (var x = 0; x < a1.Length; x++) a1[x] = 2 * wvoov[x] - wvovo[x];
        var b1 = m2;
        var b2 = m3;
        for (var k = 0; k < o; k++)
        for (var c = 0; c < v; c++)
        for (var j = 0; j < o; j++)
        for (var b = 0; b < v; b++)
        {
            b1[(k * v + c) * ov + j * v + b] = t2[T2(k, j, c, b)];
            b2[(k * v + c) * ov + j * v + b] = t2[T2(k, j, b, c)];
        }

        MatrixProduct.Multiply(a1, b1, prod, ov, ov, ov);
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++) tmp[T2(i, j, a, b)] += prod[(a * o + i) * ov + j * v + b];
        MatrixProduct.Multiply(wvoov, b2, prod, ov, ov, ov);
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++) tmp[T2(i, j, a, b)] -= prod[(a * o + i) * ov + j * v + b];
        MatrixProduct.Multiply(wvovo, b2, prod, ov, ov, ov);
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++) tmp[T2(i, j, a, b)] -= prod[(b * o + i) * ov + j * v + a];

        // L terms: Σ_c L_vv[a,c] t2[i,j,c,b] − Σ_k L_oo[k,i] t2[k,j,a,b], as one v×v product per (i,j) and one
        // o × (o·v²) product (L_ooᵀ · t2).
        var lt = w.Ladder;
        for (var ij = 0; ij < oo; ij++)
        {
            MatrixProduct.Multiply(lvv, 0, t2, ij * vv, lt, ij * vv, v, v, v);
        }

        var looT = w.LooT;
        for (var k = 0; k < o; k++)
        for (var i = 0; i < o; i++) looT[i * o + k] = loo[k * o + i];
        MatrixProduct.Multiply(looT, t2, w.Tmp2, o, o, o * vv);
        var tmp2 = w.Tmp2;
        for (var x = 0; x < tmp.Length; x++) tmp[x] += lt[x] - tmp2[x];

        // Symmetrise P(ia,jb) and add (ia|jb).
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++) n2[T2(i, j, a, b)] = tmp[T2(i, j, a, b)] + tmp[T2(j, i, b, a)] + Ovov(i, a, j, b);

        // Ladders: Σ_kl W_oooo[k,l,i,j] τ[k,l,a,b] + Σ_cd W_vvvv[a,b,c,d] τ[i,j,c,d].
        var woooo = w.Woooo;
        MatrixProduct.Multiply(tau, _xt, woooo, oo, vv, oo);
        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var k = 0; k < o; k++)
        for (var l = 0; l < o; l++)
        {
            var s = _oooo[((k * o + i) * o + l) * o + j];
            for (var c = 0; c < v; c++) s += Ovoo(l, c, k, i) * T1(j, c) + Ovoo(k, c, l, j) * T1(i, c);
            woooo[(i * o + j) * oo + k * o + l] += s;
        }

        var ladder = w.Ladder;
        MatrixProduct.Multiply(woooo, tau, ladder, oo, oo, vv);
        Add(n2, ladder);

        // W_vvvv[a,b,c,d] = (ac|bd) − Σ_k (kd|ac) t_k^b − Σ_k (kc|bd) t_k^a, as V[(c,d),(a,b)], built and applied in
        // blocks of c (at most LadderBlockDoubles of W at a time) so no second v⁴ array is held:
        // n2[(i,j),(a,b)] += Σ_{c in block, d} τ[(i,j),(c,d)] W[(c,d),(a,b)]. (kc|bd) = (kc|db) is read along b.
        var bc = _ladderRows;
        var wBlock = w.WBlock;
        var tauBlock = w.TauBlock;
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
                        var t1k = k * v;
                        var kcd = ((k * v + c) * v + d) * v;
                        for (var b = 0; b < v; b++) wBlock[baseIdx + b] -= x * t1[t1k + b] + _ovvv[kcd + b] * ta;
                    }
                }
            });
            for (var ij = 0; ij < oo; ij++) Array.Copy(tau, ij * vv + c0 * v, tauBlock, ij * cb * v, cb * v);
            MatrixProduct.Multiply(tauBlock, 0, wBlock, 0, ladder, 0, oo, cb * v, vv);
            Add(n2, ladder);
        }

        for (var i = 0; i < o; i++)
        for (var j = 0; j < o; j++)
        for (var a = 0; a < v; a++)
        for (var b = 0; b < v; b++) n2[T2(i, j, a, b)] /= _eo[i] + _eo[j] - _ev[a] - _ev[b];
    }

    /// <summary>Doubles of the W_vvvv block of one ladder step (32 MiB).</summary>
    internal const long LadderBlockDoubles = 4L << 20;

    /// <summary>Rows c of W_vvvv per ladder block: ⌊LadderBlockDoubles / v³⌋, at least 1, at most v.</summary>
    internal static int LadderBlockRows(int v) => (int)Math.Clamp(LadderBlockDoubles / Math.Max(1L, (long)v * v * v), 1, Math.Max(1, v));

    private static void Add(Span<double> target, double[] x)
    {
        for (var i = 0; i < target.Length; i++) target[i] += x[i];
    }

    /// <summary>The reused temporaries of <see cref="Update(double[], double[], Span{double}, Span{double})"/>.</summary>
    private sealed class Work(int o, int v, int ladderRows)
    {
        public readonly double[] Tau = new double[o * o * v * v];
        public readonly double[] TauT = new double[o * o * v * v];
        public readonly double[] TauA = new double[o * o * v * v];
        public readonly double[] Tmp = new double[o * o * v * v];
        public readonly double[] Tmp2 = new double[o * o * v * v];
        public readonly double[] Ladder = new double[o * o * v * v];
        public readonly double[] Wvoov = new double[o * v * o * v];
        public readonly double[] Wvovo = new double[o * v * o * v];
        public readonly double[] Ring0 = new double[o * v * o * v];
        public readonly double[] Ring1 = new double[o * v * o * v];
        public readonly double[] Ring2 = new double[o * v * o * v];
        public readonly double[] Ring3 = new double[o * v * o * v];
        public readonly double[] Foo = new double[o * o];
        public readonly double[] Fvv = new double[v * v];
        public readonly double[] Fov = new double[o * v];
        public readonly double[] Loo = new double[o * o];
        public readonly double[] LooT = new double[o * o];
        public readonly double[] Lvv = new double[v * v];
        public readonly double[] RowC = new double[v];
        public readonly double[] Woooo = new double[o * o * o * o];
        public readonly double[] WBlock = new double[(long)ladderRows * v * v * v];
        public readonly double[] TauBlock = new double[o * o * ladderRows * v];
    }
}
