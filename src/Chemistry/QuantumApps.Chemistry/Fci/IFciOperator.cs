namespace QuantumApps.Chemistry.Fci;

/// <summary>H − E_const on a list of determinants, applied without storing it (what Davidson needs).</summary>
internal interface IFciOperator
{
    /// <summary>Determinants (the length of every vector).</summary>
    int Count { get; }

    /// <summary>H_II − E_const for every determinant.</summary>
    double[] Diagonal { get; }

    /// <summary>σ = (H − E_const) c (σ overwritten).</summary>
    void Apply(double[] c, double[] sigma, CancellationToken cancellationToken);
}
