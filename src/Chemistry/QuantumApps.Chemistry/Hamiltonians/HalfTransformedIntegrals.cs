namespace QuantumApps.Chemistry.Hamiltonians;

/// <summary>
/// Half-transformed two-electron integrals (μν|rs) for μ ≥ ν (AO) and r ≥ s (MO), the output of
/// <see cref="MoIntegralTransform.HalfTransform"/> and input of <see cref="MoIntegralTransform.Complete"/>: row-major
/// [μ(μ+1)/2 + ν][r(r+1)/2 + s], with the transposed MO coefficients Cᵀ (k×n) needed for the second half.
/// </summary>
public sealed class HalfTransformedIntegrals
{
    internal HalfTransformedIntegrals(double[] values, int numFunctions, int numOrbitals, double[] coefficientsTransposed)
    {
        Values = values;
        NumFunctions = numFunctions;
        NumOrbitals = numOrbitals;
        CoefficientsTransposed = coefficientsTransposed;
    }

    /// <summary>AO basis functions n.</summary>
    public int NumFunctions { get; }

    /// <summary>Transformed MOs k.</summary>
    public int NumOrbitals { get; }

    /// <summary>(μν|rs) at [μ(μ+1)/2 + ν]·k(k+1)/2 + r(r+1)/2 + s.</summary>
    internal double[] Values { get; }

    /// <summary>Cᵀ of the first k MOs, k×n row-major.</summary>
    internal double[] CoefficientsTransposed { get; }

    /// <summary>Bytes of the array for n functions and k orbitals: n(n+1)/2 · k(k+1)/2 doubles.</summary>
    public static long Bytes(int numFunctions, int numOrbitals) =>
        8L * (numFunctions * (numFunctions + 1L) / 2) * (numOrbitals * (numOrbitals + 1L) / 2);
}
