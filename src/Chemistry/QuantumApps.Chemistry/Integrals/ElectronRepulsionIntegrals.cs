using QuantumApps.Chemistry.Basis;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Integrals;

/// <summary>
/// Two-electron repulsion integrals (μν|λσ) = ∫∫ φμ(1)φν(1) r12⁻¹ φλ(2)φσ(2) (chemists' notation) by
/// McMurchie–Davidson: (ab|cd) = Σ 2π^{5/2}/(pq√(p+q)) Σ_{tuv} E^{ab}_{tuv} Σ_{τνφ} (−1)^{τ+ν+φ} E^{cd}_{τνφ}
/// R_{t+τ,u+ν,v+φ}(pq/(p+q), P−Q). Each shell quartet is computed once for the canonical ordering
/// (P ≥ Q, R ≥ S, PQ ≥ RS) and scattered to all eight symmetric positions of the dense n⁴ array
/// (index ((μ n + ν) n + λ) n + σ).
/// <para>
/// Schwarz screening: by the Cauchy–Schwarz inequality of the Coulomb metric, |(μν|λσ)| ≤ √(μν|μν) √(λσ|λσ). With
/// Q_PQ = max over the functions μν of shell pair PQ of √|(μν|μν)| (one diagonal quartet per pair, computed first), a
/// quartet with Q_PQ·Q_RS &lt; threshold is skipped and its integrals left exactly 0, so every skipped integral is
/// smaller in magnitude than the threshold. Default <see cref="DefaultSchwarzThreshold"/> = 1e-12 (psi4's
/// ints_tolerance default); 0 computes every quartet.
/// </para>
/// </summary>
public static class ElectronRepulsionIntegrals
{
    /// <summary>Largest dense ERI array we allocate (bytes); larger requests are refused up front.</summary>
    public const long MaxBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>Default Schwarz threshold (hartree): quartets whose bound Q_PQ·Q_RS is below it are skipped.</summary>
    public const double DefaultSchwarzThreshold = 1e-12;

    /// <summary>Bytes of the dense n⁴ array for <paramref name="numFunctions"/> functions.</summary>
    public static long DenseBytes(int numFunctions) => (long)numFunctions * numFunctions * numFunctions * numFunctions * sizeof(double);

    /// <summary>Computes the dense AO ERI array for the basis with Schwarz screening at <see cref="DefaultSchwarzThreshold"/>.</summary>
    /// <exception cref="QuantumAppsException">The n⁴ array would exceed <see cref="MaxBytes"/> or the <see cref="MemoryGuard"/> budget.</exception>
    public static double[] Compute(MolecularBasis basis) => Compute(basis, DefaultSchwarzThreshold).Integrals;

    /// <summary>
    /// Computes the dense AO ERI array, skipping shell quartets with Schwarz bound Q_PQ·Q_RS &lt;
    /// <paramref name="schwarzThreshold"/> (0 = no screening), and counts the unique and the skipped quartets.
    /// </summary>
    /// <exception cref="QuantumAppsException">The n⁴ array would exceed <see cref="MaxBytes"/> or the <see cref="MemoryGuard"/> budget.</exception>
    public static EriComputation Compute(MolecularBasis basis, double schwarzThreshold)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (!(schwarzThreshold >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(schwarzThreshold), schwarzThreshold, "a threshold ≥ 0");
        }

        var n = basis.NumFunctions;
        MemoryGuard.EnsureFits(DenseBytes(n), $"basis '{basis.Name}' has {n} functions; the dense ERI array", capBytes: MaxBytes);

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

        var ws = new Workspace(basis.MaxAngularMomentum);
        var bound = SchwarzBounds(pairs, ws);
        long skipped = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                if (bound[i] * bound[j] < schwarzThreshold)
                {
                    skipped++;
                    continue;
                }

                var bra = pairs[i];
                var ket = pairs[j];
                var size = bra.ComponentPairs * ket.ComponentPairs;
                ComputeQuartet(bra, ket, ws.Block.AsSpan(0, size), ws.Work, ws.R, ws.M, ws.Tmp);
                Scatter(eri, n, bra, ket, ws.Block);
            }
        }

        var unique = (long)pairs.Count * (pairs.Count + 1) / 2;
        return new EriComputation(eri, n, schwarzThreshold, unique, skipped);
    }

    /// <summary>Q_PQ = max over the functions μν of the pair of √|(μν|μν)|, from the pair's diagonal quartet.</summary>
    private static double[] SchwarzBounds(List<ShellPair> pairs, Workspace ws)
    {
        var q = new double[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var nab = pair.ComponentPairs;
            var block = ws.Block.AsSpan(0, nab * nab);
            ComputeQuartet(pair, pair, block, ws.Work, ws.R, ws.M, ws.Tmp);
            var max = 0.0;
            for (var ab = 0; ab < nab; ab++)
            {
                max = Math.Max(max, Math.Abs(block[ab * nab + ab]));
            }

            q[i] = Math.Sqrt(max);
        }

        return q;
    }

    /// <summary>Scratch arrays of one thread, sized for the basis's highest angular momentum.</summary>
    private sealed class Workspace
    {
        public Workspace(int maxShellL)
        {
            var maxL = 2 * maxShellL;
            var maxH = HermiteIndex.Get(maxL).Count;
            var maxComp = (maxShellL + 1) * (maxShellL + 2) / 2;
            var maxPairComp = maxComp * maxComp;
            Work = new double[HermiteCoulomb.WorkSize(2 * maxL)];
            R = new double[HermiteCoulomb.OutputSize(2 * maxL)];
            M = new double[maxH * maxH];
            Tmp = new double[maxPairComp * maxH];
            Block = new double[maxPairComp * maxPairComp];
        }

        public double[] Work { get; }

        public double[] R { get; }

        public double[] M { get; }

        public double[] Tmp { get; }

        public double[] Block { get; }
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
