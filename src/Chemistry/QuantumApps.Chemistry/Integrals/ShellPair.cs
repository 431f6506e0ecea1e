using QuantumApps.Chemistry.Basis;

namespace QuantumApps.Chemistry.Integrals;

/// <summary>
/// Precomputed data of a shell pair (A, B) for Coulomb-type integrals: per primitive pair k the exponent
/// p = a+b, centre P = (aA+bB)/p and, for each component pair (α of A, β of B; index α*nB+β), the Hermite
/// coefficients E^{αβ}_{tuv} = c_a c_b s_α s_β E^{x}_t E^{y}_u E^{z}_v over the Hermite index list of order
/// ≤ la+lb (see <see cref="HermiteIndex"/>). Negligible primitive pairs (|prefactor| &lt; 1e-18) are dropped.
/// </summary>
internal sealed class ShellPair
{
    public ShellPair(Shell a, Shell b)
    {
        A = a;
        B = b;
        L = a.AngularMomentum + b.AngularMomentum;
        Hermite = HermiteIndex.Get(L);
        var nh = Hermite.Count;
        var nab = a.Size * b.Size;
        var la = a.AngularMomentum;
        var lb = b.AngularMomentum;
        var esize = HermiteExpansion.Size(la, lb);
        Span<double> ex = stackalloc double[esize];
        Span<double> ey = stackalloc double[esize];
        Span<double> ez = stackalloc double[esize];
        var tDim = la + lb + 1;
        var ps = new List<double>();
        var px = new List<double>();
        var py = new List<double>();
        var pz = new List<double>();
        var coefs = new List<double>();
        for (var i = 0; i < a.ExponentArray.Length; i++)
        {
            for (var j = 0; j < b.ExponentArray.Length; j++)
            {
                var ea = a.ExponentArray[i];
                var eb = b.ExponentArray[j];
                var p = ea + eb;
                var ab2 = (a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y) + (a.Z - b.Z) * (a.Z - b.Z);
                var cc = a.CoefficientArray[i] * b.CoefficientArray[j];
                if (Math.Abs(cc * Math.Exp(-ea * eb / p * ab2)) < 1e-18)
                {
                    continue;
                }

                HermiteExpansion.Fill(la, lb, ea, eb, a.X - b.X, ex);
                HermiteExpansion.Fill(la, lb, ea, eb, a.Y - b.Y, ey);
                HermiteExpansion.Fill(la, lb, ea, eb, a.Z - b.Z, ez);
                ps.Add(p);
                px.Add((ea * a.X + eb * b.X) / p);
                py.Add((ea * a.Y + eb * b.Y) / p);
                pz.Add((ea * a.Z + eb * b.Z) / p);
                for (var ca = 0; ca < a.Size; ca++)
                {
                    var (ax, ay, az) = a.Components[ca];
                    for (var cb = 0; cb < b.Size; cb++)
                    {
                        var (bx, by, bz) = b.Components[cb];
                        var scale = cc * a.ComponentScale[ca] * b.ComponentScale[cb];
                        var ox = (ax * (lb + 1) + bx) * tDim;
                        var oy = (ay * (lb + 1) + by) * tDim;
                        var oz = (az * (lb + 1) + bz) * tDim;
                        for (var h = 0; h < nh; h++)
                        {
                            var (t, u, v) = Hermite[h];
                            coefs.Add(scale * ex[ox + t] * ey[oy + u] * ez[oz + v]);
                        }
                    }
                }
            }
        }

        P = ps.ToArray();
        Px = px.ToArray();
        Py = py.ToArray();
        Pz = pz.ToArray();
        Coefficients = coefs.ToArray();
        ComponentPairs = nab;
    }

    public Shell A { get; }

    public Shell B { get; }

    /// <summary>la + lb.</summary>
    public int L { get; }

    /// <summary>Hermite (t,u,v) list of order ≤ L.</summary>
    public IReadOnlyList<(int T, int U, int V)> Hermite { get; }

    public double[] P { get; }

    public double[] Px { get; }

    public double[] Py { get; }

    public double[] Pz { get; }

    /// <summary>Layout [k][αβ][h].</summary>
    public double[] Coefficients { get; }

    public int ComponentPairs { get; }

    public int PrimitivePairs => P.Length;
}
