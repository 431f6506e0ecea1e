namespace QuantumApps.Optimizers;

/// <summary>
/// The m most recent correction pairs s_k = x_{k+1} − x_k, y_k = g_{k+1} − g_k of L-BFGS and the two-loop
/// recursion (Nocedal &amp; Wright 2006, Algorithm 7.4) that applies the inverse-Hessian approximation H_k to a
/// vector, with H_k⁰ = γI, γ = sᵀy/yᵀy of the newest pair (eq. 7.20). A pair with sᵀy ≤ ε|s||y| (ε = 1e-10) is
/// skipped so that H_k stays positive definite.
/// </summary>
internal sealed class LbfgsMemory
{
    /// <summary>Relative curvature sᵀy/(|s||y|) below which a pair is not stored.</summary>
    private const double MinCurvature = 1e-10;

    private readonly double[][] _s;
    private readonly double[][] _y;
    private readonly double[] _rho;
    private readonly double[] _alpha;
    private int _count;
    private int _newest = -1;

    public LbfgsMemory(int dimension, int memory)
    {
        int m = Math.Max(1, memory);
        _s = new double[m][];
        _y = new double[m][];
        for (int i = 0; i < m; i++)
        {
            _s[i] = new double[dimension];
            _y[i] = new double[dimension];
        }

        _rho = new double[m];
        _alpha = new double[m];
    }

    /// <summary>True when no pair is stored (the direction is then steepest descent).</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>Forgets all pairs.</summary>
    public void Clear()
    {
        _count = 0;
        _newest = -1;
    }

    /// <summary>Stores s = xNew − xOld and y = gNew − gOld unless sᵀy ≤ ε|s||y|.</summary>
    public void Push(ReadOnlySpan<double> xOld, ReadOnlySpan<double> xNew, ReadOnlySpan<double> gOld, ReadOnlySpan<double> gNew)
    {
        double sy = 0, ss = 0, yy = 0;
        for (int i = 0; i < xOld.Length; i++)
        {
            double si = xNew[i] - xOld[i], yi = gNew[i] - gOld[i];
            sy += si * yi;
            ss += si * si;
            yy += yi * yi;
        }

        if (!(sy > MinCurvature * Math.Sqrt(ss * yy)))
        {
            return;
        }

        int slot = (_newest + 1) % _s.Length;
        double[] s = _s[slot], y = _y[slot];
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = xNew[i] - xOld[i];
            y[i] = gNew[i] - gOld[i];
        }

        _rho[slot] = 1 / sy;
        _newest = slot;
        _count = Math.Min(_count + 1, _s.Length);
    }

    /// <summary>Writes d = −H_k g.</summary>
    public void Direction(ReadOnlySpan<double> g, Span<double> d)
    {
        for (int i = 0; i < d.Length; i++)
        {
            d[i] = -g[i];
        }

        if (_count == 0)
        {
            return;
        }

        int m = _s.Length;
        for (int k = 0; k < _count; k++)
        {
            int slot = (_newest - k + m) % m;
            _alpha[slot] = _rho[slot] * WolfeLineSearch.Dot(_s[slot], d);
            Axpy(-_alpha[slot], _y[slot], d);
        }

        double[] yNewest = _y[_newest];
        double gamma = 1 / (_rho[_newest] * WolfeLineSearch.Dot(yNewest, yNewest));
        for (int i = 0; i < d.Length; i++)
        {
            d[i] *= gamma;
        }

        for (int k = _count - 1; k >= 0; k--)
        {
            int slot = (_newest - k + m) % m;
            double beta = _rho[slot] * WolfeLineSearch.Dot(_y[slot], d);
            Axpy(_alpha[slot] - beta, _s[slot], d);
        }
    }

    private static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < y.Length; i++)
        {
            y[i] += a * x[i];
        }
    }
}
