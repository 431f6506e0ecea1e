using QuantumApps.Chemistry.Molecules;

namespace QuantumApps.TestSupport;

/// <summary>Named tolerances used by the tests, each with the reason for its size.</summary>
public static class Tolerances
{
    /// <summary>Unitary kernels vs the dense oracle: a handful of floating-point operations per amplitude, so agreement to 1e-12 is expected.</summary>
    public const double Unitary = 1e-12;

    /// <summary>Sums over up to 2^n·T products (expectations, matrix–vector products) accumulate rounding of order 1e-14·T; 1e-10 leaves margin.</summary>
    public const double Accumulated = 1e-10;

    /// <summary>Lanczos vs dense eigenvalues: Lanczos stops when the residual is below 1e-8, so the eigenvalue error is below about residual² / gap ≪ 1e-9.</summary>
    public const double Eigenvalue = 1e-9;

    /// <summary>SCF energies: converged to 1e-10 Ha; agreement with reference programs to 1e-8 Ha (the bohr constant and convergence settings limit it).</summary>
    public const double ScfHartree = 1e-8;

    /// <summary>psi4 prints stability (orbital-Hessian) eigenvalues with 6 decimals: rounding ±5e-7 Ha plus SCF convergence, so 1e-6 Ha.</summary>
    public const double Psi4SixDecimals = 1e-6;

    /// <summary>
    /// Second derivative by the central difference (E(h) − 2E(0) + E(−h))/h² with h = 1e-3: truncation error
    /// h²/12·E'''' ≈ 1e-7 relative, rounding 1e-14/h² ≈ 1e-8 Ha, so 1e-5 Ha leaves margin.
    /// </summary>
    public const double FiniteDifferenceHessian = 1e-5;

    /// <summary>
    /// VQE with an ansatz that holds the exact ground state (UCCSD, 1-UpCCGSD, ADAPT on H2: two electrons): the only
    /// error is the optimizer's stopping point. At a minimum the energy error is quadratic in the parameter error, so
    /// L-BFGS stopping at gradient 1e-6 leaves ~1e-12 Ha; 1e-8 Ha is the SCF agreement level (<see cref="ScfHartree"/>).
    /// </summary>
    public const double VqeExactAnsatzHartree = 1e-8;

    /// <summary>
    /// Chemical accuracy (1.6 mHa, about 1 kcal/mol; the library's <see cref="PhysicalConstants.ChemicalAccuracyHartree"/>,
    /// cited there) — only for VQE targets.
    /// </summary>
    public const double ChemicalAccuracyHartree = PhysicalConstants.ChemicalAccuracyHartree;
}
