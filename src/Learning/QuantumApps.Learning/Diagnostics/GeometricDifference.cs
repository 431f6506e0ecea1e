using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Learning.Kernels;
using QuantumApps.Simulator;

namespace QuantumApps.Learning.Diagnostics;

/// <summary>
/// Geometric difference of Huang et al. 2021 (Nature Communications 12, 2631, eq. 5):
/// g(K_C‖K_Q) = sqrt(‖ sqrt(K_Q) K_C⁻¹ sqrt(K_Q) ‖_∞) (spectral norm), for Gram matrices normalised to trace N (unit
/// diagonal, as every kernel here has). g ≥ 1 up to rounding when K_C = K_Q; a small g (≈ 1) means the classical kernel
/// can learn whatever the quantum one can from this much data, so no prediction advantage is possible; a large g (∝ √N)
/// is the precondition for one. K_C is regularised as in the paper's numerics (Supplementary Section "regularisation"):
/// K_C⁻¹ becomes sqrt(K_C)(K_C + λI)⁻²sqrt(K_C), i.e. each eigenvalue e of K_C contributes e/(e + λ)² instead of 1/e
/// (λ → 0 gives back K_C⁻¹ on the range of K_C). With λ = 0 the pseudo-inverse is used (eigenvalues below
/// 1e-12·e_max dropped). Negative eigenvalues from rounding are clamped to 0 before square roots.
/// </summary>
public static class GeometricDifference
{
    /// <summary>Relative cut-off of the pseudo-inverse used when λ = 0.</summary>
    public const double PseudoInverseCutoff = 1e-12;

    /// <summary>g_λ(K_C‖K_Q) as described above; both matrices square and of the same size.</summary>
    public static double Compute(KernelMatrix classical, KernelMatrix quantum, double regularization)
    {
        ArgumentNullException.ThrowIfNull(classical);
        ArgumentNullException.ThrowIfNull(quantum);
        if (classical.Rows != classical.Columns || quantum.Rows != quantum.Columns || classical.Rows != quantum.Rows)
            throw new QuantumAppsException($"the geometric difference needs two square Gram matrices of one size, not {classical.Rows}×{classical.Columns} and {quantum.Rows}×{quantum.Columns}");
        if (!(regularization >= 0) || !double.IsFinite(regularization))
            throw new QuantumAppsException($"the regularisation λ must be non-negative, not {regularization}");
        var kc = Symmetric(classical);
        var kq = Symmetric(quantum);
        var ec = kc.Evd(Symmetricity.Symmetric);
        var eq = kq.Evd(Symmetricity.Symmetric);
        var vc = ec.EigenVectors;
        var eigC = ec.EigenValues.Map(z => Math.Max(z.Real, 0));
        double eMax = eigC.Maximum();
        var middleDiag = eigC.Map(e => regularization > 0 ? e / ((e + regularization) * (e + regularization)) : e > PseudoInverseCutoff * eMax ? 1 / e : 0);
        var middle = vc * Matrix<double>.Build.DiagonalOfDiagonalVector(middleDiag) * vc.Transpose();
        var vq = eq.EigenVectors;
        var sqrtQ = vq * Matrix<double>.Build.DiagonalOfDiagonalVector(eq.EigenValues.Map(z => Math.Sqrt(Math.Max(z.Real, 0)))) * vq.Transpose();
        var m = sqrtQ * middle * sqrtQ;
        m = (m + m.Transpose()) * 0.5;
        double largest = m.Evd(Symmetricity.Symmetric).EigenValues.Max(z => z.Real);
        return Math.Sqrt(Math.Max(largest, 0));
    }

    private static Matrix<double> Symmetric(KernelMatrix k)
    {
        int n = k.Rows;
        var m = Matrix<double>.Build.Dense(n, n, (i, j) => 0.5 * (k[i, j] + k[j, i]));
        return m;
    }
}
