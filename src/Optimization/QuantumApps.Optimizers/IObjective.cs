namespace QuantumApps.Optimizers;

/// <summary>
/// A real objective f: R^n -> R to be minimised. Implementations must be deterministic for a given point
/// (noisy objectives are allowed for SPSA but then reproducibility is the caller's concern).
/// </summary>
public interface IObjective
{
    /// <summary>Number of parameters n.</summary>
    int Dimension { get; }

    /// <summary>True when <see cref="ValueAndGradient"/> returns the exact gradient.</summary>
    bool HasGradient { get; }

    /// <summary>Returns f(x) for x of length <see cref="Dimension"/>.</summary>
    double Value(ReadOnlySpan<double> x);

    /// <summary>
    /// Returns f(x) and writes ∂f/∂x_i into <paramref name="gradient"/> (length <see cref="Dimension"/>).
    /// Only called when <see cref="HasGradient"/> is true.
    /// </summary>
    double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient);
}
