namespace QuantumApps.Optimizers;

/// <summary>
/// COBYLA's interpolation set: n+1 vertices and values, the pole (lowest value), the inverse of the edge
/// matrix D (row k = x_k − x_pole) and the gradient g of the interpolating linear model (D g = f_k − f_pole).
/// </summary>
internal sealed class CobylaSimplex
{
    /// <summary>Pivot below this fraction of the largest edge component means D is numerically singular.</summary>
    private const double SingularPivot = 1e-14;

    private readonly int[] _others;
    private readonly double[,] _work;

    public CobylaSimplex(int n)
    {
        N = n;
        Vertices = new double[n + 1][];
        for (int j = 0; j <= n; j++)
        {
            Vertices[j] = new double[n];
        }

        Values = new double[n + 1];
        Inverse = new double[n, n];
        Gradient = new double[n];
        _others = new int[n];
        _work = new double[n, 2 * n];
    }

    public int N { get; }

    public double[][] Vertices { get; }

    public double[] Values { get; }

    public int Pole { get; private set; }

    /// <summary>D^{-1}, where row k of D is x_{others[k]} − x_pole.</summary>
    public double[,] Inverse { get; }

    public double[] Gradient { get; }

    public int OtherIndex(int vertex) => Array.IndexOf(_others, vertex);

    public void Swap(int a, int b)
    {
        (Vertices[a], Vertices[b]) = (Vertices[b], Vertices[a]);
        (Values[a], Values[b]) = (Values[b], Values[a]);
    }

    /// <summary>Chooses the pole (lowest value), inverts D and solves for the model gradient; false if D is singular.</summary>
    public bool Factor()
    {
        int pole = 0;
        for (int j = 1; j <= N; j++)
        {
            if (Values[j] < Values[pole])
            {
                pole = j;
            }
        }

        Pole = pole;
        for (int j = 0, k = 0; j <= N; j++)
        {
            if (j != pole)
            {
                _others[k++] = j;
            }
        }

        double scale = 0;
        for (int r = 0; r < N; r++)
        {
            double[] x = Vertices[_others[r]];
            for (int c = 0; c < N; c++)
            {
                double e = x[c] - Vertices[pole][c];
                _work[r, c] = e;
                _work[r, N + c] = r == c ? 1.0 : 0.0;
                scale = Math.Max(scale, Math.Abs(e));
            }
        }

        if (!GaussJordan(scale))
        {
            return false;
        }

        for (int i = 0; i < N; i++)
        {
            double gi = 0;
            for (int k = 0; k < N; k++)
            {
                gi += Inverse[i, k] * (Values[_others[k]] - Values[pole]);
            }

            Gradient[i] = gi;
        }

        return true;
    }

    public double ModelGradientNorm()
    {
        double sum = 0;
        for (int i = 0; i < N; i++)
        {
            sum += Gradient[i] * Gradient[i];
        }

        return Math.Sqrt(sum);
    }

    /// <summary>
    /// Index of a vertex violating acceptability (farthest vertex beyond β ρ first, else the one
    /// closest to its opposite face below α ρ), or −1 when the simplex is acceptable.
    /// </summary>
    public int WorstVertex(double rho, double beta, double alpha)
    {
        int far = -1, flat = -1;
        double maxEta = beta * rho, minSigma = alpha * rho;
        for (int k = 0; k < N; k++)
        {
            double eta = 0, colNorm = 0;
            double[] x = Vertices[_others[k]];
            for (int i = 0; i < N; i++)
            {
                double e = x[i] - Vertices[Pole][i];
                eta += e * e;
                colNorm += Inverse[i, k] * Inverse[i, k];
            }

            eta = Math.Sqrt(eta);
            double sigma = 1.0 / Math.Sqrt(colNorm);
            if (eta > maxEta)
            {
                maxEta = eta;
                far = _others[k];
            }

            if (sigma < minSigma)
            {
                minSigma = sigma;
                flat = _others[k];
            }
        }

        return far >= 0 ? far : flat;
    }

    /// <summary>Inserts the trust-region trial point y = x_pole + d, replacing the vertex Powell's rule selects.</summary>
    public void AcceptTrial(double[] y, double fy, double rho)
    {
        bool improved = fy < Values[Pole];
        double bestScore = improved ? 0.0 : 1.0;
        int drop = -1;
        for (int k = 0; k < N; k++)
        {
            double lambda = 0, dist = 0;
            double[] x = Vertices[_others[k]];
            for (int i = 0; i < N; i++)
            {
                lambda += (y[i] - Vertices[Pole][i]) * Inverse[i, k];
                dist += (x[i] - y[i]) * (x[i] - y[i]);
            }

            double score = Math.Abs(lambda);
            if (improved)
            {
                score *= Math.Max(1.0, dist / (rho * rho));
            }

            if (score > bestScore)
            {
                bestScore = score;
                drop = _others[k];
            }
        }

        if (drop >= 0)
        {
            y.CopyTo(Vertices[drop], 0);
            Values[drop] = fy;
        }
    }

    private bool GaussJordan(double scale)
    {
        int n = N;
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++)
            {
                if (Math.Abs(_work[r, col]) > Math.Abs(_work[pivot, col]))
                {
                    pivot = r;
                }
            }

            double p = _work[pivot, col];
            if (!(Math.Abs(p) > SingularPivot * scale))
            {
                return false;
            }

            if (pivot != col)
            {
                for (int c = 0; c < 2 * n; c++)
                {
                    (_work[pivot, c], _work[col, c]) = (_work[col, c], _work[pivot, c]);
                }
            }

            for (int c = 0; c < 2 * n; c++)
            {
                _work[col, c] /= p;
            }

            for (int r = 0; r < n; r++)
            {
                if (r == col)
                {
                    continue;
                }

                double factor = _work[r, col];
                if (factor != 0)
                {
                    for (int c = 0; c < 2 * n; c++)
                    {
                        _work[r, c] -= factor * _work[col, c];
                    }
                }
            }
        }

        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                Inverse[r, c] = _work[r, n + c];
            }
        }

        return true;
    }
}
