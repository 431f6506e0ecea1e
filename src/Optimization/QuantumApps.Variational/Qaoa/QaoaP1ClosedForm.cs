using System.Numerics;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// The depth-1 QAOA expectation in closed form for a cost of Ising order ≤ 2 (MaxCut, any QUBO, the TSP one-hot QUBO),
/// with the transverse-field mixer and the |+⟩^n start. Write the diagonal as
/// C(z) = c₀ + Σ_u h_u z_u + Σ_{u&lt;v} J_uv z_u z_v (z_q = 1 − 2b_q = ±1, read off its Walsh–Hadamard transform). With
/// U_C = e^{−iγC}, U_B = e^{−iβΣX} and P_u = Π_{w≠u} cos 2γJ_uw (products over w ≠ u, v where v is named):
/// <code>
/// ⟨Z_u⟩    = sin 2β · sin 2γh_u · P_u
/// ⟨Z_uZ_v⟩ = (sin 4β / 2) · sin 2γJ_uv · [cos 2γh_u Π_{w≠u,v} cos 2γJ_uw + cos 2γh_v Π_{w≠u,v} cos 2γJ_vw]
///          + (sin² 2β / 2) · [cos 2γ(h_u − h_v) Π_{w≠u,v} cos 2γ(J_uw − J_vw) − cos 2γ(h_u + h_v) Π_{w≠u,v} cos 2γ(J_uw + J_vw)]
/// </code>
/// (Heisenberg picture: e^{iβX} Z e^{−iβX} = cos 2β Z + sin 2β Y, then e^{iγC} Y_u e^{−iγC} = e^{2iγZ_uK_u}Y_u with K_u the
/// part of C multiplying Z_u, averaged over the uniform z of |+⟩; the h = 0 case is Wang, Hadfield, Jiang, Rieffel,
/// PRA 97, 022304 (2018), and Ozaeta, van Dam, McMahon, QST 7, 045036 (2022) for fields.) So
/// ⟨C⟩ = c₀ + sin 2β·L(γ) + (sin 4β/2)·A(γ) + sin² 2β·B(γ): one γ costs O(m·n) (m couplings, n qubits) and every β of
/// it O(1), against O(n·2^n) for one simulator evaluation. Used by the p = 1 grid of <see cref="QaoaAngleStrategy.Grid"/>
/// (checked against the simulator in the tests).
/// </summary>
public sealed class QaoaP1ClosedForm
{
    private readonly int _n;
    private readonly double _constant;
    private readonly double[] _h;
    private readonly double[] _j;
    private readonly (int U, int V)[] _pairs;

    private QaoaP1ClosedForm(int n, double constant, double[] h, double[] j, (int U, int V)[] pairs)
    {
        _n = n;
        _constant = constant;
        _h = h;
        _j = j;
        _pairs = pairs;
    }

    /// <summary>Number of qubits.</summary>
    public int Qubits => _n;

    /// <summary>Number of non-zero couplings J_uv.</summary>
    public int Couplings => _pairs.Length;

    /// <summary>
    /// The Ising form of <paramref name="cost"/>: its dense diagonal through <see cref="TryCreate(ReadOnlySpan{double})"/>,
    /// or, for the Walsh form C = Σ_S w_S Z_S, the weights themselves (w_∅ the constant, w_{u} the fields h_u, w_{uv} the
    /// couplings J_uv); null when a term acts on three or more qubits.
    /// </summary>
    public static QaoaP1ClosedForm? TryCreate(QaoaCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        if (cost.IsDense)
        {
            return TryCreate(cost.Dense);
        }

        int n = cost.NumQubits;
        double constant = 0;
        var h = new double[n];
        var j = new double[n * n];
        foreach (var (mask, w) in cost.WalshTerms)
        {
            switch (BitOperations.PopCount(mask))
            {
                case 0:
                    constant += w;
                    break;
                case 1:
                    h[BitOperations.TrailingZeroCount(mask)] += w;
                    break;
                case 2:
                    int u = BitOperations.TrailingZeroCount(mask), v = 63 - BitOperations.LeadingZeroCount(mask);
                    j[u * n + v] += w;
                    j[v * n + u] += w;
                    break;
                default:
                    if (w != 0)
                    {
                        return null;
                    }

                    break;
            }
        }

        var pairs = new List<(int, int)>();
        for (int u = 0; u < n; u++)
        {
            for (int v = u + 1; v < n; v++)
            {
                if (j[u * n + v] != 0)
                {
                    pairs.Add((u, v));
                }
            }
        }

        return new QaoaP1ClosedForm(n, constant, h, j, pairs.ToArray());
    }

    /// <summary>
    /// The Ising form of <paramref name="costDiagonal"/> (length 2^n), or null when the cost has a term of order ≥ 3
    /// (a Walsh–Hadamard coefficient of three or more qubits above 1e-9 of the largest one). One transform of a 2^n copy.
    /// </summary>
    public static QaoaP1ClosedForm? TryCreate(ReadOnlySpan<double> costDiagonal)
    {
        int length = costDiagonal.Length;
        if (length < 2 || !BitOperations.IsPow2(length))
        {
            return null;
        }

        int n = BitOperations.Log2((uint)length);
        var c = QaoaCostScale.WalshHadamard(costDiagonal);
        double largest = 0;
        for (int s = 1; s < length; s++)
        {
            largest = Math.Max(largest, Math.Abs(c[s]));
        }

        double threshold = 1e-9 * largest;
        for (int s = 1; s < length; s++)
        {
            if (BitOperations.PopCount((uint)s) > 2 && Math.Abs(c[s]) > threshold)
            {
                return null;
            }
        }

        var h = new double[n];
        var j = new double[n * n];
        var pairs = new List<(int, int)>();
        for (int u = 0; u < n; u++)
        {
            double hu = c[1 << u] / length;
            h[u] = Math.Abs(c[1 << u]) > threshold ? hu : 0;
            for (int v = u + 1; v < n; v++)
            {
                double x = c[(1 << u) | (1 << v)];
                if (Math.Abs(x) > threshold)
                {
                    j[u * n + v] = j[v * n + u] = x / length;
                    pairs.Add((u, v));
                }
            }
        }

        return new QaoaP1ClosedForm(n, c[0] / length, h, j, pairs.ToArray());
    }

    /// <summary>(c₀, L, A, B) at γ, so that ⟨C⟩(γ, β) = c₀ + sin 2β·L + (sin 4β/2)·A + sin² 2β·B (see the class remarks).</summary>
    public (double Constant, double L, double A, double B) Terms(double gamma)
    {
        int n = _n;
        var cosJ = new double[n * n];
        for (int k = 0; k < cosJ.Length; k++)
        {
            cosJ[k] = Math.Cos(2 * gamma * _j[k]);
        }

        double l = 0;
        for (int u = 0; u < n; u++)
        {
            if (_h[u] == 0)
            {
                continue;
            }

            double pu = 1;
            for (int w = 0; w < n; w++)
            {
                if (w != u)
                {
                    pu *= cosJ[u * n + w];
                }
            }

            l += _h[u] * Math.Sin(2 * gamma * _h[u]) * pu;
        }

        double a = 0, b = 0;
        foreach (var (u, v) in _pairs)
        {
            double pu = 1, pv = 1, plus = 1, minus = 1;
            for (int w = 0; w < n; w++)
            {
                if (w == u || w == v)
                {
                    continue;
                }

                double ju = _j[u * n + w], jv = _j[v * n + w];
                pu *= cosJ[u * n + w];
                pv *= cosJ[v * n + w];
                if (ju != 0 || jv != 0)
                {
                    plus *= Math.Cos(2 * gamma * (ju + jv));
                    minus *= Math.Cos(2 * gamma * (ju - jv));
                }
            }

            double juv = _j[u * n + v], hu = _h[u], hv = _h[v];
            a += juv * Math.Sin(2 * gamma * juv) * (Math.Cos(2 * gamma * hu) * pu + Math.Cos(2 * gamma * hv) * pv);
            b += juv * 0.5 * (Math.Cos(2 * gamma * (hu - hv)) * minus - Math.Cos(2 * gamma * (hu + hv)) * plus);
        }

        return (_constant, l, a, b);
    }

    /// <summary>⟨C⟩ after one layer at (γ, β), in the driver's convention (raw γ, not normalised).</summary>
    public double Expectation(double gamma, double beta) => Combine(Terms(gamma), beta);

    /// <summary>⟨C⟩ from the γ terms and β.</summary>
    public static double Combine((double Constant, double L, double A, double B) terms, double beta)
    {
        double s2 = Math.Sin(2 * beta);
        return terms.Constant + s2 * terms.L + 0.5 * Math.Sin(4 * beta) * terms.A + s2 * s2 * terms.B;
    }
}
