namespace QuantumApps.Optimizers;

/// <summary>Returns f(x) and writes ∇f(x) into <paramref name="gradient"/>.</summary>
public delegate double ValueAndGradientFunction(ReadOnlySpan<double> x, Span<double> gradient);
