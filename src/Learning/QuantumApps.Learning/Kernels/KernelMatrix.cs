namespace QuantumApps.Learning.Kernels;

/// <summary>
/// A kernel matrix K[i, j] = k(a_i, b_j) (row-major, <see cref="Rows"/> × <see cref="Columns"/>) and what it cost:
/// <see cref="Simulations"/> state-vector preparations here, and <see cref="DeviceCircuits"/> circuits a device would run
/// (compute–uncompute circuits for a fidelity kernel, one per estimated entry; per-sample circuits for a projected kernel),
/// each with <see cref="ShotsPerCircuit"/> shots (0 for exact).
/// </summary>
public sealed record KernelMatrix(double[] Values, int Rows, int Columns, long Simulations, long DeviceCircuits, int ShotsPerCircuit)
{
    /// <summary>Entry (i, j).</summary>
    public double this[int i, int j] => Values[i * Columns + j];
}
