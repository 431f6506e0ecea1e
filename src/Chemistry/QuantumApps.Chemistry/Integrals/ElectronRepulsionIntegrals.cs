using QuantumApps.Chemistry.Basis;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Integrals;

/// <summary>
/// Two-electron repulsion integrals (μν|λσ) = ∫∫ φμ(1)φν(1) r12⁻¹ φλ(2)φσ(2) (chemists' notation) by
/// McMurchie–Davidson: (ab|cd) = Σ 2π^{5/2}/(pq√(p+q)) Σ_{tuv} E^{ab}_{tuv} Σ_{τνφ} (−1)^{τ+ν+φ} E^{cd}_{τνφ}
/// R_{t+τ,u+ν,v+φ}(pq/(p+q), P−Q). Each shell quartet is computed once for the canonical ordering
/// (P ≥ Q, R ≥ S, PQ ≥ RS) and scattered to all eight symmetric positions of the dense n⁴ array
/// (index ((μ n + ν) n + λ) n + σ).
/// </summary>
public static class ElectronRepulsionIntegrals
{
    /// <summary>Largest dense ERI array we allocate (bytes); larger requests are refused up front.</summary>
    public const long MaxBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>Computes the dense AO ERI array for the basis.</summary>
    /// <exception cref="QuantumAppsException">The n⁴ array would exceed <see cref="MaxBytes"/> or the <see cref="MemoryGuard"/> budget.</exception>
    public static double[] Compute(MolecularBasis basis)
    {
        var n = basis.NumFunctions;
        var bytes = (long)n * n * n * n * sizeof(double);
        MemoryGuard.EnsureFits(bytes, $"basis '{basis.Name}' has {n} functions; the dense ERI array", capBytes: MaxBytes);

        var eri = new double[(long)n * n * n * n];
        var shells = basis.Shells;
        var ns = shells.Count;
        var pairs = new List<ShellPair>();
        for (var p = 0; p < ns; p++)
        {
            for (var q = 0; q <= p; q++)
            {
                pairs.Add(new ShellPair(shells[p], shells[q]));
            }
        }

        var maxL = 2 * basis.MaxAngularMomentum;
        var maxH = HermiteIndex.Get(maxL).Count;
        var maxComp = (basis.MaxAngularMomentum + 1) * (basis.MaxAngularMomentum + 2) / 2;
        var maxPairComp = maxComp * maxComp;
        var work = new double[HermiteCoulomb.WorkSize(2 * maxL)];
        var r = new double[HermiteCoulomb.OutputSize(2 * maxL)];
        var m = new double[maxH * maxH];
        var tmp = new double[maxPairComp * maxH];
        var block = new double[maxPairComp * maxPairComp];
        for (var i = 0; i < pairs.Count; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var bra = pairs[i];
                var ket = pairs[j];
                var size = bra.ComponentPairs * ket.ComponentPairs;
                ComputeQuartet(bra, ket, block.AsSpan(0, size), work, r, m, tmp);
                Scatter(eri, n, bra, ket, block);
            }
        }

        return eri;
    }

    /// <summary>Computes one shell-quartet block [(αβ) of bra][(γδ) of ket].</summary>
    internal static void ComputeQuartet(ShellPair bra, ShellPair ket, Span<double> block,
        Span<double> work, Span<double> r, Span<double> m, Span<double> tmp)
    {
        block.Clear();
        var l = bra.L + ket.L;
        var d = l + 1;
        var hb = bra.Hermite;
        var hk = ket.Hermite;
        var nh1 = hb.Count;
        var nh2 = hk.Count;
        var nab = bra.ComponentPairs;
        var ncd = ket.ComponentPairs;
        var twoPi52 = 2 * Math.Pow(Math.PI, 2.5);
        for (var k1 = 0; k1 < bra.PrimitivePairs; k1++)
        {
            var p = bra.P[k1];
            var eb = bra.Coefficients.AsSpan(k1 * nab * nh1, nab * nh1);
            for (var k2 = 0; k2 < ket.PrimitivePairs; k2++)
            {
                var q = ket.P[k2];
                var ek = ket.Coefficients.AsSpan(k2 * ncd * nh2, ncd * nh2);
                var alpha = p * q / (p + q);
                var pref = twoPi52 / (p * q * Math.Sqrt(p + q));
                HermiteCoulomb.Fill(l, alpha, bra.Px[k1] - ket.Px[k2], bra.Py[k1] - ket.Py[k2], bra.Pz[k1] - ket.Pz[k2], work, r);
                for (var h1 = 0; h1 < nh1; h1++)
                {
                    var (t, u, v) = hb[h1];
                    for (var h2 = 0; h2 < nh2; h2++)
                    {
                        var (tt, uu, vv) = hk[h2];
                        var val = r[((t + tt) * d + u + uu) * d + v + vv];
                        m[h1 * nh2 + h2] = ((tt + uu + vv) & 1) == 0 ? val : -val;
                    }
                }

                for (var ab = 0; ab < nab; ab++)
                {
                    var row = eb.Slice(ab * nh1, nh1);
                    var trow = tmp.Slice(ab * nh2, nh2);
                    trow.Clear();
                    for (var h1 = 0; h1 < nh1; h1++)
                    {
                        var c = row[h1];
                        if (c == 0)
                        {
                            continue;
                        }

                        var mrow = m.Slice(h1 * nh2, nh2);
                        for (var h2 = 0; h2 < nh2; h2++)
                        {
                            trow[h2] += c * mrow[h2];
                        }
                    }

                    for (var cd = 0; cd < ncd; cd++)
                    {
                        var krow = ek.Slice(cd * nh2, nh2);
                        var s = 0.0;
                        for (var h2 = 0; h2 < nh2; h2++)
                        {
                            s += trow[h2] * krow[h2];
                        }

                        block[ab * ncd + cd] += pref * s;
                    }
                }
            }
        }
    }

    private static void Scatter(double[] eri, int n, ShellPair bra, ShellPair ket, double[] block)
    {
        var oa = bra.A.FunctionOffset;
        var ob = bra.B.FunctionOffset;
        var oc = ket.A.FunctionOffset;
        var od = ket.B.FunctionOffset;
        var sb = bra.B.Size;
        var sc = ket.A.Size;
        var sd = ket.B.Size;
        var ncd = sc * sd;
        long nn = n;
        for (var a = 0; a < bra.A.Size; a++)
        {
            for (var b = 0; b < sb; b++)
            {
                long mu = oa + a;
                long nu = ob + b;
                for (var c = 0; c < sc; c++)
                {
                    for (var dd = 0; dd < sd; dd++)
                    {
                        long la = oc + c;
                        long si = od + dd;
                        var v = block[(a * sb + b) * ncd + c * sd + dd];
                        eri[((mu * nn + nu) * nn + la) * nn + si] = v;
                        eri[((nu * nn + mu) * nn + la) * nn + si] = v;
                        eri[((mu * nn + nu) * nn + si) * nn + la] = v;
                        eri[((nu * nn + mu) * nn + si) * nn + la] = v;
                        eri[((la * nn + si) * nn + mu) * nn + nu] = v;
                        eri[((si * nn + la) * nn + mu) * nn + nu] = v;
                        eri[((la * nn + si) * nn + nu) * nn + mu] = v;
                        eri[((si * nn + la) * nn + nu) * nn + mu] = v;
                    }
                }
            }
        }
    }
}
