namespace QuantumApps.Learning.Tests;

/// <summary>Named tolerances of the Learning tests, each with its reason.</summary>
internal static class LearningTolerances
{
    /// <summary>Kernel entries are squared sums of 2^n products of unit-norm amplitudes: rounding ~1e-15·2^n ≪ 1e-12 for n ≤ 8.</summary>
    public const double KernelEntry = 1e-12;

    /// <summary>
    /// Smallest eigenvalue of an exact Gram matrix: PSD in exact arithmetic; a symmetric eigensolver on an N×N matrix with
    /// entries in [0, 1] is accurate to ~N·1e-16·‖K‖ ≤ 1e-11 for N ≤ 100.
    /// </summary>
    public const double PsdEigenvalue = 1e-10;

    /// <summary>
    /// SMO vs scikit-learn's SVC on the same float-rounded kernel (LIBSVM caches Q as 32-bit floats): both stop when the
    /// maximal KKT violation is below tol = 1e-10, so dual coefficients and decision values agree to about 1e-8; 1e-6
    /// leaves margin. (On the unrounded kernel the difference is ~2e-5, the float rounding amplified by the conditioning.)
    /// </summary>
    public const double SvmOracle = 1e-6;

    /// <summary>Optimality of L-BFGS fits: the run stops at a gradient norm of 1e-8 (settings used in the test); 1e-6 leaves margin.</summary>
    public const double StationaryGradient = 1e-6;

    /// <summary>
    /// g(K‖K) = 1 with the pseudo-inverse: sqrt(K)·K⁺·sqrt(K) is the projector on K's range, built from one symmetric
    /// eigendecomposition of 20×20 matrices whose condition numbers stay below ~1e6 in the tests, so the largest eigenvalue
    /// is 1 to ~κ·1e-16 ≤ 1e-10; 1e-8 leaves margin.
    /// </summary>
    public const double GeometricDifferenceLaw = 1e-8;

    /// <summary>
    /// Mean and variance of kernel entries against the numpy oracle: each entry agrees to ~1e-15 (KernelEntry), so means
    /// and variances of 190 entries agree to well below 1e-12.
    /// </summary>
    public const double KernelMoment = 1e-12;
}
