using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.Molecules;

namespace QuantumApps.Chemistry.Integrals;

/// <summary>
/// One-electron integrals over contracted Cartesian Gaussians by McMurchie–Davidson, returned as dense
/// row-major n×n arrays (element (μ,ν) at μ*n+ν):
/// overlap S_μν = ⟨μ|ν⟩ with 1D factors S_ij = E^{ij}_0 √(π/p);
/// kinetic T_μν = ⟨μ|−½∇²|ν⟩ with 1D factors T_ij = −2b² S_{i,j+2} + b(2j+1) S_ij − ½ j(j−1) S_{i,j−2};
/// nuclear attraction V_μν = Σ_C −Z_C ⟨μ|1/|r−C||ν⟩ = Σ_C −Z_C 2π/p Σ_{tuv} E^{μν}_{tuv} R_{tuv}(p, P−C).
/// </summary>
public static class OneElectronIntegrals
{
    /// <summary>Computes (S, T, V).</summary>
    public static (double[] Overlap, double[] Kinetic, double[] Nuclear) Compute(MolecularBasis basis, Molecule molecule)
    {
        var n = basis.NumFunctions;
        var s = new double[n * n];
        var t = new double[n * n];
        var v = new double[n * n];
        var shells = basis.Shells;
        var maxL = basis.MaxAngularMomentum;
        var esize = HermiteExpansion.Size(maxL, maxL + 2);
        var ex = new double[esize];
        var ey = new double[esize];
        var ez = new double[esize];
        var work = new double[HermiteCoulomb.WorkSize(2 * maxL)];
        var r = new double[HermiteCoulomb.OutputSize(2 * maxL) * molecule.Atoms.Count];
        foreach (var a in shells)
        {
            foreach (var b in shells)
            {
                if (b.FunctionOffset > a.FunctionOffset)
                {
                    continue;
                }

                AddShellPair(a, b, molecule, n, s, t, v, ex, ey, ez, work, r);
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                s[j * n + i] = s[i * n + j];
                t[j * n + i] = t[i * n + j];
                v[j * n + i] = v[i * n + j];
            }
        }

        return (s, t, v);
    }

    private static void AddShellPair(Shell a, Shell b, Molecule molecule, int n, double[] s, double[] t, double[] v,
        double[] ex, double[] ey, double[] ez, double[] work, double[] r)
    {
        var la = a.AngularMomentum;
        var lb = b.AngularMomentum;
        var jDim = lb + 3;
        var tDim = la + lb + 3;
        var l = la + lb;
        var d = l + 1;
        for (var i = 0; i < a.ExponentArray.Length; i++)
        {
            for (var j = 0; j < b.ExponentArray.Length; j++)
            {
                var ea = a.ExponentArray[i];
                var eb = b.ExponentArray[j];
                var p = ea + eb;
                var cc = a.CoefficientArray[i] * b.CoefficientArray[j];
                HermiteExpansion.Fill(la, lb + 2, ea, eb, a.X - b.X, ex);
                HermiteExpansion.Fill(la, lb + 2, ea, eb, a.Y - b.Y, ey);
                HermiteExpansion.Fill(la, lb + 2, ea, eb, a.Z - b.Z, ez);
                var sqrtPiP = Math.Sqrt(Math.PI / p);
                var px = (ea * a.X + eb * b.X) / p;
                var py = (ea * a.Y + eb * b.Y) / p;
                var pz = (ea * a.Z + eb * b.Z) / p;
                var rSize = d * d * d;
                for (var c = 0; c < molecule.Atoms.Count; c++)
                {
                    var atom = molecule.Atoms[c];
                    HermiteCoulomb.Fill(l, p, px - atom.XBohr, py - atom.YBohr, pz - atom.ZBohr, work, r.AsSpan(c * rSize, rSize));
                }

                for (var ca = 0; ca < a.Size; ca++)
                {
                    var (ax, ay, az) = a.Components[ca];
                    var mu = a.FunctionOffset + ca;
                    for (var cb = 0; cb < b.Size; cb++)
                    {
                        var nu = b.FunctionOffset + cb;
                        if (nu > mu)
                        {
                            continue;
                        }

                        var (bx, by, bz) = b.Components[cb];
                        var scale = cc * a.ComponentScale[ca] * b.ComponentScale[cb];
                        var sx = Overlap1D(ex, ax, bx, jDim, tDim, sqrtPiP);
                        var sy = Overlap1D(ey, ay, by, jDim, tDim, sqrtPiP);
                        var sz = Overlap1D(ez, az, bz, jDim, tDim, sqrtPiP);
                        var tx = Kinetic1D(ex, ax, bx, eb, jDim, tDim, sqrtPiP);
                        var ty = Kinetic1D(ey, ay, by, eb, jDim, tDim, sqrtPiP);
                        var tz = Kinetic1D(ez, az, bz, eb, jDim, tDim, sqrtPiP);
                        s[mu * n + nu] += scale * sx * sy * sz;
                        t[mu * n + nu] += scale * (tx * sy * sz + sx * ty * sz + sx * sy * tz);
                        var vsum = 0.0;
                        for (var c = 0; c < molecule.Atoms.Count; c++)
                        {
                            var ro = c * rSize;
                            var acc = 0.0;
                            for (var tt = 0; tt <= ax + bx; tt++)
                            {
                                var etx = ex[(ax * jDim + bx) * tDim + tt];
                                for (var uu = 0; uu <= ay + by; uu++)
                                {
                                    var ety = ey[(ay * jDim + by) * tDim + uu];
                                    for (var vv = 0; vv <= az + bz; vv++)
                                    {
                                        acc += etx * ety * ez[(az * jDim + bz) * tDim + vv] * r[ro + (tt * d + uu) * d + vv];
                                    }
                                }
                            }

                            vsum -= molecule.Atoms[c].AtomicNumber * acc;
                        }

                        v[mu * n + nu] += scale * 2 * Math.PI / p * vsum;
                    }
                }
            }
        }
    }

    private static double Overlap1D(double[] e, int i, int j, int jDim, int tDim, double sqrtPiP) =>
        e[(i * jDim + j) * tDim] * sqrtPiP;

    private static double Kinetic1D(double[] e, int i, int j, double b, int jDim, int tDim, double sqrtPiP)
    {
        var value = -2 * b * b * Overlap1D(e, i, j + 2, jDim, tDim, sqrtPiP)
            + b * (2 * j + 1) * Overlap1D(e, i, j, jDim, tDim, sqrtPiP);
        if (j >= 2)
        {
            value -= 0.5 * j * (j - 1) * Overlap1D(e, i, j - 2, jDim, tDim, sqrtPiP);
        }

        return value;
    }
}
