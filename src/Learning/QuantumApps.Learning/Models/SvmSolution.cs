namespace QuantumApps.Learning.Models;

/// <summary>
/// A solved binary SVM dual: multipliers α_i ∈ [0, C], labels y_i = ±1, offset ρ; the decision function is
/// f(x) = Σ_i α_i y_i K(x_i, x) − ρ (positive: label +1). <see cref="Iterations"/> SMO steps were taken.
/// </summary>
public sealed record SvmSolution(IReadOnlyList<double> Alpha, IReadOnlyList<int> Y, double Rho, int Iterations, bool Converged)
{
    /// <summary>Dual coefficients α_i·y_i (scikit-learn's <c>dual_coef_</c> for the support vectors).</summary>
    public double DualCoefficient(int i) => Alpha[i] * Y[i];

    /// <summary>f for the kernel row k_i = K(x_i, x) over the training samples.</summary>
    public double Decision(ReadOnlySpan<double> kernelRow)
    {
        double f = -Rho;
        for (int i = 0; i < Alpha.Count; i++) f += Alpha[i] * Y[i] * kernelRow[i];
        return f;
    }
}
