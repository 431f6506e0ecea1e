using MathNet.Numerics.LinearAlgebra;

namespace QuantumApps.Chemistry.Numerics;

/// <summary>
/// Pulay's direct inversion in the iterative subspace (DIIS; P. Pulay, Chem. Phys. Lett. 73, 393 (1980)), shared by
/// the RHF and CCSD drivers. From the last m iterates x_i (Fock matrices, amplitude vectors) and their error vectors
/// e_i it returns x = Σ_i c_i x_i with the c minimising |Σ_i c_i e_i|² subject to Σ_i c_i = 1, i.e. the solution of
/// the bordered system [B −1; −1ᵀ 0][c; λ] = [0; −1] with B_ij = ⟨e_i, e_j⟩, B scaled to a largest diagonal of 1
/// (c does not depend on the scale) and solved by a truncated SVD (<see cref="SingularValueCut"/>), so a singular B
/// still gives the minimum-norm least-squares c. Falls back to the newest iterate when fewer than two are stored, when B has a non-finite
/// or huge diagonal (diverging iterates), when the solve fails or when c is not finite. Iterates and errors are
/// flat vectors (a matrix enters in column-major order).
/// </summary>
internal sealed class Diis
{
    /// <summary>
    /// Largest ⟨e_i, e_i⟩ taken into the system: diverging CCSD amplitudes make |e|² overflow or reach ~1e120, on
    /// which MathNet's SVD does not return; above 1e100 (changes of 1e50, far past any solution) the newest iterate is
    /// returned and the caller's divergence test takes over.
    /// </summary>
    internal const double LargestErrorSquare = 1e100;

    private readonly int _capacity;
    private readonly List<double[]> _iterates = [];
    private readonly List<double[]> _errors = [];

    /// <summary>A DIIS history that keeps the last <paramref name="capacity"/> (≥ 1) iterate/error pairs.</summary>
    public Diis(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Number of stored pairs.</summary>
    public int Count => _iterates.Count;

    /// <summary>
    /// Stores (<paramref name="iterate"/>, <paramref name="error"/>), dropping the oldest pair beyond the capacity, and
    /// returns the extrapolated iterate. The arrays are kept, not copied: the caller must not change them afterwards.
    /// </summary>
    public double[] Push(double[] iterate, double[] error)
    {
        _iterates.Add(iterate);
        _errors.Add(error);
        if (_iterates.Count > _capacity)
        {
            _iterates.RemoveAt(0);
            _errors.RemoveAt(0);
        }

        return Extrapolate(_iterates, _errors);
    }

    /// <summary>Σ_i c_i x_i with c from <see cref="Coefficients"/>, or the newest iterate when there is no usable c.</summary>
    public static double[] Extrapolate(IReadOnlyList<double[]> iterates, IReadOnlyList<double[]> errors)
    {
        var c = Coefficients(errors);
        if (c is null)
        {
            return iterates[^1];
        }

        var result = new double[iterates[0].Length];
        for (var i = 0; i < c.Length; i++)
        {
            var xi = iterates[i];
            var ci = c[i];
            for (var k = 0; k < result.Length; k++)
            {
                result[k] += ci * xi[k];
            }
        }

        return result;
    }

    /// <summary>
    /// The DIIS coefficients c (Σ c_i = 1) for the error vectors, or null when there are fewer than two or the
    /// system is unusable (non-finite or huge B, failed SVD, non-finite c or λ).
    /// </summary>
    public static double[]? Coefficients(IReadOnlyList<double[]> errors)
    {
        var m = errors.Count;
        if (m < 2)
        {
            return null;
        }

        var b = Matrix<double>.Build.Dense(m + 1, m + 1);
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var dot = Dot(errors[i], errors[j]);
                b[i, j] = dot;
                b[j, i] = dot;
            }

            b[i, m] = -1;
            b[m, i] = -1;
        }

        var scale = 0.0;
        for (var i = 0; i < m; i++)
        {
            if (!double.IsFinite(b[i, i]) || b[i, i] > LargestErrorSquare)
            {
                return null;
            }

            scale = Math.Max(scale, b[i, i]);
        }

        // Scale B to a largest diagonal of 1 (c is unchanged, only λ scales): near convergence ⟨e, e⟩ is ~1e-16
        // next to the border's 1, and the unscaled SVD treats B as numerically zero.
        if (scale > 0)
        {
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    b[i, j] /= scale;
                }
            }
        }

        var rhs = Vector<double>.Build.Dense(m + 1);
        rhs[m] = -1;
        Vector<double> solution;
        try
        {
            solution = PseudoInverseSolve(b, rhs);
        }
        catch (MathNet.Numerics.NonConvergenceException)
        {
            return null;
        }

        for (var i = 0; i <= m; i++)
        {
            if (!double.IsFinite(solution[i]))
            {
                return null;
            }
        }

        var c = new double[m];
        for (var i = 0; i < m; i++)
        {
            c[i] = solution[i];
        }

        return c;
    }

    /// <summary>
    /// Relative cut of the singular values in <see cref="PseudoInverseSolve"/>: parallel error vectors (H2's single
    /// double amplitude, a Fock error along one mode) make B singular, and inverting its rounding-level singular values
    /// gives huge coefficients of opposite sign; below 1e-12 of the largest they are dropped (the minimum-norm c).
    /// </summary>
    internal const double SingularValueCut = 1e-12;

    /// <summary>x = V Σ⁺ Uᵀ r with singular values below <see cref="SingularValueCut"/>·σ_max treated as zero.</summary>
    private static Vector<double> PseudoInverseSolve(Matrix<double> a, Vector<double> rhs)
    {
        var svd = a.Svd();
        var s = svd.S;
        var cut = SingularValueCut * s.Maximum();
        var y = svd.U.TransposeThisAndMultiply(rhs);
        for (var i = 0; i < s.Count; i++)
        {
            y[i] = s[i] > cut ? y[i] / s[i] : 0;
        }

        return svd.VT.TransposeThisAndMultiply(y);
    }

    /// <summary>⟨a, b⟩ = Σ_k a_k b_k, summed in index order.</summary>
    private static double Dot(double[] a, double[] b)
    {
        var dot = 0.0;
        for (var k = 0; k < a.Length; k++)
        {
            dot += a[k] * b[k];
        }

        return dot;
    }
}
